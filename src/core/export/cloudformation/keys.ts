import type { JsonValue } from '../../model/json.ts';

/**
 * API input member names → CloudFormation property names. Most CloudFormation resources
 * take the API's members in PascalCase; where one differs (EFSVolumeConfiguration, IAM,
 * PlacementStrategies) the mapper's `rename` says so. Map-valued members (docker labels,
 * log options, tags maps) keep their keys: they are data, not property names.
 */
export interface KeyRules {
  /** API member names whose value is a map: its keys are kept as they are. */
  keep?: ReadonlySet<string>;
  /** API member name → CloudFormation property name, where it is not just PascalCase. */
  rename?: Readonly<Record<string, string>>;
}

const pascal = (key: string): string => (key ? key[0]!.toUpperCase() + key.slice(1) : key);

function isIntrinsic(value: Record<string, unknown>): boolean {
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::'));
}

export function cfnKeys(value: unknown, rules: KeyRules = {}): unknown {
  if (Array.isArray(value)) return value.map((v) => cfnKeys(v, rules));
  if (!value || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  if (isIntrinsic(object)) return object;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(object)) {
    if (v === undefined) continue;
    out[rules.rename?.[key] ?? pascal(key)] = rules.keep?.has(key) ? v : cfnKeys(v, rules);
  }
  return out;
}

/** `[{key, value}]` or `[{Key, Value}]` tags as CloudFormation's `[{Key, Value}]`. */
export function tagList(tags: unknown): Array<{ Key: unknown; Value: unknown }> | undefined {
  if (!Array.isArray(tags) || !tags.length) return undefined;
  return tags.map((t) => {
    const tag = t as Record<string, unknown>;
    return { Key: tag.Key ?? tag.key, Value: tag.Value ?? tag.value ?? '' };
  });
}

/** EC2's TagSpecifications of one resource type as a Tags list. */
export function tagsOfSpecifications(specs: unknown): Array<{ Key: unknown; Value: unknown }> | undefined {
  if (!Array.isArray(specs)) return undefined;
  const tags = specs.flatMap((s) => ((s as { Tags?: unknown[] }).Tags ?? []) as unknown[]);
  return tagList(tags);
}

/** An object without its undefined members (mappers build properties with optional parts). */
export function defined(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined));
}

/**
 * A JSON-string member (an event pattern, a queue's redrive policy) as the object the
 * template takes; text that does not parse (a file mid-edit) stays the string it was.
 */
export function parsedJson(text: string): JsonValue {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return text;
  }
}
