import { describe, expect, it } from 'vitest';
import { keyboardPosition, paletteGroups } from './palette-items.ts';

describe('palette', () => {
  it('lists every kind, grouped in the registry’s group order', () => {
    const groups = paletteGroups('');
    expect(groups.map((g) => g.group)).toEqual(['Capacity', 'Compute', 'Network', 'Load balancing', 'Storage and data', 'Events and messaging', 'Security', 'Scaling']);
    expect(groups.flatMap((g) => g.kinds.map((k) => k.label))).toEqual([
      'Fargate',
      'Fargate Spot',
      'EC2 Auto Scaling group',
      'External (ECS Anywhere)',
      'Managed Instances',
      'Cluster',
      'Service',
      'Task definition',
      'Container',
      'Standalone task',
      'VPC',
      'Subnet',
      'Security group',
      'Internet gateway',
      'NAT gateway',
      'Application Load Balancer',
      'Network Load Balancer',
      'S3 bucket',
      'DynamoDB table',
      'ECR repository',
      'EFS file system',
      'SQS queue',
      'SNS topic',
      'EventBridge rule',
      'EventBridge schedule',
      'Task role',
      'Task execution role',
      'Container instance role',
      'Infrastructure role',
      'Secrets Manager secret',
      'SSM parameter',
      'Service auto scaling',
    ]);
  });

  it('filters by label and description, every word, any case; empty groups disappear', () => {
    expect(paletteGroups('SPOT').flatMap((g) => g.kinds.map((k) => k.label))).toEqual(['Fargate Spot']);
    expect(paletteGroups('EXECUTION awslogs').flatMap((g) => g.kinds.map((k) => k.label))).toEqual(['Task execution role']);
    // "Layer 7" is only in the ALB's description.
    expect(paletteGroups('layer 7').map((g) => g.group)).toEqual(['Load balancing']);
    expect(paletteGroups('no such thing')).toEqual([]);
  });

  it('places keyboard-added nodes at the view centre, or the nearest free spot around it', () => {
    // Centred like a drop (node 240 wide, header under the point), on the 16px grid.
    expect(keyboardPosition({ nodes: [], edges: [] }, { x: 500, y: 400 })).toEqual({ x: 384, y: 384 });
    // Something there: the next spot that overlaps nothing (a node is 240 wide, 32 px apart).
    const cluster = { id: 'b', kind: 'cluster' as const, position: { x: 384, y: 384 }, data: {} };
    const next = keyboardPosition({ nodes: [cluster], edges: [] }, { x: 500, y: 400 });
    expect(next).not.toEqual({ x: 384, y: 384 });
    expect(Math.abs(next.x - 384) >= 240 + 32 || Math.abs(next.y - 384) >= 80).toBe(true);
    // Each node added the same way finds its own place: none of five overlaps another.
    const nodes = [cluster];
    for (let i = 0; i < 5; i++) nodes.push({ id: `n${i}`, kind: 'cluster' as const, position: keyboardPosition({ nodes, edges: [] }, { x: 500, y: 400 }), data: {} });
    const overlaps = (a: (typeof nodes)[number], b: (typeof nodes)[number]) => Math.abs(a.position.x - b.position.x) < 240 && Math.abs(a.position.y - b.position.y) < 80;
    for (const a of nodes) for (const b of nodes) if (a !== b) expect(overlaps(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
    // The nearest free spots come first: all five stay within one ring of the centre.
    for (const n of nodes) expect(Math.abs(n.position.x - 384)).toBeLessThanOrEqual(272);
  });
});
