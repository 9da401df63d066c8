import { Position as Side, type CoordinateExtent, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import { KINDS } from '../../core/kinds/registry.ts';
import type { Design, DesignEdge, DesignNode, NodeKind, Position, RelationKind } from '../../core/model/design.ts';
import type { JsonObject } from '../../core/model/json.ts';
import { edgeAppearance, edgeLabel } from './edge-appearance.ts';
import { CanvasLayout } from './canvas-layout.ts';
import { isFrameKind } from './containment.ts';
import { HANDLE_SIZE, TASK_CONTENT_TOP, TASK_PAD, nodeFacts } from './geometry.ts';

/**
 * Design → React Flow. The design keeps absolute positions for every node; React Flow
 * draws containers as children of their task definition, so their positions become
 * relative here and absolute again when a move is committed (`absolutePositions`).
 * What the canvas needs to draw a node lives in the React Flow node's `data`; nothing of
 * it (nor the selection) is ever written into the design.
 */
export interface CanvasNodeData extends Record<string, unknown> {
  kind: NodeKind;
  name: string;
  facts: string[];
  /** A container drawn inside its task definition. */
  nested?: boolean;
  /** A task definition, VPC or subnet with nothing in it (shows a drop hint). */
  empty?: boolean;
  /** A public subnet (its frame is drawn green, private ones blue). */
  publicSubnet?: boolean;
}

export type CanvasNodeType = 'kind' | 'task' | 'container' | 'frame';
export type CanvasNode = Node<CanvasNodeData, CanvasNodeType>;

export interface CanvasEdgeData extends Record<string, unknown> {
  relation: RelationKind;
}
export type CanvasEdge = Edge<CanvasEdgeData>;

/** Containers may move right and down (the frame grows) but not over the header. */
const CHILD_EXTENT: CoordinateExtent = [
  [TASK_PAD, TASK_CONTENT_TOP],
  [Infinity, Infinity],
];

/**
 * A container inside its frame takes no lines in (its task definition is the frame
 * around it), but lines leave it on the right: to the secrets it reads, the repository
 * it pulls from.
 */
function containerHandles(width: number, height: number): NodeHandle[] {
  return sideHandles(width, height).filter((h) => h.type === 'source');
}

/**
 * Where NodeHandles puts a node's handles (lines come in on the left and leave on the
 * right, centred), relative to the node, to within a pixel of what React Flow would
 * measure. Stated, React Flow has them for every node, in view or not, without measuring
 * (see MappingOptions.handles).
 */
function sideHandles(width: number, height: number): NodeHandle[] {
  const y = height / 2 - HANDLE_SIZE / 2;
  const size = { width: HANDLE_SIZE, height: HANDLE_SIZE, id: null };
  return [
    { type: 'target', position: Side.Left, x: -HANDLE_SIZE / 2, y, ...size },
    { type: 'source', position: Side.Right, x: width - HANDLE_SIZE / 2, y, ...size },
  ];
}

interface NodeEntry {
  sourceData: JsonObject;
  /** The facts shown, joined: derived facts change without the node data changing. */
  factsKey: string;
  empty: boolean;
  node: CanvasNode;
}

interface EdgeEntry {
  source: DesignEdge;
  label: string;
  edge: CanvasEdge;
}

/**
 * Last output per id, so an unchanged design node keeps the very same React Flow node
 * object: React Flow then skips it, and a change re-renders only the nodes it touched.
 */
export interface FlowCache {
  nodes: Map<string, NodeEntry>;
  edges: Map<string, EdgeEntry>;
}

export function createFlowCache(): FlowCache {
  return { nodes: new Map(), edges: new Map() };
}

export interface MappingOptions {
  /** Each node's derived artifact, so facts show implied values (a Fargate task's size). */
  emitted?: ReadonlyMap<string, JsonObject>;
  /**
   * State where each node's handles are (default). Zoomed out, nodes draw no handles and
   * React Flow has no edges (OverviewLines draws the lines), so the nodes it measures
   * then have none; zoomed in, the stated handles (new node objects) let its edges find
   * their ends at once, also at nodes out of view, never measured with handles.
   */
  handles?: boolean;
  /**
   * During a drag: the layout of the design before it (frames keep their size, so what is
   * dragged out of one visibly leaves it) and the nodes of the dragged trees, whose design
   * positions are written as drawn (their offsets are plain differences).
   */
  frozen?: { layout: CanvasLayout; touched: ReadonlySet<string> };
}

export interface FlowElements {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
}

export function mapDesignToFlow(
  design: Pick<Design, 'nodes' | 'edges'>,
  selectedNodes: ReadonlySet<string>,
  selectedEdges: ReadonlySet<string>,
  cache: FlowCache = createFlowCache(),
  { emitted, handles = true, frozen }: MappingOptions = {},
): FlowElements {
  const layout = new CanvasLayout(design);
  const structure = layout.structure;
  const nodes: CanvasNode[] = [];
  const seen = new Set<string>();

  // Parents before their children, at every depth, as React Flow requires.
  const visit = (n: DesignNode, parentId: string | undefined) => {
    // While dragging, frames keep the size they had (what the drop is measured against).
    const committed = frozen && isFrameKind(n.kind) ? frozen.layout.node(n.id) : undefined;
    const size = committed ? frozen!.layout.size(committed) : layout.size(n);
    const children = structure.childrenOf.get(n.id);
    const empty = isFrameKind(n.kind) && !children;
    let position = n.position;
    if (parentId !== undefined) {
      const parent = layout.node(parentId)!;
      position = frozen?.touched.has(n.id) ? { x: n.position.x - parent.position.x, y: n.position.y - parent.position.y } : layout.offset(n.id)!;
    }
    nodes.push(cachedNode(cache, n, { position, ...size, selected: selectedNodes.has(n.id), parentId, empty, handles }, emitted?.get(n.id)));
    seen.add(n.id);
    for (const child of children ?? []) visit(child, n.id);
  };
  for (const n of design.nodes) if (!structure.parentOf.has(n.id)) visit(n, undefined);
  for (const id of cache.nodes.keys()) if (!seen.has(id)) cache.nodes.delete(id);

  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const edges: CanvasEdge[] = [];
  const seenEdges = new Set<string>();
  for (const e of design.edges) {
    // Containment is drawn as nesting, not as a line.
    if (structure.nestingEdges.has(e.id) || e.kind === 'contains' || !byId.has(e.source) || !byId.has(e.target)) continue;
    edges.push(cachedEdge(cache, e, edgeLabel(e, byId), selectedEdges.has(e.id)));
    seenEdges.add(e.id);
  }
  for (const id of cache.edges.keys()) if (!seenEdges.has(id)) cache.edges.delete(id);

  return { nodes, edges };
}

function nodeType(n: DesignNode, parentId: string | undefined): CanvasNodeType {
  if (n.kind === 'task-definition') return 'task';
  if (n.kind === 'vpc' || n.kind === 'subnet') return 'frame';
  return parentId && n.kind === 'container' ? 'container' : 'kind';
}

/** Where and how a node is drawn, as the mapping decides it. */
interface Placement {
  position: Position;
  width: number;
  height: number;
  selected: boolean;
  /** The task definition a container is drawn in. */
  parentId?: string;
  empty: boolean;
  handles: boolean;
}

function cachedNode(cache: FlowCache, n: DesignNode, placement: Placement, emitted: JsonObject | undefined): CanvasNode {
  const { position, width, height, selected, parentId, empty, handles } = placement;
  const inFrame = !!parentId && n.kind === 'container';
  const entry = cache.nodes.get(n.id);
  const prev = entry?.node;
  // Facts can change without the node's data changing (a container grew the task size).
  const facts = nodeFacts(n, emitted);
  const factsKey = facts.join('\n');
  if (
    entry &&
    prev &&
    entry.sourceData === n.data &&
    entry.factsKey === factsKey &&
    entry.empty === empty &&
    prev.data.kind === n.kind &&
    prev.position.x === position.x &&
    prev.position.y === position.y &&
    prev.width === width &&
    prev.height === height &&
    prev.selected === selected &&
    prev.parentId === parentId &&
    !!prev.handles === handles
  ) {
    return prev;
  }
  const sameData = entry && prev && entry.sourceData === n.data && entry.factsKey === factsKey && entry.empty === empty && prev.data.kind === n.kind && !!prev.data.nested === (!!parentId && n.kind === 'container');
  const data: CanvasNodeData = sameData
    ? prev.data
    : {
        kind: n.kind,
        name: KINDS[n.kind].displayName(n),
        facts,
        ...(parentId && n.kind === 'container' ? { nested: true } : {}),
        ...(empty ? { empty: true } : {}),
        ...(n.kind === 'subnet' && n.data.public === true ? { publicSubnet: true } : {}),
      };
  const node: CanvasNode = {
    id: n.id,
    type: nodeType(n, parentId),
    position: { x: position.x, y: position.y },
    data,
    width,
    height,
    // Sizes are known up front (geometry.ts); stating them lets React Flow clamp, fit and
    // draw edges without waiting for the DOM to be measured after every update.
    measured: { width, height },
    ...(handles ? { handles: inFrame ? containerHandles(width, height) : sideHandles(width, height) } : {}),
    selected,
    // A frame is dragged by its header (its body lets the pointer through to the canvas).
    ...(isFrameKind(n.kind) && n.kind !== 'task-definition' ? { dragHandle: '.ecs-frame-header' } : {}),
    // Containers stay in their task definition; what sits in a VPC or subnet may be dragged out of it.
    ...(parentId ? { parentId, ...(inFrame ? { extent: CHILD_EXTENT } : {}) } : {}),
  };
  cache.nodes.set(n.id, { sourceData: n.data, factsKey, empty, node });
  return node;
}

function cachedEdge(cache: FlowCache, e: DesignEdge, label: string, selected: boolean): CanvasEdge {
  const entry = cache.edges.get(e.id);
  if (entry && entry.source === e && entry.label === label && entry.edge.selected === selected) return entry.edge;
  const look = edgeAppearance(e.kind);
  const edge: CanvasEdge = {
    id: e.id,
    source: e.source,
    target: e.target,
    type: 'relation',
    className: look.className,
    animated: look.animated,
    markerEnd: look.marker,
    selected,
    data: { relation: e.kind },
    ...(label ? { label } : {}),
  };
  cache.edges.set(e.id, { source: e, label, edge });
  return edge;
}

/**
 * React Flow positions after a move (relative inside a frame, absolute at the top level)
 * → absolute design positions for every node of each moved node's top-level tree: what
 * a moved frame holds moves along, and the rest of the tree is written as drawn, so no
 * frame jumps after the commit. Measured against the design before the move.
 */
export function absolutePositions(design: Pick<Design, 'nodes' | 'edges'>, moved: ReadonlyMap<string, Position>, layout = new CanvasLayout(design)): Map<string, Position> {
  const out = new Map<string, Position>();
  const roots = new Set<string>();
  for (const id of moved.keys()) {
    if (!layout.node(id)) continue;
    let root = id;
    for (let p = layout.parentOf(root); p !== undefined; p = layout.parentOf(root)) root = p;
    roots.add(root);
  }
  const place = (id: string, at: Position) => {
    out.set(id, at);
    for (const child of layout.children(id)) {
      const rel = moved.get(child.id) ?? layout.offset(child.id)!;
      place(child.id, { x: at.x + rel.x, y: at.y + rel.y });
    }
  };
  for (const root of roots) {
    const at = moved.get(root) ?? layout.node(root)!.position;
    place(root, { x: at.x, y: at.y });
  }
  return out;
}
