import { describe, expect, it } from 'vitest';
import { addNode } from '../../core/commands/design-commands.ts';
import { fargateWebSample } from '../../core/templates/fargate-web.ts';
import { relationSlots } from './connections.ts';

describe('inspector connections', () => {
  const sample = fargateWebSample();
  const byKind = (kind: string) => sample.nodes.find((n) => n.kind === kind)!;

  it('lists a service’s relations from its side, its own relations first', () => {
    const slots = relationSlots(sample, byKind('service'));
    expect(slots.map((s) => `${s.role}:${s.relation}`)).toEqual(['source:runs-in', 'source:uses', 'source:capacity', 'source:placed-in', 'source:secured-by', 'target:routes-to', 'target:scales', 'target:infrastructure-role']);
    const runsIn = slots[0]!;
    expect(runsIn.label).toBe('Runs in');
    expect(runsIn.existing.map((e) => e.name)).toEqual(['web-cluster']);
    // A service runs in one cluster: nothing else to offer, and no refusal since the only cluster is the connected one.
    expect(runsIn.candidates).toEqual([]);
    expect(slots[2]!.candidates.map((c) => c.name)).toEqual(['FARGATE (Fargate)']);
  });

  it('offers compatible nodes only, and says why when there are none', () => {
    const withCluster = addNode(sample, 'cluster', { x: 0, y: 0 }).design;
    const service = withCluster.nodes.find((n) => n.kind === 'service')!;
    const runsIn = relationSlots(withCluster, service)[0]!;
    expect(runsIn.candidates).toEqual([]);
    expect(runsIn.note).toMatch(/already connected/);
    const td = relationSlots(sample, byKind('task-definition'));
    expect(td.find((s) => s.relation === 'contains')!.label).toBe('Containers');
    const ec2 = addNode(sample, 'capacity-ec2', { x: 0, y: 0 });
    const asg = ec2.design.nodes.find((n) => n.id === ec2.id)!;
    expect(relationSlots(ec2.design, asg).find((s) => s.relation === 'instance-role')!.note).toBe('No Container instance role in the design yet.');
  });

  it('a new container can join the task definition', () => {
    const added = addNode(sample, 'container', { x: 0, y: 0 });
    const container = added.design.nodes.find((n) => n.id === added.id)!;
    const slot = relationSlots(added.design, container)[0]!;
    expect(slot.relation).toBe('contains');
    expect(slot.candidates).toEqual([{ id: byKind('task-definition').id, name: 'web' }]);
  });
});
