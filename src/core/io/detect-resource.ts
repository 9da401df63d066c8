import type { ArtifactType } from '../model/artifact.ts';
import type { NodeKind } from '../model/design.ts';
import { isPlainObject, type JsonObject } from '../model/json.ts';

/**
 * The API inputs besides ECS's that the designer emits and can import back: for each, the
 * node kind whose main file it is (built from the file by that kind's apply), or, for a file
 * that belongs to another node (a load balancer's target group, a bucket's versioning), only
 * its artifact type: those are applied as edits once their node is in the design (io/import.ts).
 * Recognised by the input's own members; a folder name (`sns-topics/`, `secrets/`) settles
 * the inputs that share their members (CreateTopic and CreateSecret both take just a Name).
 */
export interface ResourceSignature {
  type: ArtifactType;
  /** The AWS operation, for messages. */
  operation: string;
  /** The kind whose main file it is; absent for files that belong to another node. */
  kind?: NodeKind | ((content: JsonObject) => NodeKind);
  /** The folder `ecs-designer export` writes it to. */
  folder: string;
  matches(content: JsonObject, folder: string | undefined): boolean;
}

const has = (o: JsonObject, ...keys: string[]) => keys.every((k) => o[k] !== undefined);
const tagType = (o: JsonObject): string | undefined => {
  const specs = Array.isArray(o.TagSpecifications) ? o.TagSpecifications : [];
  const first = specs.find(isPlainObject);
  return typeof first?.ResourceType === 'string' ? first.ResourceType : undefined;
};
/** For inputs whose members alone do not say what they are: the resource type they tag, or the folder they are in. */
const taggedOr = (resourceType: string, folder: string) => (o: JsonObject, f: string | undefined) => tagType(o) === resourceType || (tagType(o) === undefined && f === folder);
const onlyKeys = (o: JsonObject, allowed: readonly string[]) => Object.keys(o).every((k) => allowed.includes(k));

/** In the order they are imported: what others name (a VPC, a subnet, a group) first. */
export const RESOURCE_SIGNATURES: readonly ResourceSignature[] = [
  { type: 'vpc', operation: 'CreateVpc', kind: 'vpc', folder: 'vpcs', matches: (o, f) => has(o, 'CidrBlock') && !has(o, 'VpcId') && !has(o, 'AvailabilityZone') && taggedOr('vpc', 'vpcs')(o, f) },
  { type: 'internet-gateway', operation: 'CreateInternetGateway', kind: 'internet-gateway', folder: 'internet-gateways', matches: (o, f) => onlyKeys(o, ['TagSpecifications', 'DryRun']) && taggedOr('internet-gateway', 'internet-gateways')(o, f) },
  { type: 'subnet', operation: 'CreateSubnet', kind: 'subnet', folder: 'subnets', matches: (o, f) => has(o, 'CidrBlock') && (has(o, 'VpcId') || has(o, 'AvailabilityZone') || taggedOr('subnet', 'subnets')(o, f)) },
  { type: 'nat-gateway', operation: 'CreateNatGateway', kind: 'nat-gateway', folder: 'nat-gateways', matches: (o, f) => (has(o, 'SubnetId') && !has(o, 'FileSystemId') && !has(o, 'RouteTableId')) || (has(o, 'ConnectivityType') && taggedOr('natgateway', 'nat-gateways')(o, f)) },
  { type: 'internet-gateway-attachment', operation: 'AttachInternetGateway', folder: 'internet-gateway-attachments', matches: (o) => has(o, 'InternetGatewayId', 'VpcId') },
  { type: 'route-table', operation: 'CreateRouteTable', folder: 'route-tables', matches: (o, f) => has(o, 'VpcId') && !has(o, 'CidrBlock') && taggedOr('route-table', 'route-tables')(o, f) },
  { type: 'route', operation: 'CreateRoute', folder: 'routes', matches: (o) => has(o, 'RouteTableId') && (has(o, 'DestinationCidrBlock') || has(o, 'DestinationIpv6CidrBlock')) },
  { type: 'route-table-association', operation: 'AssociateRouteTable', folder: 'route-table-associations', matches: (o) => has(o, 'RouteTableId') && (has(o, 'SubnetId') || has(o, 'GatewayId')) },
  { type: 'security-group-ingress', operation: 'AuthorizeSecurityGroupIngress', folder: 'security-group-ingress', matches: (o) => has(o, 'GroupId') && (has(o, 'IpPermissions') || has(o, 'IpProtocol')) },
  { type: 'security-group', operation: 'CreateSecurityGroup', kind: 'security-group', folder: 'security-groups', matches: (o) => has(o, 'GroupName', 'Description') },
  {
    type: 'load-balancer',
    operation: 'CreateLoadBalancer',
    kind: (o) => (o.Type === 'network' ? 'load-balancer-nlb' : 'load-balancer-alb'),
    folder: 'load-balancers',
    matches: (o) => has(o, 'Name') && (o.Type === 'application' || o.Type === 'network' || has(o, 'Subnets') || has(o, 'SubnetMappings')) && !has(o, 'Protocol'),
  },
  { type: 'target-group', operation: 'CreateTargetGroup', folder: 'target-groups', matches: (o) => has(o, 'Name') && (has(o, 'TargetType') || has(o, 'Protocol') || has(o, 'HealthCheckPath')) },
  { type: 'listener', operation: 'CreateListener', folder: 'listeners', matches: (o) => has(o, 'LoadBalancerArn', 'DefaultActions') },
  { type: 'listener-rule', operation: 'CreateRule', folder: 'listener-rules', matches: (o) => has(o, 'ListenerArn', 'Conditions', 'Actions') },
  {
    type: 's3-bucket',
    operation: 'CreateBucket',
    kind: 's3-bucket',
    folder: 's3-buckets',
    matches: (o) => has(o, 'Bucket') && onlyKeys(o, ['Bucket', 'ACL', 'CreateBucketConfiguration', 'GrantFullControl', 'GrantRead', 'GrantReadACP', 'GrantWrite', 'GrantWriteACP', 'ObjectLockEnabledForBucket', 'ObjectOwnership']),
  },
  { type: 's3-bucket-versioning', operation: 'PutBucketVersioning', folder: 's3-buckets', matches: (o) => has(o, 'Bucket', 'VersioningConfiguration') },
  { type: 's3-bucket-encryption', operation: 'PutBucketEncryption', folder: 's3-buckets', matches: (o) => has(o, 'Bucket', 'ServerSideEncryptionConfiguration') },
  { type: 's3-public-access-block', operation: 'PutPublicAccessBlock', folder: 's3-buckets', matches: (o) => has(o, 'Bucket', 'PublicAccessBlockConfiguration') },
  { type: 's3-bucket-notification', operation: 'PutBucketNotificationConfiguration', folder: 's3-buckets', matches: (o) => has(o, 'Bucket', 'NotificationConfiguration') },
  { type: 'dynamodb-table', operation: 'CreateTable', kind: 'dynamodb-table', folder: 'dynamodb-tables', matches: (o) => has(o, 'TableName', 'KeySchema') },
  { type: 'dynamodb-ttl', operation: 'UpdateTimeToLive', folder: 'dynamodb-tables', matches: (o) => has(o, 'TableName', 'TimeToLiveSpecification') },
  { type: 'sqs-queue', operation: 'CreateQueue', kind: 'sqs-queue', folder: 'sqs-queues', matches: (o) => has(o, 'QueueName') },
  { type: 'sns-subscription', operation: 'Subscribe', folder: 'sns-subscriptions', matches: (o) => has(o, 'TopicArn', 'Protocol') },
  {
    type: 'sns-topic',
    operation: 'CreateTopic',
    kind: 'sns-topic',
    folder: 'sns-topics',
    matches: (o, f) => has(o, 'Name') && onlyKeys(o, ['Name', 'Attributes', 'Tags', 'DataProtectionPolicy']) && (has(o, 'Attributes') || has(o, 'DataProtectionPolicy') || f === 'sns-topics'),
  },
  {
    type: 'secret',
    operation: 'CreateSecret',
    kind: 'secret',
    folder: 'secrets',
    matches: (o, f) =>
      has(o, 'Name') &&
      onlyKeys(o, ['Name', 'ClientRequestToken', 'Description', 'KmsKeyId', 'SecretBinary', 'SecretString', 'Tags', 'AddReplicaRegions', 'ForceOverwriteReplicaSecret']) &&
      (f === 'secrets' || Object.keys(o).length > 1),
  },
  { type: 'ssm-parameter', operation: 'PutParameter', kind: 'ssm-parameter', folder: 'ssm-parameters', matches: (o) => has(o, 'Name', 'Value') },
  { type: 'ecr-repository', operation: 'CreateRepository', kind: 'ecr-repository', folder: 'ecr-repositories', matches: (o) => has(o, 'repositoryName') },
  { type: 'efs-file-system', operation: 'CreateFileSystem', kind: 'efs-file-system', folder: 'efs-file-systems', matches: (o) => has(o, 'CreationToken') },
  { type: 'efs-access-point', operation: 'CreateAccessPoint', folder: 'efs-access-points', matches: (o) => has(o, 'FileSystemId') && !has(o, 'SubnetId') },
  { type: 'efs-mount-target', operation: 'CreateMountTarget', folder: 'efs-mount-targets', matches: (o) => has(o, 'FileSystemId', 'SubnetId') },
  {
    type: 'cloudmap-http-namespace',
    operation: 'CreateHttpNamespace / CreatePrivateDnsNamespace',
    kind: 'cloudmap-namespace',
    folder: 'cloudmap-namespaces',
    matches: (o, f) => f === 'cloudmap-namespaces' && has(o, 'Name') && onlyKeys(o, ['Name', 'Description', 'Tags', 'Vpc', 'Properties', 'CreatorRequestId']),
  },
  {
    type: 'run-task',
    operation: 'RunTask',
    kind: 'standalone-task',
    folder: 'tasks',
    // What RunTask takes and CreateService does not; StartTask (containerInstances) and CreateTaskSet (service) are not tasks we draw.
    matches: (o, f) => (has(o, 'count') || has(o, 'overrides') || has(o, 'startedBy') || f === 'tasks') && !has(o, 'serviceName') && !has(o, 'service') && !has(o, 'containerInstances') && !has(o, 'externalId'),
  },
  { type: 'events-rule', operation: 'PutRule', kind: 'events-rule', folder: 'eventbridge-rules', matches: (o) => has(o, 'Name') && (has(o, 'EventPattern') || has(o, 'ScheduleExpression')) && !has(o, 'Target') },
  { type: 'events-targets', operation: 'PutTargets', folder: 'eventbridge-rules', matches: (o) => has(o, 'Rule', 'Targets') },
  { type: 'schedule', operation: 'CreateSchedule', kind: 'schedule', folder: 'schedules', matches: (o) => has(o, 'Name', 'ScheduleExpression', 'Target', 'FlexibleTimeWindow') },
  { type: 'iam-role', operation: 'CreateRole', folder: 'iam-roles', matches: (o) => has(o, 'RoleName', 'AssumeRolePolicyDocument') },
  { type: 'scalable-target', operation: 'RegisterScalableTarget', kind: 'service-scaling', folder: 'scalable-targets', matches: (o) => has(o, 'ServiceNamespace', 'ResourceId', 'ScalableDimension') && !has(o, 'PolicyName') && !has(o, 'ScheduledActionName') },
  { type: 'scaling-policy', operation: 'PutScalingPolicy', folder: 'scaling-policies', matches: (o) => has(o, 'PolicyName', 'ServiceNamespace', 'ResourceId') },
  { type: 'scheduled-action', operation: 'PutScheduledAction', folder: 'scheduled-actions', matches: (o) => has(o, 'ScheduledActionName', 'ServiceNamespace') },
  { type: 'launch-template', operation: 'CreateLaunchTemplate', folder: 'ec2-launch-templates', matches: (o) => has(o, 'LaunchTemplateName', 'LaunchTemplateData') },
  { type: 'auto-scaling-group', operation: 'CreateAutoScalingGroup', folder: 'ec2-auto-scaling-groups', matches: (o) => has(o, 'AutoScalingGroupName', 'MinSize', 'MaxSize') },
];

/** The folder a file is in, as `ecs-designer export` names folders (the last directory of its name). */
export function folderOf(fileName: string): string | undefined {
  const parts = fileName.replace(/\\/g, '/').split('/');
  return parts.length > 1 ? parts[parts.length - 2] : undefined;
}

export function detectResource(content: JsonObject, fileName: string): ResourceSignature | undefined {
  const folder = folderOf(fileName);
  return RESOURCE_SIGNATURES.find((s) => s.matches(content, folder));
}

/**
 * The role node a CreateRole input is, by who may assume it: ECS tasks (the execution role when
 * an imported task definition names it as such, else the task role), EC2 instances, or ECS
 * itself (the infrastructure role). Roles for EventBridge and the Scheduler are derived from
 * their rule or schedule: undefined, the file then belongs to that node.
 */
export function roleKind(content: JsonObject, executionRoleNames: ReadonlySet<string>): NodeKind | undefined {
  const document = isPlainObject(content.AssumeRolePolicyDocument) ? content.AssumeRolePolicyDocument : {};
  const statements = Array.isArray(document.Statement) ? document.Statement.filter(isPlainObject) : [];
  const services = statements.flatMap((s) => {
    const service = isPlainObject(s.Principal) ? s.Principal.Service : undefined;
    return Array.isArray(service) ? service : [service];
  });
  if (services.includes('ecs-tasks.amazonaws.com')) return executionRoleNames.has(String(content.RoleName)) ? 'role-execution' : 'role-task';
  if (services.includes('ec2.amazonaws.com')) return 'role-instance';
  if (services.includes('ecs.amazonaws.com')) return 'role-infrastructure';
  return undefined;
}
