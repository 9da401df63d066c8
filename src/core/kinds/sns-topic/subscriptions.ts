import type { Artifact } from '../../model/artifact.ts';
import type { DesignEdge, DesignNode } from '../../model/design.ts';
import { isPlainObject, type JsonObject } from '../../model/json.ts';
import { type DeriveContext, safeSegment } from '../../derive/context.ts';
import { resourceArn, resourceName } from '../../derive/resource-arns.ts';
import { keysExcept } from '../../apply/copy-keys.ts';
import { DesignDraft, stripNulls } from '../../apply/common.ts';
import type { ApplyResult, Notice } from '../../apply/types.ts';
import type { Design } from '../../model/design.ts';

/**
 * Topic → queue connections ("subscribes"): one Subscribe input each (protocol sqs, the
 * queue's ARN as endpoint). The subscription attributes (RawMessageDelivery, FilterPolicy...)
 * are the connection's data; the queue policy that lets the topic send is the queue's
 * (see sqs-queue/derive.ts queuePolicy).
 */
export function subscriptionContent(topic: DesignNode, edge: DesignEdge, queue: DesignNode, ctx: DeriveContext): JsonObject {
  const content: JsonObject = { TopicArn: resourceArn(topic, ctx.region, ctx.accountId), Protocol: 'sqs', Endpoint: resourceArn(queue, ctx.region, ctx.accountId) };
  const attributes = edge.data?.Attributes;
  if (isPlainObject(attributes) && Object.keys(attributes).length) content.Attributes = attributes;
  content.ReturnSubscriptionArn = true;
  return content;
}

export function subscriptionArtifacts(topic: DesignNode, ctx: DeriveContext): Artifact[] {
  const out: Artifact[] = [];
  for (const edge of ctx.index.outgoing(topic.id, 'subscribes')) {
    const queue = ctx.index.node(edge.target);
    if (!queue) continue;
    const name = `${resourceName(topic)}-to-${resourceName(queue)}`;
    out.push({
      path: `sns-subscriptions/${safeSegment(name, edge.id)}.json`,
      type: 'sns-subscription',
      nodeId: topic.id,
      title: name,
      content: subscriptionContent(topic, edge, queue, ctx),
      owners: [{ pointer: '', nodeId: topic.id }],
    });
  }
  return out;
}

/**
 * An edited subscription file → its connection's attributes. The topic, protocol and endpoint
 * are the connection itself: changes to them are not kept (a notice says how to change them).
 */
export function applySubscription(design: Design, topic: DesignNode, artifact: Artifact, content: JsonObject): ApplyResult {
  const endpoint = artifact.content.Endpoint;
  const draft = new DesignDraft(design);
  const edge = draft.edgesFrom(topic.id, 'subscribes').find((e) => {
    const queue = design.nodes.find((n) => n.id === e.target);
    return queue && artifact.content.Endpoint === resourceArn(queue, design.region, design.accountId);
  });
  if (!edge) return { ok: false, error: `No connection from this topic to ${String(endpoint)}` };
  const notices: Notice[] = [];
  for (const key of ['TopicArn', 'Protocol', 'Endpoint', 'ReturnSubscriptionArn'] as const) {
    if (content[key] !== artifact.content[key]) {
      notices.push({ level: 'info', message: `${key} comes from the topic → queue connection and was not changed; connect the topic to another queue instead.` });
    }
  }
  const unknown = Object.keys(keysExcept(content, ['TopicArn', 'Protocol', 'Endpoint', 'ReturnSubscriptionArn', 'Attributes']));
  if (unknown.length) notices.push({ level: 'warning', message: `Not kept (not a Subscribe member): ${unknown.join(', ')}` });
  const data: JsonObject = { ...(edge.data ?? {}) };
  if (isPlainObject(content.Attributes) && Object.keys(content.Attributes).length) data.Attributes = stripNulls(content.Attributes);
  else delete data.Attributes;
  draft.setEdgeData(edge.id, data);
  return { ok: true, design: draft.finish(), notices };
}
