import type { Design } from '../../model/design.ts';
import { awslogs, TemplateBuilder, twoZoneVpc } from '../template-builder.ts';

/**
 * A batch job on a clock: an EventBridge Scheduler schedule runs a Fargate task at the top
 * of every hour (cron, in the schedule's time zone), with a 15-minute flexible window so
 * many schedules do not all start at once. No service: the task runs, exits and is gone.
 */
export function hourlyBatch(): Design {
  const b = twoZoneVpc(new TemplateBuilder('Hourly scheduled batch task'), 'batch-vpc');
  return b
    .add('taskSg', 'security-group', { groupName: 'report-sg', description: 'The report tasks: outbound only' })
    .link('taskSg', 'vpc')
    .add('fargate', 'capacity-fargate')
    .add('cluster', 'cluster', { clusterName: 'batch' })
    .link('fargate', 'cluster')
    .add('schedule', 'schedule', {
      Name: 'hourly-report',
      ScheduleExpression: 'cron(0 * * * ? *)',
      ScheduleExpressionTimezone: 'Europe/London',
      FlexibleTimeWindow: { Mode: 'FLEXIBLE', MaximumWindowInMinutes: 15 },
    })
    .add('task', 'standalone-task', { name: 'report' })
    .link('schedule', 'task')
    .link('task', 'cluster')
    .link('task', 'fargate')
    .link('task', 'privateA')
    .link('task', 'privateB')
    .link('task', 'taskSg')
    .add('td', 'task-definition', { family: 'report', cpu: '512', memory: '1024' })
    .add('container', 'container', {
      name: 'report',
      image: 'public.ecr.aws/docker/library/python:3.13',
      command: ['python', '-m', 'report'],
      portMappings: [],
      logConfiguration: awslogs('/ecs/report'),
    })
    .link('container', 'td')
    .link('task', 'td')
    .add('execRole', 'role-execution', { roleName: 'report-execution-role' })
    .link('execRole', 'td')
    .build();
}
