import type { JsonObject } from '../../model/json.ts';

/**
 * Common event patterns, offered as a choice on the rule. A pattern typed on the rule (the
 * EventPattern field, or an edit of the file) wins over the choice; `custom` is only that.
 * Another kind (a bucket) may later fill the S3 pattern's bucket name through a relation.
 */
export const PATTERN_PRESETS: Readonly<Record<string, JsonObject | undefined>> = {
  'S3 Object Created (EventBridge notifications)': {
    source: ['aws.s3'],
    'detail-type': ['Object Created'],
  },
  'ECS task state change: STOPPED': {
    source: ['aws.ecs'],
    'detail-type': ['ECS Task State Change'],
    detail: { lastStatus: ['STOPPED'] },
  },
  custom: undefined,
};

export const PATTERN_PRESET_NAMES = Object.keys(PATTERN_PRESETS);

export const S3_PRESET = 'S3 Object Created (EventBridge notifications)';

/**
 * The rule's pattern as an object or the text it was given in, if it has one. Buckets
 * drawn as triggering the rule narrow the S3 preset to their names (and choose it when
 * the rule has no pattern of its own); a pattern the user wrote is left as written.
 */
export function rulePattern(data: JsonObject, triggeringBuckets: readonly string[] = []): JsonObject | string | undefined {
  const own = data.EventPattern;
  if (own !== undefined && own !== null && (typeof own === 'string' || (typeof own === 'object' && !Array.isArray(own)))) return own as JsonObject | string;
  const preset = typeof data.pattern === 'string' ? data.pattern : triggeringBuckets.length ? S3_PRESET : undefined;
  const pattern = preset !== undefined ? PATTERN_PRESETS[preset] : undefined;
  if (pattern && preset === S3_PRESET && triggeringBuckets.length) return { ...pattern, detail: { bucket: { name: [...triggeringBuckets] } } };
  return pattern;
}
