import fc from 'fast-check';
import type { NodeKind } from '../model/design.ts';
import type { JsonObject } from '../model/json.ts';
import { RESOURCE_NAME_KEY, type ResourceKind } from '../derive/resource-arns.ts';
import { compact, maybe, pick, word, type Add, type Link } from './arbitrary-helpers.ts';

/** One bucket, table, queue or topic of a random design, and what reaches it (by index). */
export type ResourcePlan = {
  kind: NodeKind;
  data: JsonObject;
  accessedBy: Array<{ taskDefinition: number; access?: string }>;
  deadLetter?: number;
  subscribers?: number[];
  /** Buckets: containers (by index) that load an environment file from it, and its key (none: not set yet). */
  environmentFiles?: Array<{ container: number; key?: string }>;
};

const accessArb = maybe(fc.constantFrom('read', 'write', 'read-write'));
// Valid keys, one ENVF-EXT reports and none at all: the round trip must hold for each.
const environmentFileArb = fc.record({ container: fc.nat(), key: maybe(fc.constantFrom('config/app.env', 'app.env', 'notes.txt')) }).map((f) => compact(f) as { container: number; key?: string });

/** Data of each resource kind: the defaults' shape and the variants the inspector and files can make. */
const resourceDataArb: Record<string, fc.Arbitrary<JsonObject>> = {
  's3-bucket': fc
    .record({
      VersioningConfiguration: maybe(fc.record({ Status: fc.constantFrom('Enabled', 'Suspended') })),
      encryption: maybe(fc.constantFrom('AES256', 'aws:kms')),
      kmsKeyId: maybe(fc.constant('alias/data')),
      PublicAccessBlockConfiguration: maybe(fc.record({ BlockPublicAcls: fc.boolean(), RestrictPublicBuckets: fc.boolean() })),
      ObjectOwnership: maybe(fc.constant('BucketOwnerEnforced')),
    })
    .map(compact),
  'dynamodb-table': fc
    .record({
      partitionKey: fc.record({ name: word, type: fc.constantFrom('S', 'N', 'B') }),
      sortKey: maybe(fc.record({ name: fc.constantFrom('sk', 'at'), type: fc.constantFrom('S', 'N') })),
      BillingMode: fc.constantFrom('PAY_PER_REQUEST', 'PROVISIONED'),
      ttlAttribute: maybe(fc.constant('expires')),
      streamViewType: maybe(fc.constantFrom('KEYS_ONLY', 'NEW_AND_OLD_IMAGES')),
      DeletionProtectionEnabled: maybe(fc.boolean()),
    })
    .map((d) => compact({ ...d, ProvisionedThroughput: d.BillingMode === 'PROVISIONED' ? { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } : undefined })),
  'sqs-queue': fc
    .record({
      fifo: maybe(fc.boolean()),
      Attributes: maybe(fc.record({ VisibilityTimeout: fc.constantFrom('0', '30', '900'), MessageRetentionPeriod: fc.constantFrom('60', '345600') })),
      tags: maybe(fc.constant({ team: 'data' })),
    })
    .map(compact),
  'sns-topic': fc.record({ fifo: maybe(fc.boolean()), Attributes: maybe(fc.constant({ DisplayName: 'Alerts' })) }).map(compact),
};

export const resourceArb: fc.Arbitrary<ResourcePlan> = fc.constantFrom('s3-bucket', 'dynamodb-table', 'sqs-queue', 'sns-topic').chain((kind) =>
  fc.record({
    kind: fc.constant(kind as NodeKind),
    // Now and then the resource already exists: no files, only its ARN in task role statements.
    data: fc.tuple(resourceDataArb[kind]!, fc.integer({ min: 0, max: 5 })).map(([d, n]) => (n === 0 ? { ...d, existing: true } : d)),
    accessedBy: fc.array(fc.record({ taskDefinition: fc.nat(), access: accessArb }).map((a) => compact(a) as { taskDefinition: number; access?: string }), { maxLength: 2 }),
    deadLetter: maybe(fc.nat()),
    subscribers: maybe(fc.array(fc.nat(), { maxLength: 2 })),
    environmentFiles: kind === 's3-bucket' ? maybe(fc.array(environmentFileArb, { maxLength: 2 })) : fc.constant(undefined),
  }).map((r) => compact(r) as ResourcePlan),
);

/** Draws the resources, their task definition access, containers' environment files, dead-letter queues and topic subscriptions. */
export function buildResources(plan: readonly ResourcePlan[], add: Add, link: Link, tds: readonly string[], containers: readonly string[] = []): Array<{ id: string; plan: ResourcePlan }> {
  const queues: string[] = [];
  const resources = plan.map((r, i) => {
    // FIFO queues and topics are named .fifo, as SQS and SNS require.
    const name = `${r.kind.split('-')[0]}-res-${i}${r.data.fifo === true ? '.fifo' : ''}`;
    const id = add(r.kind, { [RESOURCE_NAME_KEY[r.kind as ResourceKind]]: name, ...r.data });
    if (r.kind === 'sqs-queue') queues.push(id);
    for (const a of r.accessedBy) {
      const td = pick(tds, a.taskDefinition);
      if (td) link(td, id, a.access ? { access: a.access } : undefined);
    }
    for (const f of r.environmentFiles ?? []) {
      const container = pick(containers, f.container);
      if (container) link(container, id, f.key !== undefined ? { key: f.key } : undefined);
    }
    return { id, plan: r };
  });
  for (const { id, plan: r } of resources) {
    const dlq = pick(queues, r.deadLetter);
    if (r.kind === 'sqs-queue' && dlq) link(id, dlq, r.deadLetter! % 2 ? { maxReceiveCount: 3 } : undefined);
    if (r.kind === 'sns-topic') {
      for (const s of r.subscribers ?? []) {
        const queue = pick(queues, s);
        if (queue) link(id, queue, s % 2 ? { Attributes: { RawMessageDelivery: 'true' } } : undefined);
      }
    }
  }
  return resources;
}
