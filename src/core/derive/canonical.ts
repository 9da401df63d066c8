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
  // Walk the object's own keys (usually far fewer than the shape's members), then sort.
  const known: Array<{ position: number; key: string; value: JsonValue }> = [];
  const unknown: Array<{ key: string; value: JsonValue }> = [];
  for (const key of Object.keys(value)) {
    const member = value[key];
    if (member === undefined || member === null) continue;
    const entry = index?.get(key);
    if (entry) known.push({ position: entry.position, key, value: orderValue(member, entry.ref) });
    else unknown.push({ key, value: stripNulls(member) });
  }
  known.sort((a, b) => a.position - b.position);
  const out: JsonObject = {};
  for (const { key, value: member } of known) out[key] = member;
  for (const { key, value: member } of unknown) out[key] = member;
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
