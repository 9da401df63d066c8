import { addNode, connect, setEdgeData, type CommandResult } from '../../commands/design-commands.ts';
import type { Design, DesignNode, NodeKind } from '../../model/design.ts';
import { isPlainObject, type JsonObject } from '../../model/json.ts';
import { textOf } from '../../model/text.ts';
import type { RuleModule, ValidateContext } from '../../validate/context.ts';
import { commandFix, fieldFix } from '../../validate/fixes.ts';
import type { QuickFix } from '../../validate/types.ts';
import { clusters, strings } from '../../validate/service-view.ts';
import { CAPACITY_OPTION_TYPES } from './kind.ts';
import { NETWORK, PROVIDER, TEMPLATE } from './derive.ts';

/** The AWS managed policy of an instance role on Managed Instances (managed-instances-instance-profile.html). */
export const MI_INSTANCE_POLICY = 'arn:aws:iam::aws:policy/AmazonECSInstanceRolePolicyForManagedInstances';
/** The AWS managed infrastructure policy lets ECS pass only roles named so (iam:PassRole on role/ecsInstanceRole*). */
const PASSABLE_INSTANCE_ROLE = /^ecsInstanceRole/;
const REQUIREMENTS = `${TEMPLATE}/instanceRequirements`;

/**
 * Managed Instances capacity providers (ECS_RULES §4.6): MI-REQ, MI-IR, MI-CLUSTER,
 * MI-CAPOPT, and MI-PROFILE (the designer's: an instance role without the Managed
 * Instances policy, or named so that the AWS managed infrastructure policy cannot pass it).
 * The task definition side (MI-OS, NET-MI, INV-MI, EPH-PLAT) is in the task definition rules.
 */
export const managedInstancesRules: RuleModule = {
  area: 'Managed Instances capacity',
  rules: { 'MI-REQ': 'error', 'MI-IR': 'error', 'MI-CLUSTER': 'info', 'MI-CAPOPT': 'error', 'MI-PROFILE': 'warning' },
  check(ctx) {
    // Every CreateCapacityProvider file that configures Managed Instances (an EC2 node's file
    // may carry the settings too): API-SHAPE leaves their required members to these rules.
    for (const artifact of ctx.artifacts) {
      if (artifact.type !== 'capacity-provider') continue;
      const node = ctx.index.node(artifact.nodeId);
      if (!node) continue;
      const provider = artifact.content.managedInstancesProvider;
      if (node.kind !== 'capacity-managed-instances' && provider === undefined) continue;
      if (!isPlainObject(provider)) {
        if (provider === undefined) {
          ctx.report({ ruleId: 'MI-REQ', node, pointer: PROVIDER, message: 'A Managed Instances capacity provider needs its managedInstancesProvider settings.' });
        }
        continue; // not an object: API-SHAPE
      }
      checkRequired(ctx, node, provider);
      const template = isPlainObject(provider.instanceLaunchTemplate) ? provider.instanceLaunchTemplate : undefined;
      if (template) {
        checkRequirements(ctx, node, template.instanceRequirements);
        checkCapacityOption(ctx, node, template.capacityOptionType);
      }
      if (node.kind !== 'capacity-managed-instances') continue;
      checkCluster(ctx, node, artifact.content.cluster);
      checkInstanceRole(ctx, node);
    }
    checkClusterLists(ctx);
  },
};

/** MI-REQ: the infrastructure role, and a launch template with an instance profile and a network. */
function checkRequired(ctx: ValidateContext, node: DesignNode, provider: JsonObject): void {
  const name = textOf(node.data.name ?? node.id);
  if (provider.infrastructureRoleArn === undefined) {
    ctx.report({
      ruleId: 'MI-REQ',
      node,
      pointer: `${PROVIDER}/infrastructureRoleArn`,
      message: `${name} has no infrastructure role: ECS needs one to launch and manage its instances. Connect an infrastructure role (or give its ARN).`,
      fix: node.kind === 'capacity-managed-instances' ? connectRoleFix(ctx, node, 'role-infrastructure', 'ecsInfrastructureRole', { managedPolicyArns: [] }) : undefined,
    });
  }
  const template = provider.instanceLaunchTemplate;
  if (!isPlainObject(template)) {
    if (template === undefined) {
      ctx.report({ ruleId: 'MI-REQ', node, pointer: `${PROVIDER}/instanceLaunchTemplate`, message: `${name} needs an instanceLaunchTemplate: the instance profile and the subnets of its instances.` });
    }
    return;
  }
  if (template.ec2InstanceProfileArn === undefined) {
    ctx.report({
      ruleId: 'MI-REQ',
      node,
      pointer: `${TEMPLATE}/ec2InstanceProfileArn`,
      message: `${name} has no instance profile: its instances could not register with the cluster. Connect a container instance role (or give the instance profile ARN).`,
      fix: node.kind === 'capacity-managed-instances' ? connectRoleFix(ctx, node, 'role-instance', 'ecsInstanceRole', { managedPolicyArns: [MI_INSTANCE_POLICY] }) : undefined,
    });
  }
  const network = template.networkConfiguration;
  if (network === undefined) {
    ctx.report({ ruleId: 'MI-REQ', node, pointer: NETWORK, message: `${name} needs a networkConfiguration: connect the subnets (and security groups) its instances are launched in.` });
  } else if (isPlainObject(network) && strings(network.subnets).length === 0) {
    // The model does not require subnets; without them ECS has nowhere it is told to launch [unconfirmed].
    ctx.report({ ruleId: 'MI-REQ', severity: 'warning', node, pointer: `${NETWORK}/subnets`, message: `${name} names no subnets for its instances: connect subnets (two or more Availability Zones), or list their ids.` });
  }
}

/** MI-IR: requirements need vCPU and memory ranges, each with a minimum not above its maximum. */
function checkRequirements(ctx: ValidateContext, node: DesignNode, requirements: unknown): void {
  if (requirements === undefined || !isPlainObject(requirements)) return; // not an object: API-SHAPE
  for (const [key, what] of [['vCpuCount', 'vCPU'], ['memoryMiB', 'memory (MiB)']] as const) {
    const range = requirements[key];
    const at = `${REQUIREMENTS}/${key}`;
    if (range === undefined || (isPlainObject(range) && range.min === undefined)) {
      ctx.report({
        ruleId: 'MI-IR',
        node,
        pointer: range === undefined ? at : `${at}/min`,
        message: `Instance requirements need a minimum ${what}${range === undefined ? ' range' : ''}: ECS chooses instance types from the vCPU and memory ranges.`,
      });
      continue;
    }
    if (!isPlainObject(range)) continue;
    const { min, max } = range;
    for (const [bound, value] of [['min', min], ['max', max]] as const) {
      if (typeof value === 'number' && value < 0) {
        ctx.report({ ruleId: 'MI-IR', node, pointer: `${at}/${bound}`, message: `The ${bound === 'min' ? 'minimum' : 'maximum'} ${what} cannot be negative (${value}).` });
      }
    }
    if (typeof min === 'number' && typeof max === 'number' && min > max) {
      ctx.report({
        ruleId: 'MI-IR',
        node,
        pointer: `${at}/max`,
        message: `The ${what} range is empty: minimum ${min} is above maximum ${max}, so no instance type fits.`,
        fix: node.kind === 'capacity-managed-instances' ? fieldFix(`Set the maximum to ${min}`, node.id, ['instanceLaunchTemplate', 'instanceRequirements', key, 'max'], min) : undefined,
      });
    }
  }
}

/** MI-CAPOPT: ON_DEMAND, SPOT or RESERVED. */
function checkCapacityOption(ctx: ValidateContext, node: DesignNode, value: unknown): void {
  if (value === undefined || (CAPACITY_OPTION_TYPES as readonly unknown[]).includes(value)) return;
  const fixed = typeof value === 'string' ? CAPACITY_OPTION_TYPES.find((t) => t === value.toUpperCase().replace(/[-\s]/g, '_')) : undefined;
  ctx.report({
    ruleId: 'MI-CAPOPT',
    node,
    pointer: `${TEMPLATE}/capacityOptionType`,
    message: `capacityOptionType "${textOf(value)}" must be one of ${CAPACITY_OPTION_TYPES.join(', ')}.`,
    fix: fixed && node.kind === 'capacity-managed-instances' ? fieldFix(`Use ${fixed}`, node.id, ['instanceLaunchTemplate', 'capacityOptionType'], fixed) : undefined,
  });
}

/** MI-CLUSTER: a Managed Instances provider is created for exactly one cluster and is usable there only. */
function checkCluster(ctx: ValidateContext, node: DesignNode, cluster: unknown): void {
  const name = textOf(node.data.name ?? node.id);
  const connected = ctx.index.targets(node.id, 'in-cluster');
  if (connected.length > 1) {
    ctx.report({
      ruleId: 'MI-CLUSTER',
      severity: 'error',
      node,
      pointer: '/cluster',
      message: `${name} is connected to ${connected.length} clusters, but a Managed Instances provider is created for one: it is created for ${textOf(cluster)} only. Draw one provider per cluster.`,
    });
    return;
  }
  if (cluster === undefined) {
    ctx.report({
      ruleId: 'MI-CLUSTER',
      severity: 'warning',
      node,
      pointer: '/cluster',
      message: `${name} names no cluster: a Managed Instances provider is created for one cluster and is available there only. Connect it to its cluster.`,
    });
    return;
  }
  ctx.report({
    ruleId: 'MI-CLUSTER',
    node,
    pointer: '/cluster',
    message: `${name} is created for cluster ${textOf(cluster)} (its cluster field), after the cluster: only that cluster's services and tasks can use it, and CreateCluster does not list it.`,
  });
  // The cluster's default strategy cannot hold it (PutClusterCapacityProviders does not take Managed Instances).
  for (const edge of ctx.index.outgoing(node.id, 'in-cluster')) {
    if (edge.data?.defaultStrategy === undefined) continue;
    const { defaultStrategy: _drop, ...rest } = edge.data;
    ctx.report({
      ruleId: 'MI-CLUSTER',
      severity: 'warning',
      node,
      pointer: '/cluster',
      message: `${name} cannot be in its cluster's default capacity provider strategy: services and tasks name it in their own strategy instead (connect them to it).`,
      fix: commandFix('Keep it out of the default strategy', (d) => setEdgeData(d, edge.id, rest)),
    });
  }
}

/** MI-CLUSTER: a Managed Instances provider typed into a cluster's own lists is not something CreateCluster can take. */
function checkClusterLists(ctx: ValidateContext): void {
  const names = new Set(ctx.index.nodesOfKind('capacity-managed-instances').map((n) => n.data.name).filter((n): n is string => typeof n === 'string'));
  if (!names.size) return;
  for (const cluster of clusters(ctx)) {
    cluster.providers.forEach((provider, i) => {
      if (!names.has(provider)) return;
      ctx.report({
        ruleId: 'MI-CLUSTER',
        severity: 'error',
        node: cluster.node,
        pointer: `/capacityProviders/${i}`,
        message: `${provider} is a Managed Instances provider: it is created after the cluster, for it, so CreateCluster cannot list it. Connect the provider to the cluster instead.`,
      });
    });
  }
}

/** MI-PROFILE: the instance role ECS gives Managed Instances needs their managed policy and, with the AWS managed infrastructure policy, an ecsInstanceRole… name. */
function checkInstanceRole(ctx: ValidateContext, node: DesignNode): void {
  const role = ctx.index.source(node.id, 'instance-role');
  if (!role || (typeof role.data.arn === 'string' && role.data.arn)) return; // an existing role is not ours to check
  const roleArtifact = ctx.artifactOf(role.id);
  const managed = strings(roleArtifact?.content.ManagedPolicyArns);
  const roleName = textOf(role.data.roleName ?? role.id);
  if (!managed.includes(MI_INSTANCE_POLICY)) {
    const own = strings(role.data.managedPolicyArns);
    ctx.report({
      ruleId: 'MI-PROFILE',
      node: role,
      pointer: '/ManagedPolicyArns',
      message: `Instance role ${roleName} serves Managed Instances (${textOf(node.data.name ?? node.id)}) but lacks AmazonECSInstanceRolePolicyForManagedInstances, which lets their agent register and report.`,
      fix: fieldFix('Attach AmazonECSInstanceRolePolicyForManagedInstances', role.id, ['managedPolicyArns'], [...own.filter((a) => !a.endsWith('/AmazonEC2ContainerServiceforEC2Role') || usedOnEc2(ctx, role)), MI_INSTANCE_POLICY]),
    });
  }
  const infrastructure = ctx.index.source(node.id, 'infrastructure-role');
  if (infrastructure && !PASSABLE_INSTANCE_ROLE.test(roleName)) {
    ctx.report({
      ruleId: 'MI-PROFILE',
      node: role,
      pointer: '/RoleName',
      message: `Instance role ${roleName}: the AWS managed infrastructure policy lets ECS pass only roles named ecsInstanceRole…, so tasks would fail to launch. Rename it, or give the infrastructure role its own iam:PassRole on this role.`,
    });
  }
}

/** Whether an instance role also serves EC2 Auto Scaling capacity (which keeps needing the EC2 policy). */
function usedOnEc2(ctx: ValidateContext, role: DesignNode): boolean {
  return ctx.index.targets(role.id, 'instance-role').some((n) => n.kind === 'capacity-ec2');
}

/**
 * Connects a role of `kind` to the provider: the only one the design has, else a new one
 * named `roleName` beside the provider.
 */
function connectRoleFix(ctx: ValidateContext, node: DesignNode, kind: NodeKind, roleName: string, data: JsonObject): QuickFix | undefined {
  const drawn = ctx.index.nodesOfKind(kind);
  if (drawn.length > 1) return undefined; // which one is the user's choice
  const existing = drawn[0];
  const label = existing ? `Connect ${textOf(existing.data.roleName ?? existing.id)}` : `Add ${kind === 'role-infrastructure' ? 'infrastructure' : 'instance'} role ${roleName}`;
  return commandFix(label, (d: Design): CommandResult => {
    if (existing) return connect(d, existing.id, node.id);
    const at = d.nodes.find((n) => n.id === node.id)?.position ?? { x: 0, y: 0 };
    const added = addNode(d, kind, { x: at.x - 280, y: at.y + (kind === 'role-infrastructure' ? -120 : 120) }, { roleName, ...data });
    return connect(added.design, added.id!, node.id);
  });
}
