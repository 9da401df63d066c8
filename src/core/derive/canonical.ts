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

function orderStructure(value: JsonObject, shapeName: string): JsonObject {
  const shape = ECS_SHAPES[shapeName];
  const out: JsonObject = {};
  if (shape) {
    for (const [name, ref] of shape.members) {
      const member = value[name];
      if (member === undefined || member === null) continue;
      out[name] = orderValue(member, ref);
    }
  }
  for (const [key, member] of Object.entries(value)) {
    if (member === undefined || member === null || key in out) continue;
    out[key] = stripNulls(member);
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
  for (const [key, v] of Object.entries(value)) if (!(key in out) && v !== undefined && v !== null) out[key] = v;
  return out;
}
