import { RELATIONS } from '../../core/model/relations.ts';
import type { Design, DesignEdge, DesignNode, NodeKind, RelationKind } from '../../core/model/design.ts';

/**
 * Which node is drawn inside which, as in the usual AWS architecture pictures: containers
 * in their task definition, subnets and security groups in their VPC, what runs in a
 * subnet (services, tasks, load balancers, NAT gateways, capacity) in that subnet. The
 * relations decide it; the canvas only draws it. A node placed in several subnets of one
 * VPC (a multi-AZ service) sits in the VPC with lines to its subnets; across VPCs, it
 * stays outside.
 */
export type FrameKind = 'task-definition' | 'vpc' | 'subnet';
export const FRAME_KINDS: ReadonlySet<NodeKind> = new Set<NodeKind>(['task-definition', 'vpc', 'subnet']);

export function isFrameKind(kind: NodeKind): kind is FrameKind {
  return FRAME_KINDS.has(kind);
}

export interface Containment {
  parentOf: Map<string, string>;
  /** Each frame's children, in design order. */
  childrenOf: Map<string, DesignNode[]>;
  /** Connections the nesting stands for: drawn as the nesting, not as lines. */
  nestingEdges: Set<string>;
}

/** The relation that puts a node of `child` kind into a frame of `frame` kind, if any. */
export function nestingRelation(child: NodeKind, frame: NodeKind): RelationKind | undefined {
  if (frame === 'task-definition') return child === 'container' ? 'contains' : undefined;
  if (frame === 'vpc') return RELATIONS['in-vpc'].sources.includes(child) ? 'in-vpc' : undefined;
  if (frame === 'subnet') {
    if (RELATIONS['in-subnet'].sources.includes(child)) return 'in-subnet';
    return RELATIONS['placed-in'].sources.includes(child) ? 'placed-in' : undefined;
  }
  return undefined;
}

/** Whether a node of this kind can be drawn inside some frame (and so dragged into one). */
export function nestsInFrames(kind: NodeKind): boolean {
  return [...FRAME_KINDS].some((frame) => nestingRelation(kind, frame) !== undefined);
}

export function containment(design: Pick<Design, 'nodes' | 'edges'>): Containment {
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<string, string>();
  const nestingEdges = new Set<string>();
  const placements = new Map<string, DesignEdge[]>();
  const nest = (e: DesignEdge) => {
    if (parentOf.has(e.source)) return;
    parentOf.set(e.source, e.target);
    nestingEdges.add(e.id);
  };
  for (const e of design.edges) {
    const child = byId.get(e.source);
    const frame = byId.get(e.target);
    if (!child || !frame || nestingRelation(child.kind, frame.kind) !== e.kind) continue;
    if (e.kind === 'placed-in') {
      const list = placements.get(e.source);
      if (list) list.push(e);
      else placements.set(e.source, [e]);
    } else {
      nest(e);
    }
  }
  for (const [id, edges] of placements) {
    if (parentOf.has(id)) continue;
    const subnets = [...new Set(edges.map((e) => e.target))];
    if (subnets.length === 1) {
      nest(edges[0]!);
      continue;
    }
    // Several subnets: inside their VPC when they share one (the lines to the subnets stay).
    const vpcs = new Set(subnets.map((s) => parentOf.get(s)));
    const [vpc] = vpcs;
    if (vpcs.size === 1 && vpc !== undefined && byId.get(vpc)?.kind === 'vpc') parentOf.set(id, vpc);
  }
  const childrenOf = new Map<string, DesignNode[]>();
  for (const n of design.nodes) {
    const parent = parentOf.get(n.id);
    if (parent === undefined) continue;
    const list = childrenOf.get(parent);
    if (list) list.push(n);
    else childrenOf.set(parent, [n]);
  }
  return { parentOf, childrenOf, nestingEdges };
}

/** The node and everything drawn inside it, at any depth. */
export function subtreeOf(structure: Containment, id: string): Set<string> {
  const out = new Set([id]);
  const walk = (at: string) => {
    for (const c of structure.childrenOf.get(at) ?? []) {
      out.add(c.id);
      walk(c.id);
    }
  };
  walk(id);
  return out;
}
