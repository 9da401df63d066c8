import type { Design } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import { awslogs, TemplateBuilder, twoZoneVpc } from '../template-builder.ts';

/** A CloudWatch alarm on the jobs queue's visible messages (one-minute average). */
function queueAlarm(comparisonOperator: string, threshold: number, evaluationPeriods: number): JsonObject {
  return {
    namespace: 'AWS/SQS',
    metricName: 'ApproximateNumberOfMessagesVisible',
    dimensions: [{ Name: 'QueueName', Value: 'jobs' }],
    statistic: 'Average',
    period: 60,
    evaluationPeriods,
    threshold,
    comparisonOperator,
  };
}

/**
 * A queue worker: a Fargate service with no load balancer polls the jobs queue, and
 * service auto scaling follows the queue's depth. One step policy adds tasks as the
 * backlog grows (one at 100 visible messages, three more past 500); another removes a
 * task when fewer than 10 wait. Messages that fail five times go to the dead-letter queue.
 */
export function sqsWorker(): Design {
  const b = twoZoneVpc(new TemplateBuilder('SQS queue worker scaled on queue depth'), 'worker-vpc');
  return b
    .add('taskSg', 'security-group', { groupName: 'worker-sg', description: 'The workers: outbound only' })
    .link('taskSg', 'vpc')
    .add('fargate', 'capacity-fargate')
    .add('cluster', 'cluster', { clusterName: 'workers' })
    .link('fargate', 'cluster')
    .add('queue', 'sqs-queue', { QueueName: 'jobs', Attributes: { VisibilityTimeout: '120', MessageRetentionPeriod: '345600' } })
    .add('dlq', 'sqs-queue', { QueueName: 'jobs-dlq', Attributes: { MessageRetentionPeriod: '1209600' } })
    .link('queue', 'dlq', { maxReceiveCount: 5 })
    .add('service', 'service', { serviceName: 'worker', desiredCount: 1 })
    .link('service', 'cluster')
    .link('service', 'fargate')
    .link('service', 'privateA')
    .link('service', 'privateB')
    .link('service', 'taskSg')
    .add('scaling', 'service-scaling', {
      minCapacity: 1,
      maxCapacity: 10,
      targetTracking: undefined,
      stepScaling: [
        {
          policyName: 'backlog-out',
          adjustmentType: 'ChangeInCapacity',
          steps: [{ lower: 0, upper: 400, adjustment: 1 }, { lower: 400, adjustment: 3 }],
          cooldown: 60,
          metricAggregationType: 'Average',
          alarm: queueAlarm('GreaterThanOrEqualToThreshold', 100, 2),
        },
        {
          policyName: 'backlog-in',
          adjustmentType: 'ChangeInCapacity',
          steps: [{ upper: 0, adjustment: -1 }],
          cooldown: 300,
          metricAggregationType: 'Average',
          alarm: queueAlarm('LessThanThreshold', 10, 5),
        },
      ],
    })
    .link('scaling', 'service')
    .add('td', 'task-definition', { family: 'worker', cpu: '512', memory: '1024' })
    .add('container', 'container', {
      name: 'worker',
      image: 'public.ecr.aws/docker/library/python:3.13',
      command: ['python', '-m', 'worker'],
      environment: [{ name: 'QUEUE_URL', value: 'https://sqs.us-east-1.amazonaws.com/123456789012/jobs' }],
      portMappings: [],
      logConfiguration: awslogs('/ecs/worker'),
    })
    .link('container', 'td')
    .link('service', 'td')
    .link('td', 'queue', { access: 'read' })
    .add('taskRole', 'role-task', { roleName: 'worker-task-role' })
    .add('execRole', 'role-execution', { roleName: 'worker-execution-role' })
    .link('taskRole', 'td')
    .link('execRole', 'td')
    .build();
}
