import { ECS_SHAPES, type ShapeRef } from '../generated/ecs-model.gen.ts';
import { isPlainObject, type JsonObject, type JsonValue } from '../model/json.ts';

/**
 * Puts the keys of an ECS API object in the order of the API model (which is the order of
 * the API reference), recursively, so that output is stable whatever order the data was
 * typed or imported in. Keys the model does not know (newer fields) follow, in the order
 * they came. Nulls and undefined are dropped: the API never needs them.
 *
 * Copy on write: a part that is already in order and has no nulls is returned as it is,
 * so the result shares those parts with the input. Derive runs over every node of a
 * design and most data is already in model order (the kinds and apply write it so), so
 * this saves most of the copying and the garbage it makes. The design is immutable
 * (every edit builds new objects), which is what makes sharing safe; callers must not
 * mutate the result.
 */
export function canonicalize(value: JsonObject, shapeName: string): JsonObject {
  return orderStructure(value, shapeName);
}

/**
 * canonicalize() of `{ ...under, ...value, ...over }` without building that object: derive
 * lays the values relations stand for (over) and what AWS requires (under) around a
 * node's data, and the merged object would only be thrown away after ordering.
 */
export function canonicalizeLayers(shapeName: string, value: JsonObject, over: JsonObject, under?: JsonObject): JsonObject {
  const index = memberIndex(shapeName);
  // Keys in spread order (first appearance); ordering below is stable, so unknown keys keep it.
  const keys: string[] = [];
  if (under) for (const key in under) keys.push(key);
  for (const key in value) if (!under || !Object.hasOwn(under, key)) keys.push(key);
  for (const key in over) if (!Object.hasOwn(value, key) && (!under || !Object.hasOwn(under, key))) keys.push(key);
  sortByPosition(keys, index);
  const out: JsonObject = {};
  for (const key of keys) {
    const member = Object.hasOwn(over, key) ? over[key] : Object.hasOwn(value, key) || !under ? value[key] : under[key];
    const next = orderMember(member, index?.get(key));
    if (next !== undefined) out[key] = next;
  }
  return out;
}

interface Member {
  position: number;
  ref: ShapeRef;
}

/** Member name → (position, type) per shape, built on first use: ordering is then O(keys). */
const MEMBER_INDEX = new Map<string, Map<string, Member>>();

function memberIndex(shapeName: string): Map<string, Member> | undefined {
  let index = MEMBER_INDEX.get(shapeName);
  if (!index) {
    const shape = ECS_SHAPES[shapeName];
    if (!shape) return undefined;
    index = new Map(shape.members.map(([name, ref], position) => [name, { position, ref }]));
    MEMBER_INDEX.set(shapeName, index);
  }
  return index;
}

/** Model position of a key; keys the model does not know sort after all known ones. */
function positionOf(index: Map<string, Member> | undefined, key: string): number {
  return index?.get(key)?.position ?? Infinity;
}

function orderStructure(value: JsonObject, shapeName: string): JsonObject {
  const index = memberIndex(shapeName);
  // for-in rather than Object.keys(): V8 walks its cached key list without building an
  // array, and this runs for every object of every artifact. One pass for the common case
  // (keys already in model order); the first key out of order hands over to reordered().
  let previous = -1;
  let out: JsonObject | undefined;
  let seen = 0;
  for (const key in value) {
    const entry = index?.get(key);
    const position = entry?.position ?? Infinity;
    if (position < previous) return reordered(value, index);
    previous = position;
    const next = orderMember(value[key], entry);
    // Nulls and undefined members are dropped, so they count as a change too.
    if (out === undefined && (next !== value[key] || next === undefined)) out = firstMembers(value, seen);
    if (out !== undefined && next !== undefined) out[key] = next;
    seen++;
  }
  return out ?? value;
}

/** A new object with value's keys in model order (the rare path: data typed or imported out of order). */
function reordered(value: JsonObject, index: Map<string, Member> | undefined): JsonObject {
  const keys = Object.keys(value);
  sortByPosition(keys, index);
  const out: JsonObject = {};
  for (const key of keys) {
    const next = orderMember(value[key], index?.get(key));
    if (next !== undefined) out[key] = next;
  }
  return out;
}

function orderMember(member: JsonValue | undefined, entry: Member | undefined): JsonValue | undefined {
  if (member === undefined || member === null) return undefined;
  return entry ? orderValue(member, entry.ref) : stripNulls(member);
}

/**
 * Sorts keys in place into model order, unknown keys last in the order they came. An
 * insertion sort: objects have a few dozen keys at most, and Array.prototype.sort
 * allocates a work copy on each call.
 */
function sortByPosition(keys: string[], index: Map<string, Member> | undefined): void {
  const positions = keys.map((key) => positionOf(index, key));
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i]!;
    const position = positions[i]!;
    let j = i - 1;
    for (; j >= 0 && positions[j]! > position; j--) {
      keys[j + 1] = keys[j]!;
      positions[j + 1] = positions[j]!;
    }
    keys[j + 1] = key;
    positions[j + 1] = position;
  }
}

function orderValue(value: JsonValue, ref: ShapeRef): JsonValue {
  if (ref.type === 'structure' && isPlainObject(value)) return orderStructure(value, ref.shape);
  if (ref.type === 'list' && Array.isArray(value)) return mapList(value, (item) => orderValue(item, ref.member));
  if (ref.type === 'map' && isPlainObject(value)) return mapMembers(value, (member) => orderValue(member, ref.value));
  return stripNulls(value);
}

function stripNulls(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return mapList(value, stripNulls);
  if (isPlainObject(value)) return mapMembers(value, stripNulls);
  return value;
}

/** The list with nulls dropped and f applied to each item; the same list when nothing changes. */
function mapList(list: JsonValue[], f: (item: JsonValue) => JsonValue): JsonValue[] {
  let out: JsonValue[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const item = list[i]!;
    const next = item === null ? undefined : f(item);
    if (out === undefined && next !== item) out = list.slice(0, i);
    if (out !== undefined && next !== undefined) out.push(next);
  }
  return out ?? list;
}

/** The object with null members dropped and f applied to each member, keys in place; the same object when nothing changes. */
function mapMembers(value: JsonObject, f: (member: JsonValue) => JsonValue): JsonObject {
  let out: JsonObject | undefined;
  let seen = 0;
  for (const key in value) {
    const member = value[key];
    const next = member === undefined || member === null ? undefined : f(member);
    if (out === undefined && (next !== member || next === undefined)) out = firstMembers(value, seen);
    if (out !== undefined && next !== undefined) out[key] = next;
    seen++;
  }
  return out ?? value;
}

/** A new object with value's first `count` members (unchanged so far, so copied as they are). */
function firstMembers(value: JsonObject, count: number): JsonObject {
  const out: JsonObject = {};
  let copied = 0;
  for (const key in value) {
    if (copied++ === count) break;
    out[key] = value[key];
  }
  return out;
}

/**
 * Orders keys by an explicit list (for non-ECS shapes such as ELBv2 and IAM inputs); keys
 * not in the list follow in the order they came. Copy on write, like canonicalize().
 */
export function orderKeys(value: JsonObject, order: readonly string[]): JsonObject {
  const keys = Object.keys(value);
  let inOrder = true;
  let previous = -1;
  for (const key of keys) {
    const member = value[key];
    const position = order.indexOf(key);
    const rank = position < 0 ? order.length : position;
    if (member === undefined || member === null || rank < previous) inOrder = false;
    previous = rank;
  }
  if (inOrder) return value;
  const out: JsonObject = {};
  for (const key of order) if (value[key] !== undefined && value[key] !== null) out[key] = value[key];
  for (const key of keys) if (!Object.hasOwn(out, key) && value[key] !== undefined && value[key] !== null) out[key] = value[key];
  return out;
}
