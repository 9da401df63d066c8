import { Raw, Template, Call, type BodyItem, type HclObject, type HclValue } from './hcl.ts';

/**
 * API input members → a resource's arguments and nested blocks, by a table per resource
 * (member name → what it is in the provider's schema). A member that is in no table is
 * reported by the caller: nothing the design says is dropped silently.
 */
export type FieldRule =
  /** An argument of this name, the value as it is. */
  | string
  /** An argument whose value is converted (an API enum that the provider takes as a bool). */
  | { attr: string; value: (v: HclValue) => HclValue | undefined }
  /** A nested block: an object is one block, a list is one block per item. */
  | { block: string; spec: Spec }
  /** A member that is part of the call, not of the resource (ClientToken, DryRun). */
  | 'skip';

export type Spec = Readonly<Record<string, FieldRule>>;

export const isObject = (v: HclValue | undefined): v is HclObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Raw) && !(v instanceof Template) && !(v instanceof Call);

/** The body for a value by a spec; `unknown` gets the path of each member the spec does not know. */
export function bodyOf(value: HclObject, spec: Spec, unknown: (path: string) => void, path = ''): BodyItem[] {
  const out: BodyItem[] = [];
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    const rule = spec[key];
    const at = path ? `${path}.${key}` : key;
    if (rule === undefined) {
      unknown(at);
      continue;
    }
    if (rule === 'skip') continue;
    if (typeof rule === 'string') out.push({ name: rule, value: v });
    else if ('attr' in rule) {
      const converted = rule.value(v);
      if (converted !== undefined) out.push({ name: rule.attr, value: converted });
    } else {
      const items = Array.isArray(v) ? v : [v];
      items.forEach((item, i) => {
        if (!isObject(item)) return unknown(`${at}${Array.isArray(v) ? `[${i}]` : ''}`);
        out.push({ type: rule.block, labels: [], body: bodyOf(item, rule.spec, unknown, Array.isArray(v) ? `${at}[${i}]` : at) });
      });
    }
  }
  return out;
}

/** `ENABLED` / `DISABLED` as the provider's bool. */
export const enabled = (v: HclValue): HclValue | undefined => (v === 'ENABLED' ? true : v === 'DISABLED' ? false : v);

/** `[{key, value}]` / `[{Key, Value}]` tags as a tags map. */
export function tagMap(tags: HclValue | undefined): HclObject | undefined {
  if (!Array.isArray(tags) || !tags.length) return undefined;
  const out: HclObject = {};
  for (const t of tags) {
    if (!isObject(t)) continue;
    const key = t.Key ?? t.key;
    if (typeof key === 'string') out[key] = t.Value ?? t.value ?? '';
  }
  return out;
}

/** EC2 TagSpecifications as one tags map. */
export function tagsOfSpecifications(specs: HclValue | undefined): HclObject | undefined {
  if (!Array.isArray(specs)) return undefined;
  return tagMap(specs.flatMap((s) => (isObject(s) && Array.isArray(s.Tags) ? s.Tags : [])));
}

export const tagsRule: FieldRule = { attr: 'tags', value: (v) => tagMap(v) };
export const tagSpecificationsRule: FieldRule = { attr: 'tags', value: (v) => tagsOfSpecifications(v) };
