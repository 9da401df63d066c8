import { KIND_LIST } from '../../core/kinds/registry.ts';
import { KIND_GROUPS, type KindGroup, type KindModule } from '../../core/kinds/types.ts';
import type { Design, Position } from '../../core/model/design.ts';
import { FREE_GAP, nearestFreeSpot, topLevelBoxes } from '../canvas/free-space.ts';
import { NODE_WIDTH, plainNodeHeight, snap, type Size } from '../canvas/geometry.ts';

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

/** A new node's box, as drawn with its first facts (its real height is known once it exists). */
const NEW_NODE: Size = { width: NODE_WIDTH, height: plainNodeHeight(2) };

/**
 * Where a node added from the keyboard goes: centred on the view centre the way a drop
 * centres it on the pointer (on the grid); when something is drawn there, the nearest
 * free spot around it, so a design built from the keyboard does not pile up.
 */
export function keyboardPosition(design: Pick<Design, 'nodes' | 'edges'>, center: Position): Position {
  const start = { x: snap(center.x - NODE_WIDTH / 2), y: snap(center.y - 24) };
  const step = { x: snap(NEW_NODE.width + FREE_GAP), y: snap(NEW_NODE.height + FREE_GAP) };
  // Crowded far around: overlapping near the centre beats landing out of sight.
  return nearestFreeSpot(topLevelBoxes(design), NEW_NODE, start, step) ?? start;
}
