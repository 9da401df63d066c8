import { describe, expect, it } from 'vitest';
import { keyboardPosition, paletteGroups, placeNear } from './palette-items.ts';

describe('palette', () => {
  it('lists every kind, grouped in the registry’s group order', () => {
    const groups = paletteGroups('');
    expect(groups.map((g) => g.group)).toEqual(['Capacity', 'Compute', 'Load balancing', 'Security']);
    expect(groups.flatMap((g) => g.kinds.map((k) => k.label))).toEqual([
      'Fargate',
      'Fargate Spot',
      'EC2 Auto Scaling group',
      'External (ECS Anywhere)',
      'Cluster',
      'Service',
      'Task definition',
      'Container',
      'Application Load Balancer',
      'Network Load Balancer',
      'Task role',
      'Task execution role',
      'Container instance role',
    ]);
  });

  it('filters by label and description, every word, any case; empty groups disappear', () => {
    expect(paletteGroups('SPOT').flatMap((g) => g.kinds.map((k) => k.label))).toEqual(['Fargate Spot']);
    expect(paletteGroups('role execution').flatMap((g) => g.kinds.map((k) => k.label))).toEqual(['Task execution role']);
    // "Layer 7" is only in the ALB's description.
    expect(paletteGroups('layer 7').map((g) => g.group)).toEqual(['Load balancing']);
    expect(paletteGroups('no such thing')).toEqual([]);
  });

  it('places keyboard-added nodes at the view centre, nudged off occupied spots', () => {
    expect(placeNear({ nodes: [] }, { x: 100.4, y: 50.6 })).toEqual({ x: 100, y: 51 });
    const nodes = [{ id: 'a', kind: 'cluster' as const, position: { x: 100, y: 50 }, data: {} }];
    expect(placeNear({ nodes }, { x: 100, y: 50 })).toEqual({ x: 124, y: 74 });
    // Centred like a drop (node 240 wide, header under the point), on the 16px grid.
    expect(keyboardPosition({ nodes: [] }, { x: 500, y: 400 })).toEqual({ x: 384, y: 384 });
    const there = [{ id: 'b', kind: 'cluster' as const, position: { x: 384, y: 384 }, data: {} }];
    expect(keyboardPosition({ nodes: there }, { x: 500, y: 400 })).toEqual({ x: 432, y: 432 });
  });
});
