import { getBezierPath, Position } from '@xyflow/react';
import type { RelationKind } from '../../core/model/design.ts';
import { edgeAppearance, edgeColour } from './edge-appearance.ts';
import { edgeEndpoints, type Rect } from './edge-geometry.ts';
import type { CanvasEdge, CanvasNode } from './flow-mapping.ts';

/**
 * The relation lines of a design seen zoomed out, drawn as one picture: per relation kind
 * one path with all its lines and one with their arrowheads, instead of a React Flow edge
 * (a component, its store subscriptions and SVG elements) per line. Same geometry as
 * RelationEdge: a curve between the facing sides of the two boxes, ending in an arrow.
 */
export interface OverviewLineGroup {
  relation: RelationKind;
  /** The line style classes of the relation (dashed, dotted), as on its edges. */
  className: string;
  colour: string;
  /** SVG path data of every line of the group. */
  lines: string;
  /** SVG path data of their arrowheads (closed triangles, to be filled). */
  arrows: string;
}

/** The closed arrow of the edges' markers (edge-appearance.ts) as drawn at the default stroke width. */
const ARROW_LENGTH = 6;
const ARROW_HALF_WIDTH = 4.5;

/** Where an arrow entering a box on `side` points: into the box. */
const INTO: Record<Position, { x: number; y: number }> = {
  [Position.Left]: { x: 1, y: 0 },
  [Position.Right]: { x: -1, y: 0 },
  [Position.Top]: { x: 0, y: 1 },
  [Position.Bottom]: { x: 0, y: -1 },
};

function arrow(x: number, y: number, side: Position): string {
  const d = INTO[side];
  const baseX = x - d.x * ARROW_LENGTH;
  const baseY = y - d.y * ARROW_LENGTH;
  // Perpendicular to the direction, for the two back corners.
  const px = -d.y * ARROW_HALF_WIDTH;
  const py = d.x * ARROW_HALF_WIDTH;
  return `M${x},${y}L${baseX + px},${baseY + py}L${baseX - px},${baseY - py}Z`;
}

/**
 * Lines for `edges` between top-level `nodes` (those with a line's handles: a container
 * drawn inside its frame has none, and React Flow draws no edge to it either).
 */
export function overviewLines(nodes: readonly CanvasNode[], edges: readonly CanvasEdge[]): OverviewLineGroup[] {
  const rects = new Map<string, Rect>();
  for (const n of nodes) {
    if (!n.parentId) rects.set(n.id, { x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0 });
  }
  const groups = new Map<RelationKind, { lines: string[]; arrows: string[] }>();
  for (const e of edges) {
    const source = rects.get(e.source);
    const target = rects.get(e.target);
    const relation = e.data?.relation;
    if (!source || !target || !relation) continue;
    const ends = edgeEndpoints(source, target);
    let group = groups.get(relation);
    if (!group) groups.set(relation, (group = { lines: [], arrows: [] }));
    group.lines.push(getBezierPath(ends)[0]);
    group.arrows.push(arrow(ends.targetX, ends.targetY, ends.targetPosition));
  }
  return [...groups].map(([relation, { lines, arrows }]) => ({
    relation,
    className: edgeAppearance(relation).className,
    colour: edgeColour(relation),
    lines: lines.join(''),
    arrows: arrows.join(''),
  }));
}
