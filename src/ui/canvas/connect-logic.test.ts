import { describe, expect, it } from 'vitest';
import { addNode, connect } from '../../core/commands/design-commands.ts';
import { fargateWebSample } from '../../core/templates/fargate-web.ts';
import { addContainerTo, connectNodes, connectableTargets, planConnection } from './connect-logic.ts';
import { nextContainerSlot } from './canvas-layout.ts';
import { containment } from './geometry.ts';

function sample() {
  const design = fargateWebSample();
  const id = (kind: string) => design.nodes.find((n) => n.kind === kind)!.id;
  return { design, id };
}

describe('canvas connections', () => {
  it('connects the right way round when drawn from the target end', () => {
    const { design } = sample();
    const withTd = addNode(design, 'task-definition', { x: 0, y: 600 });
    const service = addNode(withTd.design, 'service', { x: 0, y: 800 });
    const plan = planConnection(service.design, withTd.id!, service.id!);
    expect(plan).toEqual({ ok: true, source: service.id, target: withTd.id });
    const result = connectNodes(service.design, withTd.id!, service.id!);
    if (!result.ok) throw new Error(result.reason);
    const edge = result.design.edges.at(-1)!;
    expect([edge.kind, edge.source, edge.target]).toEqual(['uses', service.id, withTd.id]);
  });

  it('explains a refusal with the rule that refused it', () => {
    const { design, id } = sample();
    // the service already runs a task definition; drawn from the other end the reason is the same
    const other = addNode(design, 'task-definition', { x: 0, y: 600 });
    const plan = planConnection(other.design, other.id!, id('service'));
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.reason).toMatch(/already connected/);
    const unrelated = planConnection(design, id('load-balancer-alb'), id('role-task'));
    expect(unrelated.ok).toBe(false);
    if (!unrelated.ok) expect(unrelated.reason).toMatch(/cannot be connected/);
  });

  it('lists the nodes a connection may end on, in either direction', () => {
    const { design, id } = sample();
    const targets = connectableTargets(design, id('service'));
    expect(targets.has(id('capacity-fargate'))).toBe(true); // service → capacity
    expect(targets.has(id('load-balancer-alb'))).toBe(false); // already routed
    expect(targets.has(id('task-definition'))).toBe(false); // already uses one
    expect(targets.has(id('role-task'))).toBe(false);
    const fromRole = addNode(design, 'role-task', { x: 0, y: 0 });
    expect(connectableTargets(fromRole.design, fromRole.id!).has(id('task-definition'))).toBe(false); // one task role per TD
  });

  it('moves a container connected to a task definition into its frame, in one change', () => {
    const { design, id } = sample();
    const loose = addNode(design, 'container', { x: -500, y: -500 });
    const slot = nextContainerSlot(loose.design, id('task-definition'));
    const result = connectNodes(loose.design, id('task-definition'), loose.id!);
    if (!result.ok) throw new Error(result.reason);
    expect(containment(result.design).parentOf.get(loose.id!)).toBe(id('task-definition'));
    expect(result.design.nodes.find((n) => n.id === loose.id)!.position).toEqual(slot);
  });

  it('adds a container straight into a task definition with one label', () => {
    const { design, id } = sample();
    const result = addContainerTo(design, id('task-definition'));
    if (!result.ok) throw new Error(result.reason);
    expect(result.label).toBe('Add Container');
    expect(containment(result.design).childrenOf.get(id('task-definition'))).toHaveLength(2);
    // and connect() would refuse a second contains for the same container
    expect(connect(result.design, result.id!, id('task-definition')).ok).toBe(false);
  });
});

describe('connectNodes: a container reading a secret or pulling from a repository', () => {
  it('stays where it is in its task definition', () => {
    const sample = fargateWebSample();
    const container = sample.nodes.find((n) => n.kind === 'container')!;
    for (const kind of ['secret', 'ecr-repository'] as const) {
      const added = addNode(sample, kind, { x: 0, y: 600 });
      const result = connectNodes(added.design, container.id, added.id!);
      if (!result.ok) throw new Error(result.reason);
      expect(result.design.nodes.find((n) => n.id === container.id)!.position).toEqual(container.position);
    }
  });
});
