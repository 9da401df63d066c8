import type { DesignNode } from '../../../model/design.ts';
import { textOf } from '../../../model/text.ts';
import type { ValidateContext } from '../../../validate/context.ts';
import { NOT_PASSED } from '../target.ts';

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
