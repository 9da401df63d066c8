import { KIND_LIST } from '../../core/kinds/registry.ts';
import { KIND_GROUPS, type KindGroup, type KindModule } from '../../core/kinds/types.ts';
import type { Design, Position } from '../../core/model/design.ts';
import { containment, GRID, NODE_WIDTH, nodeSize, plainNodeHeight, snap, type Size } from '../canvas/geometry.ts';

/** The MIME type the canvas drop handler reads to know which kind was dragged. */
export const KIND_MIME = 'application/x-ecs-designer-kind';

export interface PaletteGroup {
  group: KindGroup;
  kinds: KindModule[];
}

/**
 * The palette's groups, narrowed by the filter text: every word must appear in the kind's
 * label or description ("spot", "load bal", "role task"). Empty groups are left out.
 */
export function paletteGroups(filter: string, kinds: readonly KindModule[] = KIND_LIST): PaletteGroup[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (k: KindModule) => {
    const text = `${k.label} ${k.description} ${k.group}`.toLowerCase();
    return words.every((w) => text.includes(w));
  };
  return KIND_GROUPS.map((group) => ({ group, kinds: kinds.filter((k) => k.group === group && matches(k)) })).filter((g) => g.kinds.length > 0);
}

/** Room kept between a keyboard-added node and its neighbours. */
const GAP = GRID * 2;
/** A new node's box, as drawn with its first facts (its real height is known once it exists). */
const NEW_NODE: Size = { width: NODE_WIDTH, height: plainNodeHeight(2) };
/** How many rings of spots around the view centre are tried before giving up on a free one. */
const MAX_RINGS = 8;

/**
 * Where a node added from the keyboard goes: centred on the view centre the way a drop
 * centres it on the pointer (on the grid); when something is drawn there, the nearest
 * free spot around it, so a design built from the keyboard does not pile up.
 */
export function keyboardPosition(design: Pick<Design, 'nodes' | 'edges'>, center: Position): Position {
  const start = { x: snap(center.x - NODE_WIDTH / 2), y: snap(center.y - 24) };
  const structure = containment(design);
  const boxes = design.nodes.filter((n) => !structure.parentOf.has(n.id)).map((n) => ({ ...n.position, ...nodeSize(n, structure) }));
  const free = (p: Position) =>
    boxes.every((b) => p.x + NEW_NODE.width + GAP <= b.x || b.x + b.width + GAP <= p.x || p.y + NEW_NODE.height + GAP <= b.y || b.y + b.height + GAP <= p.y);
  if (free(start)) return start;
  const step = { x: snap(NEW_NODE.width + GAP), y: snap(NEW_NODE.height + GAP) };
  for (let ring = 1; ring <= MAX_RINGS; ring++) {
    const spot = ringSpots(start, ring, step).find(free);
    if (spot) return spot;
  }
  return start; // crowded far around: overlapping beats landing out of sight
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
  return spots.sort((a, b) => a.distance - b.distance).map(({ x, y }) => ({ x, y }));
}
