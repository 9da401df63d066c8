import type { Fleet } from './instances.ts';
import { compileMemberOf } from './member-of.ts';
import type { SimService, SimStrategy } from './types.ts';

/** What a service gets when it sets no strategy (ECS_RULES PL-DEF). */
export const SERVICE_DEFAULT_STRATEGY: readonly SimStrategy[] = [{ type: 'spread', field: 'attribute:ecs.availability-zone' }];

/** How a strategy ranks an instance, as a small code the hot loop switches on. */
export const enum Key {
  FreeCpu,
  FreeMemory,
  ServiceTasks,
  SpreadValue,
  Random,
}

/** A service's needs turned into flat data the placement loop reads. */
export interface Plan {
  cpu: number;
  memory: number;
  awsvpc: boolean;
  /** Bound-port flags per instance of each static host port of the task. */
  portFlags: Uint8Array[];
  /** A static port the agent reserves: no instance can take the task. */
  blocked: boolean;
  strategies: readonly SimStrategy[];
  defaulted: boolean;
  keys: Key[];
  /** Per strategy, for SpreadValue: the value index of each instance and the service's tasks per value. */
  spreads: Array<{ valueOf: Int32Array; counts: Int32Array } | undefined>;
  /** memberOf results per instance (1 = member), all constraints and-ed; undefined when none. */
  members: Uint8Array | undefined;
  notEvaluated: string[];
  distinct: boolean;
  serviceCount: Int32Array;
  take(i: number): void;
}

export function planService(service: SimService, fleet: Fleet, reserved: Set<number>, serviceCount: Int32Array): Plan {
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
  const keys = strategies.map((s): Key => {
    if (s.type === 'random') return Key.Random;
    if (s.type === 'binpack') return s.field === 'cpu' ? Key.FreeCpu : Key.FreeMemory;
    return s.field === 'instanceId' || s.field === 'host' ? Key.ServiceTasks : Key.SpreadValue;
  });
  const spreads = strategies.map((s, k) => {
    if (keys[k] !== Key.SpreadValue || s.type !== 'spread') return undefined;
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
  const ports = [...new Set(service.staticPorts)];
  const portFlags = ports.map((p) => fleet.portFlags(p));
  const awsvpc = service.networkMode === 'awsvpc';
  const { cpu, memoryMiB: memory } = service;
  return {
    cpu,
    memory,
    awsvpc,
    portFlags,
    blocked: ports.some((p) => reserved.has(p)),
    strategies,
    defaulted,
    keys,
    spreads,
    members,
    notEvaluated,
    distinct: service.constraints.some((c) => c.type === 'distinctInstance'),
    serviceCount,
    take(i) {
      fleet.freeCpu[i]! -= cpu;
      fleet.freeMemory[i]! -= memory;
      if (awsvpc) fleet.freeEnis[i]! -= 1;
      for (const flags of portFlags) flags[i] = 1;
      serviceCount[i]!++;
      for (const s of spreads) if (s) s.counts[s.valueOf[i]!]!++;
    },
  };
}

export function keyAt(plan: Plan, fleet: Fleet, s: number, i: number): number {
  switch (plan.keys[s]) {
    case Key.FreeCpu:
      return fleet.freeCpu[i]!;
    case Key.FreeMemory:
      return fleet.freeMemory[i]!;
    case Key.ServiceTasks:
      return plan.serviceCount[i]!;
    case Key.SpreadValue: {
      const spread = plan.spreads[s]!;
      return spread.counts[spread.valueOf[i]!]!;
    }
    default:
      return 0;
  }
}

/** Whether instance i passes the filters: resources and ports, then the constraints. */
export function fits(plan: Plan, fleet: Fleet, i: number): boolean {
  if (fleet.known[i] === 0 || fleet.freeCpu[i]! < plan.cpu || fleet.freeMemory[i]! < plan.memory) return false;
  if (plan.awsvpc && fleet.freeEnis[i]! < 1) return false;
  for (const flags of plan.portFlags) if (flags[i] === 1) return false;
  if (plan.members !== undefined && plan.members[i] === 0) return false;
  return !plan.distinct || plan.serviceCount[i] === 0;
}
