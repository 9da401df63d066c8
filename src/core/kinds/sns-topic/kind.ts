import { applyTopic } from './apply.ts';
import { topicArtifacts } from './derive.ts';
import { freshName, str } from '../names.ts';
import type { KindModule } from '../types.ts';

/** An SNS topic a task publishes to (alarms, fan-out to queues and e-mail). */
export const snsTopicKind: KindModule = {
  kind: 'sns-topic',
  label: 'SNS topic',
  group: 'Events and messaging',
  icon: 'sns-topic',
  description:
    'An Amazon SNS topic. Connect a task definition to it to let the task publish: its task role gets sns:Publish on this topic (a topic has nothing to read, so the access is always write).',
  defaults: (design) => ({ Name: freshName(design, ['sns-topic'], 'Name', 'app-topic') }),
  displayName: (node) => str(node.data.Name, 'topic'),
  facts: (node) => [node.data.fifo === true ? 'FIFO' : 'standard'],
  fields: [
    { path: ['Name'], label: 'Topic name', type: 'text', help: 'Up to 256 letters, digits, - and _. A FIFO topic’s name ends in .fifo.' },
    { path: ['existing'], label: 'Already exists', type: 'boolean', help: 'The topic exists outside this design: no files are generated for it, but connected task roles are still granted access to it by name.' },
    { path: ['fifo'], label: 'FIFO', type: 'boolean', help: 'Strict ordering and deduplication. Only a FIFO topic can deliver to FIFO SQS queues. Cannot be changed later.' },
    { path: ['Attributes', 'DisplayName'], label: 'Display name', type: 'text', help: 'Shown as the sender of SMS and e-mail messages (up to 100 characters).' },
    { path: ['Attributes', 'KmsMasterKeyId'], label: 'KMS key', type: 'text', placeholder: 'alias/aws/sns', help: 'Encrypt messages at rest with this KMS key id, alias or ARN. Empty: not encrypted.' },
    { path: ['Tags'], label: 'Tags', type: 'keyValue', keyNames: ['Key', 'Value'], help: 'Tags on the topic (up to 50).' },
  ],
  accepts: ['subscribes'],
  derivation: { derive: topicArtifacts, apply: applyTopic },
};
