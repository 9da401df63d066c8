import type { Artifact } from '../model/artifact.ts';
import type { Design, DesignEdge, DesignNode, NodeKind, RelationKind } from '../model/design.ts';
import type { DesignIndex, IndexReadRecorder } from '../model/graph.ts';
import { DeriveContext } from './context.ts';
import { derive, type NodeDeriver } from './index.ts';

/**
 * Everything one node's derivation read through the index, kept so a later pass can ask
 * "would it read the same things now?" without deriving again.
 */
class ReadLog implements IndexReadRecorder {
  private readonly seen = new Set<string>();
  private readonly checks: Array<(index: DesignIndex) => boolean> = [];

  node(id: string, node: DesignNode | undefined): void {
    if (this.first(`n\0${id}`)) this.checks.push((index) => sameNode(index.node(id), node));
  }

  edges(direction: 'out' | 'in', id: string, kind: RelationKind | undefined, edges: readonly DesignEdge[]): void {
    if (!this.first(`${direction}\0${id}\0${kind ?? ''}`)) return;
    this.checks.push((index) => sameItems(direction === 'out' ? index.outgoing(id, kind) : index.incoming(id, kind), edges));
  }

  kinds(kinds: readonly NodeKind[], nodes: readonly DesignNode[]): void {
    if (this.first(`k\0${kinds.join('\0')}`)) this.checks.push((index) => sameItems(index.nodesOfKind(...kinds), nodes, sameNode));
  }

  containers(taskDefinitionId: string, nodes: readonly DesignNode[]): void {
    if (this.first(`c\0${taskDefinitionId}`)) this.checks.push((index) => sameItems(index.containersOf(taskDefinitionId), nodes, sameNode));
  }

  /** True when every recorded read gives the same objects on `index` (which must not be recording). */
  holds(index: DesignIndex): boolean {
    for (const check of this.checks) if (!check(index)) return false;
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

interface Entry {
  /** The node the artifacts were derived for: same id and kind are required to reuse them. */
  node: DesignNode;
  reads: ReadLog;
  accountId: string;
  region: string;
  artifacts: readonly Artifact[];
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

  derive(design: Design, ctx: DeriveContext = new DeriveContext(design)): Artifact[] {
    this.lastDerived = 0;
    return derive(design, ctx, this.deriveNode);
  }

  private readonly deriveNode: NodeDeriver = (node, derivation, ctx) => {
    const { index } = ctx;
    const cached = this.memo.get(node.data);
    if (
      cached &&
      sameNode(cached.node, node) &&
      cached.accountId === ctx.accountId &&
      cached.region === ctx.region &&
      cached.reads.holds(index)
    ) {
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
    this.memo.set(node.data, { node, reads, accountId: ctx.accountId, region: ctx.region, artifacts });
    return artifacts;
  };
}
