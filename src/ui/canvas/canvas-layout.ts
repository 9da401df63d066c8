import type { Design, DesignNode, Position } from '../../core/model/design.ts';
import { containment, isFrameKind, type Containment, type FrameKind } from './containment.ts';
import { CONTAINER_GAP, CONTAINER_HEIGHT, CONTAINER_WIDTH, NODE_WIDTH, TASK_CONTENT_TOP, TASK_PAD, plainNodeHeight, nodeFacts, type Size } from './geometry.ts';

/**
 * Where everything is drawn: the size of every node (frames fit what they hold) and each
 * nested node's offset inside its frame. The design keeps absolute positions for every
 * node; a frame's children keep theirs relative to the frame, except that children
 * placed above or left of its content area (an import or an older design put them there)
 * are all shifted together, so their arrangement is kept and none covers the header.
 * Computed once per design and read by the mapping, drops, moves and auto-layout alike.
 */
export interface FrameStyle {
  /** Space left, right and below the children. */
  pad: number;
  /** Top of the content area: the header is above it. */
  top: number;
  /** Size when empty (and at least). */
  minWidth: number;
  minHeight: number;
}

export const FRAME_STYLE: Record<FrameKind, FrameStyle> = {
  'task-definition': { pad: TASK_PAD, top: TASK_CONTENT_TOP, minWidth: TASK_PAD + CONTAINER_WIDTH + TASK_PAD, minHeight: TASK_CONTENT_TOP + 56 + TASK_PAD },
  vpc: { pad: 24, top: 72, minWidth: 576, minHeight: 288 },
  subnet: { pad: 16, top: 72, minWidth: 304, minHeight: 184 },
};

interface Frame extends Size {
  offsets: Map<string, Position>;
}

export class CanvasLayout {
  readonly structure: Containment;
  private readonly byId: Map<string, DesignNode>;
  private readonly frames = new Map<string, Frame>();
  private readonly sizes = new Map<string, Size>();

  constructor(readonly design: Pick<Design, 'nodes' | 'edges'>, structure?: Containment) {
    this.structure = structure ?? containment(design);
    this.byId = new Map(design.nodes.map((n) => [n.id, n]));
  }

  node(id: string): DesignNode | undefined {
    return this.byId.get(id);
  }

  parentOf(id: string): string | undefined {
    return this.structure.parentOf.get(id);
  }

  children(id: string): readonly DesignNode[] {
    return this.structure.childrenOf.get(id) ?? [];
  }

  /** Size of a node as drawn. */
  size(node: DesignNode): Size {
    let size = this.sizes.get(node.id);
    if (size) return size;
    if (isFrameKind(node.kind)) {
      const f = this.frame(node);
      size = { width: f.width, height: f.height };
    } else if (node.kind === 'container' && this.structure.parentOf.has(node.id)) {
      size = { width: CONTAINER_WIDTH, height: CONTAINER_HEIGHT };
    } else {
      size = { width: NODE_WIDTH, height: plainNodeHeight(nodeFacts(node).length) };
    }
    this.sizes.set(node.id, size);
    return size;
  }

  /** A nested node's position inside its frame, as drawn; undefined at the top level. */
  offset(id: string): Position | undefined {
    const parent = this.structure.parentOf.get(id);
    const frame = parent === undefined ? undefined : this.byId.get(parent);
    return frame ? this.frame(frame).offsets.get(id) : undefined;
  }

  /** Where a node is drawn, in design coordinates (its frames' shifts included). */
  drawn(id: string): Position {
    const node = this.byId.get(id)!;
    const parent = this.structure.parentOf.get(id);
    if (parent === undefined) return node.position;
    const at = this.drawn(parent);
    const offset = this.offset(id)!;
    return { x: at.x + offset.x, y: at.y + offset.y };
  }

  /** The frame of a task definition, VPC or subnet around its children. */
  frame(node: DesignNode): Frame {
    let frame = this.frames.get(node.id);
    if (frame) return frame;
    const style = FRAME_STYLE[node.kind as FrameKind];
    const children = this.children(node.id);
    const offsets = new Map<string, Position>();
    if (!children.length) {
      frame = { width: style.minWidth, height: style.minHeight, offsets };
    } else {
      let minX = Infinity;
      let minY = Infinity;
      for (const c of children) {
        minX = Math.min(minX, c.position.x - node.position.x);
        minY = Math.min(minY, c.position.y - node.position.y);
      }
      const shiftX = Math.max(0, style.pad - minX);
      const shiftY = Math.max(0, style.top - minY);
      let right = 0;
      let bottom = 0;
      for (const c of children) {
        const offset = { x: c.position.x - node.position.x + shiftX, y: c.position.y - node.position.y + shiftY };
        offsets.set(c.id, offset);
        const size = this.size(c);
        right = Math.max(right, offset.x + size.width);
        bottom = Math.max(bottom, offset.y + size.height);
      }
      // A task definition is as tall as its containers; network frames keep room to drop more in.
      const minHeight = node.kind === 'task-definition' ? 0 : style.minHeight;
      frame = { width: Math.max(style.minWidth, right + style.pad), height: Math.max(minHeight, bottom + style.pad), offsets };
    }
    this.frames.set(node.id, frame);
    return frame;
  }

  /**
   * The deepest frame whose box contains `point` and that takes `accepts`, skipping the
   * nodes in `except` (a dragged node and what it holds). Later nodes are drawn on top.
   */
  frameAt(point: Position, accepts: (frame: DesignNode) => boolean, except?: ReadonlySet<string>): DesignNode | undefined {
    let best: DesignNode | undefined;
    let bestDepth = -1;
    for (const n of this.design.nodes) {
      if (!isFrameKind(n.kind) || except?.has(n.id) || !accepts(n)) continue;
      const at = this.drawn(n.id);
      const { width, height } = this.size(n);
      if (point.x < at.x || point.x > at.x + width || point.y < at.y || point.y > at.y + height) continue;
      const depth = this.depth(n.id);
      if (depth >= bestDepth) {
        best = n;
        bestDepth = depth;
      }
    }
    return best;
  }

  /** `at`, moved right/down as far as needed to sit in the frame's content area (below its header). */
  intoFrame(frame: DesignNode, at: Position): Position {
    const style = FRAME_STYLE[frame.kind as FrameKind];
    const origin = this.drawn(frame.id);
    return { x: Math.max(at.x, origin.x + style.pad), y: Math.max(at.y, origin.y + style.top) };
  }

  private depth(id: string): number {
    let d = 0;
    for (let p = this.structure.parentOf.get(id); p !== undefined; p = this.structure.parentOf.get(p)) d++;
    return d;
  }
}

const NO_DESIGN = { nodes: [], edges: [] };

/** Size of any node as drawn (one-off: sizes need only the containment; build a CanvasLayout for many). */
export function nodeSize(node: DesignNode, structure: Containment): Size {
  return new CanvasLayout(NO_DESIGN, structure).size(node);
}

/** Where the next container of a task definition goes (design coordinates): below the last one. */
export function nextContainerSlot(design: Pick<Design, 'nodes' | 'edges'>, tdId: string): Position {
  const layout = new CanvasLayout(design);
  const td = layout.node(tdId);
  if (!td) return { x: 0, y: 0 };
  // Lined up under the lowest container, as drawn.
  let bottom = TASK_CONTENT_TOP - CONTAINER_GAP;
  let x = TASK_PAD;
  for (const offset of layout.frame(td).offsets.values()) {
    if (offset.y + CONTAINER_HEIGHT < bottom) continue;
    bottom = offset.y + CONTAINER_HEIGHT;
    x = offset.x;
  }
  const at = layout.drawn(tdId);
  return { x: at.x + x, y: at.y + bottom + CONTAINER_GAP };
}

/** Between what is stacked in a VPC or subnet frame. */
const FRAME_GAP = 32;

/**
 * Where a node of `size` joining `frame` goes (design coordinates): below what the frame
 * holds already, at its left edge, so the frame grows downwards and nothing is covered.
 */
export function nextSlotIn(layout: CanvasLayout, frame: DesignNode, except?: ReadonlySet<string>): Position {
  const style = FRAME_STYLE[frame.kind as FrameKind];
  const origin = layout.drawn(frame.id);
  let bottom = style.top - FRAME_GAP;
  for (const child of layout.children(frame.id)) {
    if (except?.has(child.id)) continue;
    bottom = Math.max(bottom, layout.offset(child.id)!.y + layout.size(child).height);
  }
  return { x: origin.x + style.pad, y: origin.y + bottom + FRAME_GAP };
}
