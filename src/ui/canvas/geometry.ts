import { KINDS } from '../../core/kinds/registry.ts';
import type { JsonObject } from '../../core/model/json.ts';
import type { Design, DesignNode, Position } from '../../core/model/design.ts';

/**
 * Sizes of nodes on the canvas, decided here rather than measured in the DOM: the
 * mapping, the task definition frames, auto-layout and drop targets then all agree,
 * and React Flow never has to wait for a measurement before it can draw or fit.
 */
export const GRID = 16;
export const NODE_WIDTH = 240;
const HEADER_HEIGHT = 52;
const FACT_LINE = 18;
/** Vertical padding of the fact list plus its top rule and the card's borders. */
const FACTS_PADDING = 11;

/** Side of a node's connection handle (`.ecs-handle` in canvas.css). */
export const HANDLE_SIZE = 10;

export const CONTAINER_WIDTH = 232;
export const CONTAINER_HEIGHT = 56;

/** A task definition is a frame: header on top, its containers stacked below. */
export const TASK_PAD = 12;
export const TASK_CONTENT_TOP = 80;
const TASK_MIN_WIDTH = TASK_PAD + CONTAINER_WIDTH + TASK_PAD;
const TASK_EMPTY_CONTENT = 56;
const CONTAINER_GAP = 12;

export interface Size {
  width: number;
  height: number;
}

/** Which task definition each container is drawn inside (by its `contains` relation). */
export interface Containment {
  parentOf: Map<string, string>;
  childrenOf: Map<string, DesignNode[]>;
}

export function containment(design: Pick<Design, 'nodes' | 'edges'>): Containment {
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<string, string>();
  const childrenOf = new Map<string, DesignNode[]>();
  for (const e of design.edges) {
    if (e.kind !== 'contains' || parentOf.has(e.source)) continue;
    const child = byId.get(e.source);
    const parent = byId.get(e.target);
    if (child?.kind !== 'container' || parent?.kind !== 'task-definition') continue;
    parentOf.set(child.id, parent.id);
    const list = childrenOf.get(parent.id);
    if (list) list.push(child);
    else childrenOf.set(parent.id, [child]);
  }
  return { parentOf, childrenOf };
}

/** Facts shown on a node, as the kind module states them (from its emitted artifact when given). */
export function nodeFacts(node: DesignNode, emitted?: JsonObject): string[] {
  return KINDS[node.kind].facts(node, emitted);
}

/** Height of a plain node: header plus one line per fact (at most three). */
export function plainNodeHeight(factCount: number): number {
  const lines = Math.min(factCount, 3);
  return HEADER_HEIGHT + (lines ? lines * FACT_LINE + FACTS_PADDING : 0);
}

export interface TaskFrame extends Size {
  /** Position of each container relative to the task definition, as drawn. */
  childOffsets: Map<string, Position>;
}

/**
 * The frame of a task definition around its containers. Containers keep their design
 * positions relative to the frame; if some sit above or left of the content area (an
 * import or an older design put them there), all are shifted together so that their
 * arrangement is kept and none covers the header.
 */
export function taskFrame(td: DesignNode, children: readonly DesignNode[]): TaskFrame {
  const childOffsets = new Map<string, Position>();
  if (children.length === 0) {
    return { width: TASK_MIN_WIDTH, height: TASK_CONTENT_TOP + TASK_EMPTY_CONTENT + TASK_PAD, childOffsets };
  }
  let minX = Infinity;
  let minY = Infinity;
  for (const c of children) {
    minX = Math.min(minX, c.position.x - td.position.x);
    minY = Math.min(minY, c.position.y - td.position.y);
  }
  const shiftX = Math.max(0, TASK_PAD - minX);
  const shiftY = Math.max(0, TASK_CONTENT_TOP - minY);
  let right = 0;
  let bottom = 0;
  for (const c of children) {
    const offset = { x: c.position.x - td.position.x + shiftX, y: c.position.y - td.position.y + shiftY };
    childOffsets.set(c.id, offset);
    right = Math.max(right, offset.x + CONTAINER_WIDTH);
    bottom = Math.max(bottom, offset.y + CONTAINER_HEIGHT);
  }
  return { width: Math.max(TASK_MIN_WIDTH, right + TASK_PAD), height: bottom + TASK_PAD, childOffsets };
}

/** Size of any top-level or nested node as drawn. */
export function nodeSize(node: DesignNode, structure: Containment): Size {
  if (node.kind === 'task-definition') {
    const frame = taskFrame(node, structure.childrenOf.get(node.id) ?? []);
    return { width: frame.width, height: frame.height };
  }
  if (node.kind === 'container' && structure.parentOf.has(node.id)) return { width: CONTAINER_WIDTH, height: CONTAINER_HEIGHT };
  return { width: NODE_WIDTH, height: plainNodeHeight(nodeFacts(node).length) };
}

/** Where the next container of a task definition goes (design coordinates): below the last one. */
export function nextContainerSlot(design: Pick<Design, 'nodes' | 'edges'>, tdId: string): Position {
  const td = design.nodes.find((n) => n.id === tdId);
  if (!td) return { x: 0, y: 0 };
  const children = containment(design).childrenOf.get(tdId) ?? [];
  const frame = taskFrame(td, children);
  // Lined up under the lowest container, as drawn.
  let bottom = TASK_CONTENT_TOP - CONTAINER_GAP;
  let x = TASK_PAD;
  for (const offset of frame.childOffsets.values()) {
    if (offset.y + CONTAINER_HEIGHT < bottom) continue;
    bottom = offset.y + CONTAINER_HEIGHT;
    x = offset.x;
  }
  return { x: td.position.x + x, y: td.position.y + bottom + CONTAINER_GAP };
}

/** The top-most task definition whose frame contains a point (design coordinates). */
export function taskDefinitionAt(design: Pick<Design, 'nodes' | 'edges'>, point: Position, except?: string): DesignNode | undefined {
  const structure = containment(design);
  for (let i = design.nodes.length - 1; i >= 0; i--) {
    const n = design.nodes[i]!;
    if (n.kind !== 'task-definition' || n.id === except) continue;
    const { width, height } = nodeSize(n, structure);
    const { x, y } = n.position;
    if (point.x >= x && point.x <= x + width && point.y >= y && point.y <= y + height) return n;
  }
  return undefined;
}

export function snap(value: number): number {
  return Math.round(value / GRID) * GRID;
}
