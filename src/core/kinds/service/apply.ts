import { DeriveContext } from '../../derive/context.ts';
import { SERVICE_RELATION_FIELDS, serviceContent, serviceRelations } from './derive.ts';
import type { Artifact } from '../../model/artifact.ts';
import type { Design, DesignNode } from '../../model/design.ts';
import { isPlainObject, jsonEqual, type JsonObject } from '../../model/json.ts';
import { DesignDraft, mergeOwnFields, stripNulls } from '../../apply/common.ts';
import type { ApplyResult } from '../../apply/types.ts';

/**
 * CreateService JSON → the service node and its relations. A reference that names
 * something in the design (a cluster, a task definition family, a capacity provider, a
 * target group we generate) becomes a relation; anything else stays as the literal value.
 */
export function applyService(
  design: Design,
  service: DesignNode,
  _artifact: Artifact | undefined,
  content: JsonObject,
  options: { explicit?: boolean } = {},
): ApplyResult {
  const ctx = new DeriveContext(design);
  const derived = serviceContent(service, ctx).content;
  const rel = serviceRelations(service, ctx);
  const draft = new DesignDraft(design);
  const data = mergeOwnFields(service.data, content, { relationKeys: SERVICE_RELATION_FIELDS, explicit: options.explicit });
  const id = service.id;

  // cluster
  if (!jsonEqual(content.cluster, derived.cluster)) {
    draft.removeEdges((e) => e.kind === 'runs-in' && e.source === id);
    delete data.cluster;
    const cluster = typeof content.cluster === 'string' ? findCluster(ctx, content.cluster) : undefined;
    if (cluster) draft.addEdge('runs-in', id, cluster.id);
    else if (content.cluster !== undefined) data.cluster = content.cluster;
  }

  // task definition: `family` or `family:revision` of a task definition in the design
  const taskDefinitionChanged = !jsonEqual(content.taskDefinition, derived.taskDefinition);
  if (taskDefinitionChanged) {
    draft.removeEdges((e) => e.kind === 'uses' && e.source === id);
    delete data.taskDefinition;
    const ref = typeof content.taskDefinition === 'string' ? parseFamilyRef(content.taskDefinition) : undefined;
    const td = ref && ctx.index.nodesOfKind('task-definition').find((n) => n.data.family === ref.family);
    if (td && ref) draft.addEdge('uses', id, td.id, ref.revision !== undefined ? { revision: ref.revision } : undefined);
    else if (content.taskDefinition !== undefined) data.taskDefinition = content.taskDefinition;
  }

  // launch type and capacity provider strategy: linked only if every item names a provider node
  if (!jsonEqual(content.launchType, derived.launchType) || !jsonEqual(content.capacityProviderStrategy, derived.capacityProviderStrategy)) {
    draft.removeEdges((e) => e.kind === 'capacity' && e.source === id);
    delete data.launchType;
    delete data.capacityProviderStrategy;
    const strategy = Array.isArray(content.capacityProviderStrategy) ? (content.capacityProviderStrategy as JsonObject[]) : undefined;
    const nodes = strategy?.map((item) => (isPlainObject(item) && typeof item.capacityProvider === 'string' ? ctx.providerNode(item.capacityProvider) : undefined));
    const external = ctx.index.nodesOfKind('capacity-external')[0];
    if (content.launchType === 'EXTERNAL' && external && !strategy) {
      draft.addEdge('capacity', id, external.id);
    } else {
      if (content.launchType !== undefined) data.launchType = content.launchType;
      if (strategy && nodes && nodes.every((n) => n) && strategy.every(isStrategyItem) && !hasDuplicates(nodes.map((n) => n!.id))) {
        strategy.forEach((item, i) => {
          const edgeData: JsonObject = {};
          if (item.weight !== undefined) edgeData.weight = item.weight;
          if (item.base !== undefined) edgeData.base = item.base;
          draft.addEdge('capacity', id, nodes[i]!.id, edgeData);
        });
      } else if (strategy) {
        data.capacityProviderStrategy = strategy;
      }
    }
  }

  // load balancers: entries that keep the target group of an existing route update that route
  if (!jsonEqual(content.loadBalancers, derived.loadBalancers)) {
    const entries = Array.isArray(content.loadBalancers) ? (content.loadBalancers as JsonObject[]) : [];
    const routes = entries.map((entry) => (isPlainObject(entry) ? rel.loadBalancers.find((l) => l.entry.targetGroupArn === entry.targetGroupArn) : undefined));
    delete data.loadBalancers;
    if (entries.length && routes.every((r) => r) && !hasDuplicates(routes.map((r) => r!.edgeId)) && entries.every(isRouteEntry)) {
      const keep = new Set(routes.map((r) => r!.edgeId));
      draft.removeEdges((e) => e.kind === 'routes-to' && e.target === id && !keep.has(e.id));
      entries.forEach((entry, i) => {
        const edge = draft.edges.find((e) => e.id === routes[i]!.edgeId)!;
        const next: JsonObject = { ...(edge.data ?? {}), containerName: entry.containerName, containerPort: entry.containerPort };
        if (isPlainObject(entry.advancedConfiguration)) next.advancedConfiguration = stripNulls(entry.advancedConfiguration);
        else delete next.advancedConfiguration;
        draft.setEdgeData(edge.id, next);
      });
      // Routes are emitted in edge order: follow the order the text gives.
      const order = routes.map((r) => r!.edgeId);
      const positions = draft.edges.map((e, i) => (keep.has(e.id) ? i : -1)).filter((i) => i >= 0);
      const byId = new Map(draft.edges.map((e) => [e.id, e]));
      positions.forEach((pos, i) => (draft.edges[pos] = byId.get(order[i]!)!));
    } else {
      draft.removeEdges((e) => e.kind === 'routes-to' && e.target === id);
      if (content.loadBalancers !== undefined) data.loadBalancers = content.loadBalancers;
    }
  } else if (taskDefinitionChanged) {
    // Routes without a container of their own follow the task definition; it changed, so
    // keep the container and port the text shows rather than losing or changing them.
    for (const { entry, edgeId } of rel.loadBalancers) {
      const edge = draft.edges.find((e) => e.id === edgeId)!;
      const next: JsonObject = { ...(edge.data ?? {}) };
      if (next.containerName === undefined && entry.containerName !== undefined) next.containerName = entry.containerName;
      if (next.containerPort === undefined && entry.containerPort !== undefined) next.containerPort = entry.containerPort;
      if (!jsonEqual(next, edge.data ?? {})) draft.setEdgeData(edgeId, next);
    }
  }

  draft.setData(id, data);
  return { ok: true, design: draft.finish(), notices: [] };
}

function isStrategyItem(item: JsonObject): boolean {
  return Object.keys(item).every((k) => ['capacityProvider', 'weight', 'base'].includes(k)) &&
    (item.weight === undefined || typeof item.weight === 'number') && (item.base === undefined || typeof item.base === 'number');
}

function isRouteEntry(entry: JsonObject): boolean {
  return Object.keys(entry).every((k) => ['targetGroupArn', 'containerName', 'containerPort', 'advancedConfiguration'].includes(k)) &&
    (entry.advancedConfiguration === undefined || isPlainObject(entry.advancedConfiguration)) &&
    typeof entry.containerName === 'string' && typeof entry.containerPort === 'number';
}

function findCluster(ctx: DeriveContext, ref: string): DesignNode | undefined {
  const name = ref.startsWith('arn:') ? ref.slice(ref.lastIndexOf('/') + 1) : ref;
  if (ref.startsWith('arn:')) return undefined; // an ARN names a cluster outside the design: keep it literal
  return ctx.index.nodesOfKind('cluster').find((c) => (c.data.clusterName ?? 'default') === name);
}

/** `web` or `web:3`; ARNs are references outside the design and stay literal. */
export function parseFamilyRef(ref: string): { family: string; revision?: number } | undefined {
  if (ref.startsWith('arn:')) return undefined;
  const m = /^([A-Za-z0-9_-]+)(?::(\d+))?$/.exec(ref);
  if (!m) return undefined;
  return m[2] !== undefined ? { family: m[1]!, revision: Number(m[2]) } : { family: m[1]! };
}

function hasDuplicates(ids: string[]): boolean {
  return new Set(ids).size !== ids.length;
}
