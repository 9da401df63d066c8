import { isPlainObject } from '../../model/json.ts';
import { textOf } from '../../model/text.ts';
import type { RuleModule } from '../../validate/context.ts';
import { fieldFix } from '../../validate/fixes.ts';
import { checkFifoSuffix, FIFO_SUFFIX } from '../fifo-name.ts';

/** SQS queue names: letters, digits, - and _, up to 80 with the .fifo suffix (SQS CreateQueue). */
const NAME = /^[A-Za-z0-9_-]{1,80}$/;

/** Numeric attributes SQS takes as strings, with their documented ranges. */
const RANGES = [
  { key: 'VisibilityTimeout', ruleId: 'SQS-VISIBILITY', min: 0, max: 43200, unit: 's' },
  { key: 'MessageRetentionPeriod', ruleId: 'SQS-RETENTION', min: 60, max: 1209600, unit: 's' },
  { key: 'ReceiveMessageWaitTimeSeconds', ruleId: 'SQS-WAIT', min: 0, max: 20, unit: 's' },
  { key: 'DelaySeconds', ruleId: 'SQS-DELAY', min: 0, max: 900, unit: 's' },
] as const;

const MAX_RETENTION = 1209600;
/** SQS keeps messages 4 days (345600 s) unless MessageRetentionPeriod says otherwise. */
const DEFAULT_RETENTION = 345600;

function retentionOf(attributes: Record<string, unknown>): number | undefined {
  const value = attributes.MessageRetentionPeriod;
  if (value === undefined) return DEFAULT_RETENTION;
  return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined;
}

function isFifo(attributes: Record<string, unknown>): boolean {
  return attributes.FifoQueue === 'true';
}

/**
 * SQS queues (AWS naming and attribute limits; not in ECS_RULES.md, ids in its style):
 * SQS-NAME, SQS-FIFO-SUFFIX, SQS-VISIBILITY, SQS-RETENTION, SQS-WAIT, SQS-DELAY, SQS-DLQ-TYPE,
 * SQS-DLQ-RETENTION (warning: on a standard queue a message keeps its first enqueue time when
 * moved, so a dead-letter queue that keeps messages no longer than its source drops them early).
 */
export const sqsQueueRules: RuleModule = {
  area: 'SQS queues',
  rules: {
    'SQS-NAME': 'error',
    'SQS-FIFO-SUFFIX': 'error',
    'SQS-VISIBILITY': 'error',
    'SQS-RETENTION': 'error',
    'SQS-WAIT': 'error',
    'SQS-DELAY': 'error',
    'SQS-DLQ-TYPE': 'error',
    'SQS-DLQ-RETENTION': 'warning',
  },
  check(ctx) {
    for (const node of ctx.index.nodesOfKind('sqs-queue')) {
      const artifact = ctx.artifactOf(node.id);
      if (!artifact) continue;
      const name = textOf(artifact.content.QueueName ?? '');
      const attributes = isPlainObject(artifact.content.Attributes) ? artifact.content.Attributes : {};
      const fifo = isFifo(attributes);
      const base = name.endsWith(FIFO_SUFFIX) ? name.slice(0, -FIFO_SUFFIX.length) : name;
      if (!NAME.test(base) || name.length > 80) {
        // The 80 include the .fifo suffix: a FIFO queue's name has 75 characters before it.
        ctx.report({
          ruleId: 'SQS-NAME',
          node,
          pointer: '/QueueName',
          message: `Queue name "${name}" (${name.length} characters) must be 1–80 letters, digits, - or _, the .fifo suffix of a FIFO queue counted in the 80 (so at most 75 before it).`,
        });
      } else {
        checkFifoSuffix(ctx, { ruleId: 'SQS-FIFO-SUFFIX', node, nameKey: 'QueueName', name, fifo, noun: 'queue', maxLength: 80 });
      }
      for (const range of RANGES) {
        const value = attributes[range.key];
        if (value === undefined) continue;
        const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
        if (!(n >= range.min && n <= range.max)) {
          ctx.report({
            ruleId: range.ruleId,
            node,
            pointer: `/Attributes/${range.key}`,
            message: `${range.key} ${textOf(value)} must be a whole number of seconds from ${range.min} to ${range.max}, written as a string.`,
          });
        }
      }
      const dlq = ctx.index.target(node.id, 'dead-letter');
      if (dlq && (dlq.data.fifo === true) !== fifo) {
        ctx.report({
          ruleId: 'SQS-DLQ-TYPE',
          node,
          pointer: '/Attributes/RedrivePolicy',
          message: `The dead-letter queue of a ${fifo ? 'FIFO' : 'standard'} queue must be a ${fifo ? 'FIFO' : 'standard'} queue too.`,
        });
      }
      const sourceRetention = retentionOf(attributes);
      const dlqRetention = dlq ? retentionOf(isPlainObject(dlq.data.Attributes) ? dlq.data.Attributes : {}) : undefined;
      if (dlq && !fifo && sourceRetention !== undefined && dlqRetention !== undefined && dlqRetention <= sourceRetention) {
        ctx.report({
          ruleId: 'SQS-DLQ-RETENTION',
          node,
          pointer: '/Attributes/RedrivePolicy',
          message: `Dead-letter queue ${textOf(dlq.data.QueueName ?? dlq.id)} keeps messages ${dlqRetention} s, not longer than this queue (${sourceRetention} s): a moved message keeps its original age and may expire there at once.`,
          // The longest retention SQS allows is the one value that always outlives the source.
          fix: sourceRetention < MAX_RETENTION ? fieldFix('Keep dead letters 14 days', dlq.id, ['Attributes', 'MessageRetentionPeriod'], String(MAX_RETENTION)) : undefined,
        });
      }
    }
  },
};
