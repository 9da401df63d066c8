import { describe, expect, it } from 'vitest';
import { applyArtifactText } from '../../apply/index.ts';
import { artifactText, derive } from '../../derive/index.ts';
import { applied, artifactAt, contentAt, editedText } from '../../test-support/builders.ts';
import { apiInputFailures, hasBotocore, NO_BOTOCORE } from '../../test-support/api-input-check.ts';
import { sqsWorkerDesign } from '../../test-support/data-designs.ts';
import { findings } from '../../validate/service-test-designs.ts';
import { snsTopicRules } from './rules.ts';

const SUB = 'sns-subscriptions/app-topic-to-app-queue.json';
const QUEUE = 'sqs-queues/app-queue.json';
const TOPIC_ARN = 'arn:aws:sns:us-east-1:123456789012:app-topic';
const QUEUE_ARN = 'arn:aws:sqs:us-east-1:123456789012:app-queue';

/** The worker design with a topic fanning out to the worker's queue. */
function fanOut() {
  const t = sqsWorkerDesign();
  t.add('topic', 'sns-topic').link('topic', 'queue');
  return t;
}

describe('SNS topic → SQS queue subscriptions', () => {
  it('derive: a Subscribe input per connection, and a queue policy letting exactly those topics send', () => {
    const design = fanOut().build();
    expect(contentAt(design, SUB)).toEqual({ TopicArn: TOPIC_ARN, Protocol: 'sqs', Endpoint: QUEUE_ARN, ReturnSubscriptionArn: true });
    const policy = JSON.parse((contentAt(design, QUEUE).Attributes as Record<string, string>).Policy!);
    expect(policy.Statement).toEqual([
      {
        Sid: 'AllowSubscribedTopics',
        Effect: 'Allow',
        Principal: { Service: 'sns.amazonaws.com' },
        Action: 'sqs:SendMessage',
        Resource: QUEUE_ARN,
        Condition: { ArnEquals: { 'aws:SourceArn': TOPIC_ARN } },
      },
    ]);
  });

  it('apply: unchanged files keep the design (the policy stays generated); edited attributes go on the connection', () => {
    const t = fanOut();
    const design = t.build();
    for (const path of [SUB, QUEUE]) {
      const result = applyArtifactText(design, path, artifactText(artifactAt(design, path)));
      expect(result.ok && result.design, path).toStrictEqual(design);
    }
    const text = editedText(design, SUB, (c) => void (c.Attributes = { RawMessageDelivery: 'true', FilterPolicy: '{"type":["order"]}' }));
    const next = applied(design, SUB, text);
    expect(next.edges.find((e) => e.kind === 'subscribes')!.data).toEqual({ Attributes: { RawMessageDelivery: 'true', FilterPolicy: '{"type":["order"]}' } });
    expect(contentAt(next, SUB)).toEqual(JSON.parse(text));
    // The endpoint is the connection: editing it changes nothing and says why.
    const moved = applyArtifactText(design, SUB, editedText(design, SUB, (c) => void (c.Endpoint = 'arn:aws:sqs:us-east-1:123456789012:other')));
    expect(moved.ok && moved.notices.map((n) => n.level)).toEqual(['info']);
    // A policy written into the queue file is the user's own and is kept as written.
    const own = JSON.stringify({ Version: '2012-10-17', Statement: [] });
    const kept = applied(design, QUEUE, editedText(design, QUEUE, (c) => void ((c.Attributes as Record<string, string>).Policy = own)));
    expect((contentAt(kept, QUEUE).Attributes as Record<string, string>).Policy).toBe(own);
  });

  it('SNS-SUB-FIFO: a standard topic cannot deliver to a FIFO queue; a FIFO topic may deliver to a standard one', () => {
    const t = sqsWorkerDesign();
    t.add('topic', 'sns-topic').add('fifoQueue', 'sqs-queue', { QueueName: 'orders.fifo', fifo: true }).link('topic', 'fifoQueue');
    expect(findings(snsTopicRules, t.build(), 'SNS-SUB-FIFO')).toMatchObject([{ severity: 'error', nodeId: t.id('topic') }]);
    const f = sqsWorkerDesign();
    f.add('topic', 'sns-topic', { Name: 'events.fifo', fifo: true }).link('topic', 'queue');
    expect(findings(snsTopicRules, f.build(), 'SNS-SUB-FIFO')).toEqual([]);
  });

  it.skipIf(!hasBotocore)(`botocore accepts Subscribe and the queue with its policy${NO_BOTOCORE}`, () => {
    const t = fanOut();
    t.add('topic2', 'sns-topic').link('topic2', 'queue');
    expect(apiInputFailures(derive(t.build()))).toEqual([]);
  }, 30_000);
});

describe('SNS-SUB-POLICY', () => {
  it('a subscribed queue that already exists gets no generated policy: a warning says what it needs', () => {
    const t = fanOut();
    expect(findings(snsTopicRules, t.build(), 'SNS-SUB-POLICY')).toEqual([]);
    t.design = { ...t.design, nodes: t.design.nodes.map((n) => (n.id === t.id('queue') ? { ...n, data: { ...n.data, existing: true } } : n)) };
    expect(findings(snsTopicRules, t.build(), 'SNS-SUB-POLICY')).toMatchObject([{ severity: 'warning', nodeId: t.id('topic'), message: expect.stringContaining('sqs:SendMessage') }]);
  });
});
