import { describe, expect, it } from 'vitest';
import { derive } from '../../derive/index.ts';
import type { Artifact } from '../../model/artifact.ts';
import { sample } from '../../validate/service-test-designs.ts';
import { scaledSample, SQS_STEP } from './test-designs.ts';
import { apiInputFailures, hasBotocore, NO_BOTOCORE } from '../../test-support/api-input-check.ts';
import { KINDS } from '../registry.ts';

const byPath = (artifacts: Artifact[], path: string) => artifacts.find((a) => a.path === path)?.content;

describe('service auto scaling: defaults and derivation', () => {
  it('a new node has min 2, max 8 and a CPU target of 70 % (ECS_RULES §10), and the scaling group', () => {
    const kind = KINDS['service-scaling'];
    const { t, scaling } = scaledSample();
    const node = t.design.nodes.find((n) => n.id === scaling)!;
    expect(node.data).toMatchObject({ minCapacity: 2, maxCapacity: 8, targetTracking: [{ metric: 'ECSServiceAverageCPUUtilization', targetValue: 70 }] });
    expect(kind.group).toBe('Scaling');
    expect(kind.displayName(node)).toBe('2–8 tasks');
    expect(kind.facts(node)).toEqual(['CPU → 70 %']);
  });

  it('RegisterScalableTarget names the service by its connections: service/<cluster>/<service>, ecs:service:DesiredCount', () => {
    const { t } = scaledSample({ minCapacity: 1, maxCapacity: 4, suspendScaleIn: true });
    expect(byPath(derive(t.design), 'scalable-targets/web.json')).toEqual({
      ServiceNamespace: 'ecs',
      ResourceId: 'service/web-cluster/web',
      ScalableDimension: 'ecs:service:DesiredCount',
      MinCapacity: 1,
      MaxCapacity: 4,
      SuspendedState: { DynamicScalingInSuspended: true },
    });
  });

  it('PutScalingPolicy per target tracking policy; ALBRequestCountPerTarget gets its ResourceLabel from the load balancer that routes to the service', () => {
    const { t } = scaledSample({
      minCapacity: 2,
      maxCapacity: 8,
      targetTracking: [
        { policyName: 'cpu', metric: 'ECSServiceAverageCPUUtilization', targetValue: 60, scaleInCooldown: 300, scaleOutCooldown: 60, disableScaleIn: false },
        { policyName: 'requests', metric: 'ALBRequestCountPerTarget', targetValue: 1000 },
      ],
    });
    const artifacts = derive(t.design);
    expect(byPath(artifacts, 'scaling-policies/web-cpu.json')).toEqual({
      PolicyName: 'cpu',
      ServiceNamespace: 'ecs',
      ResourceId: 'service/web-cluster/web',
      ScalableDimension: 'ecs:service:DesiredCount',
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingScalingPolicyConfiguration: {
        TargetValue: 60,
        PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
        ScaleOutCooldown: 60,
        ScaleInCooldown: 300,
        DisableScaleIn: false,
      },
    });
    const requests = artifacts.find((a) => a.path === 'scaling-policies/web-requests.json')!;
    expect(requests.content.TargetTrackingScalingPolicyConfiguration).toEqual({
      TargetValue: 1000,
      PredefinedMetricSpecification: { PredefinedMetricType: 'ALBRequestCountPerTarget', ResourceLabel: 'app/web-alb/0000000000000000/targetgroup/web-tg/0000000000000000' },
    });
    expect(requests.owners).toContainEqual({ pointer: '/TargetTrackingScalingPolicyConfiguration/PredefinedMetricSpecification/ResourceLabel', nodeId: t.first('load-balancer-alb') });
  });

  it('a customized metric (SQS queue depth) becomes CustomizedMetricSpecification', () => {
    const { t } = scaledSample({
      minCapacity: 0,
      maxCapacity: 10,
      targetTracking: [{ policyName: 'backlog', metric: 'custom', namespace: 'AWS/SQS', metricName: 'ApproximateNumberOfMessagesVisible', dimensions: [{ Name: 'QueueName', Value: 'jobs' }], statistic: 'Average', targetValue: 100 }],
    });
    expect(byPath(derive(t.design), 'scaling-policies/web-backlog.json')!.TargetTrackingScalingPolicyConfiguration).toEqual({
      TargetValue: 100,
      CustomizedMetricSpecification: { MetricName: 'ApproximateNumberOfMessagesVisible', Namespace: 'AWS/SQS', Dimensions: [{ Name: 'QueueName', Value: 'jobs' }], Statistic: 'Average' },
    });
  });

  it('a step policy and its CloudWatch alarm, whose action is the policy ARN (placeholder id until AWS assigns one)', () => {
    const { t } = scaledSample({ minCapacity: 1, maxCapacity: 10, stepScaling: [SQS_STEP] });
    const artifacts = derive(t.design);
    expect(byPath(artifacts, 'scaling-policies/web-queue-backlog.json')).toEqual({
      PolicyName: 'queue-backlog',
      ServiceNamespace: 'ecs',
      ResourceId: 'service/web-cluster/web',
      ScalableDimension: 'ecs:service:DesiredCount',
      PolicyType: 'StepScaling',
      StepScalingPolicyConfiguration: {
        AdjustmentType: 'ChangeInCapacity',
        StepAdjustments: [
          { MetricIntervalLowerBound: 0, MetricIntervalUpperBound: 100, ScalingAdjustment: 1 },
          { MetricIntervalLowerBound: 100, ScalingAdjustment: 3 },
        ],
        Cooldown: 60,
        MetricAggregationType: 'Average',
      },
    });
    expect(byPath(artifacts, 'alarms/web-queue-backlog.json')).toEqual({
      AlarmName: 'web-queue-backlog',
      AlarmActions: ['arn:aws:autoscaling:us-east-1:123456789012:scalingPolicy:00000000-0000-0000-0000-000000000000:resource/ecs/service/web-cluster/web:policyName/queue-backlog'],
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Namespace: 'AWS/SQS',
      Statistic: 'Average',
      Dimensions: [{ Name: 'QueueName', Value: 'jobs' }],
      Period: 60,
      EvaluationPeriods: 2,
      Threshold: 100,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it('an alarm on an AWS/ECS metric without dimensions watches the scaled service', () => {
    const alarm = { namespace: 'AWS/ECS', metricName: 'CPUUtilization', statistic: 'Average', period: 60, evaluationPeriods: 3, threshold: 80, comparisonOperator: 'GreaterThanThreshold' };
    const { t } = scaledSample({ minCapacity: 1, maxCapacity: 4, stepScaling: [{ policyName: 'cpu-high', adjustmentType: 'ChangeInCapacity', steps: [{ lower: 0, adjustment: 2 }], alarm }] });
    expect(byPath(derive(t.design), 'alarms/web-cpu-high.json')!.Dimensions).toEqual([
      { Name: 'ClusterName', Value: 'web-cluster' },
      { Name: 'ServiceName', Value: 'web' },
    ]);
  });

  it('PutScheduledAction per action, with its min/max as ScalableTargetAction', () => {
    const { t } = scaledSample({ minCapacity: 1, maxCapacity: 4, scheduledActions: [{ name: 'business-hours', schedule: 'cron(0 8 ? * MON-FRI *)', timezone: 'Europe/Berlin', minCapacity: 4, maxCapacity: 12 }] });
    expect(byPath(derive(t.design), 'scheduled-actions/web-business-hours.json')).toEqual({
      ServiceNamespace: 'ecs',
      Schedule: 'cron(0 8 ? * MON-FRI *)',
      Timezone: 'Europe/Berlin',
      ScheduledActionName: 'business-hours',
      ResourceId: 'service/web-cluster/web',
      ScalableDimension: 'ecs:service:DesiredCount',
      ScalableTargetAction: { MinCapacity: 4, MaxCapacity: 12 },
    });
  });

  it('unmodelled keys in the extra bags are emitted again, in API order', () => {
    const { t } = scaledSample({ minCapacity: 1, maxCapacity: 2, extra: { Tags: { team: 'web' } }, targetTracking: [{ policyName: 'cpu', metric: 'ECSServiceAverageCPUUtilization', targetValue: 50, metricExtra: { Future: 1 } }] });
    const artifacts = derive(t.design);
    expect(Object.keys(byPath(artifacts, 'scalable-targets/web.json')!)).toEqual(['ServiceNamespace', 'ResourceId', 'ScalableDimension', 'MinCapacity', 'MaxCapacity', 'Tags']);
    expect(byPath(artifacts, 'scaling-policies/web-cpu.json')!.TargetTrackingScalingPolicyConfiguration).toMatchObject({ PredefinedMetricSpecification: { Future: 1, PredefinedMetricType: 'ECSServiceAverageCPUUtilization' } });
  });

  it('a scaling node connected to nothing still derives (its ResourceId is a placeholder; AS-SERVICE reports it)', () => {
    const t = sample();
    t.add('service-scaling');
    expect(byPath(derive(t.design), 'scalable-targets/scaling-1.json')).toMatchObject({ ResourceId: 'service/default/unconnected' });
  });

  it.skipIf(!hasBotocore)(`botocore accepts every scaling input (RegisterScalableTarget, PutScalingPolicy, PutMetricAlarm, PutScheduledAction)${NO_BOTOCORE}`, () => {
    const { t } = scaledSample({
      minCapacity: 1,
      maxCapacity: 10,
      suspendScaleOut: false,
      targetTracking: [
        { policyName: 'cpu', metric: 'ECSServiceAverageCPUUtilization', targetValue: 60, scaleInCooldown: 300, scaleOutCooldown: 60, disableScaleIn: true },
        { policyName: 'memory', metric: 'ECSServiceAverageMemoryUtilization', targetValue: 75 },
        { policyName: 'requests', metric: 'ALBRequestCountPerTarget', targetValue: 1000 },
        { policyName: 'backlog', metric: 'custom', namespace: 'AWS/SQS', metricName: 'ApproximateNumberOfMessagesVisible', dimensions: [{ Name: 'QueueName', Value: 'jobs' }], statistic: 'Average', targetValue: 100 },
      ],
      stepScaling: [SQS_STEP],
      scheduledActions: [{ name: 'nightly', schedule: 'cron(0 22 * * ? *)', minCapacity: 1, maxCapacity: 2 }, { name: 'once', schedule: 'at(2026-12-24T18:00:00)', timezone: 'UTC', maxCapacity: 20 }],
    });
    const artifacts = derive(t.design).filter((a) => a.nodeId === t.design.nodes.at(-1)!.id);
    const types = artifacts.map((a) => a.type);
    expect(new Set(types)).toEqual(new Set(['scalable-target', 'scaling-policy', 'metric-alarm', 'scheduled-action']));
    expect(types).toHaveLength(9);
    expect(apiInputFailures(artifacts)).toEqual([]);
    // The check sees these services: a wrong member type fails it.
    const broken = artifacts.map((a) => (a.type === 'scalable-target' ? { ...a, content: { ...a.content, MinCapacity: 'one' } } : a));
    expect(apiInputFailures(broken)).toEqual([expect.stringMatching(/scalable-targets\/web\.json \(application-autoscaling RegisterScalableTarget\).*MinCapacity/)]);
  }, 30_000);
});
