import type { Design, Position } from '../../core/model/design.ts';
import { CanvasLayout } from './canvas-layout.ts';
import { GRID, snap, type Size } from './geometry.ts';

/** A box drawn on the canvas (design coordinates). */
export interface Box extends Position, Size {}

/** Room kept between something placed in free space and its neighbours. */
export const FREE_GAP = GRID * 2;

/**
 * The boxes of what is drawn at the top level: every node but those drawn inside a frame
 * (a task definition, VPC or subnet), whose box covers them.
 */
export function topLevelBoxes(design: Pick<Design, 'nodes' | 'edges'>): Box[] {
  const layout = new CanvasLayout(design);
  return design.nodes.filter((n) => layout.parentOf(n.id) === undefined).map((n) => ({ ...n.position, ...layout.size(n) }));
}

/** Whether a box of `size` at `at` keeps `gap` clear of every box. */
function isFree(at: Position, size: Size, boxes: readonly Box[], gap: number): boolean {
  return boxes.every(
    (b) => at.x + size.width + gap <= b.x || b.x + b.width + gap <= at.x || at.y + size.height + gap <= b.y || b.y + b.height + gap <= at.y,
  );
}

/**
 * The nearest spot to `start` where a box of `size` overlaps nothing drawn: `start` itself
 * when free, otherwise the free spots on square rings around it, `step` apart, nearest
 * first; undefined when even `rings` rings out are taken (the caller knows what is
 * better then).
 */
export function nearestFreeSpot(boxes: readonly Box[], size: Size, start: Position, step: Position, rings = 8, gap = FREE_GAP): Position | undefined {
  if (isFree(start, size, boxes, gap)) return start;
  for (let ring = 1; ring <= rings; ring++) {
    const spot = ringSpots(start, ring, step).find((p) => isFree(p, size, boxes, gap));
    if (spot) return spot;
  }
  return undefined;
}

/** The spots `ring` steps away from `start` (a square ring), nearest first, then top to bottom, left to right. */
function ringSpots(start: Position, ring: number, step: Position): Position[] {
  const spots: Array<Position & { distance: number }> = [];
  for (let j = -ring; j <= ring; j++) {
    for (let i = -ring; i <= ring; i++) {
      if (Math.max(Math.abs(i), Math.abs(j)) !== ring) continue;
      const dx = i * step.x;
      const dy = j * step.y;
      spots.push({ x: start.x + dx, y: start.y + dy, distance: dx * dx + dy * dy });
    }
  }
  return spots.sort((a, b) => a.distance - b.distance).map(({ x, y }) => ({ x: snap(x), y: snap(y) }));
}
