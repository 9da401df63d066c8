import { setEdgeData } from '../commands/design-commands.ts';
import { uniqueName } from '../model/ids.ts';
import type { RuleModule, ValidateContext } from './context.ts';
import { commandFix, fieldFix } from './fixes.ts';
import { NAME_PATTERN, taskDefinitions } from './helpers.ts';
import { targetGroups } from './load-balancer-view.ts';
import { clusters, services } from './service-view.ts';
import { textOf } from '../model/text.ts';

const TG_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$/;
const RESERVED_CP_PREFIX = /^(aws|ecs|fargate)/i;

/** A name of `[A-Za-z0-9_-]` (services, clusters, capacity providers): spaces at either end dropped, other characters as -. */
export function sanitizeName(name: string): string {
  return name.trim().replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 255);
}

/** A target group name AWS accepts: ≤32 alphanumerics and -, no - at either end. */
export function sanitizeTargetGroupName(name: string): string {
  return name
    .replace(/[^A-Za-z0-9-]/g, '-')
    .replace(/^-+/, '')
    .slice(0, 32)
    .replace(/-+$/, '');
}

/**
 * NAME-SERVICE, NAME-CLUSTER, NAME-CP, NAME-TG, and the same family or cluster name on two
 * nodes (NAME-FAMILY / NAME-CLUSTER as warnings). ECS_RULES §1.
 */
export const nameRules: RuleModule = {
  area: 'names',
  rules: { 'NAME-SERVICE': 'error', 'NAME-CLUSTER': 'error', 'NAME-CP': 'error', 'NAME-TG': 'error', 'NAME-FAMILY': 'error' },
  check(ctx) {
    checkServiceNames(ctx);
    checkClusterNames(ctx);
    checkFamilies(ctx);
    checkCapacityProviderNames(ctx);
    checkTargetGroupNames(ctx);
  },
};

function checkServiceNames(ctx: ValidateContext): void {
  // Service names are unique per cluster; services of the same (known or literal) cluster share a scope.
  const scopes = new Map<string, Set<string>>();
  for (const svc of services(ctx)) {
    const name = svc.content.serviceName;
    if (typeof name !== 'string' || !name) continue; // SVC-REQ
    if (!NAME_PATTERN.test(name)) {
      ctx.report({
        ruleId: 'NAME-SERVICE',
        node: svc.node,
        pointer: '/serviceName',
        message: `Service name "${name}" may only use letters, digits, - and _ (up to 255).`,
        fix: fieldFix('Replace invalid characters', svc.node.id, ['serviceName'], sanitizeName(name)),
      });
    }
    const scope = svc.cluster ? `node:${svc.cluster.node.id}` : `name:${textOf(svc.content.cluster ?? 'default')}`;
    const used = scopes.get(scope) ?? new Set<string>();
    scopes.set(scope, used);
    if (used.has(name)) {
      const fresh = uniqueName(name, used);
      ctx.report({
        ruleId: 'NAME-SERVICE',
        node: svc.node,
        pointer: '/serviceName',
        message: `Another service in the same cluster is already called "${name}": service names must be unique within a cluster.`,
        fix: fieldFix(`Rename to ${fresh}`, svc.node.id, ['serviceName'], fresh),
      });
    }
    used.add(name);
  }
}

function checkClusterNames(ctx: ValidateContext): void {
  const seen = new Set<string>();
  for (const cluster of clusters(ctx)) {
    const name = cluster.content.clusterName;
    if (name !== undefined && (typeof name !== 'string' || !NAME_PATTERN.test(name))) {
      ctx.report({
        ruleId: 'NAME-CLUSTER',
        node: cluster.node,
        pointer: '/clusterName',
        message: `Cluster name "${textOf(name)}" may only use letters, digits, - and _ (1 to 255).`,
        fix: typeof name === 'string' && name ? fieldFix('Replace invalid characters', cluster.node.id, ['clusterName'], sanitizeName(name)) : undefined,
      });
    }
    const effective = typeof name === 'string' && name ? name : 'default';
    if (seen.has(effective)) {
      const fresh = uniqueName(effective, seen);
      ctx.report({
        ruleId: 'NAME-CLUSTER',
        severity: 'warning',
        node: cluster.node,
        pointer: '/clusterName',
        message: `Two clusters are called "${effective}": AWS would see one cluster, and both would export the same file name.`,
        fix: fieldFix(`Rename to ${fresh}`, cluster.node.id, ['clusterName'], fresh),
      });
    }
    seen.add(effective);
  }
}

function checkFamilies(ctx: ValidateContext): void {
  const seen = new Set<string>();
  for (const td of taskDefinitions(ctx)) {
    const family = td.content.family;
    if (typeof family !== 'string' || !family) continue; // TD-REQ
    if (seen.has(family)) {
      const fresh = uniqueName(family, seen);
      ctx.report({
        ruleId: 'NAME-FAMILY',
        severity: 'warning',
        node: td.node,
        pointer: '/family',
        message: `Two task definitions use the family "${family}": they would register revisions of one family and export the same file name.`,
        fix: fieldFix(`Rename to ${fresh}`, td.node.id, ['family'], fresh),
      });
    }
    seen.add(family);
  }
}

function checkCapacityProviderNames(ctx: ValidateContext): void {
  const seen = new Set<string>();
  // EC2 and Managed Instances providers share one namespace per account and Region.
  for (const node of [...ctx.index.nodesOfKind('capacity-ec2'), ...ctx.index.nodesOfKind('capacity-managed-instances')]) {
    const artifact = ctx.artifactOf(node.id);
    if (!artifact) continue;
    const name = artifact.content.name;
    if (typeof name !== 'string' || !NAME_PATTERN.test(name)) {
      ctx.report({
        ruleId: 'NAME-CP',
        node,
        pointer: '/name',
        message:
          typeof name === 'string' && name
            ? `Capacity provider name "${name}" may only use letters, digits, - and _ (up to 255).`
            : 'The capacity provider needs a name.',
        fix: typeof name === 'string' && name ? fieldFix('Replace invalid characters', node.id, ['name'], sanitizeName(name)) : undefined,
      });
      continue;
    }
    if (RESERVED_CP_PREFIX.test(name)) {
      ctx.report({
        ruleId: 'NAME-CP',
        node,
        pointer: '/name',
        message: `Capacity provider name "${name}" starts with a reserved prefix (aws, ecs, fargate).`,
      });
    }
    if (seen.has(name)) {
      ctx.report({
        ruleId: 'NAME-CP',
        node,
        pointer: '/name',
        message: `Two capacity providers are called "${name}": names are unique per account and Region.`,
        fix: fieldFix(`Rename to ${uniqueName(name, seen)}`, node.id, ['name'], uniqueName(name, seen)),
      });
    }
    seen.add(name);
  }
}

function checkTargetGroupNames(ctx: ValidateContext): void {
  const seen = new Set<string>();
  for (const tg of targetGroups(ctx)) {
    if (!tg.artifact) continue;
    const name = tg.artifact.content.Name;
    const edge = tg.route.edge;
    // The name lives on the route (load balancer → service relation).
    const rename = (label: string, value: string) =>
      commandFix(label, (d) => setEdgeData(d, edge.id, { ...(edge.data ?? {}), targetGroupName: value }));
    if (typeof name !== 'string' || !TG_NAME.test(name)) {
      const fixed = typeof name === 'string' ? sanitizeTargetGroupName(name) : '';
      ctx.report({
        ruleId: 'NAME-TG',
        node: tg.lb,
        artifactPath: tg.artifact.path,
        pointer: '/Name',
        message: `Target group name "${textOf(name ?? '')}" must be 1 to 32 letters, digits and -, not starting or ending with -.`,
        fix: fixed ? rename(`Name the target group ${fixed}`, fixed) : undefined,
      });
    } else if (seen.has(name)) {
      const fresh = uniqueName(name.slice(0, 29).replace(/-+$/, ''), seen);
      ctx.report({
        ruleId: 'NAME-TG',
        node: tg.lb,
        artifactPath: tg.artifact.path,
        pointer: '/Name',
        message: `Two target groups are called "${name}": target group names are unique per account and Region.`,
        fix: rename(`Name the target group ${fresh}`, fresh),
      });
    }
    if (typeof name === 'string') seen.add(name);
  }
}
