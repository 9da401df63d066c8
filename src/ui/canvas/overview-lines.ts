import { getBezierPath, Position } from '@xyflow/react';
import type { RelationKind } from '../../core/model/design.ts';
import { edgeAppearance, edgeColour } from './edge-appearance.ts';
import { edgeEndpoints, type Rect } from './edge-geometry.ts';
import type { CanvasEdge, CanvasNode } from './flow-mapping.ts';

/**
 * The relation lines of a design seen zoomed out, drawn as one picture: per relation kind
 * one path with all its lines and one with their arrowheads (selected lines apart, drawn
 * bolder), instead of a React Flow edge (a component, its store subscriptions and SVG
 * elements) per line. Same geometry as RelationEdge: a curve between the facing sides of
 * the two boxes, ending in an arrow.
 */
export interface OverviewLineGroup {
  /** Unique among the groups: relation kind, and whether its lines are selected. */
  key: string;
  /** The line style classes of the relation (dashed, dotted), as on its edges, and `selected`. */
  className: string;
  colour: string;
  /** SVG path data of every line of the group. */
  lines: string;
  /** SVG path data of their arrowheads (closed triangles, to be filled). */
  arrows: string;
}

/**
 * The closed arrow of the edges' markers (edge-appearance.ts), as drawn at the default
 * stroke width; the marker grows with the stroke, as a selected line's (canvas.css) does.
 */
const ARROW_LENGTH = 6;
const ARROW_HALF_WIDTH = 4.5;
const SELECTED_SCALE = 2.5 / 1.5;

/** Where an arrow entering a box on `side` points: into the box. */
const INTO: Record<Position, { x: number; y: number }> = {
  [Position.Left]: { x: 1, y: 0 },
  [Position.Right]: { x: -1, y: 0 },
  [Position.Top]: { x: 0, y: 1 },
  [Position.Bottom]: { x: 0, y: -1 },
};

function arrow(x: number, y: number, side: Position, scale: number): string {
  const d = INTO[side];
  const baseX = x - d.x * ARROW_LENGTH * scale;
  const baseY = y - d.y * ARROW_LENGTH * scale;
  // Perpendicular to the direction, for the two back corners.
  const px = -d.y * ARROW_HALF_WIDTH * scale;
  const py = d.x * ARROW_HALF_WIDTH * scale;
  return `M${x},${y}L${baseX + px},${baseY + py}L${baseX - px},${baseY - py}Z`;
}

/**
 * Lines for `edges` between `nodes` that take lines: all but containers drawn inside
 * their task definition (the definition's lines stand for them). What sits in a VPC or
 * subnet frame is placed by its frame's position (parents come first in `nodes`).
 */
export function overviewLines(nodes: readonly CanvasNode[], edges: readonly CanvasEdge[]): OverviewLineGroup[] {
  const origins = new Map<string, { x: number; y: number }>();
  const rects = new Map<string, Rect>();
  for (const n of nodes) {
    const parent = n.parentId === undefined ? undefined : origins.get(n.parentId);
    const x = n.position.x + (parent?.x ?? 0);
    const y = n.position.y + (parent?.y ?? 0);
    origins.set(n.id, { x, y });
    if (n.type !== 'container') rects.set(n.id, { x, y, width: n.width ?? 0, height: n.height ?? 0 });
  }
  const groups = new Map<string, { relation: RelationKind; selected: boolean; lines: string[]; arrows: string[] }>();
  for (const e of edges) {
    const source = rects.get(e.source);
    const target = rects.get(e.target);
    const relation = e.data?.relation;
    if (!source || !target || !relation) continue;
    const selected = !!e.selected;
    const ends = edgeEndpoints(source, target);
    const key = selected ? `${relation} selected` : relation;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { relation, selected, lines: [], arrows: [] }));
    group.lines.push(getBezierPath(ends)[0]);
    group.arrows.push(arrow(ends.targetX, ends.targetY, ends.targetPosition, selected ? SELECTED_SCALE : 1));
  }
  return [...groups].map(([key, { relation, selected, lines, arrows }]) => ({
    key,
    className: `${edgeAppearance(relation).className}${selected ? ' selected' : ''}`,
    colour: edgeColour(relation),
    lines: lines.join(''),
    arrows: arrows.join(''),
  }));
}
