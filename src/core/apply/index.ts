import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { derive } from '../derive/index.ts';
import { KINDS } from '../kinds/registry.ts';
import type { Design } from '../model/design.ts';
import type { Artifact } from '../model/artifact.ts';
import { isPlainObject, type JsonObject } from '../model/json.ts';
import type { ApplyResult } from './types.ts';

export type { ApplyResult, Notice } from './types.ts';

export type ParseResult =
  | { ok: true; value: unknown; /** Pointers of `__proto__` keys that were left out. */ dropped: string[] }
  | { ok: false; error: string; offset: number; length: number };

/**
 * Parses JSON text; errors carry the offset so the editor can mark the spot. A key named
 * `__proto__` is left out (and reported): JavaScript objects cannot hold it as data, and a
 * hostile file must not reach the prototypes of the objects built from it.
 */
export function parseJsonText(text: string): ParseResult {
  const errors: ParseError[] = [];
  // jsonc-parser finds the first error and its offset; JSON.parse then builds the value.
  parse(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length) {
    const first = errors[0]!;
    const { line, column } = lineColumn(text, first.offset);
    return {
      ok: false,
      error: `${describeParseError(printParseErrorCode(first.error))} at line ${line}, column ${column}`,
      offset: first.offset,
      length: first.length,
    };
  }
  if (text.trim() === '') return { ok: false, error: 'The file is empty', offset: 0, length: 0 };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: (e as Error).message, offset: 0, length: 0 };
  }
  const dropped: string[] = [];
  return { ok: true, value: withoutProtoKeys(value, '', dropped), dropped };
}

function withoutProtoKeys(value: unknown, at: string, dropped: string[]): unknown {
  if (Array.isArray(value)) return value.map((v, i) => withoutProtoKeys(v, `${at}/${i}`, dropped));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const path = `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (key === '__proto__') dropped.push(path);
    else out[key] = withoutProtoKeys((value as Record<string, unknown>)[key], path, dropped);
  }
  return out;
}

function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase()).replace(/ (\w)/g, (_, c: string) => ' ' + c.toLowerCase());
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/**
 * Applies the edited text of one generated file to the design (ARCHITECTURE principle 3).
 * On any error the design is returned unchanged by the caller: nothing is half-applied.
 */
export function applyArtifactText(design: Design, path: string, text: string, artifacts?: readonly Artifact[]): ApplyResult {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, error: parsed.error, file: path };
  if (!isPlainObject(parsed.value)) return { ok: false, error: 'The file must hold a JSON object', file: path };
  const result = applyArtifactContent(design, path, parsed.value, artifacts);
  if (!result.ok || !parsed.dropped.length) return result;
  const notices = parsed.dropped.map((pointer) => ({ level: 'warning' as const, file: path, pointer, message: `Left out the key __proto__ at ${pointer} (not supported)` }));
  return { ...result, notices: [...result.notices, ...notices] };
}

/** `artifacts`: the design's derived files, when the caller has them already (the editor does). */
export function applyArtifactContent(design: Design, path: string, content: JsonObject, artifacts?: readonly Artifact[]): ApplyResult {
  const artifact = (artifacts ?? derive(design)).find((a) => a.path === path);
  if (!artifact) return { ok: false, error: `No generated file ${path} in this design`, file: path };
  const node = design.nodes.find((n) => n.id === artifact.nodeId)!;
  const derivation = KINDS[node.kind].derivation;
  const applier = artifact.type === 'iam-role' && artifact.implied ? undefined : derivation?.apply;
  if (!applier) {
    return { ok: false, error: `${path} is generated from the design and cannot be edited directly`, file: path };
  }
  const result = applier(design, node, artifact, content);
  return result.ok ? result : { ...result, file: path };
}
