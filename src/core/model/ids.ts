import type { Design, NodeKind } from './design.ts';

/** Short prefixes keep ids readable in the design file and in tests. */
const PREFIX: Record<NodeKind | 'edge', string> = {
  'capacity-fargate': 'fg',
  'capacity-fargate-spot': 'fgspot',
  'capacity-ec2': 'asg',
  'capacity-external': 'ext',
  'capacity-managed-instances': 'mi',
  cluster: 'cluster',
  service: 'svc',
  'task-definition': 'td',
  container: 'ctr',
  'load-balancer-alb': 'alb',
  'load-balancer-nlb': 'nlb',
  'role-task': 'taskrole',
  'role-execution': 'execrole',
  'role-instance': 'instrole',
  vpc: 'vpc',
  subnet: 'subnet',
  'security-group': 'sg',
  'internet-gateway': 'igw',
  'nat-gateway': 'nat',
  's3-bucket': 'bucket',
  'dynamodb-table': 'table',
  'sqs-queue': 'queue',
  'sns-topic': 'topic',
  'standalone-task': 'task',
  'events-rule': 'rule',
  schedule: 'schedule',
  secret: 'secret',
  'ssm-parameter': 'param',
  'ecr-repository': 'ecr',
  'efs-file-system': 'efs',
  'service-scaling': 'scaling',
  'role-infrastructure': 'infrarole',
  edge: 'e',
};

/**
 * A new id not used in the design. Deterministic (next free number for the prefix) so
 * that the same command on the same design gives the same result.
 */
export function newId(design: Pick<Design, 'nodes' | 'edges'>, kind: NodeKind | 'edge', taken?: Set<string>): string {
  const used = taken ?? new Set([...design.nodes.map((n) => n.id), ...design.edges.map((e) => e.id)]);
  const prefix = PREFIX[kind];
  let n = 1;
  while (used.has(`${prefix}-${n}`)) n++;
  const id = `${prefix}-${n}`;
  used.add(id);
  return id;
}

/** A name not yet used, from a base: web, web-2, web-3, ... */
export function uniqueName(base: string, used: Set<string>): string {
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
