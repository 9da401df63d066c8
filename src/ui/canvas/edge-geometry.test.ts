import { Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { edgeEndpoints } from './edge-geometry.ts';

const box = (x: number, y: number) => ({ x, y, width: 100, height: 50 });

describe('edge endpoints', () => {
  it('joins facing sides left to right', () => {
    expect(edgeEndpoints(box(0, 0), box(300, 200))).toEqual({
      sourceX: 100,
      sourceY: 25,
      sourcePosition: Position.Right,
      targetX: 300,
      targetY: 225,
      targetPosition: Position.Left,
    });
  });

  it('leaves from the left when the target is to the left (no loop round the source)', () => {
    const e = edgeEndpoints(box(300, 0), box(0, 0));
    expect([e.sourcePosition, e.targetPosition, e.sourceX, e.targetX]).toEqual([Position.Left, Position.Right, 300, 100]);
  });

  it('goes vertically between boxes stacked above each other', () => {
    expect(edgeEndpoints(box(0, 0), box(20, 200))).toMatchObject({ sourcePosition: Position.Bottom, sourceY: 50, targetPosition: Position.Top, targetY: 200 });
    expect(edgeEndpoints(box(0, 200), box(20, 0))).toMatchObject({ sourcePosition: Position.Top, targetPosition: Position.Bottom });
  });
});
