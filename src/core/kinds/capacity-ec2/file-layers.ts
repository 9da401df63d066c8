import { isPlainObject, jsonEqual, type JsonObject, type JsonValue } from '../../model/json.ts';
import { stripNulls } from '../../apply/common.ts';

/**
 * How the launch template and the Auto Scaling group files stay lossless. Each has three
 * layers: values derive fills in from the drawing (an image for the AMI family, the ECS
 * tag, scale-in protection for managed termination protection), what the user wrote
 * that the design does not model (`extra`), and the node's own fields. An edit that keeps
 * a derived value as derived keeps it derived (it follows the design); one that changes it
 * is kept in `extra`, which wins over the derived layer; one that takes it out is
 * remembered in `omit`. So derive(apply(text)) gives back the text, and the rules see
 * what the user wrote (ASG-MTP-ASG, ASG-POLICY).
 */
export interface FileBag {
  extra?: JsonObject;
  omit?: string[];
}

export function bagOf(value: JsonValue | undefined): FileBag {
  if (!isPlainObject(value)) return {};
  return {
    extra: isPlainObject(value.extra) ? value.extra : undefined,
    omit: Array.isArray(value.omit) ? value.omit.filter((k): k is string => typeof k === 'string') : undefined,
  };
}

/** The three layers as one object (derived, then extra over it, then the modelled fields over both). */
export function layFile(derived: JsonObject, bag: FileBag, modelled: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(derived)) if (value !== undefined && !bag.omit?.includes(key)) out[key] = value;
  for (const [key, value] of Object.entries(bag.extra ?? {})) if (value !== undefined && value !== null) out[key] = value;
  for (const [key, value] of Object.entries(modelled)) if (value !== undefined && value !== null) out[key] = value;
  return out;
}

/**
 * An edited file split back into its layers: `modelled` keys (API key → their value) are
 * returned for the node's fields; the rest is compared with what derive would fill in.
 * `before`: what derive filled in before the edit, when the edit changes that (a new AMI
 * family means other user data): a value the user left as it was stays derived.
 */
export function readFile(content: JsonObject, derived: JsonObject, modelledKeys: readonly string[], before: JsonObject = derived): { bag: FileBag; modelled: JsonObject } {
  const extra: JsonObject = {};
  const modelled: JsonObject = {};
  const isDerived = (key: string, value: JsonValue, layer: JsonObject) => layer[key] !== undefined && jsonEqual(layer[key], value);
  for (const [key, value] of Object.entries(content)) {
    if (value === null || value === undefined) continue;
    if (modelledKeys.includes(key)) modelled[key] = stripNulls(value);
    else if (!isDerived(key, value, derived) && !isDerived(key, value, before)) extra[key] = stripNulls(value);
  }
  const omit = Object.keys(derived).filter((key) => derived[key] !== undefined && (content[key] === undefined || content[key] === null));
  const bag: FileBag = {};
  if (Object.keys(extra).length) bag.extra = extra;
  if (omit.length) bag.omit = omit;
  return { bag, modelled };
}

/** The bag as node data: undefined when empty, so an unchanged file leaves the node as it was. */
export function bagData(bag: FileBag): JsonObject | undefined {
  const out: JsonObject = {};
  if (bag.extra) out.extra = bag.extra;
  if (bag.omit) out.omit = bag.omit;
  return Object.keys(out).length ? out : undefined;
}
