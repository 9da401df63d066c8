import { describe, expect, it } from 'vitest';
import { applyArtifactText } from '../../apply/index.ts';
import { artifactText, derive } from '../../derive/index.ts';
import { emptyDesign } from '../../model/design.ts';
import { applied, contentAt, editedText } from '../../test-support/builders.ts';
import { apiInputFailures, hasBotocore, NO_BOTOCORE } from '../../test-support/api-input-check.ts';
import { sqsWorkerDesign } from '../../test-support/data-designs.ts';
import { applyFix, findings } from '../../validate/service-test-designs.ts';
import { sqsQueueKind } from './kind.ts';
import { sqsQueueRules } from './rules.ts';

const FILE = 'sqs-queues/app-queue.json';

function withDlq() {
  const t = sqsWorkerDesign();
  t.add('dlq', 'sqs-queue', { QueueName: 'app-dlq', Attributes: { MessageRetentionPeriod: '1209600' } }).link('queue', 'dlq');
  return t;
}

describe('SQS queue kind', () => {
  it('defaults: a unique standard queue with a 30 s visibility timeout and 4 days retention', () => {
    const design = sqsWorkerDesign().build();
    expect(sqsQueueKind.defaults(design)).toEqual({ QueueName: 'app-queue-2', Attributes: { VisibilityTimeout: '30', MessageRetentionPeriod: '345600' } });
    expect(contentAt(design, FILE)).toEqual({ QueueName: 'app-queue', Attributes: { VisibilityTimeout: '30', MessageRetentionPeriod: '345600' } });
  });

  it('derive: FIFO becomes Attributes.FifoQueue "true" (first), a dead-letter connection becomes RedrivePolicy', () => {
    const t = withDlq();
    t.design = { ...t.design, nodes: t.design.nodes.map((n) => (n.id === t.id('queue') ? { ...n, data: { ...n.data, QueueName: 'jobs.fifo', fifo: true } } : n)) };
    const content = contentAt(t.build(), 'sqs-queues/jobs.fifo.json');
    expect(Object.keys(content.Attributes as object)).toEqual(['FifoQueue', 'VisibilityTimeout', 'MessageRetentionPeriod', 'RedrivePolicy']);
    expect(content.Attributes).toMatchObject({
      FifoQueue: 'true',
      RedrivePolicy: JSON.stringify({ deadLetterTargetArn: 'arn:aws:sqs:us-east-1:123456789012:app-dlq', maxReceiveCount: 5 }),
    });
  });

  it('apply: the unchanged file leaves the design as it was; unknown keys and attributes are kept', () => {
    const design = withDlq().build();
    for (const a of derive(design).filter((x) => x.type === 'sqs-queue')) {
      const result = applyArtifactText(design, a.path, artifactText(a));
      expect(result.ok && result.design).toStrictEqual(design);
    }
    const text = editedText(design, FILE, (c) => {
      (c.Attributes as Record<string, string>).DelaySeconds = '10';
      c.futureMember = { x: 1 };
    });
    const next = applied(design, FILE, text);
    expect(contentAt(next, FILE)).toEqual(JSON.parse(text));
  });

  it('apply: FifoQueue "true" ticks FIFO; a redrive policy naming a design queue becomes the connection with its count', () => {
    const t = withDlq();
    const design = t.build();
    const text = editedText(design, FILE, (c) => {
      const attributes = c.Attributes as Record<string, string>;
      attributes.RedrivePolicy = JSON.stringify({ deadLetterTargetArn: 'arn:aws:sqs:us-east-1:123456789012:app-dlq', maxReceiveCount: 3 });
      attributes.FifoQueue = 'true';
    });
    const next = applied(design, FILE, text);
    const queue = next.nodes.find((n) => n.id === t.id('queue'))!;
    expect(queue.data.fifo).toBe(true);
    expect(queue.data.Attributes).toEqual({ VisibilityTimeout: '30', MessageRetentionPeriod: '345600' });
    expect(next.edges.filter((e) => e.kind === 'dead-letter')).toMatchObject([{ source: t.id('queue'), target: t.id('dlq'), data: { maxReceiveCount: 3 } }]);
    // A queue outside the design stays a literal attribute, and the connection goes.
    const outside = JSON.stringify({ deadLetterTargetArn: 'arn:aws:sqs:us-east-1:999999999999:elsewhere', maxReceiveCount: 3 });
    const literal = applied(design, FILE, editedText(design, FILE, (c) => void ((c.Attributes as Record<string, string>).RedrivePolicy = outside)));
    expect(literal.edges.some((e) => e.kind === 'dead-letter')).toBe(false);
    expect((contentAt(literal, FILE).Attributes as Record<string, string>).RedrivePolicy).toBe(outside);
  });

  it.skipIf(!hasBotocore)(`botocore accepts CreateQueue of standard, FIFO and redriven queues${NO_BOTOCORE}`, () => {
    const t = withDlq();
    t.add('fifo', 'sqs-queue', { QueueName: 'orders.fifo', fifo: true, Attributes: { ContentBasedDeduplication: 'true' }, tags: { team: 'data' } });
    expect(apiInputFailures(derive(t.build()).filter((a) => a.type === 'sqs-queue'))).toEqual([]);
  }, 30_000);
});

describe('SQS queue rules', () => {
  const check = (design = emptyDesign(), id: string) => findings(sqsQueueRules, design, id);

  it('the defaults report nothing', () => {
    const design = withDlq().build();
    expect(Object.keys(sqsQueueRules.rules).flatMap((id) => check(design, id))).toEqual([]);
  });

  it('SQS-NAME: more than 80 characters or other characters are errors', () => {
    for (const QueueName of ['a'.repeat(81), 'my queue', 'jobs!']) {
      const t = sqsWorkerDesign();
      t.add('q', 'sqs-queue', { QueueName });
      expect(check(t.build(), 'SQS-NAME')).toMatchObject([{ severity: 'error', nodeId: t.id('q'), pointer: '/QueueName' }]);
    }
  });

  it('SQS-NAME: the .fifo suffix counts in the 80 characters', () => {
    const named = (QueueName: string) => {
      const t = sqsWorkerDesign();
      t.add('q', 'sqs-queue', { QueueName, fifo: true });
      return check(t.build(), 'SQS-NAME');
    };
    expect(named(`${'a'.repeat(76)}.fifo`)).toMatchObject([{ severity: 'error', message: expect.stringContaining('at most 75 before it') }]);
    expect(named(`${'a'.repeat(75)}.fifo`)).toEqual([]);
  });

  it('SQS-FIFO-SUFFIX: a FIFO queue without .fifo gets it added; a standard one named .fifo is made FIFO', () => {
    const t = sqsWorkerDesign();
    t.add('a', 'sqs-queue', { QueueName: 'orders', fifo: true }).add('b', 'sqs-queue', { QueueName: 'events.fifo' });
    const [a, b] = check(t.build(), 'SQS-FIFO-SUFFIX');
    expect(a).toMatchObject({ nodeId: t.id('a'), severity: 'error' });
    expect(b).toMatchObject({ nodeId: t.id('b') });
    const fixed = applyFix(b, applyFix(a, t.build()));
    expect(check(fixed, 'SQS-FIFO-SUFFIX')).toEqual([]);
    expect(fixed.nodes.find((n) => n.id === t.id('a'))!.data.QueueName).toBe('orders.fifo');
    expect(fixed.nodes.find((n) => n.id === t.id('b'))!.data.fifo).toBe(true);
  });

  it('SQS-VISIBILITY, SQS-RETENTION, SQS-WAIT: attributes outside their ranges, or not whole numbers, are errors', () => {
    const t = sqsWorkerDesign();
    t.add('q', 'sqs-queue', { QueueName: 'q', Attributes: { VisibilityTimeout: '43201', MessageRetentionPeriod: '59', ReceiveMessageWaitTimeSeconds: '2.5' } });
    expect(check(t.build(), 'SQS-VISIBILITY')).toMatchObject([{ pointer: '/Attributes/VisibilityTimeout' }]);
    expect(check(t.build(), 'SQS-RETENTION')).toMatchObject([{ pointer: '/Attributes/MessageRetentionPeriod' }]);
    expect(check(t.build(), 'SQS-WAIT')).toMatchObject([{ pointer: '/Attributes/ReceiveMessageWaitTimeSeconds' }]);
  });

  it('SQS-DLQ-RETENTION: a dead-letter queue keeping messages no longer than its source is a warning; the fix keeps them 14 days', () => {
    const t = sqsWorkerDesign();
    t.add('dlq', 'sqs-queue', { QueueName: 'dlq' }).link('queue', 'dlq');
    const [problem] = check(t.build(), 'SQS-DLQ-RETENTION');
    expect(problem).toMatchObject({ severity: 'warning', nodeId: t.id('queue') });
    const fixed = applyFix(problem, t.build());
    expect(check(fixed, 'SQS-DLQ-RETENTION')).toEqual([]);
    expect(fixed.nodes.find((n) => n.id === t.id('dlq'))!.data.Attributes).toEqual({ MessageRetentionPeriod: '1209600' });
  });

  it('SQS-DLQ-TYPE: a FIFO queue with a standard dead-letter queue is an error', () => {
    const t = sqsWorkerDesign();
    t.add('q', 'sqs-queue', { QueueName: 'q.fifo', fifo: true }).add('dlq', 'sqs-queue', { QueueName: 'dlq' }).link('q', 'dlq');
    expect(check(t.build(), 'SQS-DLQ-TYPE')).toMatchObject([{ nodeId: t.id('q'), pointer: '/Attributes/RedrivePolicy' }]);
  });
});
