import { applyQueue } from './apply.ts';
import { queueArtifacts } from './derive.ts';
import { freshName, str } from '../names.ts';
import type { KindModule } from '../types.ts';

/** An SQS queue: work for a worker service to drain, or messages a task sends on. */
export const sqsQueueKind: KindModule = {
  kind: 'sqs-queue',
  label: 'SQS queue',
  group: 'Events and messaging',
  icon: 'sqs-queue',
  description:
    'An Amazon SQS queue. Connect a task definition to it to let the task receive (read) or send (write) messages: its task role gets exactly those SQS actions on this queue. Connect it to another queue to use that one as its dead-letter queue.',
  defaults: (design) => ({
    QueueName: freshName(design, ['sqs-queue'], 'QueueName', 'app-queue'),
    Attributes: { VisibilityTimeout: '30', MessageRetentionPeriod: '345600' },
  }),
  displayName: (node) => str(node.data.QueueName, 'queue'),
  facts: (node) => {
    const attributes = (node.data.Attributes ?? {}) as Record<string, unknown>;
    const facts = [node.data.fifo === true ? 'FIFO' : 'standard'];
    if (typeof attributes.VisibilityTimeout === 'string') facts.push(`visibility ${attributes.VisibilityTimeout} s`);
    return facts;
  },
  fields: [
    {
      path: ['QueueName'],
      label: 'Queue name',
      type: 'text',
      help: 'Up to 80 letters, digits, - and _. A FIFO queue’s name ends in .fifo, which counts in the 80. Unique in the account and Region.',
    },
    { path: ['existing'], label: 'Already exists', type: 'boolean', help: 'The queue exists outside this design: no files are generated for it, but connected task roles are still granted access to it by name.' },
    { path: ['fifo'], label: 'FIFO', type: 'boolean', help: 'First-in-first-out delivery with exactly-once processing. Cannot be changed after the queue is created.' },
    {
      path: ['Attributes', 'VisibilityTimeout'],
      label: 'Visibility timeout (s)',
      type: 'text',
      numberAsString: true,
      placeholder: '30',
      help: 'How long a received message stays hidden from other consumers (0–43200 s). Set it above the time a task needs to process one message.',
    },
    {
      path: ['Attributes', 'MessageRetentionPeriod'],
      label: 'Retention (s)',
      type: 'text',
      numberAsString: true,
      placeholder: '345600',
      help: 'How long SQS keeps an unprocessed message (60 s to 1209600 s = 14 days; default 4 days).',
    },
    {
      path: ['Attributes', 'ReceiveMessageWaitTimeSeconds'],
      label: 'Long polling (s)',
      type: 'text',
      numberAsString: true,
      placeholder: '0',
      help: 'How long a ReceiveMessage call waits for messages (0–20 s). 20 makes an idle worker cheaper.',
    },
    { path: ['tags'], label: 'Tags', type: 'json', help: 'Tags as an object of key → value, e.g. {"team": "data"}.' },
  ],
  accepts: ['dead-letter'],
  // Joined here, so that apply (which reads what derive emits) and derive do not import each other.
  derivation: { derive: queueArtifacts, apply: applyQueue },
};
