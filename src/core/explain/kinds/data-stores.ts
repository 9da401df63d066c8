import { api } from '../doc-pages.ts';
import type { Explanation, KindExplanation } from '../types.ts';

/** Every data store kind can stand for one that already exists; the meaning is the same for each. */
function existing(resource: string): Explanation {
  return {
    what: `Marks the ${resource} as existing outside this design: it is referred to, but no files create it.`,
    why: `Shared or long-lived ${resource}s are usually owned elsewhere; recreating them would fail or lose data.`,
    ecs: `The connected task roles are still granted the access drawn to it, by its name or ARN, so the tasks can use the existing ${resource}.`,
    doc: api('iam', 'PutRolePolicy'),
  };
}

const PUBLIC_ACCESS = api('s3', 'PutPublicAccessBlock');
const ENCRYPTION = api('s3', 'PutBucketEncryption');

export const s3BucketExplanation: KindExplanation = {
  kind: 's3-bucket',
  what: 'An Amazon S3 bucket: object storage that tasks read from and write to through the task role, and that can send events to EventBridge to start tasks.',
  why: 'Uploads, reports, data lakes and static assets live in buckets; a task definition connected to a bucket gets exactly the S3 permissions the connection says.',
  ecs: 'ECS does not touch the bucket itself; the code in the tasks calls S3 with the task role’s credentials, and ECS environment files can be read from S3 by the execution role.',
  doc: api('s3', 'CreateBucket'),
  fields: {
    Bucket: {
      what: 'The bucket’s name: 3–63 lower-case letters, digits, - and ., starting and ending with a letter or digit, unique across all AWS accounts.',
      why: 'The name appears in every object URL and in the task role’s policy, and cannot be changed.',
      ecs: 'The task role’s statements name arn:aws:s3:::BUCKET and its objects.',
      doc: api('s3', 'CreateBucket'),
    },
    existing: existing('bucket'),
    'VersioningConfiguration.Status': {
      what: 'Whether the bucket keeps every version of each object (Enabled) or versioning is paused (Suspended).',
      why: 'Versioning lets overwrites and deletes be undone, at the cost of storing old versions.',
      ecs: 'S3 keeps the versions; the task role’s permissions apply to the current objects unless version actions are granted.',
      doc: api('s3', 'PutBucketVersioning'),
    },
    encryption: {
      what: 'Default encryption of new objects: AES256 (keys managed by S3) or aws:kms (a KMS key).',
      why: 'With a KMS key, readers and writers also need permission on the key, which gives an extra layer of access control.',
      ecs: 'Connected task roles get kms:Decrypt and kms:GenerateDataKey on a customer managed key so the tasks can read and write.',
      doc: ENCRYPTION,
    },
    kmsKeyId: {
      what: 'The KMS key for aws:kms encryption, as key ARN, key id or alias.',
      why: 'Your own key controls who can read the data, even for someone with S3 access.',
      ecs: 'The task role grants on the key are written for the key’s ARN.',
      doc: ENCRYPTION,
    },
    'PublicAccessBlockConfiguration.BlockPublicAcls': {
      what: 'Refuses requests that add a public ACL to the bucket or its objects.',
      why: 'It stops a single upload with a public-read ACL from exposing data.',
      ecs: 'S3 rejects such requests with access denied, whatever the caller’s permissions.',
      doc: PUBLIC_ACCESS,
    },
    'PublicAccessBlockConfiguration.IgnorePublicAcls': {
      what: 'Makes existing public ACLs on the bucket and objects give no access.',
      why: 'It neutralises public ACLs set before the block was turned on.',
      ecs: 'S3 ignores public grants in ACLs when evaluating access.',
      doc: PUBLIC_ACCESS,
    },
    'PublicAccessBlockConfiguration.BlockPublicPolicy': {
      what: 'Refuses bucket policies that grant public access.',
      why: 'It prevents a policy mistake from opening the bucket to the internet.',
      ecs: 'S3 rejects PutBucketPolicy calls whose policy would be public.',
      doc: PUBLIC_ACCESS,
    },
    'PublicAccessBlockConfiguration.RestrictPublicBuckets': {
      what: 'Limits access to a bucket with a public policy to AWS services and principals of this account.',
      why: 'Even if a public policy exists, anonymous and cross-account access is cut off.',
      ecs: 'S3 restricts access at evaluation time; task roles of this account are unaffected.',
      doc: PUBLIC_ACCESS,
    },
    ObjectOwnership: {
      what: 'Who owns uploaded objects: BucketOwnerEnforced (the default, ACLs off, the bucket owner owns everything) or the older ACL-based modes.',
      why: 'With ACLs off, access is controlled only by policies and roles, which is simpler and safer.',
      ecs: 'S3 applies the setting to every object written, including by tasks.',
      doc: api('s3', 'PutBucketOwnershipControls'),
    },
  },
};

const CREATE_TABLE = api('dynamodb', 'CreateTable');
const KEY_TYPE: Explanation = {
  what: 'The key attribute’s type: S (string), N (number) or B (binary).',
  why: 'Every item must have the key in this type, and the type cannot change after the table exists.',
  ecs: 'DynamoDB rejects items whose key has another type.',
  doc: api('dynamodb', 'AttributeDefinition'),
};

export const dynamodbTableExplanation: KindExplanation = {
  kind: 'dynamodb-table',
  what: 'An Amazon DynamoDB table: a serverless key-value and document database that tasks read and write through the task role.',
  why: 'Services often keep state, sessions or job results in DynamoDB; a connection from a task definition grants exactly the read or write access drawn.',
  ecs: 'ECS does not manage the table; the code in the tasks calls DynamoDB with the task role’s credentials.',
  doc: CREATE_TABLE,
  fields: {
    TableName: {
      what: 'The table’s name, 3–255 letters, digits, _, - and ., unique in the account and Region.',
      why: 'Application configuration and the task role’s policy name the table.',
      ecs: 'The task role’s statements are written for the table’s ARN built from this name.',
      doc: CREATE_TABLE,
    },
    existing: existing('table'),
    'partitionKey.name': {
      what: 'The partition (hash) key attribute every item is stored and found by.',
      why: 'A key with many distinct values spreads load evenly; it cannot be changed after creation.',
      ecs: 'DynamoDB requires the key on every item and distributes items by its hash.',
      doc: api('dynamodb', 'KeySchemaElement'),
    },
    'partitionKey.type': KEY_TYPE,
    'sortKey.name': {
      what: 'An optional sort (range) key: items with the same partition key are stored in its order.',
      why: 'It allows range queries within a partition, such as all orders of a customer by date.',
      ecs: 'DynamoDB makes the pair of keys unique and keeps items sorted by the sort key.',
      doc: api('dynamodb', 'KeySchemaElement'),
    },
    'sortKey.type': KEY_TYPE,
    BillingMode: {
      what: 'PAY_PER_REQUEST (on demand, billed per request) or PROVISIONED (read and write capacity units you set).',
      why: 'On demand suits spiky or unknown load; provisioned is cheaper for steady, predictable load.',
      ecs: 'DynamoDB throttles requests beyond the provisioned capacity; on-demand tables scale automatically.',
      doc: CREATE_TABLE,
    },
    ttlAttribute: {
      what: 'The attribute holding an expiry time in epoch seconds; items past it are deleted automatically.',
      why: 'Time to live removes old sessions or job records for free, without a cleanup task.',
      ecs: 'DynamoDB deletes expired items in the background, usually within a few days of expiry.',
      doc: api('dynamodb', 'UpdateTimeToLive'),
    },
    streamViewType: {
      what: 'Whether DynamoDB Streams records changes, and what each record holds: keys only, new image, old image, or both.',
      why: 'Streams let other consumers react to changes, for example to update a search index.',
      ecs: 'DynamoDB keeps stream records for 24 hours for readers with stream permissions.',
      doc: api('dynamodb', 'StreamSpecification'),
    },
    DeletionProtectionEnabled: {
      what: 'Whether the table is protected from deletion.',
      why: 'It prevents a stack teardown or a mistaken call from dropping production data.',
      ecs: 'DynamoDB refuses DeleteTable until protection is turned off.',
      doc: CREATE_TABLE,
    },
    Tags: {
      what: 'Key and value labels on the table, up to 50.',
      why: 'They assign the table’s cost to a team or project.',
      ecs: 'DynamoDB stores the tags; ECS does not read them.',
      doc: api('dynamodb', 'TagResource'),
    },
  },
};

const QUEUE_ATTRIBUTES = api('sqs', 'SetQueueAttributes');

export const sqsQueueExplanation: KindExplanation = {
  kind: 'sqs-queue',
  what: 'An Amazon SQS queue: a buffer of messages that producers send and worker tasks receive and delete.',
  why: 'Queues decouple producers from workers, absorb bursts and let a worker service scale on queue depth.',
  ecs: 'Worker tasks poll the queue with the task role’s permissions; service auto scaling can follow the queue’s ApproximateNumberOfMessagesVisible metric.',
  doc: api('sqs', 'CreateQueue'),
  fields: {
    QueueName: {
      what: 'The queue’s name, up to 80 letters, digits, - and _, ending in .fifo for a FIFO queue.',
      why: 'The name is part of the queue URL and ARN that producers, workers and policies use.',
      ecs: 'The task role’s statements are written for the queue’s ARN.',
      doc: api('sqs', 'CreateQueue'),
    },
    existing: existing('queue'),
    fifo: {
      what: 'Whether the queue is first-in-first-out with exactly-once processing, instead of a standard queue.',
      why: 'FIFO keeps order within a message group and removes duplicates, at lower throughput; it cannot be changed later.',
      ecs: 'SQS requires the .fifo suffix and a message group id on every send.',
      doc: api('sqs', 'CreateQueue'),
    },
    'Attributes.VisibilityTimeout': {
      what: 'How long a received message stays hidden from other consumers, 0 to 43,200 seconds.',
      why: 'If a task takes longer than this to process a message, another task receives it too and the work is done twice.',
      ecs: 'SQS makes the message visible again after the timeout unless the task deleted it.',
      doc: QUEUE_ATTRIBUTES,
    },
    'Attributes.MessageRetentionPeriod': {
      what: 'How long SQS keeps an unprocessed message, from 60 seconds to 14 days (4 days by default).',
      why: 'Messages older than this are deleted, so workers that are down longer lose work.',
      ecs: 'SQS deletes messages whose age passes the retention period.',
      doc: QUEUE_ATTRIBUTES,
    },
    'Attributes.ReceiveMessageWaitTimeSeconds': {
      what: 'How long a receive call waits for messages to arrive, 0 to 20 seconds (long polling).',
      why: '20 seconds makes idle workers far cheaper and quieter than constant empty polls.',
      ecs: 'SQS holds the worker’s receive call open until a message arrives or the wait ends.',
      doc: QUEUE_ATTRIBUTES,
    },
    tags: {
      what: 'Key and value labels on the queue.',
      why: 'They assign the queue’s cost to a team or project.',
      ecs: 'SQS stores the tags; ECS does not read them.',
      doc: api('sqs', 'TagQueue'),
    },
  },
};

export const snsTopicExplanation: KindExplanation = {
  kind: 'sns-topic',
  what: 'An Amazon SNS topic: tasks publish messages to it and SNS fans them out to every subscriber, such as SQS queues, e-mail or Lambda.',
  why: 'Topics let one service announce events to many consumers without knowing them.',
  ecs: 'Tasks publish with the task role’s sns:Publish permission; subscribed queues need a policy that lets the topic send to them.',
  doc: api('sns', 'CreateTopic'),
  fields: {
    Name: {
      what: 'The topic’s name, up to 256 letters, digits, - and _, ending in .fifo for a FIFO topic.',
      why: 'The name is part of the topic ARN that publishers and subscriptions use.',
      ecs: 'The task role’s statements are written for the topic’s ARN.',
      doc: api('sns', 'CreateTopic'),
    },
    existing: existing('topic'),
    fifo: {
      what: 'Whether the topic keeps strict order and removes duplicates (FIFO), instead of a standard topic.',
      why: 'Only a FIFO topic can deliver to FIFO queues; it cannot be changed after creation.',
      ecs: 'SNS requires the .fifo suffix and a message group id on each publish.',
      doc: api('sns', 'CreateTopic'),
    },
    'Attributes.DisplayName': {
      what: 'The sender name shown for SMS and e-mail deliveries, up to 100 characters.',
      why: 'Recipients see who the message is from.',
      ecs: 'SNS uses it only for SMS and e-mail subscriptions.',
      doc: api('sns', 'SetTopicAttributes'),
    },
    'Attributes.KmsMasterKeyId': {
      what: 'The KMS key that encrypts messages at rest; empty means no encryption at rest.',
      why: 'Encryption protects message contents; publishers then also need permission to use the key.',
      ecs: 'SNS encrypts each message with the key; the task role needs kms:GenerateDataKey and kms:Decrypt on a customer managed key.',
      doc: api('sns', 'SetTopicAttributes'),
    },
    Tags: {
      what: 'Key and value labels on the topic, up to 50.',
      why: 'They assign the topic’s cost to a team or project.',
      ecs: 'SNS stores the tags; ECS does not read them.',
      doc: api('sns', 'TagResource'),
    },
  },
};
