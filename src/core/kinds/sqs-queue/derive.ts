import type { Artifact } from '../../model/artifact.ts';
import type { DesignNode } from '../../model/design.ts';
import { isPlainObject, type JsonObject } from '../../model/json.ts';
import { orderKeys } from '../../derive/canonical.ts';
import { type DeriveContext, safeSegment } from '../../derive/context.ts';
import { resourceArn, resourceName } from '../../derive/resource-arns.ts';

/** CreateQueue members in the API reference's order. */
export const CREATE_QUEUE_KEYS = ['QueueName', 'Attributes', 'tags'] as const;

/** Until it is edited, a dead-letter connection redrives after this many receives. */
export const DEFAULT_MAX_RECEIVE_COUNT = 5;

/**
 * The RedrivePolicy attribute a dead-letter connection stands for (a JSON string, as SQS
 * takes every attribute), or undefined without one.
 */
export function redrivePolicy(queue: DesignNode, ctx: DeriveContext): string | undefined {
  const edge = ctx.index.outgoing(queue.id, 'dead-letter')[0];
  const dlq = edge && ctx.index.node(edge.target);
  if (!edge || !dlq) return undefined;
  const count = edge.data?.maxReceiveCount;
  return JSON.stringify({
    deadLetterTargetArn: resourceArn(dlq, ctx.region, ctx.accountId),
    maxReceiveCount: typeof count === 'number' ? count : DEFAULT_MAX_RECEIVE_COUNT,
  });
}

/**
 * The queue policy that lets the topics subscribed to this queue send to it (SNS delivers
 * as sns.amazonaws.com, limited to those topics by aws:SourceArn), as the JSON string
 * SQS takes; undefined without subscriptions.
 */
export function queuePolicy(queue: DesignNode, ctx: DeriveContext): string | undefined {
  const topics = ctx.index.sources(queue.id, 'subscribes').map((t) => resourceArn(t, ctx.region, ctx.accountId));
  if (!topics.length) return undefined;
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'AllowSubscribedTopics',
        Effect: 'Allow',
        Principal: { Service: 'sns.amazonaws.com' },
        Action: 'sqs:SendMessage',
        Resource: resourceArn(queue, ctx.region, ctx.accountId),
        Condition: { ArnEquals: { 'aws:SourceArn': topics.length === 1 ? topics[0] : topics } },
      },
    ],
  });
}

/**
 * The queue's CreateQueue input. The node holds that input, except `fifo` (a checkbox;
 * SQS wants the string "true" in Attributes.FifoQueue) and the redrive policy, which a
 * dead-letter connection stands for.
 */
export function queueContent(queue: DesignNode, ctx: DeriveContext): JsonObject {
  const { fifo, ...rest } = queue.data;
  const attributes: JsonObject = {};
  if (fifo === true) attributes.FifoQueue = 'true';
  if (isPlainObject(rest.Attributes)) Object.assign(attributes, rest.Attributes);
  const redrive = redrivePolicy(queue, ctx);
  if (redrive !== undefined) attributes.RedrivePolicy = redrive;
  // A policy the node sets itself wins (the user then grants the topics themselves).
  const policy = attributes.Policy === undefined ? queuePolicy(queue, ctx) : undefined;
  if (policy !== undefined) attributes.Policy = policy;
  const content: JsonObject = { ...rest };
  if (Object.keys(attributes).length) content.Attributes = attributes;
  else delete content.Attributes;
  return orderKeys(content, CREATE_QUEUE_KEYS);
}

export function queueArtifacts(queue: DesignNode, ctx: DeriveContext): Artifact[] {
  if (queue.data.existing === true) return []; // only referenced: its ARN scopes task role statements
  const name = resourceName(queue);
  return [
    {
      path: `sqs-queues/${safeSegment(queue.data.QueueName, queue.id)}.json`,
      type: 'sqs-queue',
      nodeId: queue.id,
      title: name,
      content: queueContent(queue, ctx),
      owners: [{ pointer: '', nodeId: queue.id }],
    },
  ];
}
