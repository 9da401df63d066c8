import { describe, expect, it } from 'vitest';
import { fargateWebSample } from '../../core/templates/fargate-web.ts';
import { CanvasLayout, nextContainerSlot, nodeSize } from './canvas-layout.ts';
import { CONTAINER_HEIGHT, containment, snap } from './geometry.ts';

describe('canvas geometry', () => {
  const design = fargateWebSample();
  const td = design.nodes.find((n) => n.kind === 'task-definition')!;
  const container = design.nodes.find((n) => n.kind === 'container')!;

  it('finds which task definition each container belongs to', () => {
    const s = containment(design);
    expect(s.parentOf.get(container.id)).toBe(td.id);
    expect(s.childrenOf.get(td.id)!.map((n) => n.id)).toEqual([container.id]);
  });

  it('gives plain nodes a line per fact and task definitions a frame around their containers', () => {
    const s = containment(design);
    const ec2Like = nodeSize(design.nodes.find((n) => n.kind === 'cluster')!, s);
    const fargate = nodeSize(design.nodes.find((n) => n.kind === 'capacity-fargate')!, s);
    expect(fargate.height).toBeGreaterThan(ec2Like.height); // two facts vs one
    const frame = nodeSize(td, s);
    expect(td.position.y + frame.height).toBeGreaterThanOrEqual(container.position.y + CONTAINER_HEIGHT);
  });

  it('places the next container below the last one', () => {
    const slot = nextContainerSlot(design, td.id);
    expect(slot.y).toBeGreaterThanOrEqual(container.position.y + CONTAINER_HEIGHT);
    expect(slot.x).toBe(container.position.x);
  });

  it('hits a task definition frame at a point inside it, and nothing outside', () => {
    const taskDefinitionAt = (point: { x: number; y: number }) => new CanvasLayout(design).frameAt(point, (n) => n.kind === 'task-definition');
    expect(taskDefinitionAt({ x: td.position.x + 10, y: td.position.y + 10 })?.id).toBe(td.id);
    expect(taskDefinitionAt({ x: td.position.x - 10, y: td.position.y })).toBeUndefined();
  });

  it('snaps to the 16px grid', () => {
    expect(snap(23)).toBe(16);
    expect(snap(25)).toBe(32);
  });
});
