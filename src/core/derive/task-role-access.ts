import type { DesignEdge, DesignNode, NodeKind } from '../model/design.ts';
import type { JsonObject } from '../model/json.ts';
import type { DeriveContext } from './context.ts';
import { isResourceKind, partitionOf, resourceArn, type ResourceKind } from './resource-arns.ts';

/**
 * What a task's application may do with the buckets, tables, queues and topics its task
 * definition is connected to ("accesses" relations), as least-privilege task role
 * statements scoped to exactly those resources (ECS_RULES §5.2 "App calls AWS APIs" → task
 * role). The role's own policyStatements follow these in its policy.
 */
export type AccessLevel = 'read' | 'write' | 'read-write';
export const ACCESS_LEVELS: readonly AccessLevel[] = ['read', 'write', 'read-write'];

/**
 * The access an edge grants. Unset means the narrowest useful grant: read, except on a
 * topic, where only publishing (write) means anything.
 */
export function accessLevel(edge: Pick<DesignEdge, 'data'>, target: NodeKind): AccessLevel {
  const set = edge.data?.access;
  if (set === 'read' || set === 'write' || set === 'read-write') return set;
  return target === 'sns-topic' ? 'write' : 'read';
}

/**
 * Actions per resource kind and level. Decisions (documented in the kind help too):
 * - S3 write is PutObject only; DeleteObject comes with read-write (a writer that only
 *   adds objects cannot remove what others wrote).
 * - DynamoDB read reaches the table's indexes (Query/Scan on a GSI or LSI name the index ARN).
 * - SQS: GetQueueUrl is needed by SDKs that resolve a queue by name; batch calls are
 *   authorised by their single-message actions (SendMessageBatch → sqs:SendMessage).
 * - SNS has nothing to read: a topic is only published to (IAM-TASK-ACCESS-TOPIC warns on read).
 * - An SSE-KMS bucket with a customer managed key adds kms:Decrypt (read) / kms:GenerateDataKey
 *   (write) on that key, only via S3 (kms:ViaService).
 */
const ACTIONS: Record<ResourceKind, { read: string[]; write: string[] }> = {
  's3-bucket': { read: ['s3:GetObject'], write: ['s3:PutObject'] },
  'dynamodb-table': {
    read: ['dynamodb:BatchGetItem', 'dynamodb:ConditionCheckItem', 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:Scan'],
    write: ['dynamodb:BatchWriteItem', 'dynamodb:DeleteItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
  },
  'sqs-queue': {
    read: ['sqs:ChangeMessageVisibility', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:ReceiveMessage'],
    write: ['sqs:GetQueueUrl', 'sqs:SendMessage'],
  },
  'sns-topic': { read: [], write: ['sns:Publish'] },
};

const KIND_ORDER: readonly ResourceKind[] = ['s3-bucket', 'dynamodb-table', 'sqs-queue', 'sns-topic'];
const SID_PREFIX: Record<ResourceKind, string> = { 's3-bucket': 'S3', 'dynamodb-table': 'DynamoDb', 'sqs-queue': 'Sqs', 'sns-topic': 'Sns' };
const SID_LEVEL: Record<AccessLevel, string> = { read: 'Read', write: 'Write', 'read-write': 'ReadWrite' };

/** One resource a role reaches, with the union of the levels its task definitions ask for. */
export interface RoleAccess {
  node: DesignNode;
  edges: DesignEdge[];
  level: AccessLevel;
}

/** The resources the task definitions reach, in first-connected order, levels merged per resource. */
export function roleAccesses(taskDefinitions: readonly DesignNode[], ctx: DeriveContext): RoleAccess[] {
  const byId = new Map<string, { node: DesignNode; edges: DesignEdge[]; read: boolean; write: boolean }>();
  for (const td of taskDefinitions) {
    for (const edge of ctx.index.outgoing(td.id, 'accesses')) {
      const node = ctx.index.node(edge.target);
      if (!node || !isResourceKind(node.kind)) continue;
      const level = accessLevel(edge, node.kind);
      let entry = byId.get(node.id);
      if (!entry) byId.set(node.id, (entry = { node, edges: [], read: false, write: false }));
      entry.edges.push(edge);
      if (level !== 'write') entry.read = true;
      if (level !== 'read') entry.write = true;
    }
  }
  return [...byId.values()].map(({ node, edges, read, write }) => ({ node, edges, level: read && write ? 'read-write' : read ? 'read' : 'write' }));
}

/** Whether any task definition reaches a resource (then it needs a task role). */
export function hasAccesses(td: DesignNode, ctx: DeriveContext): boolean {
  return ctx.index.outgoing(td.id, 'accesses').length > 0;
}

/**
 * The statements, in a fixed order: resource kinds S3, DynamoDB, SQS, SNS; within a kind
 * read, write, read-write; resources in the order they were connected. One statement per
 * kind and level keeps the policy short however many resources there are.
 */
export function taskRoleAccessStatements(taskDefinitions: readonly DesignNode[], ctx: DeriveContext): JsonObject[] {
  // Most task roles reach nothing: no tables to build for those.
  if (!taskDefinitions.some((td) => hasAccesses(td, ctx))) return [];
  const accesses = roleAccesses(taskDefinitions, ctx);
  if (!accesses.length) return [];
  const statements: JsonObject[] = [];
  for (const kind of KIND_ORDER) {
    // Few resources per role and most of the kind × level pairs empty: skip those without a pass each.
    if (!accesses.some((a) => a.node.kind === kind)) continue;
    for (const level of ACCESS_LEVELS) {
      const nodes = accesses.filter((a) => a.node.kind === kind && a.level === level).map((a) => a.node);
      if (nodes.length) statements.push(...statementsFor(kind, level, nodes, ctx));
    }
  }
  for (const level of ACCESS_LEVELS) {
    const keys = [...new Set(accesses.filter((a) => a.level === level).map((a) => bucketKmsKey(a.node, ctx)).filter((k) => k !== undefined))];
    if (keys.length) statements.push(kmsStatement(level, keys, ctx));
  }
  return statements;
}

/**
 * The customer managed KMS key of an SSE-KMS bucket, as an ARN (a key id is made one; an
 * alias cannot be scoped in IAM, and the AWS managed aws/s3 key needs no grant: its key
 * policy already lets the account use it through S3).
 */
export function bucketKmsKey(node: DesignNode, ctx: DeriveContext): string | undefined {
  if (node.kind !== 's3-bucket') return undefined;
  const { encryption, kmsKeyId } = node.data;
  if (typeof encryption !== 'string' || !encryption.startsWith('aws:kms') || typeof kmsKeyId !== 'string') return undefined;
  if (/^arn:[^:]+:kms:[^:]*:\d{12}:key\//.test(kmsKeyId)) return kmsKeyId;
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(kmsKeyId)) return `arn:${partitionOf(ctx.region)}:kms:${ctx.region}:${ctx.accountId}:key/${kmsKeyId}`;
  return undefined;
}

/** Reading SSE-KMS objects decrypts with the bucket's key, writing them asks it for a data key; only through S3. */
function kmsStatement(level: AccessLevel, keys: string[], ctx: DeriveContext): JsonObject {
  const actions = level === 'read' ? ['kms:Decrypt'] : level === 'write' ? ['kms:GenerateDataKey'] : ['kms:Decrypt', 'kms:GenerateDataKey'];
  return { ...statement(`KmsS3${SID_LEVEL[level]}`, actions, keys), Condition: { StringEquals: { 'kms:ViaService': `s3.${ctx.region}.amazonaws.com` } } };
}

function statementsFor(kind: ResourceKind, level: AccessLevel, nodes: DesignNode[], ctx: DeriveContext): JsonObject[] {
  const arns = nodes.map((n) => resourceArn(n, ctx.region, ctx.accountId));
  const actions = actionsOf(kind, level);
  if (!actions.length) return [];
  const sid = SID_PREFIX[kind] + SID_LEVEL[level];
  switch (kind) {
    case 's3-bucket': {
      const out: JsonObject[] = [];
      // Listing is a bucket action; reading and writing objects are object actions on bucket/*.
      if (level !== 'write') out.push(statement(`${sid}Buckets`, ['s3:ListBucket'], arns));
      const objects = level === 'read-write' ? [...actions, 's3:DeleteObject'].sort() : actions;
      out.push(statement(`${sid}Objects`, objects, arns.map((a) => `${a}/*`)));
      return out;
    }
    case 'dynamodb-table':
      return [statement(sid, actions, level === 'write' ? arns : arns.flatMap((a) => [a, `${a}/index/*`]))];
    default:
      return [statement(sid, actions, arns)];
  }
}

function actionsOf(kind: ResourceKind, level: AccessLevel): readonly string[] {
  return SORTED_ACTIONS[kind][level];
}

function sortedActions(kind: ResourceKind, level: AccessLevel): readonly string[] {
  const { read, write } = ACTIONS[kind];
  const list = level === 'read' ? read : level === 'write' ? write : [...read, ...write];
  return Object.freeze([...new Set(list)].sort());
}

/** The action lists, sorted and without repeats, built once: each role's policy refers to them (artifacts are read-only). */
const SORTED_ACTIONS = Object.fromEntries(
  KIND_ORDER.map((kind) => [kind, Object.fromEntries(ACCESS_LEVELS.map((level) => [level, sortedActions(kind, level)]))]),
) as Record<ResourceKind, Record<AccessLevel, readonly string[]>>;

function statement(sid: string, actions: readonly string[], resources: string[]): JsonObject {
  return {
    Sid: sid,
    Effect: 'Allow',
    Action: actions.length === 1 ? actions[0]! : (actions as string[]),
    Resource: resources.length === 1 ? resources[0]! : resources,
  };
}
