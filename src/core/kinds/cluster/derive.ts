import type { Artifact, ArtifactOwner } from '../../model/artifact.ts';
import type { DesignNode } from '../../model/design.ts';
import { pointer, type JsonObject } from '../../model/json.ts';
import { canonicalizeLayers } from '../../derive/canonical.ts';
import { type DeriveContext, safeSegment } from '../../derive/context.ts';
import { textOf } from '../../model/text.ts';

/**
 * Providers associated with a cluster (capacity → cluster edges), without duplicates.
 * Managed Instances providers are not listed: each is created after the cluster, names
 * it in its own `cluster` field and is available in that cluster alone (MI-CLUSTER).
 */
export function clusterProviders(cluster: DesignNode, ctx: DeriveContext): Array<{ name: string; node: DesignNode }> {
  const out: Array<{ name: string; node: DesignNode }> = [];
  for (const node of ctx.index.sources(cluster.id, 'in-cluster')) {
    if (node.kind === 'capacity-managed-instances') continue;
    const name = ctx.providerName(node);
    if (name && !out.some((p) => p.name === name)) out.push({ name, node });
  }
  return out;
}

export function clusterContent(cluster: DesignNode, ctx: DeriveContext): { content: JsonObject; owners: ArtifactOwner[] } {
  const data = cluster.data;
  const content: JsonObject = {}; // what the relations stand for, laid over the node's data
  const owners: ArtifactOwner[] = [{ pointer: '', nodeId: cluster.id }];
  const providers = clusterProviders(cluster, ctx);
  if (providers.length) {
    const literal = Array.isArray(data.capacityProviders) ? (data.capacityProviders as string[]) : [];
    content.capacityProviders = [...providers.map((p) => p.name), ...literal];
    providers.forEach((p, i) => owners.push({ pointer: pointer('capacityProviders', i), nodeId: p.node.id }));
  }
  const strategy = ctx.clusterDefaultStrategy(cluster.id);
  if (strategy.length) {
    const literal = Array.isArray(data.defaultCapacityProviderStrategy) ? data.defaultCapacityProviderStrategy : [];
    content.defaultCapacityProviderStrategy = [...strategy.map((s) => s.item), ...literal];
    strategy.forEach((s, i) => owners.push({ pointer: pointer('defaultCapacityProviderStrategy', i), nodeId: s.node.id }));
  }
  return { content: canonicalizeLayers('CreateClusterRequest', data, content), owners };
}

/** The cluster's CreateCluster file. */
export function clusterArtifacts(cluster: DesignNode, ctx: DeriveContext): Artifact[] {
  const { content, owners } = clusterContent(cluster, ctx);
  return [
    {
      path: `clusters/${safeSegment(cluster.data.clusterName, cluster.id)}.json`,
      type: 'cluster',
      nodeId: cluster.id,
      title: textOf(cluster.data.clusterName ?? 'default'),
      content,
      owners,
    },
  ];
}
