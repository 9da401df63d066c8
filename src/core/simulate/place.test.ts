import { describe, expect, it } from 'vitest';
import { simulatePlacement } from './place.ts';
import { group, input, service } from './test-inputs.ts';
import type { SimResult } from './types.ts';

/** Task numbers per instance, as `service#n` lists in launch order. */
const layout = (r: SimResult) => r.instances.map((i) => i.tasks.map((t) => `${t.serviceId}#${t.n}`));
const counts = (r: SimResult) => r.instances.map((i) => i.tasks.length);

describe('simulatePlacement, worked examples against the ECS task placement guide', () => {
  it('binpack on memory fills the fullest instance first (least memory left), then the next', () => {
    // 8192 MiB per instance, 2048 per task: four fit on the first, the fifth starts the second.
    const r = simulatePlacement(input([group()], [service({ desiredCount: 5, memoryMiB: 2048, strategies: [{ type: 'binpack', field: 'memory' }] })]));
    expect(counts(r)).toEqual([4, 1, 0]);
    expect(r.instances[0]!.memory).toEqual({ total: 8192, used: 8192 });
    expect(r.instances[1]!.memory).toEqual({ total: 8192, used: 2048 });
    expect(r.pending).toEqual([]);
  });

  it('binpack on memory counts the other services’ tasks: it picks the instance another service already filled', () => {
    const db = service({ id: 'db', desiredCount: 1, memoryMiB: 1024, strategies: [{ type: 'spread', field: 'instanceId' }] });
    const web = service({ desiredCount: 2, memoryMiB: 3072, strategies: [{ type: 'binpack', field: 'memory' }] });
    // db#1 lands on the first instance (a tie, launch order); it has 7168 free, the others 8192.
    const r = simulatePlacement(input([group()], [db, web]));
    expect(layout(r)).toEqual([['db#1', 'web#1', 'web#2'], [], []]);
    expect(r.instances[0]!.memory.used).toBe(1024 + 2 * 3072);
  });

  it('binpack on cpu packs by CPU units left, not memory', () => {
    const r = simulatePlacement(input([group({ count: 2 })], [service({ desiredCount: 3, cpu: 1024, memoryMiB: 256, strategies: [{ type: 'binpack', field: 'cpu' }] })]));
    expect(counts(r)).toEqual([2, 1]);
    expect(r.instances[0]!.cpu).toEqual({ total: 2048, used: 2048 });
  });

  it('spread across Availability Zones, then binpack on memory within the zone', () => {
    // Four instances launched round robin over two zones: a, b, a, b.
    const g = group({ count: 4, zones: ['us-east-1a', 'us-east-1b'] });
    const s = service({ desiredCount: 4, memoryMiB: 2048, strategies: [{ type: 'spread', field: 'attribute:ecs.availability-zone' }, { type: 'binpack', field: 'memory' }] });
    const r = simulatePlacement(input([g], [s]));
    expect(r.instances.map((i) => i.zone)).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1a', 'us-east-1b']);
    // 1: all tie → first (a). 2: zone b is emptier → i2. 3: zones even → binpack: i1, i2 are fuller → i1. 4: zone b → i2 (fuller than i4).
    expect(layout(r)).toEqual([['web#1', 'web#3'], ['web#2', 'web#4'], [], []]);
  });

  it('a service without a strategy spreads by attribute:ecs.availability-zone (PL-DEF, the service default)', () => {
    const r = simulatePlacement(input([group()], [service({ desiredCount: 6 })]));
    expect(counts(r)).toEqual([2, 2, 2]);
    expect(r.services[0]!.steps.join('\n')).toContain('spread(attribute:ecs.availability-zone) (the service default: none is set)');
  });

  it('spread by instanceId evens the service’s tasks over instances', () => {
    const r = simulatePlacement(input([group({ count: 4, zones: ['us-east-1a'] })], [service({ desiredCount: 6, strategies: [{ type: 'spread', field: 'instanceId' }] })]));
    expect(counts(r)).toEqual([2, 2, 1, 1]);
  });

  it('spread on a custom attribute no instance has puts every instance in one bucket: ties go to launch order', () => {
    const r = simulatePlacement(input([group()], [service({ desiredCount: 2, strategies: [{ type: 'spread', field: 'attribute:rack' }] })]));
    expect(counts(r)).toEqual([2, 0, 0]);
  });

  it('distinctInstance leaves the 4th task PENDING on 3 instances', () => {
    const r = simulatePlacement(input([group()], [service({ desiredCount: 4, constraints: [{ type: 'distinctInstance' }], strategies: [{ type: 'binpack', field: 'memory' }] })]));
    expect(counts(r)).toEqual([1, 1, 1]);
    expect(r.pending).toEqual([{ serviceId: 'web', n: 4, stage: 'distinctInstance', reason: expect.stringContaining('already runs a task of this service') }]);
    expect(r.services[0]).toMatchObject({ placed: 3, pending: 1 });
  });

  it('a static host port 80 allows one task per instance (bridge); hostPort 0 is dynamic and packs', () => {
    const fixed = simulatePlacement(input([group()], [service({ desiredCount: 5, staticPorts: [80], strategies: [{ type: 'binpack', field: 'memory' }] })]));
    expect(counts(fixed)).toEqual([1, 1, 1]);
    expect(fixed.instances.map((i) => i.ports)).toEqual([[80], [80], [80]]);
    expect(fixed.pending.map((p) => [p.n, p.stage])).toEqual([
      [4, 'ports'],
      [5, 'ports'],
    ]);
    expect(fixed.pending[0]!.reason).toContain('host port 80 is already bound');
    const dynamic = simulatePlacement(input([group()], [service({ desiredCount: 5, strategies: [{ type: 'binpack', field: 'memory' }] })]));
    expect(counts(dynamic)).toEqual([5, 0, 0]);
  });

  it('host mode: two services binding the same port conflict on one instance', () => {
    const a = service({ id: 'a', networkMode: 'host', staticPorts: [8080], strategies: [{ type: 'binpack', field: 'memory' }] });
    const b = service({ id: 'b', networkMode: 'host', staticPorts: [8080], strategies: [{ type: 'binpack', field: 'memory' }] });
    const r = simulatePlacement(input([group()], [a, b]));
    // b would binpack onto the fuller first instance, but 8080 is taken there.
    expect(layout(r)).toEqual([['a#1'], ['b#1'], []]);
  });

  it('a host port the ECS agent reserves (22) places nowhere', () => {
    const r = simulatePlacement(input([group()], [service({ staticPorts: [22] })]));
    expect(r.pending[0]).toMatchObject({ stage: 'ports', reason: expect.stringContaining('reserved by the ECS agent') });
  });

  it('awsvpc on an instance type with 3 ENIs fits 2 tasks since one ENI is the primary; trunking raises it', () => {
    const s = service({ desiredCount: 3, networkMode: 'awsvpc', strategies: [{ type: 'binpack', field: 'memory' }] });
    const r = simulatePlacement(input([group({ count: 1 })], [s]));
    expect(r.instances[0]!.enis).toEqual({ total: 2, used: 2 });
    expect(r.pending).toMatchObject([{ n: 3, stage: 'eni' }]);
    const trunked = simulatePlacement(input([group({ count: 1 })], [s], { trunking: true }));
    expect(trunked.instances[0]!.enis).toEqual({ total: 10, used: 3 });
    expect(trunked.pending).toEqual([]);
  });

  it('a task larger than any instance’s free memory stays PENDING and names the closest', () => {
    const r = simulatePlacement(input([group({ count: 2 })], [service({ desiredCount: 1, memoryMiB: 16384 })]));
    expect(r.pending).toEqual([{ serviceId: 'web', n: 1, stage: 'memory', reason: 'no instance has 16384 MiB of memory free (the most free is 8192 MiB)' }]);
  });

  it('CPU is checked before memory, as the guide lists them', () => {
    const r = simulatePlacement(input([group({ count: 1 })], [service({ cpu: 4096, memoryMiB: 16384 })]));
    expect(r.pending[0]!.stage).toBe('cpu');
  });

  it('reserved memory (ECS_RESERVED_MEMORY) is kept off each instance', () => {
    const r = simulatePlacement(input([group({ count: 1 })], [service({ desiredCount: 4, memoryMiB: 2048 })], { reservedMemoryMiB: 512 }));
    expect(r.instances[0]!.memory).toEqual({ total: 7680, used: 6144 });
    expect(r.pending).toMatchObject([{ n: 4, stage: 'memory' }]);
  });

  it('memberOf on the Availability Zone keeps the tasks to that zone; no match leaves them PENDING', () => {
    const inB = service({ desiredCount: 2, constraints: [{ type: 'memberOf', expression: 'attribute:ecs.availability-zone == us-east-1b' }] });
    const r = simulatePlacement(input([group()], [inB]));
    expect(counts(r)).toEqual([0, 2, 0]);
    const none = service({ constraints: [{ type: 'memberOf', expression: 'attribute:ecs.instance-type =~ g5.*' }] });
    expect(simulatePlacement(input([group()], [none])).pending[0]).toMatchObject({ stage: 'memberOf', reason: 'no instance with room matches memberOf(attribute:ecs.instance-type =~ g5.*)' });
  });

  it('constraints come after resources: a full instance is reported as full, not as a non-member', () => {
    const s = service({ desiredCount: 1, memoryMiB: 9000, constraints: [{ type: 'memberOf', expression: 'attribute:ecs.availability-zone == us-east-1b' }] });
    expect(simulatePlacement(input([group()], [s])).pending[0]!.stage).toBe('memory');
  });

  it('a memberOf the simulator cannot evaluate is said so and does not constrain', () => {
    const r = simulatePlacement(input([group()], [service({ constraints: [{ type: 'memberOf', expression: 'task:group == service:db' }] })]));
    expect(r.pending).toEqual([]);
    expect(r.services[0]!.steps.join('\n')).toContain('memberOf(task:group == service:db) is not evaluated');
  });

  it('random is repeatable for a seed and differs between seeds', () => {
    const s = service({ desiredCount: 20, strategies: [{ type: 'random' }] });
    const g = group({ count: 10 });
    const one = simulatePlacement(input([g], [s], { seed: 1 }));
    expect(simulatePlacement(input([g], [s], { seed: 1 }))).toEqual(one);
    expect(layout(simulatePlacement(input([g], [s], { seed: 2 })))).not.toEqual(layout(one));
    expect(counts(one).reduce((a, b) => a + b)).toBe(20);
    expect(counts(one).filter((n) => n > 0).length).toBeGreaterThan(3);
  });

  it('capacity provider strategy: base first, then by weight, each share placed on its own group', () => {
    const a = group({ id: 'a', name: 'a', count: 2 });
    const b = group({ id: 'b', name: 'b', count: 2 });
    const s = service({ desiredCount: 6, strategies: [{ type: 'binpack', field: 'memory' }], providers: [{ groupId: 'a', base: 2, weight: 1 }, { groupId: 'b', base: 0, weight: 1 }] });
    const r = simulatePlacement(input([a, b], [s]));
    // 2 base on a, then 4 shared 1:1 → a 2 more, b 2.
    expect(r.instances.map((i) => [i.id, i.tasks.length])).toEqual([
      ['i-a-1', 4],
      ['i-a-2', 0],
      ['i-b-1', 2],
      ['i-b-2', 0],
    ]);
    expect(r.services[0]!.steps[1]).toBe('Capacity provider strategy a base 2 weight 1, b base 0 weight 1: the base first, the rest by weight → a 4, b 2.');
  });

  it('a provider’s tasks stay PENDING when its group is full, even if another group has room (ECS does not move them)', () => {
    const a = group({ id: 'a', name: 'a', count: 1 });
    const b = group({ id: 'b', name: 'b', count: 1 });
    const s = service({ desiredCount: 4, memoryMiB: 4096, providers: [{ groupId: 'a', base: 0, weight: 1 }] });
    const r = simulatePlacement(input([a, b], [s]));
    expect(counts(r)).toEqual([2, 0]);
    expect(r.pending.map((p) => [p.n, p.groupId, p.stage])).toEqual([
      [3, 'a', 'memory'],
      [4, 'a', 'memory'],
    ]);
  });

  it('a group of 0 instances or an unknown instance type says so', () => {
    expect(simulatePlacement(input([group({ count: 0 })], [service()])).pending[0]!.stage).toBe('no-instances');
    expect(simulatePlacement(input([group({ capacity: undefined, instanceType: 'x9.huge' })], [service()])).pending[0]!.stage).toBe('unknown-size');
  });

  it('explains the steps in the documented order', () => {
    const s = service({ desiredCount: 4, staticPorts: [80], constraints: [{ type: 'distinctInstance' }], strategies: [{ type: 'binpack', field: 'memory' }] });
    expect(simulatePlacement(input([group()], [s])).services[0]!.steps).toEqual([
      '4 tasks of 256 CPU units and 512 MiB (bridge, host port 80).',
      'No capacity provider strategy: any instance of the groups may take a task.',
      '1. Resources and ports: keep instances with 256 CPU units, 512 MiB free, host port 80 unbound.',
      '2. Constraints: keep those meeting distinctInstance (one task per instance).',
      '3. Strategies in order: binpack(memory); a tie left goes to the first instance in launch order.',
      'Placed 3 of 4; 1 stays PENDING.',
    ]);
  });
});
