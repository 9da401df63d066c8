import type { Design, DesignNode } from '../../src/core/model/design.ts';
import { CanvasLayout, FRAME_STYLE } from '../../src/ui/canvas/canvas-layout.ts';
import type { FrameKind } from '../../src/ui/canvas/containment.ts';
import { CONTAINER_GAP, CONTAINER_HEIGHT, NODE_WIDTH, TASK_CONTENT_TOP, TASK_PAD, containment } from '../../src/ui/canvas/geometry.ts';
import { generateDesign } from '../generate.ts';

/** Space between cards. */
const GAP = 64;
/** Plain cards are at most this tall (header and three fact lines); rows are sized for it. */
const PLAIN_HEIGHT = 117;
/** What a VPC or subnet frame holds is laid out in rows of this many. */
const FRAME_COLUMNS = 4;

interface Block {
  width: number;
  height: number;
}

/**
 * The core bench's generated design, laid out as a person (or auto-layout) would have it:
 * the generator's grid places containers far from their task definition and services far
 * from their subnets, which on the canvas would make every frame thousands of pixels wide.
 * Here the top-level cards and frames sit on a grid in design order (a service next to
 * its task definition and roles), each task definition's containers are stacked inside
 * its frame, and a VPC's subnets (and what runs in them) sit in rows inside it. Positions
 * stay absolute, as the design keeps them, so the bare React Flow page can put its default
 * nodes at exactly the same places.
 */
export function benchDesign(nodes: number): Design {
  return laidOut(generateDesign(nodes));
}

/** Any design laid out that way (e2e specs use it for designs they build in code). */
export function laidOut(design: Design): Design {
  const { childrenOf, parentOf } = containment(design);
  const placed = new Map<string, { x: number; y: number }>();

  /** Places `n` at (x, y) with what it holds, and returns the block it takes. */
  const place = (n: DesignNode, x: number, y: number): Block => {
    placed.set(n.id, { x, y });
    const children = childrenOf.get(n.id) ?? [];
    if (n.kind === 'task-definition') {
      children.forEach((child, i) => placed.set(child.id, { x: x + TASK_PAD, y: y + TASK_CONTENT_TOP + i * (CONTAINER_HEIGHT + CONTAINER_GAP) }));
      return { width: NODE_WIDTH + TASK_PAD * 2, height: TASK_CONTENT_TOP + children.length * (CONTAINER_HEIGHT + CONTAINER_GAP) - CONTAINER_GAP + TASK_PAD };
    }
    if (!children.length) return { width: NODE_WIDTH, height: PLAIN_HEIGHT };
    const style = FRAME_STYLE[n.kind as FrameKind];
    let rowY = y + style.top;
    let width = 0;
    for (let i = 0; i < children.length; i += FRAME_COLUMNS) {
      let rowX = x + style.pad;
      let rowHeight = 0;
      for (const child of children.slice(i, i + FRAME_COLUMNS)) {
        const block = place(child, rowX, rowY);
        rowX += block.width + GAP / 2;
        rowHeight = Math.max(rowHeight, block.height);
      }
      width = Math.max(width, rowX - GAP / 2 - x + style.pad);
      rowY += rowHeight + GAP / 2;
    }
    return { width: Math.max(style.minWidth, width), height: Math.max(style.minHeight, rowY - GAP / 2 - y + style.pad) };
  };

  const topLevel = design.nodes.filter((n) => !parentOf.has(n.id));
  const columns = Math.round(Math.sqrt(topLevel.length) * 1.2);
  let y = 0;
  for (let row = 0; row * columns < topLevel.length; row++) {
    let x = 0;
    let height = 0;
    for (const n of topLevel.slice(row * columns, (row + 1) * columns)) {
      const block = place(n, x, y);
      x += Math.max(block.width, NODE_WIDTH + TASK_PAD * 2) + GAP;
      height = Math.max(height, block.height);
    }
    y += height + GAP;
  }
  const laid = { ...design, nodes: design.nodes.map((n) => ({ ...n, position: placed.get(n.id) ?? n.position })) };
  // The frames are then exactly as the canvas draws them: no child is shifted.
  const layout = new CanvasLayout(laid);
  for (const n of laid.nodes) {
    const drawn = layout.drawn(n.id);
    if (drawn.x !== n.position.x || drawn.y !== n.position.y) throw new Error(`bench layout put ${n.id} where its frame shifts it`);
  }
  return laid;
}
