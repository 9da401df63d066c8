import type { Design, DesignEdge, DesignNode, NodeKind, RelationKind } from './design.ts';

/**
 * Told of every read made through a DesignIndex. Incremental derive records what a node's
 * artifacts were built from, to know later whether they can be reused.
 */
export interface IndexReadRecorder {
  node(id: string, node: DesignNode | undefined): void;
  edges(direction: 'out' | 'in', id: string, kind: RelationKind | undefined, edges: readonly DesignEdge[]): void;
  kinds(kinds: readonly NodeKind[], nodes: readonly DesignNode[]): void;
  containers(taskDefinitionId: string, nodes: readonly DesignNode[]): void;
}

/**
 * Lookup tables over a design, built once per derive/validate pass so that every
 * "which nodes are connected to this one" question is a map read, not a scan.
 */
export class DesignIndex {
  readonly byId = new Map<string, DesignNode>();
  private readonly out = new Map<string, DesignEdge[]>();
  private readonly into = new Map<string, DesignEdge[]>();
  private readonly ofKind = new Map<NodeKind, DesignNode[]>();
  /** Position of each node in design.nodes: containers are ordered by it. */
  readonly order = new Map<string, number>();
  /** Set while a caller wants to know what is read (see IndexReadRecorder). */
  recorder: IndexReadRecorder | undefined;

  constructor(readonly design: Design) {
    design.nodes.forEach((node, i) => {
      this.byId.set(node.id, node);
      this.order.set(node.id, i);
      const list = this.ofKind.get(node.kind);
      if (list) list.push(node);
      else this.ofKind.set(node.kind, [node]);
    });
    for (const edge of design.edges) {
      if (!this.byId.has(edge.source) || !this.byId.has(edge.target)) continue;
      push(this.out, edge.source, edge);
      push(this.into, edge.target, edge);
    }
  }

  node(id: string): DesignNode | undefined {
    const node = this.byId.get(id);
    this.recorder?.node(id, node);
    return node;
  }

  nodesOfKind(...kinds: NodeKind[]): DesignNode[] {
    // Several kinds: one pass in document order beats merging the lists and sorting them.
    const nodes = kinds.length === 1 ? (this.ofKind.get(kinds[0]!) ?? []) : this.design.nodes.filter((n) => kinds.includes(n.kind));
    this.recorder?.kinds(kinds, nodes);
    return nodes;
  }

  outgoing(id: string, kind?: RelationKind): readonly DesignEdge[] {
    const edges = ofRelation(this.out.get(id), kind);
    this.recorder?.edges('out', id, kind, edges);
    return edges;
  }

  incoming(id: string, kind?: RelationKind): readonly DesignEdge[] {
    const edges = ofRelation(this.into.get(id), kind);
    this.recorder?.edges('in', id, kind, edges);
    return edges;
  }

  /** Nodes this node points to through relations of `kind`. */
  targets(id: string, kind: RelationKind): DesignNode[] {
    return this.outgoing(id, kind).map((e) => this.node(e.target)!);
  }

  /** Nodes pointing at this node through relations of `kind`. */
  sources(id: string, kind: RelationKind): DesignNode[] {
    return this.incoming(id, kind).map((e) => this.node(e.source)!);
  }

  /** The first node this node points to through a relation of `kind` (most relations allow one). */
  target(id: string, kind: RelationKind): DesignNode | undefined {
    const edge = this.outgoing(id, kind)[0];
    return edge && this.node(edge.target);
  }

  /** The first node pointing at this node through a relation of `kind`. */
  source(id: string, kind: RelationKind): DesignNode | undefined {
    const edge = this.incoming(id, kind)[0];
    return edge && this.node(edge.source);
  }

  /** Containers of a task definition, in document order. */
  containersOf(taskDefinitionId: string): DesignNode[] {
    const containers = this.sources(taskDefinitionId, 'contains');
    // Usually already in order (edges are drawn as containers are added): sort only when not.
    if (!containers.every((c, i) => i === 0 || this.order.get(containers[i - 1]!.id)! < this.order.get(c.id)!)) {
      containers.sort((a, b) => this.order.get(a.id)! - this.order.get(b.id)!);
    }
    this.recorder?.containers(taskDefinitionId, containers);
    return containers;
  }
}

const NO_EDGES: readonly DesignEdge[] = Object.freeze([]);

/**
 * The edges of one relation kind. Derive and validate ask this for every node, so the
 * common answers (none of them, all of them) are given without building a new list.
 */
function ofRelation(all: readonly DesignEdge[] | undefined, kind: RelationKind | undefined): readonly DesignEdge[] {
  if (!all) return NO_EDGES;
  if (!kind) return all;
  let matches = 0;
  for (const edge of all) if (edge.kind === kind) matches++;
  if (matches === all.length) return all;
  return matches === 0 ? NO_EDGES : all.filter((e) => e.kind === kind);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
