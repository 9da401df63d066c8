import { ECS_SHAPES, type ShapeRef } from '../generated/ecs-model.gen.ts';
import { isPlainObject, type JsonObject, type JsonValue } from '../model/json.ts';

/**
 * Puts the keys of an ECS API object in the order of the API model (which is the order of
 * the API reference), recursively, so that output is stable whatever order the data was
 * typed or imported in. Keys the model does not know (newer fields) follow, in the order
 * they came. Nulls and undefined are dropped: the API never needs them.
 */
export function canonicalize(value: JsonObject, shapeName: string): JsonObject {
  return orderStructure(value, shapeName);
}

/** Member name → (position, type) per shape, built on first use: ordering is then O(keys). */
const MEMBER_INDEX = new Map<string, Map<string, { position: number; ref: ShapeRef }>>();

function memberIndex(shapeName: string): Map<string, { position: number; ref: ShapeRef }> | undefined {
  let index = MEMBER_INDEX.get(shapeName);
  if (!index) {
    const shape = ECS_SHAPES[shapeName];
    if (!shape) return undefined;
    index = new Map(shape.members.map(([name, ref], position) => [name, { position, ref }]));
    MEMBER_INDEX.set(shapeName, index);
  }
  return index;
}

function orderStructure(value: JsonObject, shapeName: string): JsonObject {
  const index = memberIndex(shapeName);
  // Walk the object's own keys (usually far fewer than the shape's members). Most objects
  // arrive in model order already (derive builds them so), so sorting is the rare path;
  // this runs for every object of every artifact, so it allocates as little as it can.
  const keys = Object.keys(value);
  let known = 0;
  let last = -1;
  let ordered = true;
  for (const key of keys) {
    const entry = index?.get(key);
    if (!entry) continue;
    known++;
    if (entry.position < last) ordered = false;
    last = entry.position;
  }
  // Unknown keys go after the known ones, in the order they came (the sort is stable).
  if (!ordered || known < keys.length) keys.sort((a, b) => (index?.get(a)?.position ?? Infinity) - (index?.get(b)?.position ?? Infinity));
  const out: JsonObject = {};
  for (const key of keys) {
    const member = value[key];
    if (member === undefined || member === null) continue;
    const entry = index?.get(key);
    out[key] = entry ? orderValue(member, entry.ref) : stripNulls(member);
  }
  return out;
}

function orderValue(value: JsonValue, ref: ShapeRef): JsonValue {
  if (ref.type === 'structure' && isPlainObject(value)) return orderStructure(value, ref.shape);
  if (ref.type === 'list' && Array.isArray(value)) {
    return value.filter((v) => v !== null).map((v) => orderValue(v, ref.member));
  }
  if (ref.type === 'map' && isPlainObject(value)) {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined && v !== null) out[k] = orderValue(v, ref.value);
    return out;
  }
  return stripNulls(value);
}

function stripNulls(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.filter((v) => v !== null).map(stripNulls);
  if (isPlainObject(value)) {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined && v !== null) out[k] = stripNulls(v);
    return out;
  }
  return value;
}

/** Orders keys by an explicit list (for non-ECS shapes such as ELBv2 and IAM inputs). */
export function orderKeys(value: JsonObject, order: readonly string[]): JsonObject {
  const out: JsonObject = {};
  for (const key of order) if (value[key] !== undefined && value[key] !== null) out[key] = value[key];
  for (const [key, v] of Object.entries(value)) if (!Object.hasOwn(out, key) && v !== undefined && v !== null) out[key] = v;
  return out;
}
