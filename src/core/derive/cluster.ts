import { applyCluster } from '../apply/cluster.ts';
import type { KindDerivation } from '../kinds/types.ts';
import type { ArtifactOwner } from '../model/artifact.ts';
import type { DesignNode } from '../model/design.ts';
import { pointer, type JsonObject } from '../model/json.ts';
import { canonicalize } from './canonical.ts';
import { type DeriveContext, safeSegment } from './context.ts';

/** Providers associated with a cluster (capacity → cluster edges), without duplicates. */
export function clusterProviders(cluster: DesignNode, ctx: DeriveContext): Array<{ name: string; node: DesignNode }> {
  const out: Array<{ name: string; node: DesignNode }> = [];
  for (const node of ctx.index.sources(cluster.id, 'in-cluster')) {
    const name = ctx.providerName(node);
    if (name && !out.some((p) => p.name === name)) out.push({ name, node });
  }
  return out;
}

export function clusterContent(cluster: DesignNode, ctx: DeriveContext): { content: JsonObject; owners: ArtifactOwner[] } {
  // Shallow: only top-level keys are replaced, and canonicalize() copies the rest.
  const content: JsonObject = { ...cluster.data };
  const owners: ArtifactOwner[] = [{ pointer: '', nodeId: cluster.id }];
  const providers = clusterProviders(cluster, ctx);
  if (providers.length) {
    const literal = Array.isArray(content.capacityProviders) ? (content.capacityProviders as string[]) : [];
    content.capacityProviders = [...providers.map((p) => p.name), ...literal];
    providers.forEach((p, i) => owners.push({ pointer: pointer('capacityProviders', i), nodeId: p.node.id }));
  }
  const strategy = ctx.clusterDefaultStrategy(cluster.id);
  if (strategy.length) {
    const literal = Array.isArray(content.defaultCapacityProviderStrategy) ? content.defaultCapacityProviderStrategy : [];
    content.defaultCapacityProviderStrategy = [...strategy.map((s) => s.item), ...literal];
    strategy.forEach((s, i) => owners.push({ pointer: pointer('defaultCapacityProviderStrategy', i), nodeId: s.node.id }));
  }
  return { content: canonicalize(content, 'CreateClusterRequest'), owners };
}

export const clusterDerivation: KindDerivation = {
  derive(cluster, ctx) {
    const { content, owners } = clusterContent(cluster, ctx);
    return [
      {
        path: `clusters/${safeSegment(cluster.data.clusterName, cluster.id)}.json`,
        type: 'cluster',
        nodeId: cluster.id,
        title: String(cluster.data.clusterName ?? 'default'),
        content,
        owners,
      },
    ];
  },
  apply: applyCluster,
};
