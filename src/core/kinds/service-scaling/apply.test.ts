import { describe, expect, it } from 'vitest';
import { applyArtifactText } from '../../apply/index.ts';
import { artifactText, derive } from '../../derive/index.ts';
import type { Design } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import { scaledSample, SQS_STEP } from './test-designs.ts';

const FULL: JsonObject = {
  minCapacity: 1,
  maxCapacity: 10,
  targetTracking: [
    { policyName: 'cpu', metric: 'ECSServiceAverageCPUUtilization', targetValue: 60, scaleInCooldown: 300 },
    { policyName: 'requests', metric: 'ALBRequestCountPerTarget', targetValue: 1000 },
    { policyName: 'backlog', metric: 'custom', namespace: 'AWS/SQS', metricName: 'ApproximateNumberOfMessagesVisible', dimensions: [{ Name: 'QueueName', Value: 'jobs' }], statistic: 'Average', targetValue: 100 },
  ],
  stepScaling: [SQS_STEP, { adjustmentType: 'ExactCapacity', steps: [{ upper: 0, adjustment: 1 }] }],
  scheduledActions: [{ name: 'nightly', schedule: 'cron(0 22 * * ? *)', minCapacity: 1, maxCapacity: 2 }, { schedule: 'rate(1 day)' }],
};

function edit(design: Design, path: string, change: (content: JsonObject) => void): { design: Design; text: JsonObject } {
  const artifact = derive(design).find((a) => a.path === path);
  if (!artifact) throw new Error(`no ${path}`);
  const text = JSON.parse(artifactText(artifact)) as JsonObject;
  change(text);
  const result = applyArtifactText(design, path, JSON.stringify(text));
  if (!result.ok) throw new Error(result.error);
  return { design: result.design, text };
}

const fileOf = (design: Design, path: string) => derive(design).find((a) => a.path === path)?.content;

describe('service auto scaling: edits to its files come back to the node', () => {
  it('every file applied unchanged leaves the design exactly as it was', () => {
    const { t } = scaledSample(FULL);
    const files = derive(t.design).filter((a) => a.nodeId === t.design.nodes.at(-1)!.id);
    expect(files.length).toBe(9); // target, 3 + 2 policies, 1 alarm, 2 scheduled actions
    for (const artifact of files) {
      const result = applyArtifactText(t.design, artifact.path, artifactText(artifact));
      if (!result.ok) throw new Error(`${artifact.path}: ${result.error}`);
      expect(result.design, artifact.path).toStrictEqual(t.design);
    }
  });

  it('the target value edited in the policy file is the node’s target value; unknown keys are kept and emitted again', () => {
    const { t, scaling } = scaledSample(FULL);
    const path = 'scaling-policies/web-cpu.json';
    const { design, text } = edit(t.design, path, (c) => {
      const config = c.TargetTrackingScalingPolicyConfiguration as JsonObject;
      config.TargetValue = 45;
      config.FutureKnob = { a: 1 };
      (config.PredefinedMetricSpecification as JsonObject).Extra = 'x';
      c.PredictiveScalingPolicyConfiguration = { MetricSpecifications: [] };
    });
    const node = design.nodes.find((n) => n.id === scaling)!;
    expect((node.data.targetTracking as JsonObject[])[0]).toMatchObject({ policyName: 'cpu', targetValue: 45, configExtra: { FutureKnob: { a: 1 } }, metricExtra: { Extra: 'x' } });
    expect(fileOf(design, path)).toEqual(text);
  });

  it('min/max and the suspended state from the scalable target file; the ResourceId stays with the connection (with a notice)', () => {
    const { t, scaling } = scaledSample(FULL);
    const artifact = derive(t.design).find((a) => a.path === 'scalable-targets/web.json')!;
    const text = { ...artifact.content, MinCapacity: 3, MaxCapacity: 6, SuspendedState: { ScheduledScalingSuspended: true }, RoleARN: 'arn:aws:iam::123456789012:role/x', Tags: { a: 'b' }, ResourceId: 'service/other/x' };
    const result = applyArtifactText(t.design, artifact.path, JSON.stringify(text));
    if (!result.ok) throw new Error(result.error);
    expect(result.notices).toEqual([expect.objectContaining({ level: 'warning', message: expect.stringMatching(/ResourceId follows the service/) })]);
    const node = result.design.nodes.find((n) => n.id === scaling)!;
    expect(node.data).toMatchObject({ minCapacity: 3, maxCapacity: 6, suspendScheduled: true, roleArn: 'arn:aws:iam::123456789012:role/x', extra: { Tags: { a: 'b' } } });
    expect(node.data.targetTracking).toEqual(FULL.targetTracking);
    expect(fileOf(result.design, artifact.path)).toEqual({ ...text, ResourceId: 'service/web-cluster/web' });
  });

  it('switching a predefined metric to a customized one, and the ALB ResourceLabel staying implied', () => {
    const { t, scaling } = scaledSample(FULL);
    const custom = { MetricName: 'Lag', Namespace: 'App', Statistic: 'Maximum', Unit: 'Seconds' };
    const { design, text } = edit(t.design, 'scaling-policies/web-cpu.json', (c) => {
      const config = c.TargetTrackingScalingPolicyConfiguration as JsonObject;
      delete config.PredefinedMetricSpecification;
      config.CustomizedMetricSpecification = custom;
    });
    expect((design.nodes.find((n) => n.id === scaling)!.data.targetTracking as JsonObject[])[0]).toMatchObject({ metric: 'custom', metricName: 'Lag', namespace: 'App', statistic: 'Maximum', unit: 'Seconds' });
    expect(fileOf(design, 'scaling-policies/web-cpu.json')).toEqual(text);
    const requests = edit(t.design, 'scaling-policies/web-requests.json', (c) => ((c.TargetTrackingScalingPolicyConfiguration as JsonObject).TargetValue = 500));
    expect((requests.design.nodes.find((n) => n.id === scaling)!.data.targetTracking as JsonObject[])[1]).toEqual({ policyName: 'requests', metric: 'ALBRequestCountPerTarget', targetValue: 500 });
  });

  it('step adjustments and the alarm: the threshold and steps edited, the implied alarm name and action stay implied', () => {
    const { t, scaling } = scaledSample(FULL);
    const step = edit(t.design, 'scaling-policies/web-queue-backlog.json', (c) => {
      ((c.StepScalingPolicyConfiguration as JsonObject).StepAdjustments as JsonObject[]).push({ MetricIntervalLowerBound: 500, ScalingAdjustment: 5 });
    });
    expect(fileOf(step.design, 'scaling-policies/web-queue-backlog.json')).toEqual(step.text);
    const alarm = edit(step.design, 'alarms/web-queue-backlog.json', (c) => {
      c.Threshold = 50;
      c.TreatMissingData = 'notBreaching';
      c.OKActions = ['arn:aws:sns:us-east-1:123456789012:ops'];
    });
    const policy = (alarm.design.nodes.find((n) => n.id === scaling)!.data.stepScaling as JsonObject[])[0]!;
    expect(policy.alarm).toEqual({ ...(SQS_STEP.alarm as JsonObject), threshold: 50, treatMissingData: 'notBreaching', extra: { OKActions: ['arn:aws:sns:us-east-1:123456789012:ops'] } });
    expect((policy.steps as JsonObject[])[2]).toEqual({ lower: 500, adjustment: 5 });
    expect(fileOf(alarm.design, 'alarms/web-queue-backlog.json')).toEqual(alarm.text);
  });

  it('a scheduled action: schedule, timezone and capacity; a PolicyType change is refused with a reason', () => {
    const { t, scaling } = scaledSample(FULL);
    const { design, text } = edit(t.design, 'scheduled-actions/web-nightly.json', (c) => {
      c.Timezone = 'Europe/Berlin';
      c.ScalableTargetAction = { MinCapacity: 0, MaxCapacity: 1 };
      c.EndTime = '2027-01-01T00:00:00Z';
    });
    expect((design.nodes.find((n) => n.id === scaling)!.data.scheduledActions as JsonObject[])[0]).toEqual({ name: 'nightly', schedule: 'cron(0 22 * * ? *)', timezone: 'Europe/Berlin', endTime: '2027-01-01T00:00:00Z', minCapacity: 0, maxCapacity: 1 });
    expect(fileOf(design, 'scheduled-actions/web-nightly.json')).toEqual(text);
    const artifact = derive(t.design).find((a) => a.path === 'scaling-policies/web-cpu.json')!;
    const refused = applyArtifactText(t.design, artifact.path, JSON.stringify({ ...artifact.content, PolicyType: 'StepScaling' }));
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/TargetTrackingScaling policy/) });
  });
});
