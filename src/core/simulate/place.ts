export { SERVICE_DEFAULT_STRATEGY } from './plan.ts';
import { buildFleet, type Fleet } from './instances.ts';
import { Key, keyAt, planService, type Plan } from './plan.ts';
import { poolFor, type Pool } from './pools.ts';
import { splitByProviders } from './provider-split.ts';
import { seededRandom } from './random.ts';
import type { PendingStage, PendingTask, PlacedTask, ServiceOutcome, SimInput, SimInstance, SimResult, SimService, SimStrategy } from './types.ts';


/**
 * Places each service's tasks one at a time the way the ECS guide describes ("Use
 * strategies to define Amazon ECS task placement"): keep the instances with the CPU,
 * memory, ENI and host ports the task needs, then those that meet its constraints, then
 * let the strategies choose in order, each narrowing the ties of the one before. Where the
 * strategies leave a tie the first instance in launch order wins (ECS takes any of them),
 * and random draws from a seeded generator: the same input always places the same way.
 *
 * The common strategy lists choose through pools.ts in O(log instances) per task; the rest
 * look at every instance of the pool once per task (`scan`, which tests also use to check
 * that both ways choose the same instances).
 */
export function simulatePlacement(input: SimInput, options: { scan?: boolean } = {}): SimResult {
  const fleet = buildFleet(input.groups, input.settings);
  const random = seededRandom(input.settings.seed);
  const reservedPorts = new Set(input.settings.reservedPorts);
  const tasks: PlacedTask[][] = Array.from({ length: fleet.size }, () => []);
  const pending: PendingTask[] = [];
  const outcomes: ServiceOutcome[] = [];
  const groupIndex = new Map(input.groups.map((g, i) => [g.id, i]));
  const tied = new Int32Array(fleet.size);
  const serviceCount = new Int32Array(fleet.size);

  for (const service of input.services) {
    serviceCount.fill(0);
    const plan = planService(service, fleet, reservedPorts, serviceCount);
    const split = service.providers.length ? splitByProviders(service.desiredCount, service.providers) : new Array<number>(service.desiredCount).fill(-2);
    // Once a pool has no room for a task of this service it has none for the next: nothing
    // in it changes until a task of this service lands there.
    const full = new Map<number, { stage: PendingStage; reason: string }>();
    const pools = new Map<number, Pool | undefined>();
    let placed = 0;
    let elsewhere = 0;
    for (let n = 1; n <= split.length; n++) {
      const providerAt = split[n - 1]!;
      const provider = providerAt >= 0 ? service.providers[providerAt] : undefined;
      const gi = provider ? groupIndex.get(provider.groupId) : undefined;
      if (provider && gi === undefined) {
        // Fargate or another provider: its tasks run, just not on the instances simulated.
        elsewhere++;
        continue;
      }
      if (providerAt === -1) {
        pending.push({ serviceId: service.id, n, stage: 'no-provider', reason: 'every capacity provider past its base has weight 0, so no provider takes this task' });
        continue;
      }
      const known = full.get(gi ?? -1);
      if (known) {
        pending.push({ serviceId: service.id, n, groupId: provider?.groupId, ...known });
        continue;
      }
      const [start, end] = gi === undefined ? [0, fleet.size] : fleet.ranges[gi]!;
      let pool = pools.get(gi ?? -1);
      if (!pools.has(gi ?? -1) && !options.scan) pools.set(gi ?? -1, (pool = poolFor(plan, fleet, start, end, random, service.desiredCount)));
      const chosen = plan.blocked ? -1 : pool ? pool.choose() : choose(plan, fleet, start, end, tied, random);
      if (chosen < 0) {
        const why = diagnose(service, plan, fleet, start, end, serviceCount, reservedPorts);
        full.set(gi ?? -1, why);
        pending.push({ serviceId: service.id, n, groupId: provider?.groupId, ...why });
        continue;
      }
      plan.take(chosen);
      pool?.placed(chosen);
      tasks[chosen]!.push({ serviceId: service.id, n });
      placed++;
    }
    outcomes.push({ serviceId: service.id, name: service.name, placed, elsewhere, pending: service.desiredCount - placed - elsewhere, steps: describe(service, plan, input, split, placed, elsewhere) });
  }
  return { instances: instancesOf(fleet, tasks, input.groups.map((g) => g.id)), pending, services: outcomes };
}

/**
 * One pass over the pool: an instance that passes the filters is compared with the best so
 * far strategy by strategy, the next strategy asked only on a tie, which is each strategy
 * narrowing the ties of the one before. Strategies after a random one decide nothing: the
 * instances tied up to it are collected and one is drawn. -1: none passes.
 */
function choose(plan: Plan, fleet: Fleet, start: number, end: number, tied: Int32Array, random: () => number): number {
  const { cpu, memory, awsvpc, portFlags, members, distinct, serviceCount } = plan;
  const { known, freeCpu, freeMemory, freeEnis } = fleet;
  const randomAt = plan.keys.indexOf(Key.Random);
  const ranked = randomAt < 0 ? plan.keys.length : randomAt;
  const ports = portFlags.length;
  let best = -1;
  let ties = 0;
  for (let i = start; i < end; i++) {
    if (known[i] === 0 || freeCpu[i]! < cpu || freeMemory[i]! < memory) continue;
    if (awsvpc && freeEnis[i]! < 1) continue;
    if (ports) {
      let bound = false;
      for (let p = 0; p < ports; p++) if (portFlags[p]![i] === 1) bound = true;
      if (bound) continue;
    }
    if (members !== undefined && members[i] === 0) continue;
    if (distinct && serviceCount[i] !== 0) continue;
    if (best < 0) {
      best = i;
      tied[0] = i;
      ties = 1;
      continue;
    }
    let order = 0;
    for (let s = 0; s < ranked && order === 0; s++) order = keyAt(plan, fleet, s, i) - keyAt(plan, fleet, s, best);
    if (order < 0) {
      best = i;
      tied[0] = i;
      ties = 1;
    } else if (order === 0) {
      tied[ties++] = i;
    }
  }
  if (best < 0 || randomAt < 0 || ties === 1) return best;
  return tied[Math.floor(random() * ties)]!;
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
      (i) => !plan.blocked && plan.portFlags.every((flags) => flags[i] === 0),
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

function describe(service: SimService, plan: Plan, input: SimInput, split: number[], placed: number, elsewhere: number): string[] {
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
  const tie = plan.strategies.some((x) => x.type === 'random') ? '' : '; a tie left goes to the first instance in launch order';
  steps.push(`3. Strategies in order: ${order}${plan.defaulted ? ' (the service default: none is set)' : ''}${tie}.`);
  const here = service.desiredCount - elsewhere;
  const missing = here - placed;
  if (elsewhere) steps.push(`${elsewhere} go to capacity providers that are not EC2 groups here (e.g. Fargate) and are not simulated.`);
  steps.push(missing ? `Placed ${placed} of ${here}; ${missing} ${missing === 1 ? 'stays' : 'stay'} PENDING.` : `Placed all ${placed}.`);
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
      ports: fleet.boundPorts(i),
      tasks: tasks[i]!,
    });
  }
  return out;
}
