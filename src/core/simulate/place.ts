import { buildFleet, type Fleet } from './instances.ts';
import { compileMemberOf } from './member-of.ts';
import { splitByProviders } from './provider-split.ts';
import { seededRandom } from './random.ts';
import type { PendingStage, PendingTask, PlacedTask, ServiceOutcome, SimInput, SimInstance, SimResult, SimService, SimStrategy } from './types.ts';

/** What a service gets when it sets no strategy (ECS_RULES PL-DEF). */
export const SERVICE_DEFAULT_STRATEGY: readonly SimStrategy[] = [{ type: 'spread', field: 'attribute:ecs.availability-zone' }];

/**
 * Places each service's tasks one at a time the way the ECS guide describes ("Use
 * strategies to define Amazon ECS task placement"): keep the instances with the CPU,
 * memory, ENI and host ports the task needs, then those that meet its constraints, then
 * let the strategies choose in order, each narrowing the ties of the one before. Where the
 * strategies leave a tie the first instance in launch order wins (ECS takes any of them),
 * and random draws from a seeded generator: the same input always places the same way.
 *
 * Each task looks at each instance of its pool once per step: O(tasks × instances ×
 * strategies), with the counts spread reads kept up to date as tasks land.
 */
export function simulatePlacement(input: SimInput): SimResult {
  const fleet = buildFleet(input.groups, input.settings);
  const random = seededRandom(input.settings.seed);
  const reservedPorts = new Set(input.settings.reservedPorts);
  const tasks: PlacedTask[][] = Array.from({ length: fleet.size }, () => []);
  const pending: PendingTask[] = [];
  const outcomes: ServiceOutcome[] = [];
  const groupIndex = new Map(input.groups.map((g, i) => [g.id, i]));
  const candidates = new Int32Array(fleet.size);
  const serviceCount = new Int32Array(fleet.size);

  for (const service of input.services) {
    serviceCount.fill(0);
    const plan = planService(service, fleet, input);
    const split = service.providers.length ? splitByProviders(service.desiredCount, service.providers) : new Array<number>(service.desiredCount).fill(-2);
    // Once a pool has no room for a task of this service it has none for the next: nothing
    // in it changes until a task lands there.
    const full = new Map<number, { stage: PendingStage; reason: string }>();
    let placed = 0;
    for (let n = 1; n <= split.length; n++) {
      const providerAt = split[n - 1]!;
      const provider = providerAt >= 0 ? service.providers[providerAt] : undefined;
      const gi = provider ? groupIndex.get(provider.groupId) : undefined;
      if (providerAt === -1 || (provider && gi === undefined)) {
        const reason = providerAt === -1 ? 'every capacity provider past its base has weight 0, so no provider takes this task' : `capacity provider ${provider!.groupId} is not an EC2 group of this simulation`;
        pending.push({ serviceId: service.id, n, stage: 'no-provider', reason });
        continue;
      }
      const [start, end] = gi === undefined ? [0, fleet.size] : fleet.ranges[gi]!;
      const known = full.get(gi ?? -1);
      if (known) {
        pending.push({ serviceId: service.id, n, groupId: provider?.groupId, ...known });
        continue;
      }
      let count = 0;
      for (let i = start; i < end; i++) if (plan.fits(i, serviceCount)) candidates[count++] = i;
      if (!count) {
        const why = diagnose(service, plan, fleet, start, end, serviceCount, reservedPorts);
        full.set(gi ?? -1, why);
        pending.push({ serviceId: service.id, n, groupId: provider?.groupId, ...why });
        continue;
      }
      const chosen = choose(plan, fleet, candidates, count, serviceCount, random);
      plan.take(chosen, serviceCount);
      tasks[chosen]!.push({ serviceId: service.id, n });
      placed++;
    }
    outcomes.push({ serviceId: service.id, name: service.name, placed, pending: service.desiredCount - placed, steps: describe(service, plan, input, split, placed) });
  }
  return { instances: instancesOf(fleet, tasks, input.groups.map((g) => g.id)), pending, services: outcomes };
}

/** A service's needs turned into checks on fleet slots. */
interface Plan {
  strategies: readonly SimStrategy[];
  defaulted: boolean;
  /** memberOf results per instance (1 = member), all constraints and-ed; undefined when none. */
  members: Uint8Array | undefined;
  notEvaluated: string[];
  distinct: boolean;
  /** Per spread attribute strategy: the value index of each instance and the service's tasks per value. */
  spreads: Array<{ valueOf: Int32Array; counts: Int32Array } | undefined>;
  fits(i: number, serviceCount: Int32Array): boolean;
  take(i: number, serviceCount: Int32Array): void;
}

function planService(service: SimService, fleet: Fleet, input: SimInput): Plan {
  const { cpu, memoryMiB: memory, staticPorts } = service;
  const awsvpc = service.networkMode === 'awsvpc';
  const reserved = new Set(input.settings.reservedPorts);
  const defaulted = service.strategies.length === 0;
  const strategies = defaulted ? SERVICE_DEFAULT_STRATEGY : service.strategies;
  const notEvaluated: string[] = [];
  let members: Uint8Array | undefined;
  for (const c of service.constraints) {
    if (c.type !== 'memberOf') continue;
    const compiled = compileMemberOf(c.expression);
    if (!compiled.ok) {
      notEvaluated.push(`memberOf(${c.expression}) is not evaluated (${compiled.reason}) and places anywhere`);
      continue;
    }
    members ??= new Uint8Array(fleet.size).fill(1);
    for (let i = 0; i < fleet.size; i++) {
      const attrs = fleet.attributes[i]!;
      if (members[i] && !compiled.test((name) => attrs[name])) members[i] = 0;
    }
  }
  const distinct = service.constraints.some((c) => c.type === 'distinctInstance');
  const spreads = strategies.map((s) => {
    if (s.type !== 'spread' || s.field === 'instanceId' || s.field === 'host') return undefined;
    const name = s.field.startsWith('attribute:') ? s.field.slice('attribute:'.length) : s.field;
    const index = new Map<string | undefined, number>();
    const valueOf = new Int32Array(fleet.size);
    for (let i = 0; i < fleet.size; i++) {
      const v = fleet.attributes[i]![name];
      let at = index.get(v);
      if (at === undefined) index.set(v, (at = index.size));
      valueOf[i] = at;
    }
    return { valueOf, counts: new Int32Array(index.size) };
  });
  const portsFree = (i: number) => {
    const used = fleet.ports[i];
    for (const p of staticPorts) if (reserved.has(p) || used?.has(p)) return false;
    return true;
  };
  return {
    strategies,
    defaulted,
    members,
    notEvaluated,
    distinct,
    spreads,
    fits(i, serviceCount) {
      return (
        fleet.known[i] === 1 &&
        fleet.freeCpu[i]! >= cpu &&
        fleet.freeMemory[i]! >= memory &&
        (!awsvpc || fleet.freeEnis[i]! >= 1) &&
        (staticPorts.length === 0 || portsFree(i)) &&
        (members === undefined || members[i] === 1) &&
        (!distinct || serviceCount[i] === 0)
      );
    },
    take(i, serviceCount) {
      fleet.freeCpu[i]! -= cpu;
      fleet.freeMemory[i]! -= memory;
      if (awsvpc) fleet.freeEnis[i]! -= 1;
      if (staticPorts.length) {
        const used = (fleet.ports[i] ??= new Set());
        for (const p of staticPorts) used.add(p);
      }
      serviceCount[i]!++;
      for (const s of spreads) if (s) s.counts[s.valueOf[i]!]!++;
    },
  };
}

/** The strategies in order, each keeping the best of what the one before kept. */
function choose(plan: Plan, fleet: Fleet, candidates: Int32Array, count: number, serviceCount: Int32Array, random: () => number): number {
  let n = count;
  for (let s = 0; s < plan.strategies.length && n > 1; s++) {
    const strategy = plan.strategies[s]!;
    if (strategy.type === 'random') return candidates[Math.floor(random() * n)]!;
    const key = keyOf(strategy, fleet, plan.spreads[s], serviceCount);
    let best = Infinity;
    for (let k = 0; k < n; k++) best = Math.min(best, key(candidates[k]!));
    let kept = 0;
    for (let k = 0; k < n; k++) if (key(candidates[k]!) === best) candidates[kept++] = candidates[k]!;
    n = kept;
  }
  return candidates[0]!;
}

function keyOf(strategy: SimStrategy, fleet: Fleet, spread: Plan['spreads'][number], serviceCount: Int32Array): (i: number) => number {
  if (strategy.type === 'binpack') {
    // Least of the resource left: the fullest instance first.
    const free = strategy.field === 'cpu' ? fleet.freeCpu : fleet.freeMemory;
    return (i) => free[i]!;
  }
  if (spread) return (i) => spread.counts[spread.valueOf[i]!]!;
  return (i) => serviceCount[i]!;
}

const mib = (n: number) => `${n} MiB`;

/**
 * Why no instance of the pool takes the task: the filters in ECS's order (resources and
 * ports, then constraints), and the first that leaves none. The message names the closest
 * instance where that helps, as ECS's "unable to place a task" service event does.
 */
function diagnose(service: SimService, plan: Plan, fleet: Fleet, start: number, end: number, serviceCount: Int32Array, reserved: Set<number>): { stage: PendingStage; reason: string } {
  if (start === end) return { stage: 'no-instances', reason: 'the group has no instances (desired capacity 0)' };
  let left: number[] = [];
  for (let i = start; i < end; i++) if (fleet.known[i]) left.push(i);
  if (!left.length) return { stage: 'unknown-size', reason: 'the size of the instance type is not known to the designer, so nothing is placed on it' };
  const max = (list: number[], of: Int32Array) => list.reduce((m, i) => Math.max(m, of[i]!), 0);
  const steps: Array<[PendingStage, (i: number) => boolean, () => string]> = [
    ['cpu', (i) => fleet.freeCpu[i]! >= service.cpu, () => `no instance has ${service.cpu} CPU units free (the most free is ${max(left, fleet.freeCpu)})`],
    ['memory', (i) => fleet.freeMemory[i]! >= service.memoryMiB, () => `no instance has ${mib(service.memoryMiB)} of memory free (the most free is ${mib(max(left, fleet.freeMemory))})`],
    [
      'eni',
      (i) => service.networkMode !== 'awsvpc' || fleet.freeEnis[i]! >= 1,
      () => `awsvpc: every instance with room has used its ${max(left, fleet.totalEnis)} task ENIs (one of its network interfaces is its own)`,
    ],
    [
      'ports',
      (i) => service.staticPorts.every((p) => !reserved.has(p) && !fleet.ports[i]?.has(p)),
      () => {
        const taken = service.staticPorts.filter((p) => reserved.has(p));
        return taken.length
          ? `host port ${taken.join(', ')} is reserved by the ECS agent on every instance`
          : `host port ${service.staticPorts.join(', ')} is already bound on every instance with room (a static port runs one task per instance)`;
      },
    ],
  ];
  for (const c of service.constraints) {
    if (c.type === 'memberOf' && plan.members) {
      steps.push(['memberOf', (i) => plan.members![i] === 1, () => `no instance with room matches memberOf(${c.expression})`]);
    } else if (c.type === 'distinctInstance') {
      steps.push(['distinctInstance', (i) => serviceCount[i] === 0, () => 'distinctInstance: every instance with room already runs a task of this service']);
    }
  }
  for (const [stage, keep, say] of steps) {
    const next = left.filter(keep);
    if (!next.length) return { stage, reason: say() };
    left = next;
  }
  return { stage: 'memberOf', reason: 'no instance meets all the constraints together' };
}

function strategyText(s: SimStrategy): string {
  return s.type === 'random' ? 'random' : `${s.type}(${s.field})`;
}

function describe(service: SimService, plan: Plan, input: SimInput, split: number[], placed: number): string[] {
  const steps: string[] = [];
  const ports = service.staticPorts.length ? `, host port ${service.staticPorts.join(', ')}` : service.networkMode === 'bridge' ? ', dynamic host ports' : '';
  steps.push(`${service.desiredCount} task${service.desiredCount === 1 ? '' : 's'} of ${service.cpu} CPU units and ${mib(service.memoryMiB)} (${service.networkMode}${ports}).`);
  if (service.providers.length) {
    const names = new Map(input.groups.map((g) => [g.id, g.name]));
    const per = service.providers.map((p, i) => `${names.get(p.groupId) ?? p.groupId} ${split.filter((x) => x === i).length}`);
    const items = service.providers.map((p) => `${names.get(p.groupId) ?? p.groupId} base ${p.base} weight ${p.weight}`);
    steps.push(`Capacity provider strategy ${items.join(', ')}: the base first, the rest by weight → ${per.join(', ')}.`);
  } else {
    steps.push('No capacity provider strategy: any instance of the groups may take a task.');
  }
  const needs = [`${service.cpu} CPU units`, `${mib(service.memoryMiB)} free`];
  if (service.networkMode === 'awsvpc') needs.push(input.settings.trunking ? 'a free branch ENI (trunking on)' : 'a free ENI');
  if (service.staticPorts.length) needs.push(`host port ${service.staticPorts.join(', ')} unbound`);
  steps.push(`1. Resources and ports: keep instances with ${needs.join(', ')}.`);
  const constraints = service.constraints.map((c) => (c.type === 'distinctInstance' ? 'distinctInstance (one task per instance)' : `memberOf(${c.expression})`));
  steps.push(constraints.length ? `2. Constraints: keep those meeting ${constraints.join(' and ')}.` : '2. Constraints: none.');
  for (const note of plan.notEvaluated) steps.push(`   ${note}.`);
  const order = plan.strategies.map(strategyText).join(', then ');
  steps.push(`3. Strategies in order: ${order}${plan.defaulted ? ' (the service default: none is set)' : ''}; a tie left goes to the first instance in launch order.`);
  const missing = service.desiredCount - placed;
  steps.push(missing ? `Placed ${placed} of ${service.desiredCount}; ${missing} stay PENDING.` : `Placed all ${placed}.`);
  return steps;
}

function instancesOf(fleet: Fleet, tasks: PlacedTask[][], groupIds: string[]): SimInstance[] {
  const out: SimInstance[] = [];
  for (let i = 0; i < fleet.size; i++) {
    out.push({
      id: fleet.ids[i]!,
      groupId: groupIds[fleet.group[i]!]!,
      zone: fleet.zone[i]!,
      instanceType: fleet.attributes[i]!['ecs.instance-type']!,
      cpu: { total: fleet.totalCpu[i]!, used: fleet.totalCpu[i]! - fleet.freeCpu[i]! },
      memory: { total: fleet.totalMemory[i]!, used: fleet.totalMemory[i]! - fleet.freeMemory[i]! },
      enis: { total: fleet.totalEnis[i]!, used: fleet.totalEnis[i]! - fleet.freeEnis[i]! },
      ports: [...(fleet.ports[i] ?? [])].sort((a, b) => a - b),
      tasks: tasks[i]!,
    });
  }
  return out;
}
