import { describe, expect, it } from 'vitest';
import { addNode } from '../../core/commands/design-commands.ts';
import { fargateWebSample } from '../../core/templates/fargate-web.ts';
import { deleteSelection, dragResult } from './canvas-commands.ts';
import { containment } from './geometry.ts';

function sample() {
  const design = fargateWebSample();
  const node = (kind: string) => design.nodes.find((n) => n.kind === kind)!;
  return { design, node };
}

describe('drag result', () => {
  it('is one move of every node that moved, containers following their task definition', () => {
    const { design, node } = sample();
    const td = node('task-definition');
    const service = node('service');
    const result = dragResult(
      design,
      new Map([
        [td.id, { x: td.position.x + 64, y: td.position.y }],
        [service.id, { x: service.position.x, y: service.position.y + 32 }],
      ]),
    )!;
    expect(result.ok && result.label).toBe('Move 3 nodes');
    if (!result.ok) return;
    const moved = (id: string) => result.design.nodes.find((n) => n.id === id)!.position;
    expect(moved(node('container').id).x).toBe(node('container').position.x + 64);
    expect(moved(service.id).y).toBe(service.position.y + 32);
  });

  it('is nothing when the drag ended where it started', () => {
    const { design, node } = sample();
    const td = node('task-definition');
    expect(dragResult(design, new Map([[td.id, td.position]]))).toBeUndefined();
  });

  it('puts a loose container dropped on a task definition into it, in the same entry', () => {
    const { design, node } = sample();
    const td = node('task-definition');
    const loose = addNode(design, 'container', { x: -400, y: 0 });
    const result = dragResult(loose.design, new Map([[loose.id!, { x: td.position.x, y: td.position.y + 20 }]]))!;
    if (!result.ok) throw new Error(result.reason);
    expect(result.label).toBe('Move Container into task definition');
    expect(containment(result.design).parentOf.get(loose.id!)).toBe(td.id);
  });
});

describe('delete selection', () => {
  it('removes selected nodes and connections in one change', () => {
    const { design, node } = sample();
    const routes = design.edges.find((e) => e.kind === 'routes-to')!;
    const result = deleteSelection(design, [node('role-task').id], [routes.id])!;
    if (!result.ok) throw new Error(result.reason);
    expect(result.design.nodes.some((n) => n.kind === 'role-task')).toBe(false);
    expect(result.design.edges.some((e) => e.id === routes.id)).toBe(false);
    expect(result.label).toBe('Delete node');
  });

  it('takes the containers of a deleted task definition along, and does nothing for an empty selection', () => {
    const { design, node } = sample();
    const result = deleteSelection(design, [node('task-definition').id], [])!;
    if (!result.ok) throw new Error(result.reason);
    expect(result.design.nodes.some((n) => n.kind === 'container')).toBe(false);
    expect(deleteSelection(design, [], [])).toBeUndefined();
    expect(deleteSelection(design, ['gone'], [])).toBeUndefined();
  });
});
