import { parseDocument } from 'yaml';
import { type JsonLimits } from '../../model/json-limits.ts';
import type { JsonObject, JsonValue } from '../../model/json.ts';

/**
 * YAML text → plain JSON values, within the same limits as ECS JSON (size, nesting depth,
 * finite numbers), and with alias expansion capped: a few lines of anchors and aliases can
 * stand for billions of nodes ("billion laughs").
 */

/** Alias nodes a document may expand. Compose files use a handful (`<<: *defaults`); the library's own default. */
export const MAX_YAML_ALIASES = 100;

export type YamlRead =
  | { ok: true; value: JsonValue; /** What was turned into something else on the way (a binary value, a key that is no string). */ notes: YamlNote[] }
  | { ok: false; error: string };

export interface YamlNote {
  pointer: string;
  message: string;
}

export function parseYamlText(text: string, limits: JsonLimits): YamlRead {
  if (text.length > limits.maxChars) {
    return { ok: false, error: `too large: ${text.length.toLocaleString('en-US')} characters, over the ${Math.round(limits.maxChars / 1048576)} MiB limit for ${limits.what}` };
  }
  // The YAML library recurses per level and, on some deep shapes (`- - - - …` on one
  // line), runs out of memory rather than throwing: refuse those before it sees them.
  const deep = yamlDepthBound(text, limits.maxDepth);
  if (deep) return { ok: false, error: `nested more than ${limits.maxDepth} levels deep (the limit for ${limits.what}) at line ${deep.line}` };
  let doc;
  try {
    doc = parseDocument(text, { merge: true, uniqueKeys: true });
  } catch (e) {
    return { ok: false, error: `not valid YAML: ${(e as Error).message}` };
  }
  const first = doc.errors[0];
  if (first) {
    const at = first.linePos?.[0];
    const where = at ? ` at line ${at.line}, column ${at.col}` : '';
    return { ok: false, error: `not valid YAML: ${firstLine(first.message)}${where}` };
  }
  if (doc.contents === null) return { ok: false, error: 'the file is empty' };
  let plain: unknown;
  try {
    plain = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (e) {
    const message = (e as Error).message;
    if (/alias/i.test(message)) {
      return { ok: false, error: `too many aliases: the anchors and aliases expand to more than ${MAX_YAML_ALIASES} nodes (the limit that keeps a small file from standing for a huge one)` };
    }
    return { ok: false, error: `not valid YAML: ${message}` };
  }
  const notes: YamlNote[] = [];
  const converted = toJson(plain, '', notes, limits);
  if (!converted.ok) return converted;
  return { ok: true, value: converted.value, notes };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * An upper bound of how deep the YAML nests, in one pass: the enclosing block levels (by
 * indentation), plus the `- `, `? ` and `key: ` indicators on the line (each may open a
 * collection on the same line), plus open flow brackets. It over-counts (a `key: value` on
 * a line counts a level that holds no collection) but never under-counts, and real
 * compose files stay far below any limit worth having.
 */
export function yamlDepthBound(text: string, max: number): { line: number } | undefined {
  const indents: number[] = [];
  let flow = 0;
  let lineNo = 0;
  for (const line of text.split('\n')) {
    lineNo++;
    let i = 0;
    while (i < line.length && line.charCodeAt(i) === 0x20) i++;
    if (i === line.length || line[i] === '#') continue;
    if (flow === 0) {
      while (indents.length && indents[indents.length - 1]! >= i) indents.pop();
      indents.push(i);
    }
    let onLine = 0;
    let quote: string | undefined;
    for (let j = i; j < line.length; j++) {
      const c = line[j]!;
      if (quote) {
        if (c === '\\' && quote === '"') j++;
        else if (c === quote) quote = undefined;
        continue;
      }
      if (c === '"' || c === "'") quote = c;
      else if (c === '#' && (j === 0 || line[j - 1] === ' ')) break;
      else if (c === '[' || c === '{') flow++;
      else if ((c === ']' || c === '}') && flow > 0) flow--;
      else if ((c === '-' || c === '?' || c === ':') && (j + 1 === line.length || line[j + 1] === ' ')) onLine++;
      if (indents.length + onLine + flow > max) return { line: lineNo };
    }
    // A quote left open spans lines (a multi-line flow scalar): its brackets are text, so stop counting flow there.
  }
  return undefined;
}

type Converted = { ok: true; value: JsonValue } | { ok: false; error: string };

const escapeSegment = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** The library's plain JS value → JSON: finite numbers only; a binary value, a date or `__proto__` is reported. */
function toJson(value: unknown, at: string, notes: YamlNote[], limits: JsonLimits): Converted {
  if (value === null || value === undefined) return { ok: true, value: null };
  if (typeof value === 'string') {
    if (value.length > limits.maxStringChars) return { ok: false, error: `string too long: ${value.length.toLocaleString('en-US')} characters at ${at || '/'}` };
    return { ok: true, value };
  }
  if (typeof value === 'boolean') return { ok: true, value };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false, error: `number out of range at ${at || '/'}: ${String(value)} is not a number ECS JSON can hold` };
    return { ok: true, value };
  }
  if (typeof value === 'bigint') return { ok: false, error: `number out of range at ${at || '/'}: ${value.toString()} is not a number ECS JSON can hold` };
  if (value instanceof Date) return { ok: true, value: value.toISOString() };
  if (value instanceof Uint8Array) {
    notes.push({ pointer: at, message: `Left out the binary (!!binary) value at ${at || '/'}: compose has no use for one` });
    return { ok: true, value: null };
  }
  if (Array.isArray(value)) {
    const out: JsonValue[] = [];
    for (let i = 0; i < value.length; i++) {
      const item = toJson(value[i], `${at}/${i}`, notes, limits);
      if (!item.ok) return item;
      out.push(item.value);
    }
    return { ok: true, value: out };
  }
  if (value instanceof Map) {
    // A map with keys that are not plain strings (the library keeps those as a Map).
    const out: JsonObject = {};
    for (const [k, v] of value) {
      const key = String(k);
      const item = putKey(out, key, v, at, notes, limits);
      if (!item.ok) return item;
    }
    return { ok: true, value: out };
  }
  if (value instanceof Set) return toJson([...value], at, notes, limits);
  if (typeof value === 'object') {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) {
      const item = putKey(out, k, v, at, notes, limits);
      if (!item.ok) return item;
    }
    return { ok: true, value: out };
  }
  return { ok: true, value: String(value) };
}

function putKey(out: JsonObject, key: string, v: unknown, at: string, notes: YamlNote[], limits: JsonLimits): Converted {
  const pointer = `${at}/${escapeSegment(key)}`;
  if (key === '__proto__') {
    notes.push({ pointer, message: `Left out the key __proto__ at ${pointer} (not supported)` });
    return { ok: true, value: null };
  }
  const item = toJson(v, pointer, notes, limits);
  if (!item.ok) return item;
  out[key] = item.value;
  return item;
}
