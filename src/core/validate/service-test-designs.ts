import { addNode, connect, removeEdges, setEdgeData, setNodeField } from '../commands/design-commands.ts';
import { DeriveContext } from '../derive/context.ts';
import { derive } from '../derive/index.ts';
import type { Artifact } from '../model/artifact.ts';
import { emptyDesign, type Design, type NodeKind } from '../model/design.ts';
import type { JsonObject, JsonValue } from '../model/json.ts';
import { fargateWebSample } from '../templates/fargate-web.ts';
import { ValidateContext, type RuleModule } from './context.ts';
import type { Problem } from './types.ts';

/**
 * A design under construction for the service/cluster/capacity rule tests. Every change
 * goes through the editor's commands, so tests only build designs the editor could make.
 */
export class TestDesign {
  constructor(public design: Design = emptyDesign('test')) {}

  add(kind: NodeKind, data?: JsonObject): string {
    const r = addNode(this.design, kind, { x: 0, y: 0 }, data);
    this.design = r.design;
    return r.id!;
  }

  link(source: string, target: string, data?: JsonObject): string {
    const r = connect(this.design, source, target, data);
    if (!r.ok) throw new Error(r.reason);
    this.design = r.design;
    return r.id!;
  }

  set(id: string, path: string | string[], value: JsonValue | undefined): this {
    const r = setNodeField(this.design, id, typeof path === 'string' ? [path] : path, value);
    if (!r.ok) throw new Error(r.reason);
    this.design = r.design;
    return this;
  }

  setEdge(id: string, data: JsonObject | undefined): this {
    const r = setEdgeData(this.design, id, data);
    if (!r.ok) throw new Error(r.reason);
    this.design = r.design;
    return this;
  }

  /** Removes every relation of a kind (optionally only those leaving one node). */
  unlink(kind: string, source?: string): this {
    const ids = this.design.edges.filter((e) => e.kind === kind && (source === undefined || e.source === source)).map((e) => e.id);
    this.design = removeEdges(this.design, ids).design;
    return this;
  }

  /** Id of the first node of a kind. */
  first(kind: NodeKind): string {
    const node = this.design.nodes.find((n) => n.kind === kind);
    if (!node) throw new Error(`no ${kind} in the design`);
    return node.id;
  }

  /** Id of the edge of a kind between two nodes. */
  edge(kind: string, source: string, target: string): string {
    const edge = this.design.edges.find((e) => e.kind === kind && e.source === source && e.target === target);
    if (!edge) throw new Error(`no ${kind} edge ${source} -> ${target}`);
    return edge.id;
  }
}

/** The Fargate web sample (cluster, service `web`, task definition `web`, ALB, roles). */
export function sample(): TestDesign {
  return new TestDesign(fargateWebSample());
}

/**
 * A service on EC2 Auto Scaling group capacity running a task definition of the given
 * network mode (bridge by default) whose container listens on port 80.
 */
export function ec2Design(opts: { networkMode?: string; service?: JsonObject } = {}): TestDesign & { ids: Record<string, string> } {
  const t = new TestDesign();
  const asg = t.add('capacity-ec2', { name: 'asg-capacity', instanceType: 'm6i.large', minSize: 1, maxSize: 4, desiredCapacity: 1, managedScaling: { status: 'ENABLED', targetCapacity: 100 }, managedTerminationProtection: 'DISABLED' });
  const cluster = t.add('cluster', { clusterName: 'ec2-cluster' });
  const td = t.add('task-definition', { family: 'api', requiresCompatibilities: ['EC2'], networkMode: opts.networkMode ?? 'bridge', memory: '512' });
  const container = t.add('container', {
    name: 'api',
    image: 'public.ecr.aws/nginx/nginx:1.27',
    essential: true,
    portMappings: [{ containerPort: 80, hostPort: 0, protocol: 'tcp' }],
  });
  const service = t.add('service', { serviceName: 'api', desiredCount: 2, ...opts.service });
  t.link(asg, cluster);
  t.link(container, td);
  t.link(service, cluster);
  t.link(service, td);
  t.link(service, asg);
  return Object.assign(t, { ids: { asg, cluster, td, container, service } });
}

/**
 * A service on Managed Instances capacity: the provider connected to its cluster, an
 * infrastructure role, an instance role, two subnets and a security group; the task
 * definition leaves compatibilities and network mode to what the capacity implies.
 */
export function miDesign(opts: { td?: JsonObject; service?: JsonObject } = {}): TestDesign & { ids: Record<string, string> } {
  const t = new TestDesign();
  const mi = t.add('capacity-managed-instances', {
    name: 'mi-capacity',
    instanceLaunchTemplate: { capacityOptionType: 'ON_DEMAND', instanceRequirements: { vCpuCount: { min: 2, max: 8 }, memoryMiB: { min: 4096, max: 16384 } } },
  });
  const cluster = t.add('cluster', { clusterName: 'mi-cluster' });
  const infra = t.add('role-infrastructure', { roleName: 'ecsInfrastructureRole', managedPolicyArns: [] });
  const instance = t.add('role-instance', { roleName: 'ecsInstanceRole', managedPolicyArns: ['arn:aws:iam::aws:policy/AmazonECSInstanceRolePolicyForManagedInstances'] });
  const vpc = t.add('vpc', { name: 'main', cidrBlock: '10.0.0.0/16' });
  const subnetA = t.add('subnet', { name: 'private-a', cidrBlock: '10.0.1.0/24', availabilityZone: 'us-east-1a' });
  const subnetB = t.add('subnet', { name: 'private-b', cidrBlock: '10.0.2.0/24', availabilityZone: 'us-east-1b' });
  const sg = t.add('security-group', { groupName: 'instances', description: 'Managed Instances' });
  const td = t.add('task-definition', { family: 'api', cpu: '512', memory: '1024', ...opts.td });
  const container = t.add('container', { name: 'api', image: 'public.ecr.aws/nginx/nginx:1.27', essential: true, portMappings: [{ containerPort: 80, protocol: 'tcp' }] });
  const service = t.add('service', { serviceName: 'api', desiredCount: 2, ...opts.service });
  for (const n of [subnetA, subnetB, sg]) t.link(n, vpc);
  t.link(mi, cluster);
  t.link(infra, mi);
  t.link(instance, mi);
  t.link(mi, subnetA);
  t.link(mi, subnetB);
  t.link(mi, sg);
  t.link(container, td);
  t.link(service, cluster);
  t.link(service, td);
  t.link(service, mi);
  // awsvpc tasks need subnets of their own too (NC-REQ).
  t.link(service, subnetA);
  t.link(service, sg);
  return Object.assign(t, { ids: { mi, cluster, infra, instance, vpc, subnetA, subnetB, sg, td, container, service } });
}

/** Runs one rule module over a design (or over given artifacts), so a test sees only what its area reports. */
export function runModule(module: RuleModule, design: Design, edit?: (artifacts: Artifact[]) => void): Problem[] {
  const ctx = new DeriveContext(design);
  const artifacts = derive(design, ctx);
  edit?.(artifacts);
  const vctx = new ValidateContext(design, ctx, artifacts, (id) => module.rules[id] ?? 'error');
  module.check(vctx);
  return vctx.problems;
}

export function findings(module: RuleModule, design: Design, ruleId: string, edit?: (artifacts: Artifact[]) => void): Problem[] {
  return runModule(module, design, edit).filter((p) => p.ruleId === ruleId);
}

/** Applies a problem's quick fix (failing the test if there is none). */
export function applyFix(problem: Problem | undefined, design: Design): Design {
  if (!problem?.fix) throw new Error(`no quick fix on ${problem?.ruleId ?? 'missing problem'}`);
  return problem.fix.apply(design);
}
