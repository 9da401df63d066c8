import type { CapacityProviderStrategyItem } from '@aws-sdk/client-ecs';
import type { Design, DesignEdge, DesignNode, NodeKind } from '../model/design.ts';
import { DesignIndex } from '../model/graph.ts';
import type { JsonObject } from '../model/json.ts';
import { textOf } from '../model/text.ts';

export type LaunchTarget = 'FARGATE' | 'EC2' | 'EXTERNAL' | 'MANAGED_INSTANCES';
export const LAUNCH_TARGET_ORDER: readonly LaunchTarget[] = ['FARGATE', 'EC2', 'EXTERNAL', 'MANAGED_INSTANCES'];

export const FARGATE_PROVIDER = 'FARGATE';
export const FARGATE_SPOT_PROVIDER = 'FARGATE_SPOT';

/** A capacity provider strategy item as the API takes it. */
export interface StrategyItem extends JsonObject {
  capacityProvider: string;
  weight?: number;
  base?: number;
}

/**
 * What derivers share: the index over the design and answers that several artifacts
 * need (ARNs, which capacity a task definition runs on), computed once per pass.
 */
export class DeriveContext {
  readonly index: DesignIndex;
  private readonly tdTargets = new Map<string, LaunchTarget[]>();
  /** Trust policies by role kind (see trustPolicy): they depend on the account and region only. */
  readonly trustPolicies = new Map<NodeKind, JsonObject>();

  constructor(readonly design: Design) {
    this.index = new DesignIndex(design);
  }

  get accountId(): string {
    return this.design.accountId;
  }

  get region(): string {
    return this.design.region;
  }

  /** The capacity provider name of a capacity node; external capacity has none. */
  providerName(node: DesignNode): string | undefined {
    switch (node.kind) {
      case 'capacity-fargate':
        return FARGATE_PROVIDER;
      case 'capacity-fargate-spot':
        return FARGATE_SPOT_PROVIDER;
      case 'capacity-ec2':
      case 'capacity-managed-instances':
        return typeof node.data.name === 'string' ? node.data.name : undefined;
      default:
        return undefined;
    }
  }

  /** The capacity node a provider name refers to, if the design has one. */
  providerNode(name: string): DesignNode | undefined {
    if (name === FARGATE_PROVIDER) return this.index.nodesOfKind('capacity-fargate')[0];
    if (name === FARGATE_SPOT_PROVIDER) return this.index.nodesOfKind('capacity-fargate-spot')[0];
    return (
      this.index.nodesOfKind('capacity-ec2').find((n) => n.data.name === name) ??
      this.index.nodesOfKind('capacity-managed-instances').find((n) => n.data.name === name)
    );
  }

  /** Strategy items from relation edges (service → capacity, capacity → cluster default). */
  strategyItem(node: DesignNode, edgeData: JsonObject | undefined): StrategyItem | undefined {
    const provider = this.providerName(node);
    if (!provider) return undefined;
    const item: StrategyItem = { capacityProvider: provider } satisfies CapacityProviderStrategyItem;
    if (typeof edgeData?.weight === 'number') item.weight = edgeData.weight;
    if (typeof edgeData?.base === 'number') item.base = edgeData.base;
    return item;
  }

  /**
   * The cluster's default strategy: capacity edges marked `default`. A Managed Instances
   * provider is never in it: it is created after its cluster, for that cluster alone, and
   * PutClusterCapacityProviders does not take it (MI-CLUSTER).
   */
  clusterDefaultStrategy(clusterId: string): Array<{ edge: DesignEdge; node: DesignNode; item: StrategyItem }> {
    const out: Array<{ edge: DesignEdge; node: DesignNode; item: StrategyItem }> = [];
    for (const edge of this.index.incoming(clusterId, 'in-cluster')) {
      const defaults = edge.data?.defaultStrategy;
      if (!defaults || typeof defaults !== 'object' || Array.isArray(defaults)) continue;
      const node = this.index.node(edge.source)!;
      if (node.kind === 'capacity-managed-instances') continue;
      const item = this.strategyItem(node, defaults);
      if (item) out.push({ edge, node, item });
    }
    return out;
  }

  /** Where a service's tasks run: from its capacity edges, its literal settings, or its cluster's default. */
  serviceTargets(service: DesignNode): LaunchTarget[] {
    const targets = new Set<LaunchTarget>();
    const capacity = this.index.targets(service.id, 'capacity');
    if (capacity.length) {
      for (const node of capacity) targets.add(targetOfCapacity(node));
      return sortTargets(targets);
    }
    const launchType = service.data.launchType;
    // MANAGED_INSTANCES as a launch type is refused (SVC-MI-CPS), but it still says where the tasks are meant to run.
    if (launchType === 'FARGATE' || launchType === 'EC2' || launchType === 'EXTERNAL' || launchType === 'MANAGED_INSTANCES') return [launchType];
    const literal = service.data.capacityProviderStrategy;
    if (Array.isArray(literal) && literal.length) return this.literalStrategyTargets(literal);
    const cluster = this.index.target(service.id, 'runs-in');
    if (!cluster) return [];
    for (const { node } of this.clusterDefaultStrategy(cluster.id)) targets.add(targetOfCapacity(node));
    // A default strategy kept literally (it names a provider outside the design) decides too.
    const clusterLiteral = cluster.data.defaultCapacityProviderStrategy;
    if (!targets.size && Array.isArray(clusterLiteral) && clusterLiteral.length) return this.literalStrategyTargets(clusterLiteral);
    if (!targets.size) {
      // Without a default strategy a cluster of only external instances still means EXTERNAL.
      const kinds = this.index.sources(cluster.id, 'in-cluster');
      if (kinds.length && kinds.every((n) => n.kind === 'capacity-external')) targets.add('EXTERNAL');
    }
    return sortTargets(targets);
  }

  /** Launch targets of a task definition: the union over the services that run it. */
  taskDefinitionTargets(taskDefinitionId: string): LaunchTarget[] {
    // While reads are recorded (incremental derive) every caller must make its own reads,
    // or a reused answer would hide what its artifacts depend on.
    const recording = this.index.recorder !== undefined;
    const cached = recording ? undefined : this.tdTargets.get(taskDefinitionId);
    if (cached) return cached;
    const targets = new Set<LaunchTarget>();
    for (const service of this.index.sources(taskDefinitionId, 'uses')) {
      for (const t of this.serviceTargets(service)) targets.add(t);
    }
    const result = sortTargets(targets);
    if (!recording) this.tdTargets.set(taskDefinitionId, result);
    return result;
  }

  /**
   * Launch targets of a strategy written as provider names: FARGATE / FARGATE_SPOT, a
   * Managed Instances provider of the design, else an EC2 group (in the design or not).
   */
  private literalStrategyTargets(items: readonly unknown[]): LaunchTarget[] {
    const targets = new Set<LaunchTarget>();
    for (const item of items) {
      const name = (item as { capacityProvider?: unknown } | null)?.capacityProvider;
      if (typeof name !== 'string') continue;
      if (name === FARGATE_PROVIDER || name === FARGATE_SPOT_PROVIDER) targets.add('FARGATE');
      else targets.add(this.providerNode(name)?.kind === 'capacity-managed-instances' ? 'MANAGED_INSTANCES' : 'EC2');
    }
    return sortTargets(targets);
  }

  roleArn(role: DesignNode): string {
    if (typeof role.data.arn === 'string' && role.data.arn) return role.data.arn;
    return `arn:aws:iam::${this.accountId}:role/${textOf(role.data.roleName ?? role.id)}`;
  }

  impliedExecutionRoleName(family: string): string {
    return `${family}-task-execution-role`.slice(0, 64);
  }

  impliedTaskRoleName(family: string): string {
    return `${family}-task-role`.slice(0, 64);
  }

  /** Target group of one load balancer → service route. */
  targetGroupName(lb: DesignNode, edge: DesignEdge, service: DesignNode): string {
    const set = edge.data?.targetGroupName;
    if (typeof set === 'string' && set) return set;
    return `${textOf(service.data.serviceName ?? service.id)}-tg`.slice(0, 32).replace(/-+$/, '');
  }

  /**
   * Until the target group exists its ARN is unknown; the placeholder keeps the name
   * readable and uses zeros for the id AWS will assign.
   */
  targetGroupArn(lb: DesignNode, edge: DesignEdge, service: DesignNode): string {
    const arn = edge.data?.targetGroupArn;
    if (typeof arn === 'string' && arn) return arn;
    return `arn:aws:elasticloadbalancing:${this.region}:${this.accountId}:targetgroup/${this.targetGroupName(lb, edge, service)}/0000000000000000`;
  }

  loadBalancerArn(lb: DesignNode): string {
    const arn = lb.data.arn;
    if (typeof arn === 'string' && arn) return arn;
    const type = lb.kind === 'load-balancer-nlb' ? 'net' : 'app';
    return `arn:aws:elasticloadbalancing:${this.region}:${this.accountId}:loadbalancer/${type}/${textOf(lb.data.name ?? lb.id)}/0000000000000000`;
  }
}

export function targetOfCapacity(node: DesignNode): LaunchTarget {
  if (node.kind === 'capacity-ec2') return 'EC2';
  if (node.kind === 'capacity-external') return 'EXTERNAL';
  if (node.kind === 'capacity-managed-instances') return 'MANAGED_INSTANCES';
  return 'FARGATE';
}

function sortTargets(targets: Set<LaunchTarget>): LaunchTarget[] {
  return LAUNCH_TARGET_ORDER.filter((t) => targets.has(t));
}

/** A file-name-safe version of a name (names come from user input and imports). */
export function safeSegment(name: unknown, fallback: string): string {
  const text = typeof name === 'string' && name ? name : fallback;
  const safe = text.replace(/[^A-Za-z0-9_.-]/g, '_').replace(/^\.+/, '_');
  return safe.slice(0, 120) || fallback;
}
