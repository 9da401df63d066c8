import { KINDS, kindLabel } from '../kinds/registry.ts';
import type { Design, DesignEdge, DesignNode, NodeKind, Position } from '../model/design.ts';
import { newId } from '../model/ids.ts';
import type { JsonObject, JsonValue } from '../model/json.ts';
import { checkConnection } from '../model/relations.ts';

/**
 * Named, pure design changes: (design, args) → design. The UI's undo history records
 * them by label; the CLI and tests use them to build designs.
 */
export type CommandResult = { ok: true; design: Design; label: string; id?: string } | { ok: false; reason: string };

export function addNode(design: Design, kind: NodeKind, position: Position, data?: JsonObject): CommandResult & { ok: true } {
  const node: DesignNode = { id: newId(design, kind), kind, position, data: data ?? KINDS[kind].defaults(design) };
  return { ok: true, design: { ...design, nodes: [...design.nodes, node] }, label: `Add ${kindLabel(kind)}`, id: node.id };
}

/** Relation data a new connection starts with, so the output says what the drawing means. */
function initialEdgeData(design: Design, edge: Pick<DesignEdge, 'kind' | 'source' | 'target'>): JsonObject | undefined {
  if (edge.kind === 'capacity') return { weight: 1 };
  if (edge.kind === 'in-cluster') {
    const source = design.nodes.find((n) => n.id === edge.source);
    // Neither external capacity nor a Managed Instances provider can be in a cluster's default strategy.
    if (source?.kind === 'capacity-external' || source?.kind === 'capacity-managed-instances') return undefined;
    // The first provider of a cluster becomes its default strategy; later ones are only associated.
    const hasDefault = design.edges.some((e) => e.kind === 'in-cluster' && e.target === edge.target && e.data?.defaultStrategy);
    return hasDefault ? undefined : { defaultStrategy: { weight: 1 } };
  }
  // A task definition reaching a resource starts with the narrowest grant (a topic can only be published to).
  if (edge.kind === 'accesses') return { access: design.nodes.find((n) => n.id === edge.target)?.kind === 'sns-topic' ? 'write' : 'read' };
  if (edge.kind === 'dead-letter') return { maxReceiveCount: 5 };
  return undefined;
}

export function connect(design: Design, sourceId: string, targetId: string, data?: JsonObject): CommandResult {
  const source = design.nodes.find((n) => n.id === sourceId);
  const target = design.nodes.find((n) => n.id === targetId);
  if (!source || !target) return { ok: false, reason: 'Both ends of a connection must exist.' };
  const check = checkConnection(design, source, target, kindLabel);
  if (!check.ok) return check;
  const edge: DesignEdge = { id: newId(design, 'edge'), kind: check.kind, source: sourceId, target: targetId };
  const edgeData = data ?? initialEdgeData(design, edge);
  if (edgeData) edge.data = edgeData;
  return { ok: true, design: { ...design, edges: [...design.edges, edge] }, label: `Connect ${kindLabel(source.kind)} to ${kindLabel(target.kind)}`, id: edge.id };
}

export function removeNodes(design: Design, ids: readonly string[]): CommandResult & { ok: true } {
  const gone = new Set(ids);
  // A task definition takes its containers with it: they cannot exist on their own in the output.
  for (const e of design.edges) if (e.kind === 'contains' && gone.has(e.target)) gone.add(e.source);
  return {
    ok: true,
    label: ids.length === 1 ? 'Delete node' : `Delete ${ids.length} nodes`,
    design: {
      ...design,
      nodes: design.nodes.filter((n) => !gone.has(n.id)),
      edges: design.edges.filter((e) => !gone.has(e.source) && !gone.has(e.target)),
    },
  };
}

export function removeEdges(design: Design, ids: readonly string[]): CommandResult & { ok: true } {
  const gone = new Set(ids);
  return { ok: true, label: 'Delete connection', design: { ...design, edges: design.edges.filter((e) => !gone.has(e.id)) } };
}

/** Sets (or, with undefined, removes) one field of a node's data by path. */
export function setNodeField(design: Design, id: string, path: readonly string[], value: JsonValue | undefined): CommandResult {
  const node = design.nodes.find((n) => n.id === id);
  if (!node) return { ok: false, reason: 'No such node.' };
  return {
    ok: true,
    label: `Edit ${path.join('.')}`,
    design: { ...design, nodes: design.nodes.map((n) => (n.id === id ? { ...n, data: setPath(n.data, path, value) } : n)) },
  };
}

export function setEdgeData(design: Design, id: string, data: JsonObject | undefined): CommandResult {
  if (!design.edges.some((e) => e.id === id)) return { ok: false, reason: 'No such connection.' };
  return {
    ok: true,
    label: 'Edit connection',
    design: {
      ...design,
      edges: design.edges.map((e) => {
        if (e.id !== id) return e;
        const { data: _old, ...rest } = e;
        return data && Object.keys(data).length ? { ...rest, data } : rest;
      }),
    },
  };
}

function setPath(obj: JsonObject, path: readonly string[], value: JsonValue | undefined): JsonObject {
  const [head, ...rest] = path;
  if (head === undefined) return obj;
  const out: JsonObject = { ...obj };
  if (rest.length === 0) {
    if (value === undefined) delete out[head];
    else out[head] = value;
    return out;
  }
  const child = out[head];
  const next = setPath(child && typeof child === 'object' && !Array.isArray(child) ? child : {}, rest, value);
  if (Object.keys(next).length === 0) delete out[head];
  else out[head] = next;
  return out;
}

/** Moves nodes to new positions: one command for a whole drag, however many frames it took. */
export function moveNodes(design: Design, positions: ReadonlyMap<string, Position>): CommandResult & { ok: true } {
  return {
    ok: true,
    label: positions.size === 1 ? 'Move node' : `Move ${positions.size} nodes`,
    design: {
      ...design,
      nodes: design.nodes.map((n) => {
        const p = positions.get(n.id);
        return p && (p.x !== n.position.x || p.y !== n.position.y) ? { ...n, position: { x: p.x, y: p.y } } : n;
      }),
    },
  };
}
