import { describe, expect, it } from 'vitest';
import { simulationInput, simulationScope } from './from-design.ts';
import { simulatePlacement } from './place.ts';
import { simulatorDesign } from './test-designs.ts';

describe('simulationInput: the simulator’s input read from the design', () => {
  it('reads the group (size, zones of its subnets) and each service’s tasks, ports and strategies', () => {
    const t = simulatorDesign();
    const input = simulationInput(t.design, t.ids.asg!)!;
    expect(input.groups).toMatchObject([{ id: t.ids.asg, name: 'asg-capacity', instanceType: 'm6i.large', capacity: { cpu: 2048, memoryMiB: 8192, enis: 3, trunkedTasks: 10 }, count: 3, zones: ['us-east-1a', 'us-east-1b'] }]);
    expect(input.services).toMatchObject([
      // Task-level size wins; host port 80 is static in bridge mode.
      { id: t.ids.web, name: 'web', desiredCount: 4, cpu: 256, memoryMiB: 1024, networkMode: 'bridge', staticPorts: [80], strategies: [{ type: 'binpack', field: 'memory' }], providers: [{ groupId: t.ids.asg, base: 0, weight: 1 }] },
      // No task-level size: the container's cpu and memoryReservation; hostPort 0 is dynamic; no strategy.
      { id: t.ids.worker, name: 'worker', desiredCount: 3, cpu: 512, memoryMiB: 1536, staticPorts: [], strategies: [] },
    ]);
  });

  it('a selected service brings the other services on its group, which compete for the instances', () => {
    const t = simulatorDesign();
    expect(simulationScope(t.design, t.ids.web!)!.services.map((s) => s.id)).toEqual([t.ids.web, t.ids.worker]);
    expect(simulationScope(t.design, t.ids.vpc!)).toBeUndefined();
  });

  it('overrides: counts per service and group, and the strategy switch', () => {
    const t = simulatorDesign();
    const input = simulationInput(t.design, t.ids.asg!, { desiredCounts: { [t.ids.web!]: 2 }, instanceCounts: { [t.ids.asg!]: 5 }, strategy: 'spread' })!;
    expect(input.groups[0]!.count).toBe(5);
    expect(input.services[0]).toMatchObject({ desiredCount: 2, strategies: [{ type: 'spread', field: 'attribute:ecs.availability-zone' }, { type: 'spread', field: 'instanceId' }] });
  });

  it('end to end: static port 80 on 3 instances leaves the 4th web task PENDING; the worker spreads over the zones', () => {
    const t = simulatorDesign();
    const result = simulatePlacement(simulationInput(t.design, t.ids.asg!)!);
    expect(result.services.map((s) => [s.name, s.placed, s.pending])).toEqual([
      ['web', 3, 1],
      ['worker', 3, 0],
    ]);
    expect(result.pending).toMatchObject([{ serviceId: t.ids.web, n: 4, stage: 'ports' }]);
    expect(result.instances.map((i) => i.zone)).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1a']);
  });

  it('a capacity provider strategy with Fargate: its share is not simulated, the EC2 share is', () => {
    const t = simulatorDesign();
    const fargate = t.add('capacity-fargate');
    t.link(fargate, t.ids.cluster!);
    const edge = t.design.edges.find((e) => e.source === t.ids.web && e.target === t.ids.asg)!;
    t.setEdge(edge.id, { base: 1, weight: 1 });
    t.link(t.ids.web!, fargate, { weight: 1 });
    const result = simulatePlacement(simulationInput(t.design, t.ids.asg!)!);
    // 4 tasks: base 1 on the group, then 3 shared 1:1 → group 2 more (ties go to the earlier item), Fargate 1.
    expect(result.services[0]).toMatchObject({ name: 'web', placed: 3, elsewhere: 1, pending: 0 });
  });
});
