import { getBezierPath } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { fargateWebSample } from '../../core/templates/fargate-web.ts';
import { edgeColour } from './edge-appearance.ts';
import { edgeEndpoints } from './edge-geometry.ts';
import { mapDesignToFlow, type CanvasEdge, type CanvasNode } from './flow-mapping.ts';
import { overviewLineClip, overviewLines } from './overview-lines.ts';

const none = new Set<string>();

function box(id: string, x: number, y: number, parentId?: string): CanvasNode {
  return { id, type: 'kind', position: { x, y }, width: 200, height: 100, data: { kind: 'service', name: id, facts: [] }, ...(parentId ? { parentId } : {}) };
}

function line(id: string, source: string, target: string): CanvasEdge {
  return { id, source, target, type: 'relation', data: { relation: 'in-cluster' } };
}

describe('overviewLines', () => {
  it('draws every line of a relation kind in one path, as RelationEdge would, with an arrow into the target', () => {
    const nodes = [box('a', 0, 0), box('b', 400, 0), box('c', 400, 300)];
    const [group, ...others] = overviewLines(nodes, [line('ab', 'a', 'b'), line('ac', 'a', 'c')]);
    expect(others).toEqual([]);
    expect(group!.key).toBe('in-cluster');
    expect(group!.colour).toBe(edgeColour('in-cluster'));
    const rect = (n: CanvasNode) => ({ x: n.position.x, y: n.position.y, width: 200, height: 100 });
    const path = (to: CanvasNode) => getBezierPath(edgeEndpoints(rect(nodes[0]!), rect(to)))[0];
    expect(group!.lines).toBe(path(nodes[1]!) + path(nodes[2]!));
    // b is entered from the left at (400, 50): the arrow's tip is there, its back to the left.
    expect(group!.arrows.startsWith('M400,50L394,')).toBe(true);
  });

  it('draws selected lines apart, bolder, with a larger arrow', () => {
    const nodes = [box('a', 0, 0), box('b', 400, 0)];
    const groups = overviewLines(nodes, [line('ab', 'a', 'b'), { ...line('ba', 'b', 'a'), selected: true }]);
    expect(groups.map((g) => g.key)).toEqual(['in-cluster', 'in-cluster selected']);
    expect(groups[1]!.className).toMatch(/ selected$/);
    // a is entered from the right at (200, 50): the arrow's back is 10 further right.
    expect(groups[1]!.arrows.startsWith('M200,50L210,')).toBe(true);
  });

  it('leaves out lines to a container drawn in its frame (React Flow draws none there) and lines missing an end', () => {
    const nodes = [box('a', 0, 0), box('frame', 400, 0), { ...box('nested', 12, 80, 'frame'), type: 'container' as const }];
    expect(overviewLines(nodes, [line('x', 'a', 'nested'), line('y', 'a', 'gone')])).toEqual([]);
  });

  it('draws lines to what sits in a VPC or subnet frame, from where the frames put it', () => {
    const nodes = [box('a', 0, 0), box('vpc', 400, 0), box('subnet', 24, 72, 'vpc'), box('svc', 16, 64, 'subnet')];
    const [group] = overviewLines(nodes, [line('x', 'a', 'svc')]);
    // The line ends on the service's left side: 400 + 24 + 16 across, its middle 0 + 72 + 64 + 50 down.
    expect(group!.lines).toMatch(/440,186$/);
  });

  it('covers the lines of a real design', () => {
    const { nodes, edges } = mapDesignToFlow(fargateWebSample(), none, none);
    const groups = overviewLines(nodes, edges);
    const drawn = groups.reduce((n, g) => n + (g.lines.match(/M/g)?.length ?? 0), 0);
    const topLevel = new Set(nodes.filter((n) => !n.parentId).map((n) => n.id));
    expect(drawn).toBe(edges.filter((e) => topLevel.has(e.source) && topLevel.has(e.target)).length);
    expect(drawn).toBeGreaterThan(0);
  });
});

describe('overviewLineClip', () => {
  it('is a rectangle around the design with a hole per box, so lines drawn above look drawn under the boxes', () => {
    const nodes = [box('a', 0, 0), box('b', 400, 300)];
    // Outer rectangle 400 beyond the boxes (0..600 × 0..400), then each box as a hole.
    expect(overviewLineClip(nodes)).toBe('M-400,-400h1400v1200h-1400ZM0,0h200v100h-200ZM400,300h200v100h-200Z');
  });

  it('leaves VPC and subnet frames open (lines between what they hold cross them) and makes no hole per container (its task definition is one)', () => {
    const nodes = [
      { ...box('vpc', 0, 0), type: 'frame' as const },
      box('svc', 24, 72, 'vpc'),
      { ...box('td', 400, 0), type: 'task' as const },
      { ...box('web', 12, 80, 'td'), type: 'container' as const },
    ];
    const holes = overviewLineClip(nodes).split('M').slice(2);
    expect(holes).toEqual(['24,72h200v100h-200Z', '400,0h200v100h-200Z']);
  });

  it('is empty for an empty canvas', () => {
    expect(overviewLineClip([])).toBe('');
  });
});
