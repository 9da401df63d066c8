import { connect, setEdgeData, setNodeField } from '../commands/design-commands.ts';
import type { Design, DesignNode } from '../model/design.ts';
import { cloneJson, type JsonObject } from '../model/json.ts';
import type { RuleModule, ValidateContext } from './context.ts';
import { commandFix } from './fixes.ts';
import { clusters, FARGATE_PROVIDERS, launchers, objects, type ClusterView } from './service-view.ts';
import { textOf } from '../model/text.ts';

export const MAX_CLUSTER_PROVIDERS = 20;
const INSIGHTS_VALUES = ['enabled', 'disabled', 'enhanced'];

/**
 * Which capacity a cluster offers and how services reach it (ECS_RULES §4.1, §4.4, §4.5, §7):
 * CL-CP-ASSOC, FGCP-ASSOC, EXT-CP, CAS-LT, CL-MAXCP, CL-CI.
 */
export const clusterCapacityRules: RuleModule = {
  area: 'cluster capacity',
  rules: { 'CL-CP-ASSOC': 'error', 'FGCP-ASSOC': 'error', 'EXT-CP': 'error', 'CAS-LT': 'warning', 'CL-MAXCP': 'error', 'CL-CI': 'error' },
  check(ctx) {
    for (const cluster of clusters(ctx)) {
      checkAssociation(ctx, cluster, cluster.node, 'defaultCapacityProviderStrategy', cluster.defaultStrategy);
      checkClusterSettings(ctx, cluster);
      if (cluster.providers.length > MAX_CLUSTER_PROVIDERS) {
        ctx.report({
          ruleId: 'CL-MAXCP',
          node: cluster.node,
          pointer: '/capacityProviders',
          message: `${cluster.providers.length} capacity providers on one cluster: at most ${MAX_CLUSTER_PROVIDERS}.`,
        });
      }
      // Only Fargate and EC2 providers have names; a strategy edge from external capacity is dropped from the file.
      for (const edge of ctx.index.incoming(cluster.node.id, 'in-cluster')) {
        const source = ctx.index.node(edge.source)!;
        if (source.kind !== 'capacity-external' || edge.data?.defaultStrategy === undefined) continue;
        const { defaultStrategy: _drop, ...rest } = edge.data;
        ctx.report({
          ruleId: 'EXT-CP',
          node: cluster.node,
          pointer: '/defaultCapacityProviderStrategy',
          message: 'External (ECS Anywhere) instances cannot be in a capacity provider strategy; services reach them with launch type EXTERNAL.',
          fix: commandFix('Keep the external capacity out of the default strategy', (d) => setEdgeData(d, edge.id, rest)),
        });
      }
    }
    const externalNames = new Set(ctx.index.nodesOfKind('capacity-external').map((n) => textOf(n.data.name)));
    // Services and standalone tasks alike: CreateService and RunTask check capacity the same way.
    for (const svc of launchers(ctx)) {
      const { node, content } = svc;
      const external = ctx.index.targets(node.id, 'capacity').find((n) => n.kind === 'capacity-external');
      if (external && svc.strategy.length) {
        ctx.report({
          ruleId: 'EXT-CP',
          node,
          pointer: '/capacityProviderStrategy',
          message: 'External instances cannot be combined with capacity providers: an EXTERNAL service uses launch type EXTERNAL alone.',
        });
      }
      svc.strategy.forEach((item, i) => {
        if (typeof item.capacityProvider === 'string' && externalNames.has(item.capacityProvider)) {
          ctx.report({
            ruleId: 'EXT-CP',
            node,
            pointer: `/capacityProviderStrategy/${i}`,
            message: `${item.capacityProvider} is external capacity: it is reached with launch type EXTERNAL, not a capacity provider strategy.`,
          });
        }
      });
      if (svc.cluster) checkAssociation(ctx, svc.cluster, node, 'capacityProviderStrategy', svc.strategy);

      if (content.launchType === 'EC2' && svc.cluster) {
        const asgs = ctx.index.sources(svc.cluster.node.id, 'in-cluster').filter((n) => n.kind === 'capacity-ec2');
        const hasAsg = asgs.length > 0 || svc.cluster.providers.some((p) => !FARGATE_PROVIDERS.includes(p));
        if (!hasAsg) continue;
        const asg = asgs.length === 1 ? asgs[0]! : undefined;
        const connected = asg ? ctx.index.targets(node.id, 'capacity').some((n) => n.id === asg.id) : false;
        ctx.report({
          ruleId: 'CAS-LT',
          node,
          pointer: '/launchType',
          message: 'The cluster has Auto Scaling group capacity, but launch type EC2 bypasses it: pending tasks will not make the group scale out. Use the capacity provider instead.',
          fix:
            asg && node.data.launchType === 'EC2'
              ? commandFix(
                  `Place tasks on ${textOf(asg.data.name ?? 'the Auto Scaling group')} instead`,
                  (d) => setNodeField(d, node.id, ['launchType'], undefined),
                  ...(connected ? [] : [(d: Design) => connect(d, node.id, asg.id)]),
                )
              : undefined,
        });
      }
    }
  },
};

/** CL-CP-ASSOC / FGCP-ASSOC: every provider a strategy names must be associated with the cluster. */
function checkAssociation(ctx: ValidateContext, cluster: ClusterView, owner: DesignNode, field: string, items: readonly JsonObject[]): void {
  const clusterName = textOf(cluster.content.clusterName ?? 'default');
  items.forEach((item, i) => {
    const provider = item.capacityProvider;
    if (typeof provider !== 'string' || cluster.providers.includes(provider)) return;
    const capacity = ctx.derive.providerNode(provider);
    if (capacity?.kind === 'capacity-managed-instances') return checkManagedInstances(ctx, cluster, owner, `/${field}/${i}`, capacity);
    const fargate = FARGATE_PROVIDERS.includes(provider);
    ctx.report({
      ruleId: fargate ? 'FGCP-ASSOC' : 'CL-CP-ASSOC',
      node: owner,
      pointer: `/${field}/${i}`,
      message: fargate
        ? `${provider} is not associated with cluster ${clusterName}: Fargate needs no creation, but the cluster must list it.`
        : `Capacity provider ${provider} is not associated with cluster ${clusterName}.`,
      fix: capacity ? commandFix(`Connect ${provider} to ${clusterName}`, (d) => connect(d, capacity.id, cluster.node.id)) : undefined,
    });
  });
}

/**
 * CL-CP-ASSOC for a Managed Instances provider: it is not in the cluster's lists but is
 * created for one cluster (its `cluster` field), and only that cluster can use it.
 */
function checkManagedInstances(ctx: ValidateContext, cluster: ClusterView, owner: DesignNode, at: string, capacity: DesignNode): void {
  const clusterName = textOf(cluster.content.clusterName ?? 'default');
  const createdFor = ctx.artifactOf(capacity.id)?.content.cluster;
  if (createdFor === clusterName) return;
  const provider = textOf(capacity.data.name);
  ctx.report({
    ruleId: 'CL-CP-ASSOC',
    node: owner,
    pointer: at,
    message:
      createdFor === undefined
        ? `Managed Instances provider ${provider} is created for no cluster: connect it to cluster ${clusterName}.`
        : `Managed Instances provider ${provider} is created for cluster ${textOf(createdFor)}, so cluster ${clusterName} cannot use it.`,
    fix:
      createdFor === undefined && !ctx.index.targets(capacity.id, 'in-cluster').length
        ? commandFix(`Connect ${provider} to ${clusterName}`, (d) => connect(d, capacity.id, cluster.node.id))
        : undefined,
  });
}

/** CL-CI: the only cluster setting is containerInsights = enabled | disabled | enhanced. */
function checkClusterSettings(ctx: ValidateContext, cluster: ClusterView): void {
  const settings = objects(cluster.content.settings);
  settings.forEach((setting, i) => {
    if (setting.name !== 'containerInsights') {
      ctx.report({
        ruleId: 'CL-CI',
        node: cluster.node,
        pointer: `/settings/${i}/name`,
        message: `Cluster setting "${textOf(setting.name)}" is unknown: the only setting is containerInsights.`,
      });
      return;
    }
    if (typeof setting.value === 'string' && INSIGHTS_VALUES.includes(setting.value)) return;
    const lower = typeof setting.value === 'string' ? setting.value.toLowerCase() : undefined;
    const literal = Array.isArray(cluster.node.data.settings) ? cluster.node.data.settings : undefined;
    ctx.report({
      ruleId: 'CL-CI',
      node: cluster.node,
      pointer: `/settings/${i}/value`,
      message: `containerInsights "${textOf(setting.value)}" must be one of ${INSIGHTS_VALUES.join(', ')}.`,
      fix:
        lower && INSIGHTS_VALUES.includes(lower) && literal
          ? commandFix(`Use "${lower}"`, (d) => {
              const next = cloneJson(literal);
              (next[i] as JsonObject).value = lower;
              return setNodeField(d, cluster.node.id, ['settings'], next);
            })
          : undefined,
    });
  });
}
