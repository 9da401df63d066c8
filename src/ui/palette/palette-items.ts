import { KIND_LIST } from '../../core/kinds/registry.ts';
import { KIND_GROUPS, type KindGroup, type KindModule } from '../../core/kinds/types.ts';
import type { Design, Position } from '../../core/model/design.ts';
import { GRID, NODE_WIDTH, snap } from '../canvas/geometry.ts';

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

/**
 * Where a node added from the keyboard goes: centred on the view centre the way a drop
 * centres it on the pointer (on the grid), nudged off a node already there.
 */
export function keyboardPosition(design: Pick<Design, 'nodes'>, center: Position): Position {
  return placeNear(design, { x: snap(center.x - NODE_WIDTH / 2), y: snap(center.y - 24) }, GRID * 3);
}

export function placeNear(design: Pick<Design, 'nodes'>, center: Position, step = 24): Position {
  const at = { x: Math.round(center.x), y: Math.round(center.y) };
  const taken = (p: Position) => design.nodes.some((n) => Math.abs(n.position.x - p.x) < step / 2 && Math.abs(n.position.y - p.y) < step / 2);
  for (let i = 0; i < 50 && taken(at); i++) {
    at.x += step;
    at.y += step;
  }
  return at;
}
