import type { CapacityProviderStrategyItem } from '@aws-sdk/client-ecs';
import type { Design, DesignEdge, DesignNode, NodeKind, RelationKind } from '../model/design.ts';
import { DesignIndex, type IndexReadRecorder } from '../model/graph.ts';
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
  private readonly answers = new Map<symbol, Map<string, SharedAnswer>>();
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

  /**
   * Where a service's tasks run: from its capacity edges, its literal settings, or its
   * cluster's default. Shared per pass: its task definition, its target groups and the
   * rules all ask.
   */
  serviceTargets(service: DesignNode): LaunchTarget[] {
    return this.shared(SERVICE_TARGETS, service.id, () => this.findServiceTargets(service));
  }

  private findServiceTargets(service: DesignNode): LaunchTarget[] {
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

  /**
   * An answer computed once per pass and shared by every derivation that asks for it (a
   * task definition's emitted containers are read by the definition and by its execution
   * role; a lookup table over all secrets by every role that reads one). `compute` may
   * read the design only through the index and must not depend on anything but what it
   * reads there and the account and Region; callers must not change the answer.
   *
   * While reads are recorded (incremental derive), the reads `compute` made are replayed to
   * every caller that gets the shared answer, so each node's read log still holds all its
   * artifacts depend on.
   */
  shared<T>(kind: symbol, key: string, compute: () => T): T {
    let answers = this.answers.get(kind);
    if (!answers) this.answers.set(kind, (answers = new Map()));
    const recorder = this.index.recorder;
    const found = answers.get(key);
    if (found && (!recorder || found.reads)) {
      if (recorder) for (const read of found.reads!) read(recorder);
      return found.value as T;
    }
    if (!recorder) {
      const value = compute();
      answers.set(key, { value });
      return value;
    }
    const reads: Array<(recorder: IndexReadRecorder) => void> = [];
    this.index.recorder = new TeeRecorder(recorder, reads);
    try {
      const value = compute();
      answers.set(key, { value, reads });
      return value;
    } finally {
      this.index.recorder = recorder;
    }
  }

  /** Launch targets of a task definition: the union over the services that run it. */
  taskDefinitionTargets(taskDefinitionId: string): LaunchTarget[] {
    return this.shared(TD_TARGETS, taskDefinitionId, () => {
      const targets = new Set<LaunchTarget>();
      for (const service of this.index.sources(taskDefinitionId, 'uses')) {
        for (const t of this.serviceTargets(service)) targets.add(t);
      }
      return sortTargets(targets);
    });
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

const TD_TARGETS = Symbol('task definition launch targets');
const SERVICE_TARGETS = Symbol('service launch targets');

interface SharedAnswer {
  value: unknown;
  /** The reads computing it made, kept only when they were being recorded. */
  reads?: Array<(recorder: IndexReadRecorder) => void>;
}

/** Passes every read on to the recorder in place and keeps it to replay for later callers. */
class TeeRecorder implements IndexReadRecorder {
  constructor(
    private readonly to: IndexReadRecorder,
    private readonly reads: Array<(recorder: IndexReadRecorder) => void>,
  ) {}

  node(id: string, node: DesignNode | undefined): void {
    this.to.node(id, node);
    this.reads.push((r) => r.node(id, node));
  }

  edges(direction: 'out' | 'in', id: string, kind: RelationKind | undefined, edges: readonly DesignEdge[]): void {
    this.to.edges(direction, id, kind, edges);
    this.reads.push((r) => r.edges(direction, id, kind, edges));
  }

  kinds(kinds: readonly NodeKind[], nodes: readonly DesignNode[]): void {
    this.to.kinds(kinds, nodes);
    this.reads.push((r) => r.kinds(kinds, nodes));
  }

  containers(taskDefinitionId: string, nodes: readonly DesignNode[]): void {
    this.to.containers(taskDefinitionId, nodes);
    this.reads.push((r) => r.containers(taskDefinitionId, nodes));
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
