import { clusterContent } from './derive.ts';
import { DeriveContext } from '../../derive/context.ts';
import type { Artifact } from '../../model/artifact.ts';
import type { Design, DesignNode, NodeKind } from '../../model/design.ts';
import { isPlainObject, jsonEqual, type JsonObject } from '../../model/json.ts';
import { DesignDraft, mergeOwnFields } from '../../apply/common.ts';
import type { ApplyResult } from '../../apply/types.ts';

const RELATION_KEYS = ['capacityProviders', 'defaultCapacityProviderStrategy'] as const;
/** Capacity connected to a cluster that its CreateCluster lists never name. */
const UNLISTED: readonly NodeKind[] = ['capacity-external', 'capacity-managed-instances'];

/**
 * CreateCluster JSON → the cluster node. Provider names of capacity in the design become
 * capacity → cluster relations (the default strategy is kept on those relations); if any
 * name is unknown the lists stay literal, in the order given.
 */
export function applyCluster(
  design: Design,
  cluster: DesignNode,
  _artifact: Artifact | undefined,
  content: JsonObject,
  options: { explicit?: boolean } = {},
): ApplyResult {
  const ctx = new DeriveContext(design);
  const derived = clusterContent(cluster, ctx).content;
  const draft = new DesignDraft(design);
  const data = mergeOwnFields(cluster.data, content, { relationKeys: RELATION_KEYS, explicit: options.explicit });
  const id = cluster.id;
  const sameProviders = jsonEqual(content.capacityProviders, derived.capacityProviders);
  const sameStrategy = jsonEqual(content.defaultCapacityProviderStrategy, derived.defaultCapacityProviderStrategy);

  if (!sameProviders || !sameStrategy) {
    const names = Array.isArray(content.capacityProviders) ? content.capacityProviders : [];
    const strategy = Array.isArray(content.defaultCapacityProviderStrategy) ? (content.defaultCapacityProviderStrategy as JsonObject[]) : [];
    // A Managed Instances provider typed into the lists stays literal: it is never derived there.
    const nodes = names.map((n) => (typeof n === 'string' ? ctx.providerNode(n) : undefined)).map((n) => (n && !UNLISTED.includes(n.kind) ? n : undefined));
    const linkable =
      nodes.every((n) => n) &&
      new Set(nodes.map((n) => n!.id)).size === nodes.length &&
      strategy.every((item) => isPlainObject(item) && typeof item.capacityProvider === 'string' && names.includes(item.capacityProvider) && onlyStrategyKeys(item));
    delete data.capacityProviders;
    delete data.defaultCapacityProviderStrategy;
    // External capacity has no provider name, and a Managed Instances provider names its
    // cluster itself: their relations are kept whatever the lists say.
    const providerEdges = draft.edgesTo(id, 'in-cluster').filter((e) => !UNLISTED.includes(ctx.index.node(e.source)?.kind ?? 'cluster'));
    if (linkable) {
      const keep = new Map(providerEdges.map((e) => [e.source, e]));
      draft.removeEdges((e) => providerEdges.includes(e) && !nodes.some((n) => n!.id === e.source));
      nodes.forEach((node) => {
        const name = ctx.providerName(node!);
        const item = strategy.find((s) => s.capacityProvider === name);
        const edgeData: JsonObject = item ? { defaultStrategy: strategyData(item) } : {};
        const edge = keep.get(node!.id);
        if (edge) draft.setEdgeData(edge.id, { ...(edge.data ?? {}), defaultStrategy: edgeData.defaultStrategy });
        else draft.addEdge('in-cluster', node!.id, id, edgeData);
      });
      reorderProviderEdges(draft, id, nodes.map((n) => n!.id));
      if (!jsonEqual(strategy.map((s) => s.capacityProvider), strategyOrder(draft, ctx, id))) {
        data.defaultCapacityProviderStrategy = strategy; // order differs from provider order: keep it literally
        for (const e of draft.edgesTo(id, 'in-cluster')) {
          const { defaultStrategy: _drop, ...rest } = e.data ?? {};
          draft.setEdgeData(e.id, rest);
        }
      }
    } else {
      draft.removeEdges((e) => providerEdges.includes(e));
      if (content.capacityProviders !== undefined) data.capacityProviders = content.capacityProviders;
      if (content.defaultCapacityProviderStrategy !== undefined) data.defaultCapacityProviderStrategy = content.defaultCapacityProviderStrategy;
    }
  }
  draft.setData(id, data);
  return { ok: true, design: draft.finish(), notices: [] };
}

function onlyStrategyKeys(item: JsonObject): boolean {
  return Object.keys(item).every((k) => ['capacityProvider', 'weight', 'base'].includes(k));
}

function strategyData(item: JsonObject): JsonObject {
  const out: JsonObject = {};
  if (item.weight !== undefined) out.weight = item.weight;
  if (item.base !== undefined) out.base = item.base;
  return out;
}

function reorderProviderEdges(draft: DesignDraft, clusterId: string, sourceOrder: string[]): void {
  const positions: number[] = [];
  draft.edges.forEach((e, i) => {
    if (e.kind === 'in-cluster' && e.target === clusterId && sourceOrder.includes(e.source)) positions.push(i);
  });
  const sorted = positions.map((i) => draft.edges[i]!).sort((a, b) => sourceOrder.indexOf(a.source) - sourceOrder.indexOf(b.source));
  positions.forEach((pos, i) => (draft.edges[pos] = sorted[i]!));
}

function strategyOrder(draft: DesignDraft, ctx: DeriveContext, clusterId: string): string[] {
  const tmp = new DeriveContext({ ...ctx.design, nodes: draft.nodes, edges: draft.edges });
  return tmp.clusterDefaultStrategy(clusterId).map((s) => s.item.capacityProvider);
}

