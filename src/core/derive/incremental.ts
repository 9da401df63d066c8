import type { Artifact } from '../model/artifact.ts';
import type { Design, DesignEdge, DesignNode, NodeKind, RelationKind } from '../model/design.ts';
import type { DesignIndex, IndexReadRecorder } from '../model/graph.ts';
import { DeriveContext } from './context.ts';
import { arrange, collect, type NodeDeriver } from './index.ts';

/**
 * Everything one node's derivation read through the index, kept so a later pass can ask
 * "would it read the same things now?" without deriving again.
 */
class ReadLog implements IndexReadRecorder {
  private readonly seen = new Set<string>();
  private readonly checks: Array<(index: DesignIndex) => boolean> = [];
  /** The same reads by what they depend on, for `untouchedBy` (see DesignChanges). */
  private readonly nodeIds = new Set<string>();
  private readonly edgeEnds = new Set<string>();
  private readonly kindsRead = new Set<NodeKind>();

  node(id: string, node: DesignNode | undefined): void {
    if (!this.first(`n\0${id}`)) return;
    this.checks.push((index) => sameNode(index.node(id), node));
    this.nodeIds.add(id);
  }

  edges(direction: 'out' | 'in', id: string, kind: RelationKind | undefined, edges: readonly DesignEdge[]): void {
    if (!this.first(`${direction}\0${id}\0${kind ?? ''}`)) return;
    this.checks.push((index) => sameItems(direction === 'out' ? index.outgoing(id, kind) : index.incoming(id, kind), edges));
    this.edgeEnds.add(id);
  }

  kinds(kinds: readonly NodeKind[], nodes: readonly DesignNode[]): void {
    if (!this.first(`k\0${kinds.join('\0')}`)) return;
    this.checks.push((index) => sameItems(index.nodesOfKind(...kinds), nodes, sameNode));
    for (const kind of kinds) this.kindsRead.add(kind);
  }

  containers(taskDefinitionId: string, nodes: readonly DesignNode[]): void {
    if (!this.first(`c\0${taskDefinitionId}`)) return;
    this.checks.push((index) => sameItems(index.containersOf(taskDefinitionId), nodes, sameNode));
    // The containers are the sources of the definition's `contains` edges, in document order.
    this.edgeEnds.add(taskDefinitionId);
    for (const node of nodes) this.nodeIds.add(node.id);
  }

  /** True when every recorded read gives the same objects on `index` (which must not be recording). */
  holds(index: DesignIndex): boolean {
    for (const check of this.checks) if (!check(index)) return false;
    return true;
  }

  /**
   * True when none of the reads depends on what changed, so each gives on the new design
   * what it gave on the one `changes` starts from (where the reads held).
   */
  untouchedBy(changes: DesignChanges): boolean {
    // An edit changes a node or two, a node reads a dozen things: walk the changes.
    // Indexed loops over arrays: no iterator per entry and pass.
    const { nodes, edgeEnds, kinds } = changes;
    for (let i = 0; i < nodes.length; i++) if (this.nodeIds.has(nodes[i]!)) return false;
    for (let i = 0; i < edgeEnds.length; i++) if (this.edgeEnds.has(edgeEnds[i]!)) return false;
    for (let i = 0; i < kinds.length; i++) if (this.kindsRead.has(kinds[i]!)) return false;
    return true;
  }

  private first(key: string): boolean {
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
}

/**
 * Derivation reads a node's id, kind, data and label (a service without serviceName is
 * exported under it), never its position: a moved node is a new object with the same
 * data, and must not invalidate what was derived from it.
 */
function sameNode(a: DesignNode | undefined, b: DesignNode | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.id === b.id && a.kind === b.kind && a.data === b.data && a.label === b.label);
}

function sameItems<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean = Object.is): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!same(a[i]!, b[i]!)) return false;
  return true;
}

/**
 * What one edit changed, found by comparing the design with the one derived before it.
 * Only for edits that keep every node and edge in its place (a field edit, a move, edge
 * data): then the index of the new design differs from the old one's exactly in the lists
 * that hold a changed node or edge, and a read that touches none of them gives the same
 * answer. Anything else (a node or edge added, removed or reordered) gives no DesignChanges,
 * and reads are checked one by one against the new index instead.
 */
interface DesignChanges {
  /** Ids of nodes whose id, kind, data or label changed (see sameNode). */
  nodes: string[];
  /** Their kinds: lists of nodes of a kind hold them. */
  kinds: NodeKind[];
  /** Both ends of every edge replaced, before and after: their edge lists changed. */
  edgeEnds: string[];
}

function changesBetween(before: Design, after: Design): DesignChanges | undefined {
  if (before.nodes.length !== after.nodes.length || before.edges.length !== after.edges.length) return undefined;
  const nodes = new Set<string>();
  const kinds = new Set<NodeKind>();
  const edgeEnds = new Set<string>();
  if (before.nodes !== after.nodes) {
    for (let i = 0; i < after.nodes.length; i++) {
      const a = before.nodes[i]!;
      const b = after.nodes[i]!;
      if (a === b) continue;
      // Same ids and kinds at every place keep the index's maps keyed and ordered alike.
      if (a.id !== b.id || a.kind !== b.kind) return undefined;
      if (sameNode(a, b)) continue;
      nodes.add(b.id);
      kinds.add(b.kind);
    }
  }
  if (before.edges !== after.edges) {
    for (let i = 0; i < after.edges.length; i++) {
      const a = before.edges[i]!;
      const b = after.edges[i]!;
      if (a === b) continue;
      edgeEnds.add(a.source).add(a.target).add(b.source).add(b.target);
    }
  }
  return { nodes: [...nodes], kinds: [...kinds], edgeEnds: [...edgeEnds] };
}

interface Entry {
  /** The node the artifacts were derived for: same id and kind are required to reuse them. */
  node: DesignNode;
  reads: ReadLog;
  accountId: string;
  region: string;
  artifacts: readonly Artifact[];
  /** The last pass whose design the reads were known to hold on. */
  heldIn: number;
}

/** The last pass: the design its reads were made on, what it collected and how that was arranged (see arrange()). */
interface Pass {
  indexed: Design;
  collected: readonly Artifact[];
  artifacts: readonly Artifact[];
  from: readonly number[];
}

/**
 * derive() for an editor, where each change replaces a few nodes and keeps the rest as the
 * same objects. A node's artifacts are reused while the node and everything its derivation
 * read (neighbours, relation edges, the account and region) are unchanged; only the rest is
 * derived again. The output equals derive()'s; reused artifacts are the same objects, so
 * callers can memoise per artifact (file texts) too.
 *
 * Requires designs that are never changed in place (the store's are immutable): an edited
 * node must be a new object. Plain derive() has no such requirement.
 */
export class IncrementalDeriver {
  /** Keyed by the node's data object, which survives a move (only the position changes). */
  private readonly memo = new WeakMap<object, Entry>();
  /** Nodes derived afresh in the last pass (tests check that an edit derives only what it touched). */
  lastDerived = 0;

  private pass = 0;
  private last: Pass | undefined;
  /** What changed since the last pass, while this pass runs (undefined: check reads one by one). */
  private changes: DesignChanges | undefined;

  derive(design: Design, ctx: DeriveContext = new DeriveContext(design)): Artifact[] {
    this.lastDerived = 0;
    const last = this.last;
    // Cleared first: a pass that throws must not leave a half-known state for the next.
    this.last = undefined;
    // Derivers read through ctx.index: what changed is what changed in the design it indexes.
    this.changes = last && changesBetween(last.indexed, ctx.design);
    this.pass++;
    let collected: Artifact[];
    try {
      collected = collect(design, ctx, this.deriveNode);
    } finally {
      this.changes = undefined;
    }
    const arranged = (last && rearranged(last, collected)) ?? arrange(collected);
    this.last = { indexed: ctx.design, collected, ...arranged };
    return arranged.artifacts.slice();
  }

  private readonly deriveNode: NodeDeriver = (node, derivation, ctx) => {
    const { index } = ctx;
    const cached = this.memo.get(node.data);
    if (
      cached &&
      sameNode(cached.node, node) &&
      cached.accountId === ctx.accountId &&
      cached.region === ctx.region &&
      (this.changes && cached.heldIn === this.pass - 1 ? cached.reads.untouchedBy(this.changes) : cached.reads.holds(index))
    ) {
      cached.heldIn = this.pass;
      return cached.artifacts;
    }
    const reads = new ReadLog();
    index.recorder = reads;
    let artifacts: readonly Artifact[];
    try {
      artifacts = derivation.derive(node, ctx);
    } finally {
      index.recorder = undefined;
    }
    this.lastDerived++;
    this.memo.set(node.data, { node, reads, accountId: ctx.accountId, region: ctx.region, artifacts, heldIn: this.pass });
    return artifacts;
  };
}

/**
 * The last pass's arrangement applied to a new collection, when every artifact has the path
 * it had at the same place (the common edit: a field that no path is made of). Order and
 * renames follow from the paths alone, so they are the same; only the artifacts differ.
 */
function rearranged(last: Pass, collected: readonly Artifact[]): { artifacts: Artifact[]; from: readonly number[] } | undefined {
  if (collected.length !== last.collected.length) return undefined;
  for (let i = 0; i < collected.length; i++) {
    if (collected[i] !== last.collected[i] && collected[i]!.path !== last.collected[i]!.path) return undefined;
  }
  const artifacts = last.from.map((i, k) => {
    const before = last.artifacts[k]!;
    const now = collected[i]!;
    if (now === last.collected[i]) return before;
    // `before` is the collected artifact itself, or a copy of it under a `~n` path.
    return before === last.collected[i] ? now : { ...now, path: before.path };
  });
  return { artifacts, from: last.from };
}
