import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Design, DesignNode, Position } from '../../../core/model/design.ts';
import { CanvasLayout, FRAME_STYLE } from '../canvas-layout.ts';
import type { FrameKind } from '../containment.ts';
import { snap } from '../geometry.ts';

/**
 * Auto-layout as two pure steps around elkjs: the design becomes an ELK graph, and ELK's
 * answer becomes design positions for `moveNodes`. VPCs and subnets are ELK compound nodes
 * laid out with what they hold (lines may cross their borders); a task definition is one
 * box the size of its frame, its containers ride along.
 */
export const LAYOUT_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'SPLINES',
  'elk.spacing.nodeNode': '40',
  'elk.layered.spacing.nodeNodeBetweenLayers': '96',
  'elk.spacing.componentComponent': '80',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  // Keep the order people drew things in where the layout leaves a choice.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  // Lines between nodes in different frames are laid out with the frames' contents.
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
};

/** Laid out by ELK with its children (a task definition's containers keep their own arrangement). */
function isCompound(node: DesignNode, layout: CanvasLayout): boolean {
  return (node.kind === 'vpc' || node.kind === 'subnet') && layout.children(node.id).length > 0;
}

export function buildElkGraph(design: Pick<Design, 'nodes' | 'edges'>): ElkNode {
  const layout = new CanvasLayout(design);
  const laidOut = new Set<string>();
  const elkNode = (n: DesignNode): ElkNode => {
    laidOut.add(n.id);
    if (!isCompound(n, layout)) return { id: n.id, ...layout.size(n) };
    const style = FRAME_STYLE[n.kind as FrameKind];
    return {
      id: n.id,
      layoutOptions: {
        'elk.padding': `[top=${style.top},left=${style.pad},bottom=${style.pad},right=${style.pad}]`,
        // As the canvas draws it: never smaller than an empty frame.
        'elk.nodeSize.constraints': 'MINIMUM_SIZE',
        'elk.nodeSize.minimum': `(${style.minWidth},${style.minHeight})`,
      },
      children: layout.children(n.id).map(elkNode),
    };
  };
  const children = design.nodes.filter((n) => layout.parentOf(n.id) === undefined).map(elkNode);
  return {
    id: 'root',
    layoutOptions: LAYOUT_OPTIONS,
    children,
    edges: design.edges
      .filter((e) => !layout.structure.nestingEdges.has(e.id) && e.kind !== 'contains' && laidOut.has(e.source) && laidOut.has(e.target) && e.source !== e.target)
      .map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  };
}

/** ELK's result (positions relative to the compound node they are in) → absolute design positions on the grid. */
export function positionsFromLayout(design: Pick<Design, 'nodes' | 'edges'>, result: ElkNode): Map<string, Position> {
  const layout = new CanvasLayout(design);
  const out = new Map<string, Position>();
  const read = (nodes: readonly ElkNode[] | undefined, origin: Position) => {
    for (const child of nodes ?? []) {
      if (child.x === undefined || child.y === undefined) continue;
      const at = { x: snap(origin.x + child.x), y: snap(origin.y + child.y) };
      out.set(child.id, at);
      read(child.children, at);
    }
  };
  read(result.children, { x: 0, y: 0 });
  // Containers (and anything ELK was not given) ride along with their frame, as drawn.
  const follow = (id: string) => {
    const at = out.get(id);
    for (const c of layout.children(id)) {
      if (at && !out.has(c.id)) {
        const offset = layout.offset(c.id)!;
        out.set(c.id, { x: at.x + offset.x, y: at.y + offset.y });
      }
      follow(c.id);
    }
  };
  for (const n of design.nodes) if (layout.parentOf(n.id) === undefined) follow(n.id);
  return out;
}
