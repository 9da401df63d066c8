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
  const rects = lineEnds(nodes);
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

/**
 * The box of every node that takes lines, on the canvas (not relative to its frame): all
 * but containers drawn inside their task definition. What sits in a VPC or subnet frame is
 * placed by its frame's position (parents come first in `nodes`).
 */
function lineEnds(nodes: readonly CanvasNode[]): Map<string, Rect & { type: CanvasNode['type'] }> {
  const origins = new Map<string, { x: number; y: number }>();
  const rects = new Map<string, Rect & { type: CanvasNode['type'] }>();
  for (const n of nodes) {
    const parent = n.parentId === undefined ? undefined : origins.get(n.parentId);
    const x = n.position.x + (parent?.x ?? 0);
    const y = n.position.y + (parent?.y ?? 0);
    origins.set(n.id, { x, y });
    if (n.type !== 'container') rects.set(n.id, { x, y, width: n.width ?? 0, height: n.height ?? 0, type: n.type });
  }
  return rects;
}

/** How far the clip reaches past the outermost boxes: room for curves that bulge out and for arrowheads. */
const CLIP_MARGIN = 400;

/**
 * The clip of the overview lines, as SVG path data for `clip-rule="evenodd"`: a rectangle
 * around the whole design with a hole for each box (task definitions whole, with their
 * containers; VPC and subnet frames are not holes, since the lines between what they
 * hold run over them). The lines are drawn above the nodes, on a layer of their own, and
 * the holes make them look drawn under the boxes: panning then moves one picture. Drawn
 * under the nodes instead, that layer made Chrome give every box painted over it a
 * layer of its own (over 200 at 1,000 nodes), and sorting those out cost more each frame
 * than repainting the lines did.
 */
export function overviewLineClip(nodes: readonly CanvasNode[]): string {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const holes: string[] = [];
  for (const r of lineEnds(nodes).values()) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
    if (r.type !== 'frame') holes.push(`M${r.x},${r.y}h${r.width}v${r.height}h${-r.width}Z`);
  }
  if (minX === Infinity) return '';
  const x = minX - CLIP_MARGIN;
  const y = minY - CLIP_MARGIN;
  const outer = `M${x},${y}h${maxX - minX + 2 * CLIP_MARGIN}v${maxY - minY + 2 * CLIP_MARGIN}h${-(maxX - minX + 2 * CLIP_MARGIN)}Z`;
  return outer + holes.join('');
}
