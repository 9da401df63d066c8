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
  const content: JsonObject = { ...rest };
  if (Object.keys(attributes).length) content.Attributes = attributes;
  else delete content.Attributes;
  return orderKeys(content, CREATE_QUEUE_KEYS);
}

export function queueArtifacts(queue: DesignNode, ctx: DeriveContext): Artifact[] {
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
