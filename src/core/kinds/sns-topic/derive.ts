import type { Artifact } from '../../model/artifact.ts';
import type { DesignNode } from '../../model/design.ts';
import { isPlainObject, type JsonObject } from '../../model/json.ts';
import { orderKeys } from '../../derive/canonical.ts';
import { type DeriveContext, safeSegment } from '../../derive/context.ts';
import { resourceName } from '../../derive/resource-arns.ts';
import { subscriptionArtifacts } from './subscriptions.ts';

/** CreateTopic members in the API reference's order. */
export const CREATE_TOPIC_KEYS = ['Name', 'Attributes', 'Tags', 'DataProtectionPolicy'] as const;

/**
 * The topic's CreateTopic input: the node holds it, except `fifo` (a checkbox; SNS wants
 * the string "true" in Attributes.FifoTopic).
 */
export function topicContent(topic: DesignNode): JsonObject {
  const { fifo, ...rest } = topic.data;
  const attributes: JsonObject = {};
  if (fifo === true) attributes.FifoTopic = 'true';
  if (isPlainObject(rest.Attributes)) Object.assign(attributes, rest.Attributes);
  const content: JsonObject = { ...rest };
  if (Object.keys(attributes).length) content.Attributes = attributes;
  else delete content.Attributes;
  return orderKeys(content, CREATE_TOPIC_KEYS);
}

export function topicArtifacts(topic: DesignNode, ctx: DeriveContext): Artifact[] {
  if (topic.data.existing === true) return subscriptionArtifacts(topic, ctx); // the topic is only referenced; its subscriptions are still made
  return [
    {
      path: `sns-topics/${safeSegment(topic.data.Name, topic.id)}.json`,
      type: 'sns-topic',
      nodeId: topic.id,
      title: resourceName(topic),
      content: topicContent(topic),
      owners: [{ pointer: '', nodeId: topic.id }],
    },
    ...subscriptionArtifacts(topic, ctx),
  ];
}
