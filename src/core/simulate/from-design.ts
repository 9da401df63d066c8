import { cpuArchitectureOf, instanceEnis, instanceSize, trunkedTaskLimit } from '../kinds/capacity-ec2/instance-types.ts';
import { subnetIdOf } from '../kinds/subnet/derive.ts';
import { parseCpuUnits, parseMemoryMiB } from '../derive/fargate-sizes.ts';
import { derive, DeriveContext } from '../derive/index.ts';
import type { Artifact } from '../model/artifact.ts';
import type { Design, DesignNode } from '../model/design.ts';
import { isPlainObject, type JsonObject, type JsonValue } from '../model/json.ts';
import { textOf } from '../model/text.ts';
import { DEFAULT_SETTINGS, type NetworkMode, type SimConstraint, type SimGroup, type SimInput, type SimProvider, type SimService, type SimSettings, type SimStrategy } from './types.ts';

/** The strategy switch of the simulator view: the design's own, or one of the three to compare. */
export type StrategyChoice = 'design' | 'binpack' | 'spread' | 'random';

export const STRATEGY_CHOICES: Readonly<Record<Exclude<StrategyChoice, 'design'>, SimStrategy[]>> = {
  binpack: [{ type: 'binpack', field: 'memory' }],
  spread: [
    { type: 'spread', field: 'attribute:ecs.availability-zone' },
    { type: 'spread', field: 'instanceId' },
  ],
  random: [{ type: 'random' }],
};

export interface SimulationOverrides {
  /** Desired count per service node id. */
  desiredCounts?: Readonly<Record<string, number>>;
  /** Instance count per EC2 capacity node id (the group's desired capacity otherwise). */
  instanceCounts?: Readonly<Record<string, number>>;
  strategy?: StrategyChoice;
  settings?: Partial<SimSettings>;
}

/** What the simulator of a node shows: the EC2 groups and the services placing tasks on them. */
export interface SimulationScope {
  groups: DesignNode[];
  services: DesignNode[];
}

const objects = (v: unknown): JsonObject[] => (Array.isArray(v) ? v.filter(isPlainObject) : []);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/**
 * The EC2 groups a service places on (as the validator's placementCapacity reads it): its
 * capacity connections, else its cluster's default strategy; with launch type EC2 every
 * group of its cluster. Paired with the strategy items as the service file sends them.
 */
function serviceCapacity(svc: DesignNode, ctx: DeriveContext, content: JsonObject | undefined): { groups: DesignNode[]; items: JsonObject[] } {
  const items = objects(content?.capacityProviderStrategy);
  const cluster = ctx.index.targets(svc.id, 'runs-in')[0];
  if (items.length) {
    const groups = items.map((i) => (typeof i.capacityProvider === 'string' ? ctx.providerNode(i.capacityProvider) : undefined)).filter((n): n is DesignNode => n?.kind === 'capacity-ec2');
    return { groups, items };
  }
  if (content?.launchType === 'EC2' || (!cluster && ctx.index.targets(svc.id, 'capacity').length)) {
    const linked = ctx.index.targets(svc.id, 'capacity').filter((n) => n.kind === 'capacity-ec2');
    const inCluster = cluster ? ctx.index.incoming(cluster.id, 'in-cluster').map((e) => ctx.index.node(e.source)!).filter((n) => n?.kind === 'capacity-ec2') : [];
    return { groups: linked.length ? linked : inCluster, items: [] };
  }
  if (!cluster) return { groups: [], items: [] };
  const defaults = ctx.clusterDefaultStrategy(cluster.id);
  return { groups: defaults.map((d) => d.node).filter((n) => n.kind === 'capacity-ec2'), items: defaults.map((d) => d.item) };
}

/** The groups and services to simulate for a selected EC2 capacity or service; undefined for other nodes. */
export function simulationScope(design: Design, nodeId: string, artifacts: readonly Artifact[] = derive(design)): SimulationScope | undefined {
  const ctx = new DeriveContext(design);
  const node = ctx.index.node(nodeId);
  if (!node) return undefined;
  const contentOf = serviceContents(artifacts);
  const capacityOf = (svc: DesignNode) => serviceCapacity(svc, ctx, contentOf.get(svc.id)).groups;
  const start = node.kind === 'capacity-ec2' ? [node] : node.kind === 'service' ? capacityOf(node) : [];
  if (!start.length) return undefined;
  const wanted = new Set(start.map((g) => g.id));
  const services = ctx.index.nodesOfKind('service').filter((s) => capacityOf(s).some((g) => wanted.has(g.id)));
  // The groups those services share their tasks with count too: a base or weight on another group.
  for (const s of services) for (const g of capacityOf(s)) wanted.add(g.id);
  const groups = ctx.index.nodesOfKind('capacity-ec2').filter((g) => wanted.has(g.id));
  return { groups, services };
}

function serviceContents(artifacts: readonly Artifact[]): Map<string, JsonObject> {
  const out = new Map<string, JsonObject>();
  for (const a of artifacts) if (a.nodeId && !out.has(a.nodeId) && (a.type === 'service' || a.type === 'task-definition')) out.set(a.nodeId, a.content);
  return out;
}

function groupOf(node: DesignNode, ctx: DeriveContext, count: number | undefined): SimGroup {
  const type = textOf(node.data.instanceType ?? '');
  const size = instanceSize(type);
  const enis = instanceEnis(type);
  const subnets = ctx.index.targets(node.id, 'placed-in');
  const zones: string[] = [];
  const zoneSubnets: string[] = [];
  for (const s of subnets) {
    const zone = typeof s.data.availabilityZone === 'string' && s.data.availabilityZone ? s.data.availabilityZone : undefined;
    if (!zone || zones.includes(zone)) continue;
    zones.push(zone);
    zoneSubnets.push(subnetIdOf(s));
  }
  const desired = num(node.data.desiredCapacity) ?? num(node.data.minSize) ?? 0;
  return {
    id: node.id,
    name: textOf(node.data.name ?? node.id),
    instanceType: type,
    capacity: size && enis !== undefined ? { cpu: size.vcpus * 1024, memoryMiB: size.memoryMiB, enis, trunkedTasks: trunkedTaskLimit(type) } : undefined,
    count: Math.max(0, Math.floor(count ?? desired)),
    zones,
    subnets: zoneSubnets,
    osType: textOf(node.data.amiFamily ?? '').startsWith('WINDOWS') ? 'windows' : 'linux',
    cpuArchitecture: cpuArchitectureOf(type),
  };
}

/** CPU units and MiB a task reserves: the task's size if set, else its containers' sum (memoryReservation before memory). */
function taskSize(td: JsonObject | undefined): { cpu: number; memoryMiB: number } {
  const containers = objects(td?.containerDefinitions);
  const cpu = parseCpuUnits(td?.cpu) ?? containers.reduce((n, c) => n + (num(c.cpu) ?? 0), 0);
  const memoryMiB = parseMemoryMiB(td?.memory) ?? containers.reduce((n, c) => n + (num(c.memoryReservation) ?? num(c.memory) ?? 0), 0);
  return { cpu, memoryMiB };
}

/** Static host ports: host mode binds the container port itself, bridge a hostPort above 0 (0 or none is dynamic). */
function staticPortsOf(td: JsonObject | undefined, mode: NetworkMode): number[] {
  if (mode !== 'host' && mode !== 'bridge') return [];
  const ports: number[] = [];
  for (const c of objects(td?.containerDefinitions)) {
    for (const m of objects(c.portMappings)) {
      const port = mode === 'host' ? (num(m.hostPort) ?? num(m.containerPort)) : num(m.hostPort);
      if (port && port > 0 && !ports.includes(port)) ports.push(port);
    }
  }
  return ports;
}

function strategiesOf(list: JsonValue | undefined): SimStrategy[] {
  return objects(list).flatMap((s): SimStrategy[] => {
    if (s.type === 'random') return [{ type: 'random' }];
    if (s.type === 'binpack' && (s.field === 'cpu' || s.field === 'memory')) return [{ type: 'binpack', field: s.field }];
    if (s.type === 'spread' && typeof s.field === 'string') return [{ type: 'spread', field: s.field }];
    return []; // what PL-S-* reports: ECS would refuse the service
  });
}

function constraintsOf(...lists: Array<JsonValue | undefined>): SimConstraint[] {
  return lists.flatMap((list) =>
    objects(list).flatMap((c): SimConstraint[] => {
      if (c.type === 'distinctInstance') return [{ type: 'distinctInstance' }];
      if (c.type === 'memberOf' && typeof c.expression === 'string') return [{ type: 'memberOf', expression: c.expression }];
      return [];
    }),
  );
}

/**
 * The simulator's input for a selected node: the groups at their desired capacity over the
 * zones of their subnets, and each service as its files will be sent (desired count, task
 * size, network mode and ports from the task definition, strategies, constraints, capacity
 * provider strategy), with the view's overrides laid over them. A DAEMON service runs one
 * task per instance of its groups, so it is placed first, as one task on each instance.
 */
export function simulationInput(design: Design, nodeId: string, overrides: SimulationOverrides = {}, artifacts: readonly Artifact[] = derive(design)): SimInput | undefined {
  const scope = simulationScope(design, nodeId, artifacts);
  if (!scope) return undefined;
  const ctx = new DeriveContext(design);
  const contents = serviceContents(artifacts);
  const groups = scope.groups.map((g) => groupOf(g, ctx, overrides.instanceCounts?.[g.id]));
  const sizes = new Map(groups.map((g) => [g.id, g.count]));
  const services = scope.services.map((svc): SimService & { daemon: boolean } => {
    const content = contents.get(svc.id);
    const tdNode = ctx.index.targets(svc.id, 'uses')[0];
    const td = tdNode ? contents.get(tdNode.id) : undefined;
    const { groups: placedOn, items } = serviceCapacity(svc, ctx, content);
    const daemon = content?.schedulingStrategy === 'DAEMON';
    const mode = (typeof td?.networkMode === 'string' ? td.networkMode : 'bridge') as NetworkMode;
    const providers: SimProvider[] = items.map((i) => {
      const target = typeof i.capacityProvider === 'string' ? ctx.providerNode(i.capacityProvider) : undefined;
      // No weight is 0 (CapacityProviderStrategyItem); a lone item takes every task anyway.
      return { groupId: target?.kind === 'capacity-ec2' ? target.id : textOf(i.capacityProvider ?? '?'), base: num(i.base) ?? 0, weight: num(i.weight) ?? (items.length === 1 ? 1 : 0) };
    });
    const designed = daemon ? placedOn.reduce((n, g) => n + (sizes.get(g.id) ?? 0), 0) : (num(content?.desiredCount) ?? 0);
    const strategy = overrides.strategy && overrides.strategy !== 'design' && !daemon ? STRATEGY_CHOICES[overrides.strategy] : strategiesOf(content?.placementStrategy);
    const constraints = constraintsOf(content?.placementConstraints, td?.placementConstraints);
    return {
      id: svc.id,
      name: textOf(content?.serviceName ?? svc.data.serviceName ?? svc.id),
      desiredCount: Math.max(0, Math.floor(daemon ? designed : (overrides.desiredCounts?.[svc.id] ?? designed))),
      ...taskSize(td),
      networkMode: mode,
      staticPorts: staticPortsOf(td, mode),
      strategies: daemon ? [{ type: 'spread', field: 'instanceId' }] : strategy,
      constraints: daemon ? [...constraints, { type: 'distinctInstance' }] : constraints,
      providers: daemon ? [] : providers,
      daemon,
    };
  });
  const ordered = [...services.filter((s) => s.daemon), ...services.filter((s) => !s.daemon)].map(({ daemon: _daemon, ...s }) => s);
  return { groups, services: ordered, settings: { ...DEFAULT_SETTINGS, ...overrides.settings } };
}
