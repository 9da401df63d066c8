import { cloneJson, isPlainObject, jsonEqual, type JsonObject, type JsonValue } from '../model/json.ts';
import { stripNulls } from '../apply/common.ts';

/**
 * Kinds whose file is one AWS API input with a few modelled fields (a secret, a parameter,
 * a repository, a file system) map them with a table: each modelled field is one node data
 * key at an API path; what the table does not model travels in the node's `extra` bag and
 * is emitted again in the same place (ARCHITECTURE principle 4).
 */
export interface ApiField {
  /** Path in the API input, e.g. ['imageScanningConfiguration', 'scanOnPush']. */
  api: readonly string[];
  /**
   * The node data key; absent for values derive computes (names, placeholder ids). A
   * field with both takes the data's value, else the derived one.
   */
  data?: string;
}

/** node data → API input: the table's fields in its order (API reference order), then the extra bag's other keys. */
export function toApi(data: JsonObject, fields: readonly ApiField[], derived: Readonly<Record<string, JsonValue | undefined>> = {}): JsonObject {
  const out: JsonObject = {};
  for (const field of fields) {
    const value = (field.data !== undefined ? data[field.data] : undefined) ?? derived[field.api.join('.')];
    if (value !== undefined && value !== null) setPath(out, field.api, value);
  }
  return isPlainObject(data.extra) ? fillFrom(out, data.extra) : out;
}

/**
 * API input → node data: the table's fields to their keys, everything else (but the
 * derived fields, which the caller reads itself) into `extra`. Nulls mean "not set".
 */
export function fromApi(content: JsonObject, fields: readonly ApiField[], derived: Readonly<Record<string, JsonValue | undefined>> = {}): JsonObject {
  const rest = cloneJson(content);
  const data: JsonObject = {};
  for (const field of fields) {
    const value = getPath(content, field.api);
    const implied = derived[field.api.join('.')];
    if (field.data !== undefined && value !== undefined && value !== null && !(implied !== undefined && jsonEqual(implied, value))) data[field.data] = stripNulls(value);
    deletePath(rest, field.api);
  }
  const extra = stripNulls(rest);
  if (Object.keys(extra).length) data.extra = extra;
  return data;
}

export function getPath(obj: JsonObject, path: readonly string[]): JsonValue | undefined {
  let at: JsonValue | undefined = obj;
  for (const key of path) {
    if (!isPlainObject(at)) return undefined;
    at = at[key];
  }
  return at;
}

function setPath(obj: JsonObject, path: readonly string[], value: JsonValue): void {
  let at = obj;
  path.slice(0, -1).forEach((key) => {
    if (!isPlainObject(at[key])) at[key] = {};
    at = at[key] as JsonObject;
  });
  at[path[path.length - 1]!] = value;
}

/** Deletes the value at a path, and the objects that only held it. */
function deletePath(obj: JsonObject, path: readonly string[]): void {
  const [head, ...rest] = path;
  if (head === undefined || !Object.hasOwn(obj, head)) return;
  if (!rest.length) {
    delete obj[head];
    return;
  }
  const child = obj[head];
  if (!isPlainObject(child)) return;
  const had = Object.keys(child).length;
  deletePath(child, rest);
  if (had && !Object.keys(child).length) delete obj[head];
}

/** Adds what `extra` has and `out` lacks, recursively into objects both have. */
function fillFrom(out: JsonObject, extra: JsonObject): JsonObject {
  for (const [key, value] of Object.entries(extra)) {
    if (value === null || value === undefined) continue;
    const mine = out[key];
    if (mine === undefined) out[key] = cloneJson(value);
    else if (isPlainObject(mine) && isPlainObject(value)) fillFrom(mine, value);
  }
  return out;
}

/** `db-credentials` → `DB_CREDENTIALS`; `/app/prod/api-key` → `API_KEY`: a variable name for a secret's name. */
export function variableNameFor(name: string): string {
  const last = name.split('/').filter(Boolean).pop() ?? name;
  const upper = last.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
  return /^[A-Z_]/.test(upper) ? upper : `_${upper}`;
}

/** A short, stable hex hash (FNV-1a, 32 bits) for placeholder ids of resources not created yet. */
export function stableHex(text: string, length = 8): string {
  let out = '';
  for (let round = 0; out.length < length; round++) {
    let h = 0x811c9dc5 ^ round;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    out += (h >>> 0).toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
}

/** Keys of the node that its file does not show (an existing resource's id, a flag): kept across an edit. */
export function keepNodeOnly(data: JsonObject, current: JsonObject, keys: readonly string[]): JsonObject {
  for (const key of keys) if (current[key] !== undefined) data[key] = current[key];
  return data;
}
