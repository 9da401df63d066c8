import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ECS_SHAPES, type ShapeRef } from '../generated/ecs-model.gen.ts';
import { isPlainObject, type JsonObject, type JsonValue } from '../model/json.ts';
import { registerTaskDefinitionArb } from '../test-support/shape-arbitrary.ts';
import { canonicalize, canonicalizeLayers } from './canonical.ts';

/**
 * canonicalize() copies only what it must (see its comment). This checks it against the
 * plain definition — every object rebuilt, keys stably sorted by model position, nulls
 * dropped — on random task definitions whose keys are shuffled and sprinkled with nulls,
 * and that the input is never touched.
 */
function reference(value: JsonValue, ref: ShapeRef | undefined): JsonValue {
  if (Array.isArray(value)) {
    const member = ref?.type === 'list' ? ref.member : undefined;
    return value.filter((v) => v !== null).map((v) => reference(v, member));
  }
  if (!isPlainObject(value)) return value;
  const members = ref?.type === 'structure' ? ECS_SHAPES[ref.shape]?.members : undefined;
  const position = (key: string) => members?.findIndex(([name]) => name === key) ?? -1;
  const rank = (key: string) => (position(key) < 0 ? Infinity : position(key));
  const keys = members ? Object.keys(value).sort((a, b) => rank(a) - rank(b)) : Object.keys(value);
  const out: JsonObject = {};
  for (const key of keys) {
    const member = value[key];
    if (member === null || member === undefined) continue;
    const memberRef = members?.find(([name]) => name === key)?.[1] ?? (ref?.type === 'map' ? ref.value : undefined);
    out[key] = reference(member, memberRef);
  }
  return out;
}

/** The same data with each object's keys in a random order and some nulls added. */
function scramble(value: JsonValue, random: () => number): JsonValue {
  if (Array.isArray(value)) {
    const items = value.map((v) => scramble(v, random));
    if (random() < 0.2) items.splice(Math.floor(random() * (items.length + 1)), 0, null);
    return items;
  }
  if (!isPlainObject(value)) return value;
  const entries = Object.entries(value).map(([k, v]) => [k, scramble(v as JsonValue, random)] as const);
  if (random() < 0.5) entries.sort(() => random() - 0.5);
  if (random() < 0.2) entries.splice(Math.floor(random() * (entries.length + 1)), 0, ['pidMode', null]);
  return Object.fromEntries(entries);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function hasNull(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.some(hasNull);
  return isPlainObject(value) && Object.values(value).some(hasNull);
}

describe('derive/canonical property', () => {
  it('equals the plain definition key for key and byte for byte, never touching its input', () => {
    fc.assert(
      fc.property(registerTaskDefinitionArb, fc.integer(), (td, seed) => {
        let state = seed >>> 0;
        const random = () => ((state = (state * 1103515245 + 12345) >>> 0) / 2 ** 32);
        const input = deepFreeze(scramble(td, random) as JsonObject);
        const before = JSON.stringify(input);
        const out = canonicalize(input, 'RegisterTaskDefinitionRequest');
        expect(JSON.stringify(out)).toBe(JSON.stringify(reference(input, { type: 'structure', shape: 'RegisterTaskDefinitionRequest' } as ShapeRef)));
        expect(hasNull(out)).toBe(false);
        expect(JSON.stringify(input)).toBe(before);
      }),
      { numRuns: 300 },
    );
  });

  it('layers: the same as ordering { ...under, ...value, ...over }', () => {
    const layer = fc.dictionary(fc.constantFrom('family', 'cpu', 'memory', 'networkMode', 'containerDefinitions', 'zNew', 'aNew', 'constructor'), fc.oneof(fc.string(), fc.constant(null)), {
      noNullPrototype: true,
    });
    fc.assert(
      fc.property(layer, layer, fc.option(layer, { nil: undefined }), (value, over, under) => {
        const merged = { ...under, ...value, ...over } as JsonObject;
        const layered = canonicalizeLayers('RegisterTaskDefinitionRequest', value as JsonObject, over as JsonObject, under as JsonObject | undefined);
        expect(JSON.stringify(layered)).toBe(JSON.stringify(canonicalize(merged, 'RegisterTaskDefinitionRequest')));
      }),
      { numRuns: 300 },
    );
  });

  it('returns the very object when it is already in order and has no nulls (nothing is copied)', () => {
    const container = { name: 'app', image: 'nginx', portMappings: [{ containerPort: 80 }], essential: true };
    const input = { family: 'web', containerDefinitions: [container] };
    expect(canonicalize(input, 'RegisterTaskDefinitionRequest')).toBe(input);
    const withNull = { family: 'web', containerDefinitions: [container], pidMode: null };
    const out = canonicalize(withNull, 'RegisterTaskDefinitionRequest');
    expect(out).toEqual(input);
    expect(out.containerDefinitions).toBe(withNull.containerDefinitions);
  });
});
