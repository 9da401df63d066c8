import { setEdgeData } from '../../../commands/design-commands.ts';
import { accessLevel } from '../../../derive/task-role-access.ts';
import { resourceName } from '../../../derive/resource-arns.ts';
import { textOf } from '../../../model/text.ts';
import type { RuleModule } from '../../../validate/context.ts';
import { commandFix } from '../../../validate/fixes.ts';

/**
 * Task definition → bucket / table / queue / topic connections ("accesses"), ECS_RULES §5.2
 * "App calls AWS APIs → task role". Ids not in ECS_RULES.md, in its style:
 * - IAM-TASK-ACCESS (W): the task role is an existing role (an ARN), so the designer cannot
 *   add the statements the connections need; the user must grant them there.
 * - IAM-TASK-ACCESS-TOPIC (W): "read" on an SNS topic grants nothing (a topic is only
 *   published to); the one right access is write.
 * A task definition with connections and no task role at all gets an implied task role
 * (like the implied execution role), so that case is no problem.
 */
export const resourceAccessRules: RuleModule = {
  area: 'Task role access',
  rules: { 'IAM-TASK-ACCESS': 'warning', 'IAM-TASK-ACCESS-TOPIC': 'warning' },
  check(ctx) {
    for (const td of ctx.index.nodesOfKind('task-definition')) {
      const edges = ctx.index.outgoing(td.id, 'accesses');
      if (!edges.length) continue;
      const role = ctx.index.source(td.id, 'task-role');
      const existing = role ? (typeof role.data.arn === 'string' && role.data.arn ? role.data.arn : undefined) : typeof td.data.taskRoleArn === 'string' ? td.data.taskRoleArn : undefined;
      if (existing) {
        const names = edges.map((e) => ctx.index.node(e.target)).filter((n) => n !== undefined).map(resourceName);
        ctx.report({
          ruleId: 'IAM-TASK-ACCESS',
          node: td,
          pointer: '/taskRoleArn',
          message: `Task role ${existing} already exists, so the designer cannot add what ${textOf(td.data.family ?? td.id)} needs for ${names.join(', ')}: grant those permissions on that role yourself, or draw a task role.`,
        });
      }
      for (const edge of edges) {
        const target = ctx.index.node(edge.target);
        if (target?.kind !== 'sns-topic' || accessLevel(edge, target.kind) !== 'read') continue;
        ctx.report({
          ruleId: 'IAM-TASK-ACCESS-TOPIC',
          node: td,
          message: `Read access to topic ${resourceName(target)} grants nothing: tasks publish to a topic (write); to receive its messages, subscribe a queue and read that.`,
          fix: commandFix('Publish to the topic (write access)', (d) => setEdgeData(d, edge.id, { ...(edge.data ?? {}), access: 'write' })),
        });
      }
    }
  },
};
