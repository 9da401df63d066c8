import { isPlainObject, type JsonObject } from '../../model/json.ts';
import { textOf } from '../../model/text.ts';
import type { RuleModule } from '../../validate/context.ts';
import { setNodeField } from '../../commands/design-commands.ts';
import { commandFix, fieldFix } from '../../validate/fixes.ts';
import { scheduleExpressionProblem } from '../schedule/expression.ts';
import { existingRoleProblems, startedTaskProblems } from '../standalone-task/rules/started-task.ts';
import { rulePattern } from './patterns.ts';
import { triggeringBuckets } from './derive.ts';

/**
 * EventBridge rules that start standalone tasks: EVR-NO-TASK, EVR-TRIGGER (neither a
 * pattern nor a schedule), EVR-BOTH (both: it starts the task on either), EVR-LOOP (task
 * state changes of every task start a task, whose own stop starts the next), EVR-PATTERN (not a JSON object), EVR-SCHED-EXPR, EVR-SCHED-BUS
 * (schedules only run on the default bus), EVT-NOT-PASSED, EVT-ROLE-ARN. Ids of this designer
 * (ECS_RULES §5.1 covers only the role, which is generated).
 */
export const eventsRuleRules: RuleModule = {
  area: 'EventBridge rules',
  rules: { 'EVR-NO-TASK': 'warning', 'EVR-TRIGGER': 'error', 'EVR-BOTH': 'warning', 'EVR-LOOP': 'warning', 'EVR-PATTERN': 'error', 'EVR-SCHED-EXPR': 'error', 'EVR-SCHED-BUS': 'error', 'EVT-NOT-PASSED': 'warning', 'EVT-ROLE-ARN': 'error' },
  check(ctx) {
    for (const node of ctx.index.nodesOfKind('events-rule')) {
      const data = node.data;
      const name = textOf(data.Name ?? node.id);
      const task = ctx.index.target(node.id, 'starts');
      if (!task) ctx.report({ ruleId: 'EVR-NO-TASK', node, message: `Rule ${name} starts nothing: connect it to a standalone task.` });
      else startedTaskProblems(ctx, node, task, '');
      existingRoleProblems(ctx, node, '/Targets/0/RoleArn');

      const pattern = rulePattern(data, triggeringBuckets(node, ctx.derive));
      const schedule = data.ScheduleExpression;
      if (pattern === undefined && (typeof schedule !== 'string' || !schedule)) {
        ctx.report({
          ruleId: 'EVR-TRIGGER',
          node,
          pointer: '/EventPattern',
          message: `Rule ${name} has neither an event pattern nor a schedule expression: PutRule needs one of them.`,
          fix: fieldFix('Match S3 Object Created events', node.id, ['pattern'], 'S3 Object Created (EventBridge notifications)'),
        });
      }
      if (pattern !== undefined && typeof schedule === 'string' && schedule) {
        // PutRule takes both, and the rule then fires on matching events and on the schedule.
        ctx.report({
          ruleId: 'EVR-BOTH',
          node,
          pointer: '/ScheduleExpression',
          message: `Rule ${name} has an event pattern and a schedule: it starts the task on every matching event and also on the schedule.`,
          fix: commandFix(
            'Keep only the schedule',
            (d) => setNodeField(d, node.id, ['pattern'], undefined),
            (d) => setNodeField(d, node.id, ['EventPattern'], undefined),
          ),
        });
      }
      if (task && startsOnEveryTaskChange(pattern)) {
        ctx.report({
          ruleId: 'EVR-LOOP',
          node,
          pointer: '/EventPattern',
          message: `Rule ${name} matches state changes of every ECS task, including the ones it starts: each task that stops starts another. Narrow the pattern (detail.clusterArn, detail.group or detail.taskDefinitionArn).`,
        });
      }
      if (typeof pattern === 'string') {
        let parsed: unknown;
        try {
          parsed = JSON.parse(pattern);
        } catch {
          parsed = undefined;
        }
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
          ctx.report({ ruleId: 'EVR-PATTERN', node, pointer: '/EventPattern', message: 'The event pattern must be a JSON object, e.g. {"source": ["aws.s3"]}.' });
        }
      }
      if (typeof schedule === 'string' && schedule) {
        const problem = scheduleExpressionProblem(schedule.trim(), 'events');
        if (problem) ctx.report({ ruleId: 'EVR-SCHED-EXPR', node, pointer: '/ScheduleExpression', message: problem });
        const bus = data.EventBusName;
        if (typeof bus === 'string' && bus && bus !== 'default') {
          ctx.report({
            ruleId: 'EVR-SCHED-BUS',
            node,
            pointer: '/EventBusName',
            message: `Scheduled rules run only on the default event bus, not on ${bus}. Use the default bus or a Scheduler schedule.`,
            fix: fieldFix('Use the default bus', node.id, ['EventBusName'], undefined),
          });
        }
      }
    }
  },
};

/** An ECS task state change pattern that names no cluster, group or task definition. */
function startsOnEveryTaskChange(pattern: JsonObject | string | undefined): boolean {
  let value: unknown = pattern;
  if (typeof pattern === 'string') {
    try {
      value = JSON.parse(pattern);
    } catch {
      return false;
    }
  }
  if (!isPlainObject(value)) return false;
  const types = Array.isArray(value['detail-type']) ? value['detail-type'] : [];
  if (!types.includes('ECS Task State Change')) return false;
  const detail = isPlainObject(value.detail) ? value.detail : {};
  return !['clusterArn', 'group', 'taskDefinitionArn', 'startedBy'].some((key) => detail[key] !== undefined);
}
