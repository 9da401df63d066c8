import { queueContent } from './derive.ts';
import { DeriveContext } from '../../derive/context.ts';
import { resourceArn } from '../../derive/resource-arns.ts';
import type { Artifact } from '../../model/artifact.ts';
import type { Design, DesignNode } from '../../model/design.ts';
import { isPlainObject, type JsonObject } from '../../model/json.ts';
import { DesignDraft, stripNulls } from '../../apply/common.ts';
import { keysExcept } from '../../apply/copy-keys.ts';
import type { ApplyResult } from '../../apply/types.ts';

/**
 * Edited CreateQueue JSON → the queue node. Every key is kept (unknown ones too);
 * FifoQueue "true" becomes the FIFO checkbox; a RedrivePolicy naming a queue of the
 * design becomes a dead-letter connection, any other stays a literal attribute.
 */
export function applyQueue(design: Design, queue: DesignNode, _artifact: Artifact | undefined, content: JsonObject): ApplyResult {
  const ctx = new DeriveContext(design);
  const derived = queueContent(queue, ctx);
  const draft = new DesignDraft(design);
  const data = keysExcept(content, ['Attributes']);
  const attributes: JsonObject = isPlainObject(content.Attributes) ? stripNulls(content.Attributes) : {};
  if (attributes.FifoQueue === 'true') {
    data.fifo = true;
    delete attributes.FifoQueue;
  } else if (queue.data.fifo === false) {
    data.fifo = false; // an unticked box stays unticked
  }
  const derivedRedrive = isPlainObject(derived.Attributes) ? derived.Attributes.RedrivePolicy : undefined;
  if (attributes.RedrivePolicy !== derivedRedrive) {
    const edges = draft.edgesFrom(queue.id, 'dead-letter');
    draft.removeEdges((e) => edges.includes(e));
    const link = redriveLink(attributes.RedrivePolicy, ctx, queue);
    if (link) {
      draft.addEdge('dead-letter', queue.id, link.dlq.id, { maxReceiveCount: link.maxReceiveCount });
      delete attributes.RedrivePolicy;
    }
  } else {
    delete attributes.RedrivePolicy;
  }
  // The generated policy for subscribed topics stays generated while the text shows it unchanged.
  const derivedPolicy = isPlainObject(derived.Attributes) ? derived.Attributes.Policy : undefined;
  const ownPolicy = isPlainObject(queue.data.Attributes) && queue.data.Attributes.Policy !== undefined;
  if (!ownPolicy && attributes.Policy !== undefined && attributes.Policy === derivedPolicy) delete attributes.Policy;
  if (Object.keys(attributes).length) data.Attributes = attributes;
  else if (isPlainObject(queue.data.Attributes) && !Object.keys(queue.data.Attributes).length) data.Attributes = {};
  draft.setData(queue.id, data);
  return { ok: true, design: draft.finish(), notices: [] };
}

/** The design's queue and count a redrive policy names, when it names exactly those. */
function redriveLink(policy: unknown, ctx: DeriveContext, queue: DesignNode): { dlq: DesignNode; maxReceiveCount: number } | undefined {
  if (typeof policy !== 'string') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(policy);
  } catch {
    return undefined;
  }
  if (!isPlainObject(parsed) || Object.keys(parsed).some((k) => k !== 'deadLetterTargetArn' && k !== 'maxReceiveCount')) return undefined;
  const { deadLetterTargetArn: arn, maxReceiveCount: count } = parsed;
  if (typeof count !== 'number' || !Number.isInteger(count)) return undefined;
  const dlq = ctx.index.nodesOfKind('sqs-queue').find((q) => q.id !== queue.id && resourceArn(q, ctx.region, ctx.accountId) === arn);
  return dlq ? { dlq, maxReceiveCount: count } : undefined;
}
