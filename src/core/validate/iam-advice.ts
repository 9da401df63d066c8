import type { DesignNode } from '../model/design.ts';
import { isPlainObject, type JsonValue } from '../model/json.ts';
import { textOf } from '../model/text.ts';
import { platformOf } from '../kinds/task-definition/rules/task-platform.ts';
import { MI_INSTANCE_POLICY } from '../kinds/capacity-managed-instances/rules.ts';
import type { RuleModule, ValidateContext } from './context.ts';
import { fieldFix } from './fixes.ts';
import { taskDefinitions } from './helpers.ts';
import { clusters, services, strings } from './service-view.ts';

/** The managed policies an ECS container instance is expected to have: the agent's (EC2 or Managed Instances), and SSM for managing the instance. */
const INSTANCE_POLICIES = [
  'arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role',
  MI_INSTANCE_POLICY,
  'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore',
];

const CONFUSED_DEPUTY_KEYS = ['aws:sourceaccount', 'aws:sourcearn'];

const list = (value: JsonValue | undefined): JsonValue[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/**
 * IAM advice the role files alone do not show (ECS_RULES §5.3): IAM-CONFUSED (a task or
 * execution role ECS tasks may assume from any account's tasks), IAM-EC2-LEAK (an instance
 * role with more than the agent needs, which tasks can read through the instance metadata),
 * IAM-WIN-TASKROLE (task roles on Windows instances need the instances bootstrapped for them),
 * IAM-SLR (what relies on the ECS service-linked role).
 */
export const iamAdviceRules: RuleModule = {
  area: 'IAM advice',
  rules: { 'IAM-CONFUSED': 'warning', 'IAM-EC2-LEAK': 'warning', 'IAM-WIN-TASKROLE': 'warning', 'IAM-SLR': 'info' },
  check(ctx) {
    checkConfusedDeputy(ctx);
    checkInstanceRoles(ctx);
    checkWindowsTaskRoles(ctx);
    checkServiceLinkedRole(ctx);
  },
};

/** IAM-CONFUSED: the statement that lets ecs-tasks.amazonaws.com in has no aws:SourceAccount / aws:SourceArn condition. */
function checkConfusedDeputy(ctx: ValidateContext): void {
  for (const role of ctx.index.nodesOfKind('role-task', 'role-execution')) {
    const trust = ctx.artifactOf(role.id)?.content.AssumeRolePolicyDocument;
    if (!isPlainObject(trust)) continue;
    const open = list(trust.Statement).some((s) => {
      if (!isPlainObject(s) || s.Effect !== 'Allow' || !isPlainObject(s.Principal) || !list(s.Principal.Service).includes('ecs-tasks.amazonaws.com')) return false;
      const conditions = isPlainObject(s.Condition) ? Object.values(s.Condition) : [];
      return !conditions.some((c) => isPlainObject(c) && Object.keys(c).some((k) => CONFUSED_DEPUTY_KEYS.includes(k.toLowerCase())));
    });
    if (!open) continue;
    ctx.report({
      ruleId: 'IAM-CONFUSED',
      node: role,
      pointer: '/AssumeRolePolicyDocument',
      message: `Role ${textOf(role.data.roleName ?? role.id)} lets ecs-tasks.amazonaws.com assume it without an aws:SourceAccount or aws:SourceArn condition, so ECS could be made to hand it to tasks of another account (the confused deputy problem). Add StringEquals aws:SourceAccount = your account and ArnLike aws:SourceArn = arn:aws:ecs:REGION:ACCOUNT:* (per-cluster ARNs are not supported).`,
      fix: role.data.assumeRolePolicyDocument !== undefined ? fieldFix('Restore the generated trust policy (it has both conditions)', role.id, ['assumeRolePolicyDocument'], undefined) : undefined,
    });
  }
}

/** IAM-EC2-LEAK: extra permissions on an instance role reach every task on its instances through IMDS. */
function checkInstanceRoles(ctx: ValidateContext): void {
  for (const role of ctx.index.nodesOfKind('role-instance')) {
    if (!ctx.index.targets(role.id, 'instance-role').length) continue;
    const content = ctx.artifactOf(role.id)?.content;
    if (!content) continue; // an existing role: its policies are not in the design
    const extra = strings(content.ManagedPolicyArns).filter((arn) => !INSTANCE_POLICIES.includes(arn));
    const inline = Array.isArray(content.Policies) ? content.Policies.length : 0;
    if (!extra.length && !inline) continue;
    const what = [...extra.map((arn) => arn.slice(arn.lastIndexOf('/') + 1)), ...(inline ? [`${inline} inline polic${inline === 1 ? 'y' : 'ies'}`] : [])];
    ctx.report({
      ruleId: 'IAM-EC2-LEAK',
      node: role,
      pointer: inline && !extra.length ? '/Policies' : '/ManagedPolicyArns',
      message: `Instance role ${textOf(content.RoleName)} has more than the ECS agent needs (${what.join(', ')}). Tasks on these instances can read the instance role's credentials from the instance metadata unless that is blocked (ECS_AWSVPC_BLOCK_IMDS for awsvpc tasks, an iptables rule for bridge tasks), so they get those permissions too. Keep the instance role to the agent's policy (AmazonEC2ContainerServiceforEC2Role, or the Managed Instances one) and give applications task roles.`,
    });
  }
}

/** IAM-WIN-TASKROLE: a task role on Windows EC2 works only on instances started with -EnableTaskIAMRole. */
function checkWindowsTaskRoles(ctx: ValidateContext): void {
  for (const td of taskDefinitions(ctx)) {
    const platform = platformOf(ctx, td);
    if (!platform.windows || platform.fargate || typeof td.content.taskRoleArn !== 'string' || !td.content.taskRoleArn) continue;
    ctx.report({
      ruleId: 'IAM-WIN-TASKROLE',
      node: td.node,
      pointer: '/taskRoleArn',
      message: `Task definition ${textOf(td.content.family ?? td.node.id)} runs on Windows instances with a task role: the tasks get its credentials only if the instances were started with Initialize-ECSAgent -EnableTaskIAMRole in their user data, and the credentials endpoint then uses port 80 on the host, which nothing else on the instance may take.`,
    });
  }
}

/** IAM-SLR: ECS manages these through AWSServiceRoleForECS, once per design. */
function checkServiceLinkedRole(ctx: ValidateContext): void {
  const uses: Array<{ node: DesignNode; what: string }> = [];
  let awsvpc = false;
  for (const svc of services(ctx)) {
    if (svc.td?.networkMode === 'awsvpc') awsvpc = true;
    if (svc.loadBalancers.length > 1) uses.push({ node: svc.node, what: `several target groups (${svc.label})` });
    if (Array.isArray(svc.content.serviceRegistries) && svc.content.serviceRegistries.length) uses.push({ node: svc.node, what: `service discovery (${svc.label})` });
    if (isPlainObject(svc.content.serviceConnectConfiguration) && svc.content.serviceConnectConfiguration.enabled === true) uses.push({ node: svc.node, what: `Service Connect (${svc.label})` });
    if (svc.controller === 'EXTERNAL') uses.push({ node: svc.node, what: `the EXTERNAL deployment controller (${svc.label})` });
  }
  for (const asg of ctx.index.nodesOfKind('capacity-ec2')) {
    const scaling = asg.data.managedScaling;
    const inCluster = clusters(ctx).some((c) => ctx.index.sources(c.node.id, 'in-cluster').some((n) => n.id === asg.id));
    if (inCluster && isPlainObject(scaling) && scaling.status === 'ENABLED') uses.push({ node: asg, what: `cluster auto scaling (${textOf(asg.data.name ?? asg.id)})` });
  }
  // awsvpc alone is left unsaid: nearly every design has it, and ECS creates the role with the first cluster.
  if (!uses.length) return;
  const all = [...(awsvpc ? ['awsvpc networking'] : []), ...uses.map((u) => u.what)];
  ctx.report({
    ruleId: 'IAM-SLR',
    node: uses[0]!.node,
    message: `ECS does ${all.join(', ')} through its service-linked role AWSServiceRoleForECS, which must exist in the account. ECS creates it when a cluster or service is created by a principal allowed iam:CreateServiceLinkedRole; if yours is not, create it once beforehand: aws iam create-service-linked-role --aws-service-name ecs.amazonaws.com.`,
  });
}
