import { Position } from '@xyflow/react';

/**
 * Where a relation line leaves and enters: the sides of the two boxes that face each
 * other, so lines never loop round a node whatever the layout (handles on the left and
 * right are only for drawing new lines).
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Endpoints {
  sourceX: number;
  sourceY: number;
  sourcePosition: Position;
  targetX: number;
  targetY: number;
  targetPosition: Position;
}

function anchor(r: Rect, side: Position): { x: number; y: number } {
  switch (side) {
    case Position.Left:
      return { x: r.x, y: r.y + r.height / 2 };
    case Position.Right:
      return { x: r.x + r.width, y: r.y + r.height / 2 };
    case Position.Top:
      return { x: r.x + r.width / 2, y: r.y };
    default:
      return { x: r.x + r.width / 2, y: r.y + r.height };
  }
}

export function edgeEndpoints(source: Rect, target: Rect): Endpoints {
  let from: Position;
  let to: Position;
  if (target.x >= source.x + source.width) [from, to] = [Position.Right, Position.Left];
  else if (target.x + target.width <= source.x) [from, to] = [Position.Left, Position.Right];
  else if (target.y + target.height / 2 >= source.y + source.height / 2) [from, to] = [Position.Bottom, Position.Top];
  else [from, to] = [Position.Top, Position.Bottom];
  const s = anchor(source, from);
  const t = anchor(target, to);
  return { sourceX: s.x, sourceY: s.y, sourcePosition: from, targetX: t.x, targetY: t.y, targetPosition: to };
}
