import type { Design, DesignNode, NodeKind, RelationKind } from './design.ts';
import type { DesignIndex } from './graph.ts';

export const CAPACITY_KINDS: readonly NodeKind[] = [
  'capacity-fargate',
  'capacity-fargate-spot',
  'capacity-ec2',
  'capacity-external',
  'capacity-managed-instances',
];
export const LOAD_BALANCER_KINDS: readonly NodeKind[] = ['load-balancer-alb', 'load-balancer-nlb'];
/** What an ECS infrastructure role serves (ECS_RULES §5.1): ECS acts on their behalf with it. */
export const INFRASTRUCTURE_ROLE_USERS: readonly NodeKind[] = ['service', 'standalone-task', 'capacity-managed-instances'];
/** Data and messaging resources a task's application reaches through its task role. */
export const ACCESSED_KINDS: readonly NodeKind[] = ['s3-bucket', 'dynamodb-table', 'sqs-queue', 'sns-topic'];

export interface RelationSpec {
  kind: RelationKind;
  label: string;
  sources: readonly NodeKind[];
  targets: readonly NodeKind[];
  /** A source may have at most one relation of this kind (e.g. a container is in one task definition). */
  onePerSource: boolean;
  /** A target may have at most one relation of this kind (e.g. one task role per task definition). */
  onePerTarget: boolean;
}

/** Which relations exist, between which kinds. Kinds list them as the relations they accept. */
export const RELATIONS: Readonly<Record<RelationKind, RelationSpec>> = {
  contains: {
    kind: 'contains',
    label: 'container of',
    sources: ['container'],
    targets: ['task-definition'],
    onePerSource: true,
    onePerTarget: false,
  },
  'task-role': {
    kind: 'task-role',
    label: 'task role of',
    sources: ['role-task'],
    targets: ['task-definition'],
    onePerSource: false,
    onePerTarget: true,
  },
  'execution-role': {
    kind: 'execution-role',
    label: 'execution role of',
    sources: ['role-execution'],
    targets: ['task-definition'],
    onePerSource: false,
    onePerTarget: true,
  },
  'instance-role': {
    kind: 'instance-role',
    label: 'instance role of',
    sources: ['role-instance'],
    // Managed Instances take it as the instance profile of the instances ECS launches.
    targets: ['capacity-ec2', 'capacity-managed-instances'],
    onePerSource: false,
    onePerTarget: true,
  },
  'in-cluster': {
    kind: 'in-cluster',
    label: 'capacity of',
    sources: CAPACITY_KINDS,
    targets: ['cluster'],
    // An ASG capacity provider belongs to one cluster (ASG-ONECLUSTER), a Managed Instances
    // provider is created for one (MI-CLUSTER); FARGATE may serve many.
    onePerSource: false,
    onePerTarget: false,
  },
  'runs-in': {
    kind: 'runs-in',
    label: 'runs in',
    sources: ['service', 'standalone-task'],
    targets: ['cluster'],
    onePerSource: true,
    onePerTarget: false,
  },
  uses: {
    kind: 'uses',
    label: 'runs task definition',
    sources: ['service', 'standalone-task'],
    targets: ['task-definition'],
    onePerSource: true,
    onePerTarget: false,
  },
  capacity: {
    kind: 'capacity',
    label: 'places tasks on',
    sources: ['service', 'standalone-task'],
    targets: CAPACITY_KINDS,
    onePerSource: false,
    onePerTarget: false,
  },
  'routes-to': {
    kind: 'routes-to',
    label: 'routes to',
    sources: LOAD_BALANCER_KINDS,
    targets: ['service'],
    onePerSource: false,
    onePerTarget: false,
  },
  'in-vpc': {
    kind: 'in-vpc',
    label: 'in VPC',
    // A private DNS namespace is a Route 53 private hosted zone of one VPC.
    sources: ['subnet', 'security-group', 'cloudmap-namespace'],
    targets: ['vpc'],
    onePerSource: true,
    onePerTarget: false,
  },
  'attached-to': {
    kind: 'attached-to',
    label: 'attached to',
    sources: ['internet-gateway'],
    targets: ['vpc'],
    onePerSource: true,
    // A VPC has at most one internet gateway.
    onePerTarget: true,
  },
  'in-subnet': {
    kind: 'in-subnet',
    label: 'in subnet',
    sources: ['nat-gateway'],
    targets: ['subnet'],
    onePerSource: true,
    onePerTarget: false,
  },
  // An EC2 capacity's group launches its instances in these subnets, with these groups;
  // an EFS file system has a mount target in each of those subnets.
  'placed-in': {
    kind: 'placed-in',
    label: 'placed in',
    // EC2 and Managed Instances capacity: the subnets their instances are launched in.
    sources: ['service', 'standalone-task', ...LOAD_BALANCER_KINDS, 'capacity-ec2', 'capacity-managed-instances', 'efs-file-system'],
    targets: ['subnet'],
    onePerSource: false,
    onePerTarget: false,
  },
  // An EC2 Auto Scaling group's: the groups of its instances, which bridge and host tasks
  // share (the designer does not create the group; the SG-* rules read them). An EFS file
  // system's: the groups of its mount targets.
  'secured-by': {
    kind: 'secured-by',
    label: 'secured by',
    sources: ['service', 'standalone-task', ...LOAD_BALANCER_KINDS, 'capacity-ec2', 'capacity-managed-instances', 'efs-file-system'],
    targets: ['security-group'],
    onePerSource: false,
    onePerTarget: false,
  },
  allows: {
    kind: 'allows',
    label: 'may reach',
    sources: ['security-group'],
    targets: ['security-group'],
    onePerSource: false,
    onePerTarget: false,
  },
  accesses: {
    kind: 'accesses',
    label: 'accesses',
    sources: ['task-definition'],
    targets: ACCESSED_KINDS,
    onePerSource: false,
    onePerTarget: false,
  },
  'dead-letter': {
    kind: 'dead-letter',
    label: 'sends failed messages to',
    sources: ['sqs-queue'],
    targets: ['sqs-queue'],
    // A queue has one redrive policy, so one dead-letter queue; a DLQ may serve many queues.
    onePerSource: true,
    onePerTarget: false,
  },
  // One task per rule or schedule: its role may pass exactly that task's roles (least privilege).
  starts: {
    kind: 'starts',
    label: 'starts',
    sources: ['events-rule', 'schedule'],
    targets: ['standalone-task'],
    onePerSource: true,
    onePerTarget: false,
  },
  'reads-secret': {
    kind: 'reads-secret',
    label: 'reads',
    sources: ['container'],
    targets: ['secret', 'ssm-parameter'],
    onePerSource: false,
    onePerTarget: false,
  },
  'pulls-image': {
    kind: 'pulls-image',
    label: 'pulls its image from',
    sources: ['container'],
    targets: ['ecr-repository'],
    // A container has one image.
    onePerSource: true,
    onePerTarget: false,
  },
  // Each connection is one environmentFiles entry (an object of the bucket); ECS takes at most
  // ten per container (ENVF-FMT), and one bucket may hold the files of many containers.
  'env-file': {
    kind: 'env-file',
    label: 'loads an environment file from',
    sources: ['container'],
    targets: ['s3-bucket'],
    onePerSource: false,
    onePerTarget: false,
  },
  mounts: {
    kind: 'mounts',
    label: 'mounts',
    sources: ['task-definition'],
    targets: ['efs-file-system'],
    onePerSource: false,
    onePerTarget: false,
  },
  // A task definition takes one volume configured at launch (EBS-ONE); one volume node may serve several.
  attaches: {
    kind: 'attaches',
    label: 'attaches at launch',
    sources: ['task-definition'],
    targets: ['ebs-volume'],
    onePerSource: true,
    onePerTarget: false,
  },
  // One scalable target per service (ServiceNamespace/ResourceId/ScalableDimension is its key).
  scales: {
    kind: 'scales',
    label: 'scales',
    sources: ['service-scaling'],
    targets: ['service'],
    onePerSource: true,
    onePerTarget: true,
  },
  // The rule matches the bucket's Object Created events; the bucket sends them to EventBridge.
  triggers: {
    kind: 'triggers',
    label: 'triggers',
    sources: ['s3-bucket'],
    targets: ['events-rule'],
    onePerSource: false,
    onePerTarget: false,
  },
  subscribes: {
    kind: 'subscribes',
    label: 'delivers to',
    sources: ['sns-topic'],
    targets: ['sqs-queue'],
    onePerSource: false,
    onePerTarget: false,
  },
  // A cluster's serviceConnectDefaults.namespace, a service's serviceConnectConfiguration.namespace
  // (and, for DNS discovery, the namespace its Cloud Map service is registered in): one each.
  'in-namespace': {
    kind: 'in-namespace',
    label: 'uses namespace',
    sources: ['cluster', 'service'],
    targets: ['cloudmap-namespace'],
    onePerSource: true,
    onePerTarget: false,
  },
  // Client → server through Service Connect: the server exposes the port (services[]), the client
  // only needs Service Connect on. A service may call many and be called by many.
  calls: {
    kind: 'calls',
    label: 'calls via Service Connect',
    sources: ['service'],
    targets: ['service'],
    onePerSource: false,
    onePerTarget: false,
  },
  'infrastructure-role': {
    kind: 'infrastructure-role',
    label: 'infrastructure role of',
    sources: ['role-infrastructure'],
    // What ECS manages on the launcher's behalf: EBS volumes, Service Connect TLS, blue/green
    // traffic shifts; and the instances of a Managed Instances provider (its infrastructureRoleArn).
    targets: INFRASTRUCTURE_ROLE_USERS,
    onePerSource: false,
    onePerTarget: true,
  },
};

/** The relation kind that links these two node kinds, if any. */
export function relationBetween(source: NodeKind, target: NodeKind): RelationKind | undefined {
  for (const spec of Object.values(RELATIONS)) {
    if (spec.sources.includes(source) && spec.targets.includes(target)) return spec.kind;
  }
  return undefined;
}

export type ConnectCheck = { ok: true; kind: RelationKind } | { ok: false; reason: string };

/**
 * Whether a relation may be drawn from `source` to `target`, and if not, why (said to the
 * user). Pass the design's index when checking many pairs (the inspector lists every
 * candidate): the edge lookups are then map reads instead of scans.
 */
export function checkConnection(
  design: Pick<Design, 'nodes' | 'edges'>,
  source: DesignNode,
  target: DesignNode,
  kindLabel: (kind: NodeKind) => string,
  index?: DesignIndex,
): ConnectCheck {
  if (source.id === target.id) return { ok: false, reason: 'A node cannot be connected to itself.' };
  const kind = relationBetween(source.kind, target.kind);
  if (!kind) {
    const reverse = relationBetween(target.kind, source.kind);
    if (reverse) {
      return {
        ok: false,
        reason: `Connect from the ${kindLabel(target.kind)} to the ${kindLabel(source.kind)} instead.`,
      };
    }
    return { ok: false, reason: `${capitalise(withArticle(kindLabel(source.kind)))} cannot be connected to ${withArticle(kindLabel(target.kind))}.` };
  }
  const spec = RELATIONS[kind];
  const fromSource = index ? index.outgoing(source.id, kind) : design.edges.filter((e) => e.kind === kind && e.source === source.id);
  const intoTarget = () => (index ? index.incoming(target.id, kind) : design.edges.filter((e) => e.kind === kind && e.target === target.id));
  if (fromSource.some((e) => e.target === target.id)) {
    return { ok: false, reason: 'These two are already connected.' };
  }
  if (spec.onePerSource && fromSource.length) {
    return {
      ok: false,
      reason: `This ${kindLabel(source.kind)} is already connected to ${withArticle(kindLabel(target.kind))} (${spec.label}); remove that connection first.`,
    };
  }
  if (spec.onePerTarget && intoTarget().length) {
    return {
      ok: false,
      reason: `This ${kindLabel(target.kind)} already has a ${kindLabel(source.kind)}; remove that connection first.`,
    };
  }
  return { ok: true, kind };
}

/** "a Cluster", "an Application Load Balancer", "an EC2 Auto Scaling group". */
function withArticle(label: string): string {
  return `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
