import type { ArtifactType } from '../model/artifact.ts';

/**
 * Stable names for the resources a design creates, as templates and scripts name them
 * (CloudFormation logical ids, Terraform resource names): alphanumeric, from the name the
 * design gives the resource (its file name, which is the node's name), with what kind of
 * resource it is at the end, unique in the design. Deterministic: the same design gives
 * the same names, and renaming one node changes only its own resources' names.
 */

/** What a resource is, as a name ends (`WebCluster`, `WebService`, `WebTaskDefinition`). */
export const RESOURCE_SUFFIX: Readonly<Record<ArtifactType | 'instance-profile', string>> = {
  'task-definition': 'TaskDefinition',
  service: 'Service',
  cluster: 'Cluster',
  'capacity-provider': 'CapacityProvider',
  'iam-role': 'Role',
  'instance-profile': 'InstanceProfile',
  'load-balancer': 'LoadBalancer',
  'target-group': 'TargetGroup',
  listener: 'Listener',
  'listener-rule': 'ListenerRule',
  vpc: 'Vpc',
  subnet: 'Subnet',
  'security-group': 'SecurityGroup',
  'security-group-ingress': 'Ingress',
  'internet-gateway': 'InternetGateway',
  'internet-gateway-attachment': 'GatewayAttachment',
  'nat-gateway': 'NatGateway',
  's3-bucket': 'Bucket',
  's3-bucket-versioning': 'BucketVersioning',
  's3-bucket-encryption': 'BucketEncryption',
  's3-public-access-block': 'BucketPublicAccessBlock',
  's3-bucket-notification': 'BucketNotification',
  'dynamodb-table': 'Table',
  'dynamodb-ttl': 'TableTtl',
  'sqs-queue': 'Queue',
  'sns-topic': 'Topic',
  'run-task': 'Task',
  'events-rule': 'Rule',
  'events-targets': 'RuleTargets',
  schedule: 'Schedule',
  secret: 'Secret',
  'ssm-parameter': 'Parameter',
  'ecr-repository': 'Repository',
  'efs-file-system': 'FileSystem',
  'efs-access-point': 'AccessPoint',
  'efs-mount-target': 'MountTarget',
  'scalable-target': 'ScalableTarget',
  'scaling-policy': 'ScalingPolicy',
  'metric-alarm': 'Alarm',
  'scheduled-action': 'ScheduledAction',
  'sns-subscription': 'Subscription',
  'route-table': 'RouteTable',
  route: 'Route',
  'route-table-association': 'RouteTableAssociation',
  'launch-template': 'LaunchTemplate',
  'auto-scaling-group': 'AutoScalingGroup',
  'cloudmap-http-namespace': 'Namespace',
  'cloudmap-dns-namespace': 'Namespace',
  'cloudmap-service': 'DiscoveryService',
};

/** Longest name kept from the design's own name (CloudFormation allows 255; readable is shorter). */
const MAX_BASE = 120;

/** `web-alb_80` → `WebAlb80`: words (runs of letters and digits) with their first letter upper-cased. */
export function pascalWords(text: string): string {
  return (text.match(/[A-Za-z0-9]+/g) ?? []).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

/** The base name of a file path: `s3-buckets/logs.versioning.json` → `logs.versioning`. */
function fileStem(path: string): string {
  const file = path.slice(path.lastIndexOf('/') + 1);
  return file.endsWith('.json') ? file.slice(0, -5) : file;
}

/**
 * The name for one resource before it is made unique: its file's stem in PascalCase (a
 * companion file's `.versioning` part dropped, since the suffix says it), then the suffix
 * unless the name ends with it already (`web-cluster` → `WebCluster`, not `WebClusterCluster`).
 */
export function baseLogicalName(path: string, kind: ArtifactType | 'instance-profile', companion = false): string {
  let stem = fileStem(path);
  if (companion && stem.includes('.')) stem = stem.slice(0, stem.lastIndexOf('.'));
  const suffix = RESOURCE_SUFFIX[kind];
  let base = pascalWords(stem).slice(0, MAX_BASE);
  if (!base.endsWith(suffix)) base += suffix;
  // Logical ids are safest starting with a letter (Terraform requires it).
  return /^[A-Za-z]/.test(base) ? base : `R${base}`;
}

/** Hands out unique names in the order asked: the second `WebService` is `WebService2`. */
export class LogicalNames {
  private readonly taken = new Set<string>();

  claim(base: string): string {
    let name = base;
    for (let n = 2; this.taken.has(name); n++) name = `${base}${n}`;
    this.taken.add(name);
    return name;
  }
}
