import { connect, setNodeField } from '../../commands/design-commands.ts';
import { derive } from '../../derive/index.ts';
import { DeriveContext } from '../../derive/context.ts';
import { resourceArn } from '../../derive/resource-arns.ts';
import { identitiesOf } from '../../export/identities.ts';
import { S3_PRESET } from '../../kinds/events-rule/patterns.ts';
import type { Design, NodeKind } from '../../model/design.ts';
import { isPlainObject, jsonEqual, type JsonObject, type JsonValue } from '../../model/json.ts';
import type { StorageImportState as StorageImport } from './storage-import.ts';

/**
 * Queues, topics, buckets and tables once they are nodes (storage-wiring.ts): what the
 * template says of them in resources of their own or in settings their files do not hold
 * until the node has them.
 */
export function wireMessaging(s: StorageImport, design: Design): Design {
  let current = redrives(s, design);
  current = subscriptions(s, current);
  current = queuePolicies(s, current);
  for (const id of s.of('AWS::S3::Bucket')) current = notifications(s, current, id);
  return timeToLive(s, current);
}

/** A redrive policy read before its dead-letter queue was a node stayed a literal attribute: read again, it is the dead-letter connection. */
function redrives(s: StorageImport, design: Design): Design {
  let current = design;
  for (const id of s.of('AWS::SQS::Queue')) {
    const input = s.w.inputsOf(id)?.[0];
    const queue = current.nodes.find((n) => s.mine(n.id) && n.kind === 'sqs-queue' && n.data.QueueName === input?.content.QueueName);
    const literal = queue && isPlainObject(queue.data.Attributes) ? queue.data.Attributes.RedrivePolicy : undefined;
    if (!input || !queue || literal === undefined) continue;
    const { RedrivePolicy: _literal, ...attributes } = queue.data.Attributes as JsonObject;
    const cleared = setNodeField(current, queue.id, ['Attributes'], attributes);
    const result = cleared.ok ? s.applyTo(cleared.design, id, queue.id, 'sqs-queue', input.content) : undefined;
    if (result?.ok) current = result.design;
  }
  return current;
}

const nodeByArn = (s: StorageImport, design: Design, kind: NodeKind, arn: JsonValue | undefined) => {
  const ctx = new DeriveContext(design);
  return design.nodes.find((n) => s.mine(n.id) && n.kind === kind && resourceArn(n, ctx.region, ctx.accountId) === arn);
};

/** An SQS subscription of a topic to a queue of the template is the topic → queue connection, its attributes on it. */
function subscriptions(s: StorageImport, design: Design): Design {
  let current = design;
  for (const id of s.of('AWS::SNS::Subscription')) {
    const c = s.w.inputsOf(id)![0]!.content;
    const topic = nodeByArn(s, current, 'sns-topic', c.TopicArn);
    const queue = c.Protocol === 'sqs' ? nodeByArn(s, current, 'sqs-queue', c.Endpoint) : undefined;
    if (!topic || !queue) {
      s.warn(id, 'is not imported: the designer draws subscriptions of a topic of the template to a queue of the template (protocol sqs)');
      continue;
    }
    const subscribed = s.connectOnce(current, id, topic.id, queue.id);
    if (!subscribed) continue;
    current = subscribed;
    const result = s.applyTo(current, id, topic.id, 'sns-subscription', c, (a) => a.content.Endpoint === c.Endpoint);
    if (!result.ok) {
      s.warn(id, `is not imported: ${result.error}`);
      continue;
    }
    current = result.design;
    s.became(id, `the connection of topic ${String(topic.data.Name)} to queue ${String(queue.data.QueueName)}`);
  }
  return current;
}

/** A queue policy is the queues' Policy attribute, unless it is the one the topics subscribed to them give (derived again). */
function queuePolicies(s: StorageImport, design: Design): Design {
  let current = design;
  for (const id of s.of('AWS::SQS::QueuePolicy')) {
    const c = s.w.inputsOf(id)![0]!.content;
    const policy = isPlainObject(c.Attributes) ? c.Attributes.Policy : undefined;
    for (const url of Array.isArray(c.Queues) ? c.Queues : []) {
      const ctx = new DeriveContext(current);
      const file = derive(current).find((a) => s.mine(a.nodeId) && a.type === 'sqs-queue' && identitiesOf(a, undefined, ctx).some((i) => i.attribute === 'uri' && i.text === url));
      if (!file || typeof policy !== 'string') {
        s.warn(id, `is not imported: ${String(url)} is not a queue of the template`);
        continue;
      }
      const derived = isPlainObject(file.content.Attributes) ? file.content.Attributes.Policy : undefined;
      const generated = typeof derived === 'string' && jsonEqual(JSON.parse(derived), JSON.parse(policy));
      if (!generated) {
        const result = s.applyTo(current, id, file.nodeId, 'sqs-queue', { ...file.content, Attributes: { ...(isPlainObject(file.content.Attributes) ? file.content.Attributes : {}), Policy: policy } });
        if (!result.ok) {
          s.warn(id, `is not imported: ${result.error}`);
          continue;
        }
        current = result.design;
        s.paths.delete(result.path); // the queue's own file: compared with the queue's input (below), not this one
      }
      // The queue's attributes as the template has them, with this policy: what the queue's file is compared with at the end.
      const queue = s.of('AWS::SQS::Queue').map((q) => s.w.inputsOf(q)?.[0]).find((q) => q?.content.QueueName === file.content.QueueName);
      if (queue) queue.content.Attributes = { ...(isPlainObject(queue.content.Attributes) ? queue.content.Attributes : {}), Policy: generated ? derived : policy };
      s.became(id, generated ? `the policy queue ${String(file.content.QueueName)} gets from the topics subscribed to it (derived again)` : `the Policy attribute of queue ${String(file.content.QueueName)}`);
    }
  }
  return current;
}

/** Whether an S3 event pattern (the PutRule text) matches the bucket's events. */
function namesBucket(pattern: JsonValue | undefined, bucket: JsonValue | undefined): boolean {
  let parsed: unknown;
  try {
    parsed = typeof pattern === 'string' ? JSON.parse(pattern) : undefined;
  } catch {
    return false;
  }
  if (!isPlainObject(parsed) || !Array.isArray(parsed.source) || !parsed.source.includes('aws.s3')) return false;
  const names = isPlainObject(parsed.detail) && isPlainObject(parsed.detail.bucket) ? parsed.detail.bucket.name : undefined;
  return Array.isArray(names) && bucket !== undefined && names.includes(bucket);
}

/**
 * A bucket's notifications: EventBridge is what the designer turns on for a bucket that
 * triggers a rule, so a rule of the template matching the bucket's S3 events is drawn as
 * triggered by it (its pattern derived from the bucket again where that gives the same).
 * Other targets (queues, topics, functions) have no place in the design: said.
 */
function notifications(s: StorageImport, design: Design, id: string): Design {
  const input = s.w.inputsOf(id)?.find((i) => i.type === 's3-bucket-notification');
  const bucket = input && design.nodes.find((n) => s.mine(n.id) && n.kind === 's3-bucket' && n.data.Bucket === input.content.Bucket);
  if (!input || !bucket) return design;
  let current = design;
  const config = isPlainObject(input.content.NotificationConfiguration) ? input.content.NotificationConfiguration : {};
  const rules = config.EventBridgeConfiguration === undefined ? [] : derive(current).filter((a) => s.mine(a.nodeId) && a.type === 'events-rule' && namesBucket(a.content.EventPattern, bucket.data.Bucket));
  for (const rule of rules) {
    const node = current.nodes.find((n) => n.id === rule.nodeId)!;
    if (current.edges.some((e) => e.kind === 'triggers' && e.source === bucket.id && e.target === node.id)) continue;
    const linked = connect(current, bucket.id, node.id);
    if (!linked.ok) continue;
    // The rule's own pattern gives way to the one the bucket gives, where that is the same text.
    const { EventPattern: _own, ...data } = node.data;
    const fromBucket = { ...linked.design, nodes: linked.design.nodes.map((n) => (n.id === node.id ? { ...n, data: { ...data, pattern: S3_PRESET } } : n)) };
    const again = derive(fromBucket).find((a) => a.path === rule.path);
    current = again?.content.EventPattern === rule.content.EventPattern ? fromBucket : linked.design;
    s.became(id, `the bucket triggers rule ${String(rule.content.Name)} (its notifications go to EventBridge)`);
  }
  const file = derive(current).find((a) => a.nodeId === bucket.id && a.type === 's3-bucket-notification');
  if (file && jsonEqual(file.content, input.content)) {
    s.paths.set(file.path, id);
    return current;
  }
  const derived = file && isPlainObject(file.content.NotificationConfiguration) ? file.content.NotificationConfiguration : {};
  const lost = Object.keys(config).filter((k) => !jsonEqual(config[k], derived[k]));
  s.w.note(id, 'warning', `${id}: NotificationConfiguration (${lost.join(', ')}) is not kept (the designer sends a bucket's events to EventBridge when it triggers a rule of the template)`);
  return current;
}

/** A table's TTL: its file exists once the table has a TTL attribute; given one, the UpdateTimeToLive input is read as an edit of it. */
function timeToLive(s: StorageImport, design: Design): Design {
  let current = design;
  for (const id of s.of('AWS::DynamoDB::Table')) {
    const [table, ttl] = s.w.inputsOf(id) ?? [];
    const spec = ttl && isPlainObject(ttl.content.TimeToLiveSpecification) ? ttl.content.TimeToLiveSpecification : undefined;
    const node = current.nodes.find((n) => s.mine(n.id) && n.kind === 'dynamodb-table' && n.data.TableName === table?.content.TableName);
    if (!spec || !node) continue;
    const named = setNodeField(current, node.id, ['ttlAttribute'], typeof spec.AttributeName === 'string' && spec.AttributeName ? spec.AttributeName : 'ttl');
    const result = named.ok ? s.applyTo(named.design, id, node.id, 'dynamodb-ttl', ttl!.content) : undefined;
    if (result?.ok) current = result.design;
    else s.w.note(id, 'warning', `${id}: TimeToLiveSpecification is not kept${result ? ` (${result.error})` : ''}`);
  }
  return current;
}
