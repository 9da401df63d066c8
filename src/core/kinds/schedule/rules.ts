import { textOf } from '../../model/text.ts';
import type { RuleModule } from '../../validate/context.ts';
import { fieldFix } from '../../validate/fixes.ts';
import { existingRoleProblems, startedTaskProblems } from '../standalone-task/rules/started-task.ts';
import { scheduleExpressionProblem } from './expression.ts';

/**
 * EventBridge Scheduler schedules: SCH-NO-TASK (starts nothing), SCH-EXPR (expression
 * syntax), SCH-WINDOW (flexible time window), SCH-DATES (start and end), EVT-NOT-PASSED, EVT-ROLE-ARN.
 * Ids of this designer (ECS_RULES has none for Scheduler).
 */
export const scheduleRules: RuleModule = {
  area: 'schedules',
  rules: { 'SCH-NO-TASK': 'error', 'SCH-EXPR': 'error', 'SCH-WINDOW': 'error', 'SCH-DATES': 'error', 'EVT-NOT-PASSED': 'warning', 'EVT-ROLE-ARN': 'error' },
  check(ctx) {
    for (const node of ctx.index.nodesOfKind('schedule')) {
      const data = node.data;
      const name = textOf(data.Name ?? node.id);
      const task = ctx.index.target(node.id, 'starts');
      if (!task) {
        ctx.report({ ruleId: 'SCH-NO-TASK', node, pointer: '/Target', message: `Schedule ${name} starts nothing: connect it to a standalone task.` });
      } else {
        startedTaskProblems(ctx, node, task, '/Target');
      }
      existingRoleProblems(ctx, node, '/Target/RoleArn');
      const expression = data.ScheduleExpression;
      if (typeof expression !== 'string' || !expression) {
        ctx.report({ ruleId: 'SCH-EXPR', node, pointer: '/ScheduleExpression', message: `Schedule ${name} needs a schedule expression, e.g. rate(1 hour).`, fix: fieldFix('Run every hour', node.id, ['ScheduleExpression'], 'rate(1 hour)') });
      } else {
        const problem = scheduleExpressionProblem(expression.trim(), 'scheduler');
        if (problem) ctx.report({ ruleId: 'SCH-EXPR', node, pointer: '/ScheduleExpression', message: problem });
      }
      const window = data.FlexibleTimeWindow;
      const mode = window && typeof window === 'object' && !Array.isArray(window) ? window.Mode : undefined;
      const minutes = window && typeof window === 'object' && !Array.isArray(window) ? window.MaximumWindowInMinutes : undefined;
      if (mode !== 'OFF' && mode !== 'FLEXIBLE') {
        ctx.report({
          ruleId: 'SCH-WINDOW',
          node,
          pointer: '/FlexibleTimeWindow/Mode',
          message: 'FlexibleTimeWindow.Mode must be OFF or FLEXIBLE (CreateSchedule requires it).',
          fix: fieldFix('Start on time (OFF)', node.id, ['FlexibleTimeWindow'], { Mode: 'OFF' }),
        });
      } else if (mode === 'FLEXIBLE' && !(typeof minutes === 'number' && Number.isInteger(minutes) && minutes >= 1 && minutes <= 1440)) {
        ctx.report({ ruleId: 'SCH-WINDOW', node, pointer: '/FlexibleTimeWindow/MaximumWindowInMinutes', message: 'A FLEXIBLE window needs MaximumWindowInMinutes from 1 to 1440.' });
      } else if (mode === 'OFF' && minutes !== undefined) {
        ctx.report({
          ruleId: 'SCH-WINDOW',
          node,
          pointer: '/FlexibleTimeWindow/MaximumWindowInMinutes',
          message: 'MaximumWindowInMinutes is only for a FLEXIBLE window.',
          fix: fieldFix('Remove the window length', node.id, ['FlexibleTimeWindow', 'MaximumWindowInMinutes'], undefined),
        });
      }
      const dates: Record<string, number | undefined> = {};
      for (const key of ['StartDate', 'EndDate']) {
        const value = data[key];
        if (value === undefined) continue;
        const time = typeof value === 'string' ? Date.parse(value) : NaN;
        if (Number.isNaN(time)) ctx.report({ ruleId: 'SCH-DATES', node, pointer: `/${key}`, message: `${key} "${textOf(value)}" is not a date and time (ISO 8601, e.g. 2026-01-01T00:00:00Z).` });
        else dates[key] = time;
      }
      if (dates.StartDate !== undefined && dates.EndDate !== undefined && dates.StartDate >= dates.EndDate) {
        ctx.report({ ruleId: 'SCH-DATES', node, pointer: '/EndDate', message: 'EndDate must be after StartDate.' });
      }
    }
  },
};
