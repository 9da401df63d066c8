import { KINDS } from '../../core/kinds/registry.ts';
import type { JsonObject } from '../../core/model/json.ts';
import type { DesignNode } from '../../core/model/design.ts';

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
/** Between containers stacked in a task definition. */
export const CONTAINER_GAP = 12;

export interface Size {
  width: number;
  height: number;
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

export function snap(value: number): number {
  return Math.round(value / GRID) * GRID;
}

export { containment, type Containment } from './containment.ts';
