import type { Artifact } from '../../model/artifact.ts';
import { Raw, type HclObject, type HclValue } from './hcl.ts';
import { bodyOf, isObject, tagsRule, type Spec } from './fields.ts';
import { jsonDocument } from './storage.ts';
import type { MapContext, Mapper, TfResource } from './types.ts';

/**
 * SNS topics and subscriptions, ECR repositories, SSM parameters, EFS file systems, access
 * points and mount targets, Cloud Map DNS namespaces and services, and scheduled scaling
 * actions: one resource each, API members as the provider's arguments. SNS attributes are
 * strings in the API; the provider takes bools where they are flags.
 */

const resolvedObject = (x: MapContext, a: Artifact): HclObject => {
  const v = x.resolve(a, a.content);
  return isObject(v) ? v : {};
};
const unknownField = (x: MapContext, a: Artifact, type: string) => (path: string) => x.leaveOut(a, `${path} has no argument in ${type} that this exporter writes`);
const one = (x: MapContext, a: Artifact, type: string, spec: Spec, value: HclObject = resolvedObject(x, a)): TfResource[] => [
  { type, name: x.mainName(a), body: bodyOf(value, spec, unknownField(x, a, type)) },
];
const bool = (v: HclValue) => (v === 'true' ? true : v === 'false' ? false : v);
const number = (v: HclValue) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v);

/** Attributes lifted to the top level, JSON documents among them as jsonencode. */
function withAttributes(x: MapContext, a: Artifact, documents: readonly string[]): HclObject {
  const { Attributes, ...rest } = resolvedObject(x, a);
  const out: HclObject = { ...rest, ...(isObject(Attributes) ? Attributes : {}) };
  const raw = (a.content.Attributes ?? {}) as Record<string, unknown>;
  for (const key of documents) if (raw[key] !== undefined) out[key] = jsonDocument(x, a, raw[key], `Attributes.${key}`);
  return out;
}

export const mapTopic: Mapper = (a, x) =>
  one(
    x,
    a,
    'aws_sns_topic',
    {
      Name: 'name',
      DisplayName: 'display_name',
      FifoTopic: { attr: 'fifo_topic', value: bool },
      ContentBasedDeduplication: { attr: 'content_based_deduplication', value: bool },
      KmsMasterKeyId: 'kms_master_key_id',
      Policy: 'policy',
      DeliveryPolicy: 'delivery_policy',
      SignatureVersion: { attr: 'signature_version', value: number },
      TracingConfig: 'tracing_config',
      Tags: tagsRule,
    },
    withAttributes(x, a, ['Policy', 'DeliveryPolicy']),
  );

export const mapSubscription: Mapper = (a, x) =>
  one(
    x,
    a,
    'aws_sns_topic_subscription',
    {
      TopicArn: 'topic_arn',
      Protocol: 'protocol',
      Endpoint: 'endpoint',
      ReturnSubscriptionArn: 'skip',
      RawMessageDelivery: { attr: 'raw_message_delivery', value: bool },
      FilterPolicy: 'filter_policy',
      FilterPolicyScope: 'filter_policy_scope',
      RedrivePolicy: 'redrive_policy',
      DeliveryPolicy: 'delivery_policy',
      SubscriptionRoleArn: 'subscription_role_arn',
    },
    withAttributes(x, a, ['FilterPolicy', 'RedrivePolicy', 'DeliveryPolicy']),
  );

export const mapRepository: Mapper = (a, x) =>
  one(x, a, 'aws_ecr_repository', {
    repositoryName: 'name',
    imageTagMutability: 'image_tag_mutability',
    imageScanningConfiguration: { block: 'image_scanning_configuration', spec: { scanOnPush: 'scan_on_push' } },
    encryptionConfiguration: { block: 'encryption_configuration', spec: { encryptionType: 'encryption_type', kmsKey: 'kms_key' } },
    tags: tagsRule,
  });

export const mapParameter: Mapper = (a, x) =>
  one(x, a, 'aws_ssm_parameter', {
    Name: 'name',
    Description: 'description',
    Value: 'value',
    Type: 'type',
    KeyId: 'key_id',
    Tier: 'tier',
    AllowedPattern: 'allowed_pattern',
    DataType: 'data_type',
    Overwrite: 'skip',
    Tags: tagsRule,
  });

export const mapFileSystem: Mapper = (a, x) =>
  one(x, a, 'aws_efs_file_system', {
    CreationToken: 'creation_token',
    PerformanceMode: 'performance_mode',
    Encrypted: 'encrypted',
    KmsKeyId: 'kms_key_id',
    ThroughputMode: 'throughput_mode',
    ProvisionedThroughputInMibps: 'provisioned_throughput_in_mibps',
    AvailabilityZoneName: 'availability_zone_name',
    Tags: tagsRule,
  });

export const mapAccessPoint: Mapper = (a, x) =>
  one(x, a, 'aws_efs_access_point', {
    ClientToken: 'skip',
    FileSystemId: 'file_system_id',
    PosixUser: { block: 'posix_user', spec: { Uid: 'uid', Gid: 'gid', SecondaryGids: 'secondary_gids' } },
    RootDirectory: {
      block: 'root_directory',
      spec: { Path: 'path', CreationInfo: { block: 'creation_info', spec: { OwnerUid: 'owner_uid', OwnerGid: 'owner_gid', Permissions: 'permissions' } } },
    },
    Tags: tagsRule,
  });

export const mapMountTarget: Mapper = (a, x) =>
  one(x, a, 'aws_efs_mount_target', { FileSystemId: 'file_system_id', SubnetId: 'subnet_id', IpAddress: 'ip_address', SecurityGroups: 'security_groups' });

export const mapDnsNamespace: Mapper = (a, x) =>
  one(x, a, 'aws_service_discovery_private_dns_namespace', { Name: 'name', Description: 'description', Vpc: 'vpc', Tags: tagsRule, CreatorRequestId: 'skip' });

/** A Cloud Map service; the provider also wants the namespace inside dns_config. */
export const mapDiscoveryService: Mapper = (a, x) => {
  const c = resolvedObject(x, a);
  if (isObject(c.DnsConfig) && c.NamespaceId !== undefined && c.DnsConfig.NamespaceId === undefined) c.DnsConfig = { NamespaceId: c.NamespaceId, ...c.DnsConfig };
  return one(
    x,
    a,
    'aws_service_discovery_service',
    {
      Name: 'name',
      Description: 'description',
      NamespaceId: 'namespace_id',
      Type: 'type',
      DnsConfig: {
        block: 'dns_config',
        spec: { NamespaceId: 'namespace_id', RoutingPolicy: 'routing_policy', DnsRecords: { block: 'dns_records', spec: { Type: 'type', TTL: 'ttl' } } },
      },
      HealthCheckConfig: { block: 'health_check_config', spec: { Type: 'type', ResourcePath: 'resource_path', FailureThreshold: 'failure_threshold' } },
      HealthCheckCustomConfig: { block: 'health_check_custom_config', spec: { FailureThreshold: 'failure_threshold' } },
      Tags: tagsRule,
      CreatorRequestId: 'skip',
    },
    c,
  );
};

/** A scheduled action, after its scalable target (which Terraform only sees through the shared service). */
export const mapScheduledAction: Mapper = (a, x) => {
  const out = one(x, a, 'aws_appautoscaling_scheduled_action', {
    ScheduledActionName: 'name',
    ServiceNamespace: 'service_namespace',
    ResourceId: 'resource_id',
    ScalableDimension: 'scalable_dimension',
    Schedule: 'schedule',
    Timezone: 'timezone',
    StartTime: 'start_time',
    EndTime: 'end_time',
    ScalableTargetAction: { block: 'scalable_target_action', spec: { MinCapacity: 'min_capacity', MaxCapacity: 'max_capacity' } },
  });
  const resourceId = a.content.ResourceId;
  const targets = typeof resourceId === 'string' ? x.mentioning(resourceId, ['scalable-target']) : [];
  if (targets.length) out[0]!.body.push({ name: 'depends_on', value: targets.map((t) => new Raw(t)) });
  return out;
};
