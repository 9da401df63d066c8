import { KINDS } from '../kinds/registry.ts';
import type { Design, DesignEdge, DesignNode } from '../model/design.ts';
import { newId, uniqueName } from '../model/ids.ts';
import { cloneJson, isPlainObject } from '../model/json.ts';
import { DESIGN_VERSION } from '../model/design.ts';
import { DESIGN_JSON_LIMITS } from '../model/json-limits.ts';
import { parseJsonText } from '../model/json-text.ts';
import { parseDesign } from '../model/migrate.ts';

/** What copy puts on the clipboard: the selected nodes and the relations among them. */
export interface Fragment {
  type: 'ecs-designer/fragment';
  version: 1;
  nodes: DesignNode[];
  edges: DesignEdge[];
}

/** The name field of each kind that must stay unique when nodes are pasted or duplicated. */
const NAME_KEY: Partial<Record<DesignNode['kind'], string>> = {
  'task-definition': 'family',
  service: 'serviceName',
  cluster: 'clusterName',
  container: 'name',
  'capacity-ec2': 'name',
  'capacity-external': 'name',
  'capacity-managed-instances': 'name',
  'load-balancer-alb': 'name',
  'load-balancer-nlb': 'name',
  'role-task': 'roleName',
  'role-execution': 'roleName',
  'role-instance': 'roleName',
  'role-infrastructure': 'roleName',
};

export function copyFragment(design: Design, nodeIds: readonly string[]): Fragment {
  const ids = new Set(nodeIds);
  // A task definition is copied with its containers: they are part of it.
  for (const e of design.edges) if (e.kind === 'contains' && ids.has(e.target)) ids.add(e.source);
  return {
    type: 'ecs-designer/fragment',
    version: 1,
    nodes: cloneJson(design.nodes.filter((n) => ids.has(n.id))),
    edges: cloneJson(design.edges.filter((e) => ids.has(e.source) && ids.has(e.target))),
  };
}

/** Reads a fragment from clipboard text; anything else is refused (never trusted). */
export function readFragment(text: string): Fragment | undefined {
  // A fragment is a piece of a design: the design file's limits apply (size, depth).
  const json = parseJsonText(text, DESIGN_JSON_LIMITS);
  if (!json.ok) return undefined;
  const value = json.value;
  if (!isPlainObject(value) || value.type !== 'ecs-designer/fragment') return undefined;
  // A fragment has the shape of a design's node and edge lists: the design reader checks it.
  const parsed = parseDesign({ version: DESIGN_VERSION, nodes: value.nodes, edges: value.edges });
  return parsed.ok ? { type: 'ecs-designer/fragment', version: 1, nodes: parsed.design.nodes, edges: parsed.design.edges } : undefined;
}

/**
 * Adds a fragment to the design with fresh ids and names (web → web-2), shifted by
 * `offset`. Returns the new node ids so the editor can select them.
 */
export interface PasteResult {
  ok: true;
  design: Design;
  label: string;
  newIds: string[];
}

export function pasteFragment(design: Design, fragment: Fragment, offset = { x: 40, y: 40 }): PasteResult {
  const taken = new Set([...design.nodes.map((n) => n.id), ...design.edges.map((e) => e.id)]);
  const idMap = new Map<string, string>();
  const used = new Map<string, Set<string>>();
  const namesOf = (key: string) => {
    let set = used.get(key);
    if (!set) {
      set = new Set(design.nodes.map((n) => n.data[key]).filter((v): v is string => typeof v === 'string'));
      used.set(key, set);
    }
    return set;
  };
  const nodes: DesignNode[] = fragment.nodes.map((n) => {
    const id = newId(design, n.kind, taken);
    idMap.set(n.id, id);
    const data = cloneJson(n.data);
    const key = NAME_KEY[n.kind];
    // Containers only need unique names within their task definition, which is copied too.
    if (key && n.kind !== 'container' && typeof data[key] === 'string') {
      const names = namesOf(key);
      data[key] = uniqueName(data[key] as string, names);
      names.add(data[key] as string);
    }
    const copy: DesignNode = { id, kind: n.kind, position: { x: n.position.x + offset.x, y: n.position.y + offset.y }, data };
    if (n.label !== undefined) copy.label = n.label;
    return copy;
  });
  const edges: DesignEdge[] = fragment.edges.map((e) => {
    const edge: DesignEdge = { id: newId(design, 'edge', taken), kind: e.kind, source: idMap.get(e.source)!, target: idMap.get(e.target)! };
    if (e.data) edge.data = cloneJson(e.data);
    return edge;
  });
  const label = nodes.length === 1 ? `Paste ${KINDS[nodes[0]!.kind].label}` : `Paste ${nodes.length} nodes`;
  return { ok: true, label, design: { ...design, nodes: [...design.nodes, ...nodes], edges: [...design.edges, ...edges] }, newIds: nodes.map((n) => n.id) };
}

/** Duplicate = copy + paste in one step (Ctrl/Cmd+D). */
export function duplicateNodes(design: Design, nodeIds: readonly string[]): PasteResult {
  const result = pasteFragment(design, copyFragment(design, nodeIds));
  return { ...result, label: result.newIds.length === 1 ? 'Duplicate node' : `Duplicate ${result.newIds.length} nodes` };
}
