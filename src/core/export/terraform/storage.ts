import type { Artifact, ArtifactType } from '../../model/artifact.ts';
import { Call, Raw, type HclObject, type HclValue } from './hcl.ts';
import { bodyOf, isObject, tagsRule, type Spec } from './fields.ts';
import type { MapContext, Mapper, TfResource } from './types.ts';

/**
 * Data and messaging: S3 buckets (whose companion calls are the provider's own
 * aws_s3_bucket_* resources, as in the API), DynamoDB tables (the TTL call folded into the
 * table's ttl block), SQS queues and Secrets Manager secrets.
 */

const resolvedObject = (x: MapContext, a: Artifact): HclObject => {
  const v = x.resolve(a, a.content);
  return isObject(v) ? v : {};
};
const unknownField = (x: MapContext, a: Artifact, type: string) => (path: string) => x.leaveOut(a, `${path} has no argument in ${type} that this exporter writes`);
const one = (x: MapContext, a: Artifact, type: string, spec: Spec, value: HclObject = resolvedObject(x, a)): TfResource[] => [
  { type, name: x.mainName(a), body: bodyOf(value, spec, unknownField(x, a, type)) },
];

/** A JSON document held as a string (a redrive policy, an event pattern) as jsonencode of its value, so references in it resolve. */
export function jsonDocument(x: MapContext, artifact: Artifact, text: unknown, path: string): HclValue | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    return new Call('jsonencode', [x.resolve(artifact, JSON.parse(text), [path])]);
  } catch {
    return x.resolve(artifact, text, [path]);
  }
}

/** A bucket; its object ownership (a CreateBucket member) is the provider's aws_s3_bucket_ownership_controls. */
export const mapBucket: Mapper = (a, x) => {
  const c = resolvedObject(x, a);
  const { ObjectOwnership, ...rest } = c;
  const out = one(x, a, 'aws_s3_bucket', { Bucket: 'bucket', ObjectLockEnabledForBucket: 'object_lock_enabled', CreateBucketConfiguration: 'skip', Tags: tagsRule }, rest);
  if (ObjectOwnership !== undefined) {
    out.push({
      type: 'aws_s3_bucket_ownership_controls',
      name: x.mainName(a),
      body: [
        { name: 'bucket', value: new Raw(`aws_s3_bucket.${x.mainName(a)}.id`) },
        { type: 'rule', labels: [], body: [{ name: 'object_ownership', value: ObjectOwnership }] },
      ],
    });
  }
  return out;
};

export const mapBucketVersioning: Mapper = (a, x) =>
  one(x, a, 'aws_s3_bucket_versioning', {
    Bucket: 'bucket',
    ExpectedBucketOwner: 'expected_bucket_owner',
    VersioningConfiguration: { block: 'versioning_configuration', spec: { Status: 'status', MFADelete: 'mfa_delete' } },
  });

/** The API's ServerSideEncryptionConfiguration.Rules are the resource's rule blocks. */
function flattenRules(c: HclObject): HclObject {
  const config = c.ServerSideEncryptionConfiguration;
  const rules = isObject(config) && Array.isArray(config.Rules) ? config.Rules : undefined;
  const { ServerSideEncryptionConfiguration: _config, ...rest } = c;
  return rules ? { ...rest, Rules: rules } : c;
}

export const mapBucketEncryption: Mapper = (a, x) =>
  one(
    x,
    a,
    'aws_s3_bucket_server_side_encryption_configuration',
    {
      Bucket: 'bucket',
      ExpectedBucketOwner: 'expected_bucket_owner',
      Rules: {
        block: 'rule',
        spec: {
          ApplyServerSideEncryptionByDefault: { block: 'apply_server_side_encryption_by_default', spec: { SSEAlgorithm: 'sse_algorithm', KMSMasterKeyID: 'kms_master_key_id' } },
          BucketKeyEnabled: 'bucket_key_enabled',
        },
      },
    },
    flattenRules(resolvedObject(x, a)),
  );

export const mapPublicAccessBlock: Mapper = (a, x) => {
  const c = resolvedObject(x, a);
  const { PublicAccessBlockConfiguration: config, ...rest } = c;
  return one(
    x,
    a,
    'aws_s3_bucket_public_access_block',
    { Bucket: 'bucket', ExpectedBucketOwner: 'skip', BlockPublicAcls: 'block_public_acls', IgnorePublicAcls: 'ignore_public_acls', BlockPublicPolicy: 'block_public_policy', RestrictPublicBuckets: 'restrict_public_buckets' },
    { ...rest, ...(isObject(config) ? config : {}) },
  );
};

const notificationTarget = (arn: string, arnArgument: string): Spec => ({
  [arn]: arnArgument,
  Events: 'events',
  FilterPrefix: 'filter_prefix',
  FilterSuffix: 'filter_suffix',
  Filter: 'skip',
});

/** An S3 notification's key filter rules as the provider's filter_prefix / filter_suffix. */
function withFilter(entry: HclValue): HclValue {
  if (!isObject(entry) || !isObject(entry.Filter) || !isObject(entry.Filter.Key) || !Array.isArray(entry.Filter.Key.FilterRules)) return entry;
  const out: HclObject = { ...entry };
  for (const rule of entry.Filter.Key.FilterRules.filter(isObject)) {
    const name = String(rule.Name).toLowerCase();
    if (name === 'prefix') out.FilterPrefix = rule.Value;
    if (name === 'suffix') out.FilterSuffix = rule.Value;
  }
  return out;
}

export const mapBucketNotification: Mapper = (a, x) => {
  const c = resolvedObject(x, a);
  const config = isObject(c.NotificationConfiguration) ? c.NotificationConfiguration : {};
  const { EventBridgeConfiguration, ...lists } = config;
  const targets: HclObject = Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, Array.isArray(v) ? v.map(withFilter) : v]));
  const body = bodyOf({ Bucket: c.Bucket ?? null }, { Bucket: 'bucket' }, unknownField(x, a, 'aws_s3_bucket_notification'));
  if (EventBridgeConfiguration !== undefined) body.push({ name: 'eventbridge', value: true });
  body.push(
    ...bodyOf(
      targets,
      {
        QueueConfigurations: { block: 'queue', spec: { ...notificationTarget('QueueArn', 'queue_arn') } },
        TopicConfigurations: { block: 'topic', spec: { ...notificationTarget('TopicArn', 'topic_arn') } },
        LambdaFunctionConfigurations: { block: 'lambda_function', spec: { ...notificationTarget('LambdaFunctionArn', 'lambda_function_arn') } },
      },
      unknownField(x, a, 'aws_s3_bucket_notification'),
      'NotificationConfiguration',
    ),
  );
  return [{ type: 'aws_s3_bucket_notification', name: x.mainName(a), body }];
};

const KEY_TYPE = (schema: HclValue | undefined, type: string): HclValue | undefined =>
  Array.isArray(schema) ? schema.filter(isObject).find((k) => k.KeyType === type)?.AttributeName : undefined;

const INDEX: Spec = {
  IndexName: 'name',
  KeySchema: 'skip',
  Projection: 'skip',
  ProvisionedThroughput: 'skip',
};

function indexShape(index: HclValue): HclValue {
  if (!isObject(index)) return index;
  const projection = isObject(index.Projection) ? index.Projection : {};
  const throughput = isObject(index.ProvisionedThroughput) ? index.ProvisionedThroughput : {};
  return {
    ...index,
    HashKey: KEY_TYPE(index.KeySchema, 'HASH'),
    RangeKey: KEY_TYPE(index.KeySchema, 'RANGE'),
    ProjectionType: projection.ProjectionType,
    NonKeyAttributes: projection.NonKeyAttributes,
    ReadCapacity: throughput.ReadCapacityUnits,
    WriteCapacity: throughput.WriteCapacityUnits,
  };
}

const indexSpec: Spec = {
  ...INDEX,
  HashKey: 'hash_key',
  RangeKey: 'range_key',
  ProjectionType: 'projection_type',
  NonKeyAttributes: 'non_key_attributes',
  ReadCapacity: 'read_capacity',
  WriteCapacity: 'write_capacity',
};

/** A table, with its TimeToLive call (a companion file) as the ttl block. */
export const mapTable: Mapper = (a, x) => {
  const c = resolvedObject(x, a);
  const throughput = isObject(c.ProvisionedThroughput) ? c.ProvisionedThroughput : {};
  const stream = isObject(c.StreamSpecification) ? c.StreamSpecification : {};
  const sse = isObject(c.SSESpecification) ? c.SSESpecification : undefined;
  const { ProvisionedThroughput: _t, StreamSpecification: _s, SSESpecification: _sse, KeySchema, GlobalSecondaryIndexes, LocalSecondaryIndexes, ...rest } = c;
  const shaped: HclObject = {
    ...rest,
    HashKey: KEY_TYPE(KeySchema, 'HASH'),
    RangeKey: KEY_TYPE(KeySchema, 'RANGE'),
    ReadCapacity: throughput.ReadCapacityUnits,
    WriteCapacity: throughput.WriteCapacityUnits,
    StreamEnabled: stream.StreamEnabled,
    StreamViewType: stream.StreamViewType,
    ServerSideEncryption: sse ? { Enabled: sse.Enabled ?? true, KMSMasterKeyId: sse.KMSMasterKeyId } : undefined,
    GlobalSecondaryIndexes: Array.isArray(GlobalSecondaryIndexes) ? GlobalSecondaryIndexes.map(indexShape) : undefined,
    LocalSecondaryIndexes: Array.isArray(LocalSecondaryIndexes) ? LocalSecondaryIndexes.map(indexShape) : undefined,
  };
  const ttl = x.companions(a, 'dynamodb-ttl')[0];
  const spec = ttl ? resolvedObject(x, ttl).TimeToLiveSpecification : undefined;
  if (isObject(spec)) shaped.Ttl = spec;
  return one(
    x,
    a,
    'aws_dynamodb_table',
    {
      TableName: 'name',
      BillingMode: 'billing_mode',
      HashKey: 'hash_key',
      RangeKey: 'range_key',
      AttributeDefinitions: { block: 'attribute', spec: { AttributeName: 'name', AttributeType: 'type' } },
      ReadCapacity: 'read_capacity',
      WriteCapacity: 'write_capacity',
      StreamEnabled: 'stream_enabled',
      StreamViewType: 'stream_view_type',
      ServerSideEncryption: { block: 'server_side_encryption', spec: { Enabled: 'enabled', KMSMasterKeyId: 'kms_key_arn' } },
      GlobalSecondaryIndexes: { block: 'global_secondary_index', spec: indexSpec },
      LocalSecondaryIndexes: { block: 'local_secondary_index', spec: { ...indexSpec, HashKey: 'skip', ReadCapacity: 'skip', WriteCapacity: 'skip' } },
      TableClass: 'table_class',
      DeletionProtectionEnabled: 'deletion_protection_enabled',
      Ttl: { block: 'ttl', spec: { AttributeName: 'attribute_name', Enabled: 'enabled' } },
      Tags: tagsRule,
    },
    shaped,
  );
};

/** SQS attributes are strings in the API; the provider's arguments are numbers and bools. */
const number = (v: HclValue) => (typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : v);
const bool = (v: HclValue) => (v === 'true' ? true : v === 'false' ? false : v);

export const mapQueue: Mapper = (a, x) => {
  const c = resolvedObject(x, a);
  const attributes = isObject(c.Attributes) ? c.Attributes : {};
  const raw = (a.content.Attributes ?? {}) as Record<string, unknown>;
  const shaped: HclObject = { QueueName: c.QueueName ?? null, ...attributes, tags: c.tags };
  for (const key of ['RedrivePolicy', 'RedriveAllowPolicy', 'Policy']) if (raw[key] !== undefined) shaped[key] = jsonDocument(x, a, raw[key], `Attributes.${key}`);
  return one(
    x,
    a,
    'aws_sqs_queue',
    {
      QueueName: 'name',
      DelaySeconds: { attr: 'delay_seconds', value: number },
      MaximumMessageSize: { attr: 'max_message_size', value: number },
      MessageRetentionPeriod: { attr: 'message_retention_seconds', value: number },
      ReceiveMessageWaitTimeSeconds: { attr: 'receive_wait_time_seconds', value: number },
      VisibilityTimeout: { attr: 'visibility_timeout_seconds', value: number },
      FifoQueue: { attr: 'fifo_queue', value: bool },
      ContentBasedDeduplication: { attr: 'content_based_deduplication', value: bool },
      DeduplicationScope: 'deduplication_scope',
      FifoThroughputLimit: 'fifo_throughput_limit',
      KmsMasterKeyId: 'kms_master_key_id',
      KmsDataKeyReusePeriodSeconds: { attr: 'kms_data_key_reuse_period_seconds', value: number },
      SqsManagedSseEnabled: { attr: 'sqs_managed_sse_enabled', value: bool },
      RedrivePolicy: 'redrive_policy',
      RedriveAllowPolicy: 'redrive_allow_policy',
      Policy: 'policy',
      tags: 'tags',
    },
    shaped,
  );
};

export const mapSecret: Mapper = (a, x) =>
  one(x, a, 'aws_secretsmanager_secret', { Name: 'name', Description: 'description', KmsKeyId: 'kms_key_id', Tags: tagsRule, ClientRequestToken: 'skip' });

/** Companion files written as part of another type's resource. */
export const FOLDED_INTO: Partial<Record<ArtifactType, ArtifactType>> = { 'dynamodb-ttl': 'dynamodb-table' };
