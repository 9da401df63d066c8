import { setNodeField } from '../../commands/design-commands.ts';
import type { Design } from '../../model/design.ts';
import type { JsonValue } from '../../model/json.ts';
import { DesignBuilder } from '../../test-support/builders.ts';

/**
 * Test designs of this folder and of the rule and schedule kinds: a Fargate batch task with
 * a task role and awslogs (so an implied execution role), started by a schedule and a rule.
 */
export function scheduledBatch(options: { taskRole?: boolean } = {}): DesignBuilder {
  const b = new DesignBuilder('scheduled batch');
  b.add('fargate', 'capacity-fargate')
    .add('cluster', 'cluster', { clusterName: 'batch' })
    .link('fargate', 'cluster', { defaultStrategy: { weight: 1 } })
    .add('td', 'task-definition', { family: 'report' })
    .add('container', 'container', {
      name: 'report',
      image: 'public.ecr.aws/docker/library/python:3.13',
      essential: true,
      logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/report', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'ecs' } },
    })
    .link('container', 'td');
  if (options.taskRole !== false) b.add('taskRole', 'role-task', { roleName: 'report-task-role', managedPolicyArns: [] }).link('taskRole', 'td');
  b.add('task', 'standalone-task', {
    name: 'report',
    count: 1,
    networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d4e5f60101'], securityGroups: ['sg-0a1b2c3d4e5f60020'], assignPublicIp: 'DISABLED' } },
    propagateTags: 'TASK_DEFINITION',
  })
    .link('task', 'cluster')
    .link('task', 'td')
    .link('task', 'fargate')
    .add('schedule', 'schedule', { Name: 'hourly-report', ScheduleExpression: 'rate(1 hour)', FlexibleTimeWindow: { Mode: 'OFF' }, State: 'ENABLED' })
    .link('schedule', 'task')
    .add('rule', 'events-rule', { Name: 'on-upload', State: 'ENABLED', pattern: 'S3 Object Created (EventBridge notifications)' })
    .link('rule', 'task');
  return b;
}

/** setNodeField for tests: the design with one field set (undefined removes it); throws when the command refuses. */
export function withField(design: Design, nodeId: string, path: readonly string[], value: JsonValue | undefined): Design {
  const result = setNodeField(design, nodeId, path, value);
  if (!result.ok) throw new Error(result.reason);
  return result.design;
}
