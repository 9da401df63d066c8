import type { ArtifactType } from '../../model/artifact.ts';
import { isPlainObject, type JsonObject, type JsonValue } from '../../model/json.ts';
import { safeSegment } from '../../derive/context.ts';
import { orderKeys } from '../../derive/canonical.ts';
import { CREATE_TABLE_KEYS } from '../../kinds/dynamodb-table/derive.ts';
import { parsedJson } from '../../export/cloudformation/keys.ts';
import { apiKeys } from './keys.ts';
import type { ApiInput, Reverse } from './reader-types.ts';

/**
 * Data, secrets, registries and messaging read back from a template: the exporter's mappers
 * of export/cloudformation/storage.ts read backwards, into the API inputs their kinds derive
 * (kinds/<kind>/derive.ts). Where the API needs several calls for what the template holds in
 * one resource (a bucket and its versioning, encryption, public access block, notifications;
 * a table and its TTL) the reader gives one input per call. Properties the mapper does not
 * write have no place in those inputs: each is said in `notKept`, never dropped silently.
 */

const defined = (o: Record<string, JsonValue | undefined>): JsonObject => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as JsonObject;
const nonEmpty = (o: JsonObject): JsonObject | undefined => (Object.keys(o).length ? o : undefined);
/** An attribute of SQS or SNS as the API takes it: a string (JSON ones as their text). */
const attributeText = (v: JsonValue): string => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v));
const boolText = (v: JsonValue | undefined): string | undefined => (v === undefined ? undefined : v === true || v === 'true' ? 'true' : 'false');

/** The input with the properties it has no place for said, not dropped. */
function reading(type: ArtifactType, content: JsonObject, props: JsonObject, unread: readonly string[], why: (key: string) => string): ApiInput {
  const notKept: Record<string, string> = {};
  for (const key of unread) if (props[key] !== undefined) notKept[key] = why(key);
  return Object.keys(notKept).length ? { type, content, notKept } : { type, content };
}

/** The properties of `props` not in `read`. */
const others = (props: JsonObject, read: readonly string[]) => Object.keys(props).filter((k) => !read.includes(k));

const NOT_WRITTEN = 'the designer does not hold it, and its export does not write it';
const SEPARATE_CALL: Readonly<Record<string, string>> = {
  LifecyclePolicy: 'PutLifecyclePolicy',
  RepositoryPolicyText: 'SetRepositoryPolicy',
  PointInTimeRecoverySpecification: 'UpdateContinuousBackups',
  ContributorInsightsSpecification: 'UpdateContributorInsights',
  KinesisStreamSpecification: 'EnableKinesisStreamingDestination',
};
const separately = (key: string) => (SEPARATE_CALL[key] ? `set by a separate API call (${SEPARATE_CALL[key]}) that the designer does not make` : NOT_WRITTEN);

/** Tags as the template writes them ([{Key, Value}]) as the map CreateQueue takes. */
const tagMap = (tags: JsonValue | undefined): JsonObject | undefined =>
  Array.isArray(tags) && tags.length ? Object.fromEntries(tags.filter(isPlainObject).map((t) => [String(t.Key), t.Value ?? ''])) : undefined;

// --- SQS ---------------------------------------------------------------------------------

/** CreateQueue: every template property but the name and tags is a queue attribute (a string in the API). */
const readQueue: Reverse = (p, id) => {
  const { QueueName, Tags, ...attributes } = p;
  const content = defined({
    QueueName: QueueName ?? id,
    Attributes: nonEmpty(Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, attributeText(v!)]))),
    tags: tagMap(Tags),
  });
  return [{ type: 'sqs-queue', content }];
};

/** The queues' Policy attribute (SetQueueAttributes): applied to the queues it names once they exist (storage-wiring.ts). */
const readQueuePolicy: Reverse = (p) => [{ type: 'sqs-queue', content: defined({ Queues: p.Queues, Attributes: p.PolicyDocument === undefined ? undefined : { Policy: attributeText(p.PolicyDocument) } }) }];

// --- SNS ---------------------------------------------------------------------------------

const TOPIC_READ = ['TopicName', 'DisplayName', 'FifoTopic', 'ContentBasedDeduplication', 'KmsMasterKeyId', 'Tags'];

const readTopic: Reverse = (p, id) => {
  const content = defined({
    Name: p.TopicName ?? id,
    Attributes: nonEmpty(defined({ DisplayName: p.DisplayName, FifoTopic: boolText(p.FifoTopic), ContentBasedDeduplication: boolText(p.ContentBasedDeduplication), KmsMasterKeyId: p.KmsMasterKeyId })),
    Tags: p.Tags,
  });
  return [reading('sns-topic', content, p, others(p, TOPIC_READ), () => NOT_WRITTEN)];
};

/** Subscribe: the template's attribute properties (booleans, JSON objects) as the API's strings. Region: the topic's, the designer's own. */
const readSubscription: Reverse = (p) => {
  const { TopicArn, Protocol, Endpoint, Region: _region, ...attributes } = p;
  const content = defined({
    TopicArn,
    Protocol,
    Endpoint,
    Attributes: nonEmpty(Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, attributeText(v!)]))),
    ReturnSubscriptionArn: true,
  });
  return [reading('sns-subscription', content, p, ['Region'], () => 'a subscription in another Region: the designer subscribes in the design’s Region')];
};

// --- S3 ----------------------------------------------------------------------------------

const BUCKET_READ = ['BucketName', 'ObjectLockEnabled', 'OwnershipControls', 'VersioningConfiguration', 'BucketEncryption', 'PublicAccessBlockConfiguration', 'NotificationConfiguration'];

/** The template's notification entries (one per event) as the API's (one per target and filter, with its events). */
function notificationsBack(config: JsonObject): JsonObject {
  const group = (list: JsonValue | undefined, cfnKey: string, arnKey: string): JsonValue | undefined => {
    const out: JsonObject[] = [];
    for (const entry of Array.isArray(list) ? list.filter(isPlainObject) : []) {
      const rules = isPlainObject(entry.Filter) && isPlainObject(entry.Filter.S3Key) ? entry.Filter.S3Key.Rules : undefined;
      const filter = rules === undefined ? undefined : { Key: { FilterRules: rules } };
      const last = out[out.length - 1];
      if (last && JSON.stringify(last[arnKey]) === JSON.stringify(entry[cfnKey]) && JSON.stringify(last.Filter) === JSON.stringify(filter)) (last.Events as JsonValue[]).push(entry.Event!);
      else out.push(defined({ [arnKey]: entry[cfnKey], Events: [entry.Event!], Filter: filter }));
    }
    return out.length ? out : undefined;
  };
  const eventBridge = isPlainObject(config.EventBridgeConfiguration) && config.EventBridgeConfiguration.EventBridgeEnabled !== false;
  return defined({
    EventBridgeConfiguration: eventBridge ? {} : undefined,
    QueueConfigurations: group(config.QueueConfigurations, 'Queue', 'QueueArn'),
    TopicConfigurations: group(config.TopicConfigurations, 'Topic', 'TopicArn'),
    LambdaFunctionConfigurations: group(config.LambdaConfigurations, 'Function', 'LambdaFunctionArn'),
  });
}

/**
 * CreateBucket, and the bucket's settings calls. A setting the template leaves out is given
 * as an empty configuration: the bucket node starts with the palette's (versioned, SSE-S3, all
 * public access blocked), and the template's bucket has none of it.
 */
const readBucket: Reverse = (p, id) => {
  const Bucket = (p.BucketName ?? id.toLowerCase()) as JsonValue;
  const rules = isPlainObject(p.OwnershipControls) && Array.isArray(p.OwnershipControls.Rules) ? p.OwnershipControls.Rules : [];
  const ownership = rules.length === 1 && isPlainObject(rules[0]) && Object.keys(rules[0]).join() === 'ObjectOwnership' ? rules[0].ObjectOwnership : undefined;
  const unread = others(p, BUCKET_READ);
  if (p.OwnershipControls !== undefined && ownership === undefined) unread.push('OwnershipControls');
  const bucket = reading('s3-bucket', defined({ Bucket, ObjectLockEnabledForBucket: p.ObjectLockEnabled, ObjectOwnership: ownership }), p, unread, (k) => (k === 'OwnershipControls' ? 'CreateBucket takes one ObjectOwnership rule' : 'set by a separate S3 call (PutBucket…) that the designer does not make'));
  const encryption = isPlainObject(p.BucketEncryption) && Array.isArray(p.BucketEncryption.ServerSideEncryptionConfiguration)
    ? { Rules: p.BucketEncryption.ServerSideEncryptionConfiguration.filter(isPlainObject).map(({ ServerSideEncryptionByDefault, ...rest }) => defined({ ApplyServerSideEncryptionByDefault: ServerSideEncryptionByDefault, ...rest })) }
    : {};
  const inputs: ApiInput[] = [
    bucket,
    { type: 's3-bucket-versioning', content: { Bucket, VersioningConfiguration: isPlainObject(p.VersioningConfiguration) ? p.VersioningConfiguration : {} } },
    { type: 's3-bucket-encryption', content: { Bucket, ServerSideEncryptionConfiguration: encryption } },
    { type: 's3-public-access-block', content: { Bucket, PublicAccessBlockConfiguration: isPlainObject(p.PublicAccessBlockConfiguration) ? p.PublicAccessBlockConfiguration : {} } },
  ];
  if (isPlainObject(p.NotificationConfiguration)) inputs.push({ type: 's3-bucket-notification', content: { Bucket, NotificationConfiguration: notificationsBack(p.NotificationConfiguration) } });
  return inputs;
};

// --- DynamoDB ----------------------------------------------------------------------------

/** CreateTable members a template writes as they are (mapTable's output but the stream and TTL). */
const TABLE_MEMBERS: readonly string[] = CREATE_TABLE_KEYS.filter((k) => k !== 'StreamSpecification');

/** CreateTable (the stream as the API enables it), and UpdateTimeToLive when the table has TTL (applied once the table is a node, storage-wiring.ts). */
const readTable: Reverse = (p, id) => {
  const table: JsonObject = { TableName: id };
  for (const key of TABLE_MEMBERS) if (p[key] !== undefined) table[key] = p[key]!;
  const stream = isPlainObject(p.StreamSpecification) ? p.StreamSpecification : undefined;
  if (stream) table.StreamSpecification = { StreamEnabled: true, ...stream };
  const unread = others(p, [...TABLE_MEMBERS, 'StreamSpecification', 'TimeToLiveSpecification']);
  const inputs: ApiInput[] = [reading('dynamodb-table', orderKeys(table, CREATE_TABLE_KEYS), p, unread, separately)];
  if (isPlainObject(p.TimeToLiveSpecification)) inputs.push({ type: 'dynamodb-ttl', content: { TableName: table.TableName!, TimeToLiveSpecification: p.TimeToLiveSpecification } });
  return inputs;
};

// --- Secrets Manager, SSM, ECR -----------------------------------------------------------

const readSecret: Reverse = (p, id) => {
  const { Name, ReplicaRegions, GenerateSecretString: _generate, SecretString: _value, ...rest } = p;
  const content = defined({ Name: Name ?? id, ...rest, AddReplicaRegions: ReplicaRegions });
  return [reading('secret', content, p, ['GenerateSecretString', 'SecretString'], () => 'the design never holds a secret’s value (put it with PutSecretValue or the console)')];
};

const readParameter: Reverse = (p, id) => {
  const { Name, Tags, Policies, ...rest } = p;
  // The exporter writes the API's Policies text as a JSON string; a template's own JSON text is the API's as it is.
  const policies = typeof Policies === 'string' && typeof parsedJson(Policies) === 'string' ? parsedJson(Policies) : Policies;
  const tags = isPlainObject(Tags) ? Object.entries(Tags).map(([Key, Value]) => ({ Key, Value: Value! })) : undefined;
  return [{ type: 'ssm-parameter', content: defined({ Name: Name ?? id, ...rest, Tags: tags, Policies: policies }) }];
};

const REPOSITORY_READ = ['RepositoryName', 'ImageTagMutability', 'ImageTagMutabilityExclusionFilters', 'ImageScanningConfiguration', 'EncryptionConfiguration', 'Tags'];

const readRepository: Reverse = (p, id) => {
  const { Tags, ...rest } = p;
  const read = Object.fromEntries(Object.entries(rest).filter(([k]) => REPOSITORY_READ.includes(k)));
  const content = defined({ repositoryName: id, ...(apiKeys(read) as JsonObject), tags: Tags });
  return [reading('ecr-repository', content, p, others(p, REPOSITORY_READ), (k) => (k === 'EmptyOnDelete' ? 'a CloudFormation setting of the stack (force-delete the images with it); the designer has no place for it' : separately(k)))];
};

export const STORAGE_REVERSE: Readonly<Record<string, Reverse>> = {
  'AWS::SQS::Queue': readQueue,
  'AWS::SQS::QueuePolicy': readQueuePolicy,
  'AWS::SNS::Topic': readTopic,
  'AWS::SNS::Subscription': readSubscription,
  'AWS::S3::Bucket': readBucket,
  'AWS::DynamoDB::Table': readTable,
  'AWS::SecretsManager::Secret': readSecret,
  'AWS::SSM::Parameter': readParameter,
  'AWS::ECR::Repository': readRepository,
};

/**
 * Inputs applied once the nodes exist (storage-wiring.ts), not imported as files: a table's
 * TTL has no file until the table has TTL, a bucket's notifications none until it triggers a rule.
 */
export const APPLIED_LATER: ReadonlySet<ArtifactType> = new Set(['dynamodb-ttl', 's3-bucket-notification']);

const COMPANION_SUFFIX: Partial<Record<ArtifactType, string>> = {
  's3-bucket-versioning': '.versioning',
  's3-bucket-encryption': '.encryption',
  's3-public-access-block': '.public-access-block',
  's3-bucket-notification': '.notification',
  'dynamodb-ttl': '.ttl',
};

/**
 * The file name (without .json) derive gives an input of these kinds, or undefined: a
 * bucket's settings files are matched to the bucket node's files by it (io/import-attached.ts).
 */
export function storageFileBase(input: ApiInput, logicalId: string): string | undefined {
  const c = input.content;
  switch (input.type) {
    case 's3-bucket':
    case 's3-bucket-versioning':
    case 's3-bucket-encryption':
    case 's3-public-access-block':
    case 's3-bucket-notification':
      return `${safeSegment(c.Bucket, logicalId)}${COMPANION_SUFFIX[input.type] ?? ''}`;
    case 'dynamodb-table':
    case 'dynamodb-ttl':
      return `${safeSegment(c.TableName, logicalId)}${COMPANION_SUFFIX[input.type] ?? ''}`;
    case 'sqs-queue':
      return safeSegment(c.QueueName, logicalId);
    case 'sns-topic':
    case 'secret':
      return safeSegment(c.Name, logicalId);
    default:
      return undefined;
  }
}

/**
 * Fn::GetAtt attributes of these types that give what Ref gives (the id, URL or ARN), read as
 * Ref: the designer's identities (export/identities.ts) name each thing once.
 */
const SAME_AS_REF: Readonly<Record<string, readonly string[]>> = {
  'AWS::SQS::Queue': ['QueueUrl'],
  'AWS::SNS::Topic': ['TopicArn'],
  'AWS::SecretsManager::Secret': ['Id'],
  'AWS::EFS::FileSystem': ['FileSystemId'],
  'AWS::EFS::AccessPoint': ['AccessPointId'],
  'AWS::ServiceDiscovery::HttpNamespace': ['Id'],
  'AWS::ServiceDiscovery::PrivateDnsNamespace': ['Id'],
};

export function attributeOf(type: string, attribute: string | undefined): string | undefined {
  return attribute !== undefined && SAME_AS_REF[type]?.includes(attribute) ? undefined : attribute;
}

/**
 * What Ref or Fn::GetAtt of a repository or parameter gives where the identities have no form
 * for it (the export names these by ARN or URI only): a repository's and a parameter's name,
 * a parameter's value.
 */
export function storageAttributeText(input: ApiInput, attribute: string | undefined): string | undefined {
  const c = input.content;
  const text = (v: JsonValue | undefined) => (typeof v === 'string' ? v : undefined);
  if (input.type === 'ecr-repository' && attribute === undefined) return text(c.repositoryName);
  if (input.type === 'ssm-parameter') return attribute === undefined ? text(c.Name) : attribute === 'Value' ? text(c.Value) : attribute === 'Type' ? text(c.Type) : undefined;
  return undefined;
}
