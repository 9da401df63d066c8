import { addNode, connect } from '../commands/design-commands.ts';
import { freshName } from '../kinds/names.ts';
import { ROLE_KINDS } from '../kinds/iam-role/kind.ts';
import type { NodeKind } from '../model/design.ts';
import { isPlainObject, type JsonValue } from '../model/json.ts';
import type { RuleModule } from './context.ts';
import { fieldFix } from './fixes.ts';
import { taskDefinitions } from './helpers.ts';
import { launchers } from './service-view.ts';
import type { QuickFix } from './types.ts';
import { textOf } from '../model/text.ts';

const TRUSTED: Partial<Record<NodeKind, { service: string; ruleId: 'IAM-TRUST-TASK' | 'IAM-TRUST-INST' | 'IAM-TRUST-INFRA' }>> = {
  'role-task': { service: 'ecs-tasks.amazonaws.com', ruleId: 'IAM-TRUST-TASK' },
  'role-execution': { service: 'ecs-tasks.amazonaws.com', ruleId: 'IAM-TRUST-TASK' },
  'role-instance': { service: 'ec2.amazonaws.com', ruleId: 'IAM-TRUST-INST' },
  'role-infrastructure': { service: 'ecs.amazonaws.com', ruleId: 'IAM-TRUST-INFRA' },
};

/** Who is locked out when a role does not trust its service. */
const WHO: Record<string, string> = {
  'ecs-tasks.amazonaws.com': 'tasks',
  'ec2.amazonaws.com': 'instances',
  'ecs.amazonaws.com': 'ECS',
};

function list(value: JsonValue | undefined): JsonValue[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

/** Whether a trust policy lets `service` assume the role (an Allow of sts:AssumeRole to that service principal). */
export function trustsService(document: JsonValue | undefined, service: string): boolean {
  if (!isPlainObject(document)) return false;
  return list(document.Statement).some((s) => {
    if (!isPlainObject(s) || s.Effect !== 'Allow') return false;
    const actions = list(s.Action);
    if (!actions.some((a) => a === 'sts:AssumeRole' || a === 'sts:*' || a === '*')) return false;
    const principal = s.Principal;
    return isPlainObject(principal) && list(principal.Service).includes(service);
  });
}

/** The role name of a role ARN or bare name (taskRoleArn may be either). */
function roleName(ref: string): string {
  const i = ref.lastIndexOf('/');
  return ref.startsWith('arn:') && i >= 0 ? ref.slice(i + 1) : ref;
}

/** IAM roles of tasks and instances (ECS_RULES §3.9, §5.3): IAM-SAME-ROLE, EXEC-ROLE, IAM-TRUST-TASK, IAM-TRUST-INST. */
export const iamRules: RuleModule = {
  area: 'IAM',
  rules: { 'IAM-SAME-ROLE': 'warning', 'EXEC-ROLE': 'error', 'IAM-TRUST-TASK': 'error', 'IAM-TRUST-INST': 'error' },
  check(ctx) {
    for (const td of taskDefinitions(ctx)) {
      const task = td.content.taskRoleArn;
      const execution = td.content.executionRoleArn;
      if (typeof task === 'string' && typeof execution === 'string' && roleName(task) === roleName(execution)) {
        ctx.report({
          ruleId: 'IAM-SAME-ROLE',
          node: td.node,
          pointer: '/executionRoleArn',
          message: `Role ${roleName(task)} is both the task role and the execution role: it mixes the agent's permissions with the application's. Use two roles.`,
        });
      }
    }

    // RunTask rejects ECS Exec without a task role (the API rule); a service cannot open sessions either.
    for (const svc of launchers(ctx)) {
      if (svc.content.enableExecuteCommand !== true || !svc.td || typeof svc.td.content.taskRoleArn === 'string') continue;
      const td = svc.td.node;
      const family = textOf(svc.td.content.family ?? td.id);
      const fix: QuickFix = {
        label: 'Add a task role',
        apply(design) {
          const data = { roleName: freshName(design, ROLE_KINDS, 'roleName', `${family}-task-role`), managedPolicyArns: [] };
          const added = addNode(design, 'role-task', { x: td.position.x + 360, y: td.position.y - 80 }, data);
          const linked = connect(added.design, added.id!, td.id);
          return linked.ok ? linked.design : design;
        },
      };
      ctx.report({
        ruleId: 'EXEC-ROLE',
        node: svc.node,
        pointer: '/enableExecuteCommand',
        message: `ECS Exec needs a task role, and task definition ${family} has none.`,
        fix,
      });
    }

    for (const role of ctx.index.nodesOfKind('role-task', 'role-execution', 'role-instance', 'role-infrastructure')) {
      const trusted = TRUSTED[role.kind];
      const artifact = ctx.artifactOf(role.id);
      if (!trusted || !artifact) continue; // an existing role (ARN) is not ours to check
      if (trustsService(artifact.content.AssumeRolePolicyDocument, trusted.service)) continue;
      ctx.report({
        ruleId: trusted.ruleId,
        node: role,
        pointer: '/AssumeRolePolicyDocument',
        message: `Role ${textOf(artifact.content.RoleName)} does not trust ${trusted.service}, so ${WHO[trusted.service] ?? 'tasks'} cannot assume it.`,
        fix:
          role.data.assumeRolePolicyDocument !== undefined
            ? fieldFix('Restore the generated trust policy', role.id, ['assumeRolePolicyDocument'], undefined)
            : undefined,
      });
    }
  },
};
