import { describe, expect, it } from 'vitest';
import { moveNodes } from '../../../core/commands/design-commands.ts';
import { fargateWebSample } from '../../../core/templates/fargate-web.ts';
import { nodeSize } from '../canvas-layout.ts';
import { containment } from '../geometry.ts';
import { computeAutoLayout } from './auto-layout.ts';
import { buildElkGraph, positionsFromLayout } from './elk-graph.ts';

describe('auto-layout', () => {
  const design = fargateWebSample();
  const container = design.nodes.find((n) => n.kind === 'container')!;
  const td = design.nodes.find((n) => n.kind === 'task-definition')!;

  it('gives ELK the top-level nodes with their drawn sizes and the relations between them', () => {
    const graph = buildElkGraph(design);
    const s = containment(design);
    expect(graph.children!.map((c) => c.id)).not.toContain(container.id);
    expect(graph.children!.find((c) => c.id === td.id)).toMatchObject(nodeSize(td, s));
    expect(graph.edges).toHaveLength(design.edges.filter((e) => e.kind !== 'contains').length);
    const uses = design.edges.find((e) => e.kind === 'uses')!;
    expect(graph.edges!.find((e) => e.id === uses.id)).toMatchObject({ sources: [uses.source], targets: [uses.target] });
  });

  it('places containers with their task definition when reading the result', () => {
    const positions = positionsFromLayout(design, { id: 'root', children: [{ id: td.id, x: 1001, y: 2001 }] });
    expect(positions.get(td.id)).toEqual({ x: 1008, y: 2000 });
    expect(positions.get(container.id)).toEqual({
      x: 1008 + container.position.x - td.position.x,
      y: 2000 + container.position.y - td.position.y,
    });
  });

  it('lays the sample out left to right without overlaps (real elkjs run)', async () => {
    const positions = await computeAutoLayout(design);
    const laid = moveNodes(design, positions).design;
    const s = containment(laid);
    const boxes = laid.nodes
      .filter((n) => !s.parentOf.has(n.id))
      .map((n) => ({ id: n.id, ...n.position, ...nodeSize(n, s) }));
    for (const a of boxes)
      for (const b of boxes) {
        if (a.id >= b.id) continue;
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    const x = (kind: string) => laid.nodes.find((n) => n.kind === kind)!.position.x;
    expect(x('load-balancer-alb')).toBeLessThan(x('service'));
    expect(x('service')).toBeLessThan(x('task-definition'));
  });
});
