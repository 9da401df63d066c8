import type { SimGroup, SimSettings } from './types.ts';

/**
 * The instances of the groups, laid out in flat typed arrays (one slot per instance) so the
 * placement loop reads numbers, not objects: 1,000 instances × 10,000 tasks is ten million
 * looks. Groups are contiguous ranges, in input order.
 */
export interface Fleet {
  size: number;
  ids: string[];
  group: Int32Array;
  zone: string[];
  /** First and one-past-last instance of each group. */
  ranges: Array<[number, number]>;
  known: Uint8Array;
  totalCpu: Int32Array;
  totalMemory: Int32Array;
  totalEnis: Int32Array;
  freeCpu: Int32Array;
  freeMemory: Int32Array;
  freeEnis: Int32Array;
  /** Per host port bound by some task, a flag per instance (1 = bound); created on first use. */
  portFlags(port: number): Uint8Array;
  /** The host ports bound on an instance, ascending. */
  boundPorts(i: number): number[];
  attributes: Array<Record<string, string>>;
}

/**
 * An Auto Scaling group balances its instances over the Availability Zones of its subnets,
 * so instance k of a group is in zone k mod zones (launch order is round robin).
 */
export function buildFleet(groups: readonly SimGroup[], settings: SimSettings): Fleet {
  const size = groups.reduce((n, g) => n + Math.max(0, Math.floor(g.count)), 0);
  const ports = new Map<number, Uint8Array>();
  const fleet: Fleet = {
    size,
    ids: [],
    group: new Int32Array(size),
    zone: [],
    ranges: [],
    known: new Uint8Array(size),
    totalCpu: new Int32Array(size),
    totalMemory: new Int32Array(size),
    totalEnis: new Int32Array(size),
    freeCpu: new Int32Array(size),
    freeMemory: new Int32Array(size),
    freeEnis: new Int32Array(size),
    portFlags(port) {
      let flags = ports.get(port);
      if (!flags) ports.set(port, (flags = new Uint8Array(size)));
      return flags;
    },
    boundPorts(i) {
      return [...ports].filter(([, flags]) => flags[i] === 1).map(([port]) => port).sort((a, b) => a - b);
    },
    attributes: [],
  };
  let i = 0;
  groups.forEach((g, gi) => {
    const start = i;
    const count = Math.max(0, Math.floor(g.count));
    const c = g.capacity;
    const taskEnis = c ? (settings.trunking && c.trunkedTasks !== undefined ? c.trunkedTasks : Math.max(0, c.enis - 1)) : 0;
    const memory = c ? Math.max(0, c.memoryMiB - settings.reservedMemoryMiB) : 0;
    for (let k = 0; k < count; k++, i++) {
      const zone = g.zones.length ? g.zones[k % g.zones.length]! : 'unknown-az';
      const subnet = g.subnets?.length ? g.subnets[k % g.subnets.length] : undefined;
      const id = `i-${g.name}-${k + 1}`;
      fleet.ids.push(id);
      fleet.zone.push(zone);
      fleet.group[i] = gi;
      fleet.known[i] = c ? 1 : 0;
      fleet.totalCpu[i] = fleet.freeCpu[i] = c?.cpu ?? 0;
      fleet.totalMemory[i] = fleet.freeMemory[i] = memory;
      fleet.totalEnis[i] = fleet.freeEnis[i] = taskEnis;
      const attributes: Record<string, string> = {
        'ecs.availability-zone': zone,
        'ecs.instance-type': g.instanceType,
        'ecs.os-type': g.osType ?? 'linux',
        ec2InstanceId: id,
      };
      if (subnet) attributes['ecs.subnet-id'] = subnet;
      if (g.cpuArchitecture) attributes['ecs.cpu-architecture'] = g.cpuArchitecture;
      fleet.attributes.push(attributes);
    }
    fleet.ranges.push([start, i]);
  });
  return fleet;
}
