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
  readonly byId: Map<string, DesignNode>;
  private readonly out: Map<string, DesignEdge[]>;
  private readonly into: Map<string, DesignEdge[]>;
  private readonly ofKind: Map<NodeKind, DesignNode[]>;
  /** Position of each node in design.nodes: containers are ordered by it. */
  readonly order: Map<string, number>;
  /** Set while a caller wants to know what is read (see IndexReadRecorder). */
  recorder: IndexReadRecorder | undefined;
  /** What the tables were built from, for the next index to start from (see `from`). */
  private readonly layout: IndexLayout;

  constructor(readonly design: Design) {
    const before = lastBuilt?.deref();
    const reused = before && before.from(design);
    if (reused) {
      ({ byId: this.byId, out: this.out, into: this.into, ofKind: this.ofKind, order: this.order, layout: this.layout } = reused);
    } else {
      this.byId = new Map();
      this.out = new Map();
      this.into = new Map();
      this.ofKind = new Map();
      this.order = new Map();
      this.layout = { nodes: [], ids: [], kinds: [], kindPositions: [], edges: [], ends: [] };
      this.build(design);
    }
    lastBuilt = new WeakRef(this);
  }

  private build(design: Design): void {
    const { layout } = this;
    design.nodes.forEach((node, i) => {
      this.byId.set(node.id, node);
      this.order.set(node.id, i);
      const list = this.ofKind.get(node.kind);
      layout.kindPositions.push(list ? list.length : 0);
      if (list) list.push(node);
      else this.ofKind.set(node.kind, [node]);
      layout.nodes.push(node);
      layout.ids.push(node.id);
      layout.kinds.push(node.kind);
    });
    for (const edge of design.edges) {
      layout.edges.push(edge);
      layout.ends.push(edge.source, edge.target);
      if (!this.byId.has(edge.source) || !this.byId.has(edge.target)) continue;
      push(this.out, edge.source, edge);
      push(this.into, edge.target, edge);
    }
  }

  /**
   * The tables for `design` made from this index's, when the design has the same edges
   * (the same objects between the same nodes) and the same node ids and kinds at every
   * place: the editor's designs after a field edit or a move, which replace a node object
   * or two. Then only the replaced nodes are put in, and a 1,000-node design is not indexed
   * from scratch after every keystroke. Anything else (even the same design changed in
   * place) is built anew. The tables are never changed once built, so they can be shared.
   */
  private from(design: Design): IndexTables | undefined {
    const was = this.layout;
    const { nodes, edges } = design;
    if (nodes.length !== was.nodes.length || edges.length !== was.edges.length) return undefined;
    for (let i = 0; i < edges.length; i++) {
      const edge = edges[i]!;
      if (edge !== was.edges[i] || edge.source !== was.ends[2 * i] || edge.target !== was.ends[2 * i + 1]) return undefined;
    }
    let replaced: number[] | undefined;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (node.id !== was.ids[i] || node.kind !== was.kinds[i]) return undefined;
      if (node !== was.nodes[i]) (replaced ??= []).push(i);
    }
    if (!replaced) return { byId: this.byId, order: this.order, layout: was, out: this.out, into: this.into, ofKind: this.ofKind };
    const byId = new Map(this.byId);
    const ofKind = new Map(this.ofKind);
    const copied = new Set<NodeKind>();
    const layout: IndexLayout = { ...was, nodes: nodes.slice() };
    for (const i of replaced) {
      const node = nodes[i]!;
      // With a repeated id the map holds the last node of that id, as a fresh build would.
      if (this.order.get(node.id) === i) byId.set(node.id, node);
      let list = ofKind.get(node.kind)!;
      if (!copied.has(node.kind)) {
        copied.add(node.kind);
        ofKind.set(node.kind, (list = list.slice()));
      }
      list[was.kindPositions[i]!] = node;
    }
    return { byId, order: this.order, layout, out: this.out, into: this.into, ofKind };
  }

  node(id: string): DesignNode | undefined {
    const node = this.byId.get(id);
    this.recorder?.node(id, node);
    return node;
  }

  nodesOfKind(...kinds: NodeKind[]): readonly DesignNode[] {
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

/** The design an index was built from, as it was then: ids and kinds by place, and each edge's ends. */
interface IndexLayout {
  nodes: DesignNode[];
  ids: string[];
  kinds: NodeKind[];
  /** Place of each node in its kind's list. */
  kindPositions: number[];
  edges: DesignEdge[];
  /** source, target of each edge in turn. */
  ends: string[];
}

interface IndexTables {
  byId: Map<string, DesignNode>;
  out: Map<string, DesignEdge[]>;
  into: Map<string, DesignEdge[]>;
  ofKind: Map<NodeKind, DesignNode[]>;
  order: Map<string, number>;
  layout: IndexLayout;
}

/** The index built last: the next one starts from its tables when it can (see DesignIndex.from). */
let lastBuilt: WeakRef<DesignIndex> | undefined;

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
