import type { DesignNode } from '../../../model/design.ts';
import { textOf } from '../../../model/text.ts';
import type { ValidateContext } from '../../../validate/context.ts';
import { NOT_PASSED } from '../target.ts';
import { EXISTING_ROLE_FIELD } from '../target-role.ts';

/**
 * EVT-NOT-PASSED: RunTask members of a task that a rule or schedule starts but cannot pass
 * on (their targets have no such member; startedBy is set to the rule or schedule).
 */
export function startedTaskProblems(ctx: ValidateContext, starter: DesignNode, task: DesignNode, pointer: string): void {
  const run = ctx.artifactOf(task.id)?.content ?? {};
  const dropped = NOT_PASSED.filter((key) => run[key] !== undefined);
  if (!dropped.length) return;
  const by = starter.kind === 'schedule' ? 'the schedule' : 'the rule';
  ctx.report({
    ruleId: 'EVT-NOT-PASSED',
    node: starter,
    pointer,
    message: `Task ${textOf(task.data.name ?? task.id)} sets ${dropped.join(', ')}, which ${by} cannot pass to RunTask: it is left out when ${by} starts the task.`,
  });
}

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;

/** EVT-ROLE-ARN: an existing role named for a rule or schedule must be an IAM role ARN (the target's RoleArn). */
export function existingRoleProblems(ctx: ValidateContext, starter: DesignNode, pointer: string): void {
  const arn = starter.data[EXISTING_ROLE_FIELD];
  if (arn === undefined || (typeof arn === 'string' && ROLE_ARN.test(arn))) return;
  ctx.report({
    ruleId: 'EVT-ROLE-ARN',
    node: starter,
    pointer,
    message: `Existing role "${textOf(arn)}" is not an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME). Leave it empty to have the role generated.`,
  });
}
