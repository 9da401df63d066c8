import type { JsonObject } from './json.ts';
import type { TemplateOrigin } from './template-origin.ts';

/**
 * The design document: the single source of truth. Everything else (ECS artifacts,
 * problems, the canvas) is computed from it. Plain, JSON-serialisable data.
 */
export const DESIGN_VERSION = 1;

export const NODE_KINDS = [
  'capacity-fargate',
  'capacity-fargate-spot',
  'capacity-ec2',
  'capacity-external',
  'capacity-managed-instances',
  'cluster',
  'service',
  'task-definition',
  'container',
  'load-balancer-alb',
  'load-balancer-nlb',
  'role-task',
  'role-execution',
  'role-instance',
  'vpc',
  'subnet',
  'security-group',
  'internet-gateway',
  'nat-gateway',
  'cloudmap-namespace',
  's3-bucket',
  'dynamodb-table',
  'sqs-queue',
  'sns-topic',
  'standalone-task',
  'events-rule',
  'schedule',
  'secret',
  'ssm-parameter',
  'ecr-repository',
  'efs-file-system',
  'ebs-volume',
  'service-scaling',
  'role-infrastructure',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const RELATION_KINDS = [
  'contains', // container -> task definition
  'task-role', // task role -> task definition
  'execution-role', // task execution role -> task definition
  'instance-role', // container instance role -> EC2 or Managed Instances capacity
  'in-cluster', // capacity -> cluster
  'runs-in', // service or standalone task -> cluster
  'uses', // service or standalone task -> task definition
  'capacity', // service or standalone task -> capacity (base/weight)
  'routes-to', // load balancer -> service (container + port)
  'in-vpc', // subnet or security group -> VPC
  'attached-to', // internet gateway -> VPC
  'in-subnet', // NAT gateway -> subnet
  'allows', // security group -> security group it may reach (protocol, ports)
  'placed-in', // service, load balancer, EC2 / Managed Instances capacity or EFS file system (a mount target) -> subnet
  'secured-by', // service, load balancer, EC2 / Managed Instances capacity (its instances) or EFS (its mount targets) -> security group
  'accesses', // task definition -> bucket / table / queue / topic (access: read | write | read-write)
  'dead-letter', // SQS queue -> its dead-letter queue (maxReceiveCount)
  'starts', // EventBridge rule or Scheduler schedule -> standalone task
  'reads-secret', // container -> secret or SSM parameter (variable name, JSON key)
  'pulls-image', // container -> ECR repository (tag or digest)
  'env-file', // container -> S3 bucket holding an environment file it loads (object key)
  'mounts', // task definition -> EFS file system (volume name, access point, encryption)
  'attaches', // task definition -> EBS volume configured at launch (one per task definition)
  'scales', // service auto scaling -> service
  'triggers', // S3 bucket -> EventBridge rule its Object Created events match
  'subscribes', // SNS topic -> SQS queue it delivers to (subscription Attributes)
  'in-namespace', // cluster (Service Connect default) or service -> Cloud Map namespace (discovery: Service Connect, DNS or both)
  'calls', // service (client) -> service (server) it reaches through Service Connect (port name, alias, timeouts, TLS)
  'infrastructure-role', // ECS infrastructure role -> service or standalone task (EBS volumes, Service Connect TLS, blue/green load balancer changes)
] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export interface Position {
  x: number;
  y: number;
}

export interface DesignNode {
  id: string;
  kind: NodeKind;
  position: Position;
  /** Kind-specific data; see the kind's module for its shape. */
  data: JsonObject;
  /**
   * A name for the canvas only, when the data has none: a service imported from a file
   * without serviceName is called after the file. Never exported.
   */
  label?: string;
}

export interface DesignEdge {
  id: string;
  kind: RelationKind;
  source: string;
  target: string;
  /** Relation data, e.g. a capacity provider's base/weight. */
  data?: JsonObject;
}

export interface Design {
  version: typeof DESIGN_VERSION;
  name: string;
  /** AWS Region the definitions are for (awslogs-region, ARNs). */
  region: string;
  /** Account id used to build ARNs of resources the design creates. */
  accountId: string;
  nodes: DesignNode[];
  edges: DesignEdge[];
  /** Imported from a CloudFormation template: its expressions, exported again where their values still stand. */
  cloudFormation?: TemplateOrigin;
}

export const PLACEHOLDER_ACCOUNT_ID = '123456789012';

export function emptyDesign(name = 'Untitled design'): Design {
  return {
    version: DESIGN_VERSION,
    name,
    region: 'us-east-1',
    accountId: PLACEHOLDER_ACCOUNT_ID,
    nodes: [],
    edges: [],
  };
}
