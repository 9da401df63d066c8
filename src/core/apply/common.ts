import type { Design, DesignEdge, DesignNode, NodeKind, RelationKind } from '../model/design.ts';
import { newId } from '../model/ids.ts';
import { cloneJson, isPlainObject, jsonEqual, type JsonObject, type JsonValue } from '../model/json.ts';

/** How an edit is merged into a node's own fields. */
export interface MergeOptions {
  /** Keys filled by relations; the caller handles them. */
  relationKeys: readonly string[];
  /** What derive fills when the node leaves a key unset. */
  implied?: JsonObject;
  /**
   * Imports keep every value the file has; edits keep an implied value implied (so it
   * follows the design) when the text still shows exactly that value.
   */
  explicit?: boolean;
}

/**
 * The node's new own data from the edited artifact: keys in the text are set, keys not in
 * the text are removed, relation keys are left for the caller.
 */
export function mergeOwnFields(current: JsonObject, text: JsonObject, options: MergeOptions): JsonObject {
  const next: JsonObject = {};
  for (const key of options.relationKeys) if (current[key] !== undefined) next[key] = current[key];
  for (const [key, value] of Object.entries(text)) {
    if (options.relationKeys.includes(key) || value === undefined || value === null) continue;
    const impliedValue = options.implied?.[key];
    if (!options.explicit && current[key] === undefined && impliedValue !== undefined && jsonEqual(impliedValue, value)) continue;
    next[key] = stripNulls(value);
  }
  return next;
}

/** JSON nulls mean "not set" to the ECS API; the design never stores them. */
export function stripNulls<T extends JsonValue>(value: T): T {
  if (Array.isArray(value)) return value.filter((v) => v !== null).map((v) => stripNulls(v)) as T;
  if (isPlainObject(value)) {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) if (v !== null && v !== undefined) out[k] = stripNulls(v);
    return out as T;
  }
  return value;
}

/**
 * A mutable working copy of a design for one apply: nodes and edges arrays are new, node
 * objects are replaced (never mutated) when they change, so the old design stays intact.
 */
export class DesignDraft {
  nodes: DesignNode[];
  edges: DesignEdge[];
  private readonly taken: Set<string>;

  constructor(readonly base: Design) {
    this.nodes = [...base.nodes];
    this.edges = [...base.edges];
    this.taken = new Set([...base.nodes.map((n) => n.id), ...base.edges.map((e) => e.id)]);
  }

  node(id: string): DesignNode | undefined {
    return this.nodes.find((n) => n.id === id);
  }

  setData(id: string, data: JsonObject): void {
    const i = this.nodes.findIndex((n) => n.id === id);
    if (i >= 0) this.nodes[i] = { ...this.nodes[i]!, data };
  }

  addNode(kind: NodeKind, data: JsonObject, position: { x: number; y: number }): DesignNode {
    const node: DesignNode = { id: newId(this, kind, this.taken), kind, position, data };
    this.nodes.push(node);
    return node;
  }

  removeNode(id: string): void {
    this.nodes = this.nodes.filter((n) => n.id !== id);
    this.edges = this.edges.filter((e) => e.source !== id && e.target !== id);
  }

  addEdge(kind: RelationKind, source: string, target: string, data?: JsonObject): DesignEdge {
    const edge: DesignEdge = { id: newId(this, 'edge', this.taken), kind, source, target };
    if (data && Object.keys(data).length) edge.data = data;
    this.edges.push(edge);
    return edge;
  }

  setEdgeData(id: string, data: JsonObject | undefined): void {
    const i = this.edges.findIndex((e) => e.id === id);
    if (i < 0) return;
    const edge = { ...this.edges[i]! };
    if (data && Object.keys(data).length) edge.data = data;
    else delete edge.data;
    this.edges[i] = edge;
  }

  removeEdges(predicate: (e: DesignEdge) => boolean): void {
    this.edges = this.edges.filter((e) => !predicate(e));
  }

  edgesFrom(id: string, kind: RelationKind): DesignEdge[] {
    return this.edges.filter((e) => e.source === id && e.kind === kind);
  }

  edgesTo(id: string, kind: RelationKind): DesignEdge[] {
    return this.edges.filter((e) => e.target === id && e.kind === kind);
  }

  finish(): Design {
    return { ...this.base, nodes: this.nodes, edges: this.edges };
  }
}

export function objectList(value: unknown): JsonObject[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every(isPlainObject)) return undefined;
  return value as JsonObject[];
}

export { cloneJson, jsonEqual };
