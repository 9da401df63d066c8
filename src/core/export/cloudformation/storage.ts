import type { Artifact, ArtifactType } from '../../model/artifact.ts';
import { cfnKeys, defined, parsedJson, tagList } from './keys.ts';
import type { CfnResource, MapContext, Mapper } from './types.ts';
import { mapAlarm, mapScalableTarget, mapScalingPolicy } from './scaling.ts';
import { mapEventsRule, mapSchedule } from './events.ts';
import { mapDnsNamespace, mapDiscoveryService, mapHttpNamespace } from './cloudmap.ts';

/**
 * Data, secrets, registries and messaging, and (through their own files) events, scaling
 * and Cloud Map. Where the API needs several calls for one resource (a bucket and its
 * versioning, encryption, public access block and notifications; a table and its TTL; a
 * rule and its targets; a scalable target and its scheduled actions) the template has
 * one resource: the companion files are folded into it.
 */

/** Companion files whose settings are properties of another file's resource. */
export const FOLDED_INTO: Partial<Record<ArtifactType, ArtifactType>> = {
  's3-bucket-versioning': 's3-bucket',
  's3-bucket-encryption': 's3-bucket',
  's3-public-access-block': 's3-bucket',
  's3-bucket-notification': 's3-bucket',
  'dynamodb-ttl': 'dynamodb-table',
  'events-targets': 'events-rule',
  'scheduled-action': 'scalable-target',
};

type Props = Record<string, unknown>;
const one = (name: string, type: string, props: Props): Array<[string, CfnResource]> => [[name, { Type: type, Properties: props }]];
const resolved = (x: MapContext, a: Artifact) => x.resolve(a, a.content) as Props;
const companion = (x: MapContext, a: Artifact, type: ArtifactType) => {
  const [c] = x.companions(a, type);
  return c ? resolved(x, c) : undefined;
};

/** S3 notification configurations: one entry per event in the template (the API lists events per target). */
function notifications(config: Props | undefined): Props | undefined {
  if (!config) return undefined;
  const filter = (f: unknown) => {
    const rules = (f as { Key?: { FilterRules?: unknown[] } } | undefined)?.Key?.FilterRules;
    return rules ? { S3Key: { Rules: rules } } : undefined;
  };
  const expand = (list: unknown, arnKey: string, cfnKey: string) =>
    Array.isArray(list) && list.length
      ? list.flatMap((entry: Props) => ((entry.Events as unknown[]) ?? []).map((event) => defined({ Event: event, [cfnKey]: entry[arnKey], Filter: filter(entry.Filter) })))
      : undefined;
  return defined({
    EventBridgeConfiguration: config.EventBridgeConfiguration ? { EventBridgeEnabled: true } : undefined,
    QueueConfigurations: expand(config.QueueConfigurations, 'QueueArn', 'Queue'),
    TopicConfigurations: expand(config.TopicConfigurations, 'TopicArn', 'Topic'),
    LambdaConfigurations: expand(config.LambdaFunctionConfigurations, 'LambdaFunctionArn', 'Function'),
  });
}

const mapBucket: Mapper = (a, x) => {
  const c = resolved(x, a);
  const encryption = companion(x, a, 's3-bucket-encryption')?.ServerSideEncryptionConfiguration as { Rules?: Props[] } | undefined;
  return one(x.nameOf(a), 'AWS::S3::Bucket', defined({
    BucketName: c.Bucket,
    ObjectLockEnabled: c.ObjectLockEnabledForBucket,
    OwnershipControls: c.ObjectOwnership ? { Rules: [{ ObjectOwnership: c.ObjectOwnership }] } : undefined,
    VersioningConfiguration: companion(x, a, 's3-bucket-versioning')?.VersioningConfiguration,
    BucketEncryption: encryption?.Rules
      ? { ServerSideEncryptionConfiguration: encryption.Rules.map(({ ApplyServerSideEncryptionByDefault, ...rest }) => defined({ ServerSideEncryptionByDefault: ApplyServerSideEncryptionByDefault, ...rest })) }
      : undefined,
    PublicAccessBlockConfiguration: companion(x, a, 's3-public-access-block')?.PublicAccessBlockConfiguration,
    NotificationConfiguration: notifications(companion(x, a, 's3-bucket-notification')?.NotificationConfiguration as Props | undefined),
  }));
};

const mapTable: Mapper = (a, x) => {
  const { StreamSpecification, Tags, ...c } = resolved(x, a);
  const ttl = companion(x, a, 'dynamodb-ttl')?.TimeToLiveSpecification;
  const stream = StreamSpecification as Props | undefined;
  return one(x.nameOf(a), 'AWS::DynamoDB::Table', defined({
    ...c,
    StreamSpecification: stream?.StreamEnabled ? { StreamViewType: stream.StreamViewType } : undefined,
    TimeToLiveSpecification: ttl,
    Tags: tagList(Tags),
  }));
};

/** SQS attributes are strings in the API, typed properties in the template; JSON ones are objects. */
const SQS_NUMBERS = new Set(['DelaySeconds', 'MaximumMessageSize', 'MessageRetentionPeriod', 'ReceiveMessageWaitTimeSeconds', 'VisibilityTimeout', 'KmsDataKeyReusePeriodSeconds']);
const SQS_BOOLEANS = new Set(['FifoQueue', 'ContentBasedDeduplication', 'SqsManagedSseEnabled']);
const SQS_JSON = new Set(['RedrivePolicy', 'RedriveAllowPolicy']);

const mapQueue: Mapper = (a, x) => {
  const raw = a.content;
  const name = x.nameOf(a);
  const props: Props = { QueueName: x.resolve(a, raw.QueueName ?? null) };
  let policy: unknown;
  for (const [key, value] of Object.entries((raw.Attributes as Props | undefined) ?? {})) {
    if (typeof value !== 'string') continue;
    if (SQS_NUMBERS.has(key)) props[key] = Number(value);
    else if (SQS_BOOLEANS.has(key)) props[key] = value === 'true';
    else if (SQS_JSON.has(key)) props[key] = x.resolve(a, parsedJson(value), ['Attributes', key]);
    else if (key === 'Policy') policy = x.resolve(a, parsedJson(value), ['Attributes', key]);
    else props[key === 'KmsMasterKeyId' ? 'KmsMasterKeyId' : key] = x.resolve(a, value, ['Attributes', key]);
  }
  const tags = raw.tags as Record<string, string> | undefined;
  if (tags) props.Tags = Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
  const out = one(name, 'AWS::SQS::Queue', props);
  // The queue policy names the queue's own ARN: a separate resource refers to it by Ref.
  if (policy !== undefined) out.push([`${name}Policy`, { Type: 'AWS::SQS::QueuePolicy', Properties: { Queues: [{ Ref: name }], PolicyDocument: policy } }]);
  return out;
};

const mapTopic: Mapper = (a, x) => {
  const c = resolved(x, a);
  const attrs = (c.Attributes as Props | undefined) ?? {};
  return one(x.nameOf(a), 'AWS::SNS::Topic', defined({
    TopicName: c.Name,
    DisplayName: attrs.DisplayName,
    FifoTopic: attrs.FifoTopic === undefined ? undefined : attrs.FifoTopic === 'true',
    ContentBasedDeduplication: attrs.ContentBasedDeduplication === undefined ? undefined : attrs.ContentBasedDeduplication === 'true',
    KmsMasterKeyId: attrs.KmsMasterKeyId,
    Tags: tagList(c.Tags),
  }));
};

const mapSubscription: Mapper = (a, x) => {
  const raw = (a.content.Attributes as Props | undefined) ?? {};
  const c = resolved(x, a);
  const attrs: Props = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value !== 'string') continue;
    if (key === 'RawMessageDelivery') attrs[key] = value === 'true';
    else if (key === 'FilterPolicy' || key === 'RedrivePolicy') attrs[key] = x.resolve(a, parsedJson(value), ['Attributes', key]);
    else attrs[key] = value;
  }
  return one(x.nameOf(a), 'AWS::SNS::Subscription', defined({ TopicArn: c.TopicArn, Protocol: c.Protocol, Endpoint: c.Endpoint, ...attrs }));
};

const mapSecret: Mapper = (a, x) => {
  const { ClientRequestToken: _token, ForceOverwriteReplicaSecret: _force, AddReplicaRegions, SecretBinary: _binary, ...c } = resolved(x, a);
  return one(x.nameOf(a), 'AWS::SecretsManager::Secret', defined({ ...c, ReplicaRegions: AddReplicaRegions }));
};

const mapParameter: Mapper = (a, x) => {
  const { Overwrite: _overwrite, Tags, Policies, KeyId: _key, ...c } = resolved(x, a);
  if (c.Type === 'SecureString') {
    x.leaveOut(a, 'CloudFormation cannot create SecureString parameters (AWS::SSM::Parameter takes String and StringList); create it with PutParameter');
    return [];
  }
  const tags = Array.isArray(Tags) ? Object.fromEntries(Tags.map((t: Props) => [t.Key, t.Value])) : undefined;
  return one(x.nameOf(a), 'AWS::SSM::Parameter', defined({ ...c, Policies: Policies === undefined ? undefined : JSON.stringify(Policies), Tags: tags }));
};

const mapRepository: Mapper = (a, x) => {
  const { registryId: _registry, ...c } = resolved(x, a);
  return one(x.nameOf(a), 'AWS::ECR::Repository', cfnKeys(c) as Props);
};

const mapFileSystem: Mapper = (a, x) => {
  const { CreationToken: _token, Tags, Backup, ...c } = resolved(x, a);
  return one(x.nameOf(a), 'AWS::EFS::FileSystem', defined({ ...c, BackupPolicy: Backup === undefined ? undefined : { Status: Backup ? 'ENABLED' : 'DISABLED' }, FileSystemTags: tagList(Tags) }));
};

/** POSIX ids are numbers in the API and strings in AWS::EFS::AccessPoint (PosixUser, CreationInfo). */
function posixText(value: unknown, keys: readonly string[]): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Props = { ...(value as Props) };
  for (const k of keys) {
    if (typeof out[k] === 'number') out[k] = String(out[k]);
    else if (Array.isArray(out[k])) out[k] = (out[k] as unknown[]).map((v) => (typeof v === 'number' ? String(v) : v));
  }
  return out;
}

const mapAccessPoint: Mapper = (a, x) => {
  const { ClientToken: _token, Tags, PosixUser, RootDirectory, ...c } = resolved(x, a);
  const root = RootDirectory as Props | undefined;
  return one(x.nameOf(a), 'AWS::EFS::AccessPoint', defined({
    ...c,
    PosixUser: posixText(PosixUser, ['Uid', 'Gid', 'SecondaryGids']),
    RootDirectory: root ? defined({ ...root, CreationInfo: posixText(root.CreationInfo, ['OwnerUid', 'OwnerGid']) }) : undefined,
    AccessPointTags: tagList(Tags),
  }));
};

const mapMountTarget: Mapper = (a, x) => {
  const { Ipv6Address: _ipv6, IpAddressType: _type, ...c } = resolved(x, a);
  return one(x.nameOf(a), 'AWS::EFS::MountTarget', c);
};

export const STORAGE_MAPPERS: Array<[ArtifactType, Mapper]> = [
  ['efs-file-system', mapFileSystem],
  ['efs-access-point', mapAccessPoint],
  ['efs-mount-target', mapMountTarget],
  ['secret', mapSecret],
  ['ssm-parameter', mapParameter],
  ['ecr-repository', mapRepository],
  ['s3-bucket', mapBucket],
  ['sqs-queue', mapQueue],
  ['sns-topic', mapTopic],
  ['sns-subscription', mapSubscription],
  ['dynamodb-table', mapTable],
  ['events-rule', mapEventsRule],
  ['schedule', mapSchedule],
  ['scalable-target', mapScalableTarget],
  ['scaling-policy', mapScalingPolicy],
  ['metric-alarm', mapAlarm],
  ['cloudmap-http-namespace', mapHttpNamespace],
  ['cloudmap-dns-namespace', mapDnsNamespace],
  ['cloudmap-service', mapDiscoveryService],
];
