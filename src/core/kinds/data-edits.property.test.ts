import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyArtifactText } from '../apply/index.ts';
import { artifactText, derive } from '../derive/index.ts';
import type { ArtifactType } from '../model/artifact.ts';
import { jsonEqual, type JsonObject } from '../model/json.ts';
import { designArb } from '../test-support/design-arbitrary.ts';

/**
 * derive(apply(d, text)) gives back the edited text (ARCHITECTURE principle 3) for the data
 * and messaging files: any edit of the members the designer models or keeps, on any random
 * design that has such a file.
 */
const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) };
const attr = fc.constantFrom('0', '30', '60', '900');
const tags = fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/), fc.stringMatching(/^[a-z0-9]{0,6}$/), { maxKeys: 2 });

const EDITS: Partial<Record<ArtifactType, fc.Arbitrary<(c: JsonObject) => void>>> = {
  'sqs-queue': fc.record({ fifo: fc.boolean(), visibility: fc.option(attr), delay: fc.option(attr), tags: fc.option(tags), extra: fc.option(fc.integer()) }).map(
    (e) => (c: JsonObject) => {
      const attributes: JsonObject = { ...((c.Attributes as JsonObject | undefined) ?? {}) };
      delete attributes.FifoQueue;
      if (e.fifo) attributes.FifoQueue = 'true';
      if (e.visibility !== null) attributes.VisibilityTimeout = e.visibility;
      if (e.delay !== null) attributes.DelaySeconds = e.delay;
      if (Object.keys(attributes).length) c.Attributes = attributes;
      else delete c.Attributes;
      if (e.tags !== null) c.tags = e.tags;
      if (e.extra !== null) c.FutureMember = e.extra;
    },
  ),
  'sns-topic': fc.record({ fifo: fc.boolean(), display: fc.option(fc.stringMatching(/^[A-Za-z]{0,8}$/)) }).map((e) => (c: JsonObject) => {
    const attributes: JsonObject = {};
    if (e.fifo) attributes.FifoTopic = 'true';
    if (e.display !== null) attributes.DisplayName = e.display;
    if (Object.keys(attributes).length) c.Attributes = attributes;
    else delete c.Attributes;
  }),
  'dynamodb-table': fc
    .record({
      keys: fc.constantFrom<Array<[string, string]>>([['id', 'S']], [['id', 'N'], ['at', 'N']], [['pk', 'B'], ['sk', 'S']]),
      stream: fc.option(fc.constantFrom('KEYS_ONLY', 'NEW_IMAGE')),
      tableClass: fc.option(fc.constantFrom('STANDARD', 'STANDARD_INFREQUENT_ACCESS')),
    })
    .map((e) => (c: JsonObject) => {
      c.AttributeDefinitions = e.keys.map(([name, type]) => ({ AttributeName: name, AttributeType: type }));
      c.KeySchema = e.keys.map(([name], i) => ({ AttributeName: name, KeyType: i === 0 ? 'HASH' : 'RANGE' }));
      if (e.stream !== null) c.StreamSpecification = { StreamEnabled: true, StreamViewType: e.stream };
      else delete c.StreamSpecification;
      if (e.tableClass !== null) c.TableClass = e.tableClass;
    }),
  's3-bucket': fc.record({ ownership: fc.option(fc.constantFrom('BucketOwnerEnforced', 'ObjectWriter')), lock: fc.option(fc.boolean()) }).map((e) => (c: JsonObject) => {
    if (e.ownership !== null) c.ObjectOwnership = e.ownership;
    if (e.lock !== null) c.ObjectLockEnabledForBucket = e.lock;
  }),
  's3-bucket-encryption': fc.record({ algorithm: fc.constantFrom('AES256', 'aws:kms'), key: fc.option(fc.constant('alias/data')), bucketKey: fc.option(fc.boolean()) }).map(
    (e) => (c: JsonObject) => {
      const byDefault: JsonObject = { SSEAlgorithm: e.algorithm };
      if (e.key !== null && e.algorithm === 'aws:kms') byDefault.KMSMasterKeyID = e.key;
      const rule: JsonObject = { ApplyServerSideEncryptionByDefault: byDefault };
      if (e.bucketKey !== null) rule.BucketKeyEnabled = e.bucketKey;
      c.ServerSideEncryptionConfiguration = { Rules: [rule] };
    },
  ),
};

describe('property: edited data and messaging files come back as written', () => {
  for (const [type, editArb] of Object.entries(EDITS) as Array<[ArtifactType, fc.Arbitrary<(c: JsonObject) => void>]>) {
    it(type, () => {
      fc.assert(
        fc.property(designArb, editArb, (design, edit) => {
          const artifact = derive(design).find((a) => a.type === type);
          if (!artifact) return;
          const text: JsonObject = structuredClone(artifact.content);
          edit(text);
          const result = applyArtifactText(design, artifact.path, artifactText({ content: text }));
          if (!result.ok) throw new Error(result.error);
          const after = derive(result.design).find((a) => a.nodeId === artifact.nodeId && a.type === type)!;
          if (!jsonEqual(after.content, text)) expect(after.content).toEqual(text);
        }),
        runs,
      );
    }, 30_000);
  }
});
