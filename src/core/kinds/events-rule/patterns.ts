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

/** The rule's pattern as an object or the text it was given in, if it has one. */
export function rulePattern(data: JsonObject): JsonObject | string | undefined {
  const own = data.EventPattern;
  if (own !== undefined && own !== null && (typeof own === 'string' || (typeof own === 'object' && !Array.isArray(own)))) return own as JsonObject | string;
  return typeof data.pattern === 'string' ? PATTERN_PRESETS[data.pattern] : undefined;
}
