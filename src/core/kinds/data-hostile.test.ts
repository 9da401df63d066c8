import { describe, expect, it } from 'vitest';
import { derive } from '../derive/index.ts';
import type { JsonObject } from '../model/json.ts';
import { sqsWorkerDesign } from '../test-support/data-designs.ts';
import { validate } from '../validate/index.ts';

/** Values String() cannot convert (see validate/hostile-values.test.ts), in every data kind's name and settings. */
const HOSTILE = { toString: false } as unknown as JsonObject;

describe('data and messaging kinds with hostile values', () => {
  it('names, attributes and connection data that are objects give problems, not a crash', () => {
    const t = sqsWorkerDesign();
    t.add('b', 's3-bucket', { Bucket: HOSTILE, encryption: HOSTILE, kmsKeyId: HOSTILE, PublicAccessBlockConfiguration: HOSTILE, VersioningConfiguration: HOSTILE });
    t.add('tb', 'dynamodb-table', { TableName: HOSTILE, partitionKey: HOSTILE, sortKey: { name: HOSTILE }, streamViewType: HOSTILE, ttlAttribute: HOSTILE });
    t.add('q', 'sqs-queue', { QueueName: HOSTILE, fifo: HOSTILE, Attributes: HOSTILE, tags: HOSTILE });
    t.add('tp', 'sns-topic', { Name: HOSTILE, Attributes: { FifoTopic: HOSTILE } });
    t.link('td', 'b', { access: HOSTILE }).link('td', 'tb').link('td', 'tp').link('q', 'queue', { maxReceiveCount: HOSTILE }).link('tp', 'q', { Attributes: HOSTILE });
    const design = t.build();
    const artifacts = derive(design);
    const problems = validate(design, artifacts);
    expect(problems.some((p) => p.ruleId === 'S3-NAME')).toBe(true);
    expect(problems.some((p) => p.ruleId === 'DDB-NAME')).toBe(true);
    expect(problems.some((p) => p.ruleId === 'SQS-NAME')).toBe(true);
    expect(problems.some((p) => p.ruleId === 'SNS-NAME')).toBe(true);
  });
});
