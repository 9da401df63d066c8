import type { ArtifactOwner } from '../model/artifact.ts';
import type { DesignNode } from '../model/design.ts';
import { pointer, type JsonObject } from '../model/json.ts';
import { textOf } from '../model/text.ts';
import type { DeriveContext, StrategyItem } from './context.ts';

/**
 * What a node that launches tasks (a service's CreateService, a standalone task's RunTask)
 * takes from its relations: the cluster it runs in, the task definition it runs and the
 * capacity it places tasks on. Both requests name these fields the same way.
 */
export const LAUNCH_RELATION_FIELDS = ['cluster', 'taskDefinition', 'launchType', 'capacityProviderStrategy'] as const;

export interface LaunchRelations {
  cluster?: { value: string; node: DesignNode };
  taskDefinition?: { value: string; node: DesignNode };
  /** launchType EXTERNAL from an external capacity edge. */
  externalLaunch?: DesignNode;
  strategy: Array<{ item: StrategyItem; node: DesignNode }>;
}

/** The values a launcher's runs-in, uses and capacity relations stand for. */
export function launchRelations(launcher: DesignNode, ctx: DeriveContext): LaunchRelations {
  const { index } = ctx;
  const rel: LaunchRelations = { strategy: [] };
  const cluster = index.target(launcher.id, 'runs-in');
  if (cluster) rel.cluster = { value: textOf(cluster.data.clusterName ?? 'default'), node: cluster };
  const usesEdge = index.outgoing(launcher.id, 'uses')[0];
  if (usesEdge) {
    const td = index.node(usesEdge.target)!;
    const revision = usesEdge.data?.revision;
    const family = textOf(td.data.family ?? td.id);
    rel.taskDefinition = { value: revision !== undefined ? `${family}:${textOf(revision)}` : family, node: td };
  }
  for (const edge of index.outgoing(launcher.id, 'capacity')) {
    const node = index.node(edge.target)!;
    if (node.kind === 'capacity-external') {
      rel.externalLaunch = node;
      continue;
    }
    const item = ctx.strategyItem(node, edge.data);
    if (item) rel.strategy.push({ item, node });
  }
  return rel;
}

/**
 * Lays the launch relations over a launcher's request: `content` gets the values (a
 * literal strategy in the node's data follows the drawn one), `owners` the nodes they come from.
 */
export function layLaunchRelations(rel: LaunchRelations, data: JsonObject, content: JsonObject, owners: ArtifactOwner[]): void {
  if (rel.cluster) {
    content.cluster = rel.cluster.value;
    owners.push({ pointer: pointer('cluster'), nodeId: rel.cluster.node.id });
  }
  if (rel.taskDefinition) {
    content.taskDefinition = rel.taskDefinition.value;
    owners.push({ pointer: pointer('taskDefinition'), nodeId: rel.taskDefinition.node.id });
  }
  if (rel.externalLaunch) {
    content.launchType = 'EXTERNAL';
    owners.push({ pointer: pointer('launchType'), nodeId: rel.externalLaunch.id });
  }
  if (rel.strategy.length) {
    const literal = Array.isArray(data.capacityProviderStrategy) ? data.capacityProviderStrategy : [];
    content.capacityProviderStrategy = [...rel.strategy.map((s) => s.item), ...literal];
    rel.strategy.forEach((s, i) => owners.push({ pointer: pointer('capacityProviderStrategy', i), nodeId: s.node.id }));
  }
}
