import { applyServiceScaling } from './apply.ts';
import { serviceScalingArtifacts } from './derive.ts';
import { scheduledActions, stepPolicies, targetTrackingPolicies } from './resource.ts';
import type { JsonObject } from '../../model/json.ts';
import { textOf } from '../../model/text.ts';
import type { KindModule } from '../types.ts';

const SHORT_METRIC: Record<string, string> = {
  ECSServiceAverageCPUUtilization: 'CPU',
  ECSServiceAverageMemoryUtilization: 'memory',
  ALBRequestCountPerTarget: 'requests/target',
};

function trackingFact(p: JsonObject): string {
  const metric = typeof p.metric === 'string' ? (SHORT_METRIC[p.metric] ?? (p.metric === 'custom' ? textOf(p.metricName ?? 'custom metric') : p.metric)) : '?';
  const unit = p.metric === 'ECSServiceAverageCPUUtilization' || p.metric === 'ECSServiceAverageMemoryUtilization' ? ' %' : '';
  return `${metric} → ${textOf(p.targetValue ?? '?')}${unit}`;
}

/**
 * Service auto scaling (Application Auto Scaling on an ECS service, ECS_RULES §7): the
 * scalable target with its min/max, target tracking and step scaling policies (each step
 * policy with the CloudWatch alarm that triggers it) and scheduled actions.
 */
export const serviceScalingKind: KindModule = {
  kind: 'service-scaling',
  label: 'Service auto scaling',
  group: 'Scaling',
  icon: 'service-scaling',
  description:
    'Changes a service’s desired count between a minimum and a maximum: target tracking on CPU, memory, requests per target or a metric of your own (an SQS queue’s depth), step scaling on a CloudWatch alarm, and scheduled capacity.',
  // ECS_RULES §10: target tracking on CPU at 60–70 %, min = desired count, max = 4 × min.
  defaults: () => ({
    minCapacity: 2,
    maxCapacity: 8,
    targetTracking: [{ policyName: 'cpu-target-tracking', metric: 'ECSServiceAverageCPUUtilization', targetValue: 70, scaleOutCooldown: 60, scaleInCooldown: 300 }],
  }),
  displayName: (node) => `${textOf(node.data.minCapacity ?? '?')}–${textOf(node.data.maxCapacity ?? '?')} tasks`,
  facts: (node) => {
    const tracking = targetTrackingPolicies(node).map(trackingFact);
    const steps = stepPolicies(node).length;
    const scheduled = scheduledActions(node).length;
    return [
      ...tracking.slice(0, 2),
      ...(tracking.length > 2 ? [`+${tracking.length - 2} target tracking`] : []),
      ...(steps ? [`${steps} step polic${steps === 1 ? 'y' : 'ies'}`] : []),
      ...(scheduled ? [`${scheduled} scheduled`] : []),
    ];
  },
  fields: [
    { path: ['minCapacity'], label: 'Minimum tasks', type: 'number', min: 0, help: 'Scaling never goes below this many tasks (MinCapacity). Usually the service’s desired count.' },
    { path: ['maxCapacity'], label: 'Maximum tasks', type: 'number', min: 0, help: 'Scaling never goes above this many tasks (MaxCapacity). Check that the cluster or the Fargate quota can hold them.' },
    {
      path: ['targetTracking'],
      label: 'Target tracking policies',
      type: 'targetTracking',
      help: 'Keep a metric at a target: average CPU or memory of the service in %, ALB requests per target (needs a load balancer routing to the service), or a metric of your own ("custom": namespace, metric name, dimensions such as QueueName=jobs, statistic). Cooldowns in seconds (AWS default 300).',
    },
    {
      path: ['stepScaling'],
      label: 'Step scaling policies',
      type: 'json',
      help: 'A list of { policyName, adjustmentType (ChangeInCapacity, PercentChangeInCapacity, ExactCapacity), steps: [{ lower, upper, adjustment }], cooldown, metricAggregationType, alarm: { namespace, metricName, dimensions, statistic, period, evaluationPeriods, threshold, comparisonOperator } }. Step bounds are relative to the alarm threshold; the alarm triggers the policy.',
    },
    {
      path: ['scheduledActions'],
      label: 'Scheduled actions',
      type: 'scheduledActions',
      help: 'Set min/max capacity on a schedule: at(2026-12-24T18:00:00), rate(1 day) or cron(0 8 ? * MON-FRI *), in a timezone such as Europe/Berlin (default UTC).',
    },
    { path: ['suspendScaleIn'], label: 'Suspend scale-in', type: 'boolean', help: 'Stop policies from removing tasks (DynamicScalingInSuspended), e.g. during an incident.' },
    { path: ['suspendScaleOut'], label: 'Suspend scale-out', type: 'boolean', help: 'Stop policies from adding tasks (DynamicScalingOutSuspended).' },
    { path: ['suspendScheduled'], label: 'Suspend scheduled actions', type: 'boolean', help: 'Stop scheduled actions from running (ScheduledScalingSuspended).' },
  ],
  accepts: ['scales'],
  // Joined here, so that apply (which reads what derive emits) and derive do not import each other.
  derivation: { derive: serviceScalingArtifacts, apply: applyServiceScaling },
};
