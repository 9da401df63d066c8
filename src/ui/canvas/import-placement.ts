import type { Design, DesignNode, Position } from '../../core/model/design.ts';
import { FREE_GAP, nearestFreeSpot, topLevelBoxes, type Box } from './free-space.ts';
import { containment, subtreeOf, type Containment } from './containment.ts';
import { nodeSize } from './canvas-layout.ts';
import { NODE_WIDTH, snap } from './geometry.ts';

/** Imported nodes per row: a few files stay a compact group; more wrap rather than trail off. */
const PER_ROW = 4;
/** How far apart the spots tried around the view centre are: half a node and a gap. */
const STEP = snap(NODE_WIDTH / 2 + FREE_GAP);

/**
 * Puts what an import added where nothing is drawn. The imported nodes (`importedIds`,
 * in import order) are laid out as a group by their drawn sizes, and the group goes to
 * the free spot nearest the view centre, so an import never covers the nodes already
 * there. Containers move with their task definition. When everything around the centre
 * is taken, the group goes just right of the whole design, which is always free (the
 * selection then scrolls it into view).
 */
export function placeImport(
  before: Pick<Design, 'nodes' | 'edges'>,
  after: Design,
  importedIds: readonly string[],
  center: Position,
  /** Keep how the importer arranged the nodes (a compose file's rows), moving them as one group. */
  options: { keepArrangement?: boolean } = {},
): Design {
  const structure = containment(after);
  const byId = new Map(after.nodes.map((n) => [n.id, n]));
  const roots = importedIds.map((id) => byId.get(id)).filter((n): n is DesignNode => n !== undefined && !structure.parentOf.has(n.id));
  if (!roots.length) return after;
  const { offsets, group } = options.keepArrangement ? asArranged(roots, structure) : inRows(roots, structure);

  const existing = topLevelBoxes(before);
  const start = { x: snap(center.x - group.width / 2), y: snap(center.y - group.height / 2) };
  const at = nearestFreeSpot(existing, group, start, { x: STEP, y: STEP }, 12) ?? rightOfEverything(existing, start.y);

  const moves = new Map<string, Position>(); // node id → how far it moves
  roots.forEach((node, i) => {
    const delta = { x: at.x + offsets[i]!.x - node.position.x, y: at.y + offsets[i]!.y - node.position.y };
    // What is drawn inside it (containers, a VPC's subnets and their services) moves along.
    for (const id of subtreeOf(structure, node.id)) moves.set(id, delta);
  });
  const old = new Set(before.nodes.map((n) => n.id));
  return {
    ...after,
    nodes: after.nodes.map((n) => {
      const d = !old.has(n.id) && moves.get(n.id);
      return d ? { ...n, position: { x: n.position.x + d.x, y: n.position.y + d.y } } : n;
    }),
  };
}

/** The group laid out from its own top-left corner, PER_ROW nodes a row. */
function inRows(roots: readonly DesignNode[], structure: Containment): { offsets: Position[]; group: { width: number; height: number } } {
  const offsets: Position[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  roots.forEach((node, i) => {
    if (i > 0 && i % PER_ROW === 0) {
      y += rowHeight + FREE_GAP;
      x = 0;
      rowHeight = 0;
    }
    const size = nodeSize(node, structure);
    offsets.push({ x, y });
    x += size.width + FREE_GAP;
    width = Math.max(width, x - FREE_GAP);
    rowHeight = Math.max(rowHeight, size.height);
  });
  return { offsets, group: { width, height: y + rowHeight } };
}

/** The group as the importer arranged it, from the top-left corner of what it covers. */
function asArranged(roots: readonly DesignNode[], structure: Containment): { offsets: Position[]; group: { width: number; height: number } } {
  const minX = Math.min(...roots.map((n) => n.position.x));
  const minY = Math.min(...roots.map((n) => n.position.y));
  let width = 0;
  let height = 0;
  const offsets = roots.map((node) => {
    const size = nodeSize(node, structure);
    const offset = { x: node.position.x - minX, y: node.position.y - minY };
    width = Math.max(width, offset.x + size.width);
    height = Math.max(height, offset.y + size.height);
    return offset;
  });
  return { offsets, group: { width, height } };
}

function rightOfEverything(boxes: readonly Box[], y: number): Position {
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  return { x: snap(right + FREE_GAP * 2), y: snap(y) };
}
