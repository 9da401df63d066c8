import fc from 'fast-check';
import type { NodeKind } from '../model/design.ts';
import type { JsonObject } from '../model/json.ts';

/** What the random-design arbitraries (design-, network-, config-arbitrary.ts) share. */

export const ACCOUNT = '123456789012';

/** Present two times in three, absent otherwise. */
export const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

/** Drops undefined members so that node data is plain JSON, as the editor stores it. */
export function compact(obj: Record<string, unknown>): JsonObject {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as JsonObject;
}

export const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);

/** Links name their ends by index, modulo how many there are (so plans shrink well). */
export const pick = <T>(list: readonly T[], i: number | undefined): T | undefined => (i === undefined || !list.length ? undefined : list[i % list.length]);

/** The design being built: add a node, link two (false when the relation rules refuse). */
export type Add = (kind: NodeKind, data?: JsonObject) => string;
export type Link = (source: string, target: string, data?: JsonObject) => boolean;
