import type { DeriveContext } from '../derive/context.ts';
import type { DesignNode } from '../model/design.ts';
import { isPlainObject, jsonEqual, type JsonObject } from '../model/json.ts';
import type { DesignDraft } from './common.ts';

/**
 * The reverse of layLaunchRelations (derive/launch-relations.ts), for CreateService and
 * RunTask text alike: a cluster, a task definition family or capacity providers that the
 * design has become relations again; anything else stays a literal value in `data`.
 * Only the parts that differ from what was derived are touched. Returns whether the
 * task definition changed (a service's routes follow it).
 */
export function applyLaunchRelations(
  draft: DesignDraft,
  ctx: DeriveContext,
  id: string,
  data: JsonObject,
  content: JsonObject,
  derived: JsonObject,
): { taskDefinitionChanged: boolean } {
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
  return { taskDefinitionChanged };
}

function isStrategyItem(item: JsonObject): boolean {
  return Object.keys(item).every((k) => ['capacityProvider', 'weight', 'base'].includes(k)) &&
    (item.weight === undefined || typeof item.weight === 'number') && (item.base === undefined || typeof item.base === 'number');
}

function findCluster(ctx: DeriveContext, ref: string): DesignNode | undefined {
  if (ref.startsWith('arn:')) return undefined; // an ARN names a cluster outside the design: keep it literal
  return ctx.index.nodesOfKind('cluster').find((c) => (c.data.clusterName ?? 'default') === ref);
}

/** `web` or `web:3`; ARNs are references outside the design and stay literal. */
export function parseFamilyRef(ref: string): { family: string; revision?: number } | undefined {
  if (ref.startsWith('arn:')) return undefined;
  const m = /^([A-Za-z0-9_-]+)(?::(\d+))?$/.exec(ref);
  if (!m) return undefined;
  return m[2] !== undefined ? { family: m[1]!, revision: Number(m[2]) } : { family: m[1]! };
}

export function hasDuplicates(ids: string[]): boolean {
  return new Set(ids).size !== ids.length;
}
