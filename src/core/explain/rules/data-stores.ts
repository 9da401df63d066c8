import { api } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const S3_CREATE = api('s3', 'CreateBucket');
const DDB_CREATE = api('dynamodb', 'CreateTable');
const SQS_CREATE = api('sqs', 'CreateQueue');
const SQS_ATTRIBUTES = api('sqs', 'SetQueueAttributes');
const SNS_CREATE = api('sns', 'CreateTopic');

/** One of the four numeric queue attributes SQS only accepts within a fixed range of seconds. */
function sqsRange(attribute: string, range: string, why: string): Explanation {
  return {
    what: `Checks that the queue’s ${attribute} is a whole number of seconds from ${range}, written as a string as SQS expects.`,
    why,
    ecs: `SQS refuses CreateQueue or SetQueueAttributes with an invalid attribute value error when ${attribute} falls outside ${range} seconds, so the queue is not created or not changed.`,
    doc: SQS_ATTRIBUTES,
  };
}

/** Explanations of the S3 bucket, DynamoDB table, SQS queue and SNS topic rules (src/core/kinds/s3-bucket, dynamodb-table, sqs-queue and sns-topic, rules.ts). */
export const dataStoreRules: Readonly<Record<string, Explanation>> = {
  'S3-NAME': {
    what: 'Checks the bucket name against the S3 naming rules: 3 to 63 lower-case letters, digits, dots and hyphens, starting and ending with a letter or digit, no two dots in a row, not shaped like an IP address, and none of the prefixes or suffixes S3 reserves.',
    why: 'Bucket names share one namespace across all AWS accounts and become part of URLs, so a name that breaks the rules cannot be used, and the task role permissions written for it would point at nothing.',
    ecs: 'S3 rejects CreateBucket with an invalid bucket name error, and the quick fix offers the lower-case spelling when capital letters are the only problem.',
    doc: S3_CREATE,
  },
  'S3-PUBLIC': {
    what: 'Warns when any of the four Block Public Access settings of the bucket (BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets) is off.',
    why: 'Tasks read and write the bucket through their task role and never need public access, while a single careless bucket policy or ACL could otherwise expose the data to the whole internet.',
    ecs: 'S3 enforces the public access block over any bucket policy or ACL, and new buckets get all four settings on by default, so turning them off is a deliberate choice.',
    doc: api('s3', 'PutPublicAccessBlock'),
  },
  'DDB-NAME': {
    what: 'Checks that the table name is 3 to 255 characters long and uses only letters, digits, underscores, hyphens and dots.',
    why: 'The task code and the generated IAM statements refer to the table by this name, so it has to be one DynamoDB can create.',
    ecs: 'DynamoDB rejects CreateTable with a validation error when TableName breaks these limits.',
    doc: DDB_CREATE,
  },
  'DDB-KEY': {
    what: 'Checks that the table has a partition key and that every key attribute, partition and sort key alike, has a type declared in AttributeDefinitions.',
    why: 'DynamoDB stores and finds every item by its primary key, so a table cannot exist without one, and each key attribute must say whether it holds a string, a number or binary data.',
    ecs: 'DynamoDB rejects CreateTable with a validation error when KeySchema has no HASH key or names an attribute that AttributeDefinitions does not define.',
    doc: DDB_CREATE,
  },
  'DDB-THROUGHPUT': {
    what: 'Checks that the billing mode and the capacity settings agree: provisioned billing, which is also what an unset mode means, needs read and write capacity units, and on-demand billing must have none.',
    why: 'With provisioned billing you pay for and are limited to the capacity you set, while an on-demand table scales with each request, so the two kinds of setting cannot be mixed.',
    ecs: 'DynamoDB rejects CreateTable with a validation error when ProvisionedThroughput is missing for PROVISIONED billing or present for PAY_PER_REQUEST.',
    doc: DDB_CREATE,
  },
  'SQS-NAME': {
    what: 'Checks that the queue name is 1 to 80 letters, digits, hyphens and underscores, where the .fifo suffix of a FIFO queue counts toward the 80.',
    why: 'The name becomes part of the queue URL and ARN that the tasks, the IAM statements and any subscriptions use.',
    ecs: 'SQS rejects CreateQueue with an invalid parameter error when the name breaks these limits.',
    doc: SQS_CREATE,
  },
  'SQS-FIFO-SUFFIX': {
    what: 'Checks that a FIFO queue’s name ends in .fifo and that a standard queue’s name does not.',
    why: 'The suffix is how SQS, and everyone reading an ARN, tells a FIFO queue from a standard one, so the name and the queue type have to agree.',
    ecs: 'SQS refuses to create a FIFO queue whose name lacks the .fifo suffix, and a standard queue’s name may not contain a dot at all.',
    doc: SQS_CREATE,
  },
  'SQS-VISIBILITY': sqsRange(
    'VisibilityTimeout',
    '0 to 43,200 (12 hours)',
    'After a task receives a message, the message stays hidden from other consumers for this long, so it should be longer than the time one task needs to process and delete it.',
  ),
  'SQS-RETENTION': sqsRange(
    'MessageRetentionPeriod',
    '60 to 1,209,600 (one minute to 14 days)',
    'Messages that nobody deletes are dropped once they are older than this period, which is 4 days when it is not set.',
  ),
  'SQS-WAIT': sqsRange(
    'ReceiveMessageWaitTimeSeconds',
    '0 to 20',
    'This is the long polling time: a receive call waits up to this long for a message to arrive, which saves worker tasks many empty responses and requests.',
  ),
  'SQS-DELAY': sqsRange(
    'DelaySeconds',
    '0 to 900 (15 minutes)',
    'A delay keeps each new message invisible to consumers for this long after it is sent.',
  ),
  'SQS-DLQ-TYPE': {
    what: 'Checks that a queue and its dead-letter queue are of the same type: a FIFO queue needs a FIFO dead-letter queue and a standard queue a standard one.',
    why: 'Messages that keep failing are moved to the dead-letter queue so they can be inspected later, and SQS only moves messages between queues of the same type.',
    ecs: 'SQS rejects the RedrivePolicy attribute when it points at a dead-letter queue of the other type.',
    doc: SQS_ATTRIBUTES,
  },
  'SQS-DLQ-RETENTION': {
    what: 'Warns when the dead-letter queue of a standard queue keeps messages no longer than the queue that feeds it.',
    why: 'A message moved out of a standard queue keeps the age it had there, so in a dead-letter queue with the same or a shorter retention it may expire right away, before anyone can look at it.',
    ecs: 'SQS deletes a moved message once its original age passes the dead-letter queue’s retention period; AWS advises a longer retention on the dead-letter queue, and the quick fix sets 14 days.',
    doc: SQS_ATTRIBUTES,
  },
  'SNS-NAME': {
    what: 'Checks that the topic name is 1 to 256 letters, digits, hyphens and underscores, where the .fifo suffix of a FIFO topic counts toward the 256.',
    why: 'The name becomes part of the topic ARN that publishing tasks, IAM statements and subscriptions refer to.',
    ecs: 'SNS rejects CreateTopic with an invalid parameter error when the name breaks these limits.',
    doc: SNS_CREATE,
  },
  'SNS-FIFO-SUFFIX': {
    what: 'Checks that a FIFO topic’s name ends in .fifo and that a standard topic’s name does not.',
    why: 'SNS uses the suffix to tell FIFO topics from standard ones, so a name that says one type while the topic is the other cannot be created.',
    ecs: 'SNS refuses to create a FIFO topic whose name lacks the .fifo suffix, and a standard topic’s name may not contain a dot at all.',
    doc: SNS_CREATE,
  },
  'SNS-SUB-FIFO': {
    what: 'Checks that no standard topic is subscribed by a FIFO queue.',
    why: 'A standard topic gives no ordering or deduplication guarantees, so SNS does not deliver from it to a FIFO queue and the queue would never receive a message.',
    ecs: 'SNS only delivers to a FIFO queue from a FIFO topic, while a FIFO topic can deliver to standard and FIFO queues alike; make the topic FIFO or subscribe a standard queue.',
    doc: api('sns', 'Subscribe'),
  },
  'SNS-SUB-POLICY': {
    what: 'Warns when a topic is subscribed by a queue that already exists, because the designer only writes access policies for queues it creates.',
    why: 'SNS can only put messages into a queue whose access policy lets the SNS service call sqs:SendMessage for this topic, and without that the deliveries fail without any error in your design.',
    ecs: 'SNS sends each message to the queue as the sns.amazonaws.com service principal, and SQS checks the queue’s Policy attribute before accepting it.',
    doc: SQS_ATTRIBUTES,
  },
};
