import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Design, Position } from '../../../core/model/design.ts';
import { containment, nodeSize, snap, taskFrame } from '../geometry.ts';

/**
 * Auto-layout as two pure steps around elkjs: the design becomes an ELK graph of the
 * top-level nodes (a task definition is one box the size of its frame; its containers
 * ride along), and ELK's answer becomes design positions for `moveNodes`.
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
};

export function buildElkGraph(design: Pick<Design, 'nodes' | 'edges'>): ElkNode {
  const structure = containment(design);
  const topLevel = design.nodes.filter((n) => !structure.parentOf.has(n.id));
  const ids = new Set(topLevel.map((n) => n.id));
  return {
    id: 'root',
    layoutOptions: LAYOUT_OPTIONS,
    children: topLevel.map((n) => ({ id: n.id, ...nodeSize(n, structure) })),
    edges: design.edges
      .filter((e) => e.kind !== 'contains' && ids.has(e.source) && ids.has(e.target) && e.source !== e.target)
      .map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  };
}

/** ELK's result → absolute design positions on the grid, containers kept in their frames. */
export function positionsFromLayout(design: Pick<Design, 'nodes' | 'edges'>, layout: ElkNode): Map<string, Position> {
  const structure = containment(design);
  const out = new Map<string, Position>();
  for (const child of layout.children ?? []) {
    if (child.x === undefined || child.y === undefined) continue;
    out.set(child.id, { x: snap(child.x), y: snap(child.y) });
  }
  for (const n of design.nodes) {
    const origin = out.get(n.id);
    const children = structure.childrenOf.get(n.id);
    if (!origin || !children) continue;
    for (const [id, offset] of taskFrame(n, children).childOffsets) out.set(id, { x: origin.x + offset.x, y: origin.y + offset.y });
  }
  return out;
}
