import type { Design, DesignEdge, DesignNode, NodeKind, RelationKind } from './design.ts';

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
    return this.byId.get(id);
  }

  nodesOfKind(...kinds: NodeKind[]): DesignNode[] {
    if (kinds.length === 1) return this.ofKind.get(kinds[0]!) ?? [];
    return kinds.flatMap((k) => this.ofKind.get(k) ?? []).sort((a, b) => this.order.get(a.id)! - this.order.get(b.id)!);
  }

  outgoing(id: string, kind?: RelationKind): DesignEdge[] {
    const edges = this.out.get(id) ?? [];
    return kind ? edges.filter((e) => e.kind === kind) : edges;
  }

  incoming(id: string, kind?: RelationKind): DesignEdge[] {
    const edges = this.into.get(id) ?? [];
    return kind ? edges.filter((e) => e.kind === kind) : edges;
  }

  /** Nodes this node points to through relations of `kind`. */
  targets(id: string, kind: RelationKind): DesignNode[] {
    return this.outgoing(id, kind).map((e) => this.byId.get(e.target)!);
  }

  /** Nodes pointing at this node through relations of `kind`. */
  sources(id: string, kind: RelationKind): DesignNode[] {
    return this.incoming(id, kind).map((e) => this.byId.get(e.source)!);
  }

  /** Containers of a task definition, in document order. */
  containersOf(taskDefinitionId: string): DesignNode[] {
    return this.sources(taskDefinitionId, 'contains').sort((a, b) => this.order.get(a.id)! - this.order.get(b.id)!);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
