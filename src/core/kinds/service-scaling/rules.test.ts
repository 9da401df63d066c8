import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import { applyFix, findings, runModule, sample } from '../../validate/service-test-designs.ts';
import { serviceScalingRules } from './rules.ts';
import { scaledSample, SQS_STEP } from './test-designs.ts';

const check = (design: Design, ruleId: string) => findings(serviceScalingRules, design, ruleId);
const cpu = (targetValue: number, more: JsonObject = {}) => ({ policyName: `cpu-${targetValue}`, metric: 'ECSServiceAverageCPUUtilization', targetValue, ...more });

describe('service auto scaling rules (ECS_RULES §7)', () => {
  it('the default scaling on the sample reports only the AS-DEPLOY note', () => {
    const { t, scaling } = scaledSample();
    expect(runModule(serviceScalingRules, t.design)).toMatchObject([{ ruleId: 'AS-DEPLOY', severity: 'info', nodeId: scaling, artifactPath: 'scalable-targets/web.json' }]);
    expect(check(t.design, 'AS-DEPLOY')[0]!.message).toMatch(/desiredCount 2 resets/);
  });

  it('AS-SERVICE: a scaling node connected to nothing is an error; with one service free the fix connects it', () => {
    const t = sample();
    const scaling = t.add('service-scaling');
    const [problem] = check(t.design, 'AS-SERVICE');
    expect(problem).toMatchObject({ severity: 'error', nodeId: scaling, pointer: '/ResourceId' });
    expect(problem!.fix!.label).toBe('Connect to web');
    expect(check(applyFix(problem, t.design), 'AS-SERVICE')).toEqual([]);
  });

  it('AS-MINMAX: min above max, a negative min or a missing bound is an error; so is a scheduled action with min above max', () => {
    const { t, scaling } = scaledSample({ minCapacity: 5, maxCapacity: 3 });
    expect(check(t.design, 'AS-MINMAX')).toMatchObject([{ severity: 'error', pointer: '/MinCapacity', message: expect.stringMatching(/minimum \(5\) is above the maximum \(3\)/) }]);
    expect(check(t.set(scaling, 'minCapacity', -1).design, 'AS-MINMAX')).toHaveLength(1);
    expect(check(t.set(scaling, 'minCapacity', undefined).design, 'AS-MINMAX')).toMatchObject([{ pointer: '/MinCapacity' }]);
    t.set(scaling, 'minCapacity', 1).set(scaling, 'scheduledActions', [{ name: 'odd', schedule: 'rate(1 day)', minCapacity: 4, maxCapacity: 2 }]);
    expect(check(t.design, 'AS-MINMAX')).toMatchObject([{ artifactPath: 'scheduled-actions/web-odd.json', pointer: '/ScalableTargetAction/MinCapacity' }]);
  });

  it('AS-DESIRED: a desired count outside min–max is a warning on the service; the fix sets it to the nearest bound', () => {
    const { t } = scaledSample({ minCapacity: 3, maxCapacity: 6 });
    const service = t.first('service');
    const [problem] = check(t.design, 'AS-DESIRED');
    expect(problem).toMatchObject({ severity: 'warning', nodeId: service, artifactPath: 'services/web.json', pointer: '/desiredCount' });
    expect(problem!.fix!.label).toBe('Set desired tasks to 3');
    const fixed = applyFix(problem, t.design);
    expect(fixed.nodes.find((n) => n.id === service)!.data.desiredCount).toBe(3);
    expect(check(fixed, 'AS-DESIRED')).toEqual([]);
  });

  it('AS-DAEMON: scaling a DAEMON service is a warning (and nothing else is checked against its count)', () => {
    const { t } = scaledSample({ minCapacity: 5, maxCapacity: 6 });
    t.set(t.first('service'), 'schedulingStrategy', 'DAEMON');
    expect(check(t.design, 'AS-DAEMON')).toMatchObject([{ severity: 'warning', message: expect.stringMatching(/DAEMON/) }]);
    expect(check(t.design, 'AS-DESIRED')).toEqual([]);
  });

  it('AS-ZERO: min 0 with target tracking is a warning; the fix sets min 1', () => {
    const { t, scaling } = scaledSample({ minCapacity: 0, maxCapacity: 4, targetTracking: [cpu(70)] });
    const [problem] = check(t.design, 'AS-ZERO');
    expect(problem).toMatchObject({ severity: 'warning', pointer: '/MinCapacity' });
    const fixed = applyFix(problem, t.design);
    expect(fixed.nodes.find((n) => n.id === scaling)!.data.minCapacity).toBe(1);
    expect(check(t.set(scaling, 'targetTracking', undefined).set(scaling, 'stepScaling', [SQS_STEP]).design, 'AS-ZERO')).toEqual([]);
  });

  it('AS-TARGET: CPU/memory targets outside 10–90 % warn; a missing or non-positive target value, or no metric, is an error', () => {
    const { t, scaling } = scaledSample({ minCapacity: 2, maxCapacity: 4, targetTracking: [cpu(95)] });
    expect(check(t.design, 'AS-TARGET')).toMatchObject([{ severity: 'warning', artifactPath: 'scaling-policies/web-cpu-95.json', pointer: '/TargetTrackingScalingPolicyConfiguration/TargetValue' }]);
    expect(check(t.set(scaling, 'targetTracking', [cpu(50)]).design, 'AS-TARGET')).toEqual([]);
    expect(check(t.set(scaling, 'targetTracking', [cpu(0)]).design, 'AS-TARGET')).toMatchObject([{ severity: 'error' }]);
    expect(check(t.set(scaling, 'targetTracking', [{ policyName: 'x', targetValue: 5 }]).design, 'AS-TARGET')).toMatchObject([{ severity: 'error', message: expect.stringMatching(/no metric/) }]);
    // Requests per target have no % range.
    expect(check(t.set(scaling, 'targetTracking', [{ policyName: 'rq', metric: 'ALBRequestCountPerTarget', targetValue: 5000 }]).design, 'AS-TARGET')).toEqual([]);
  });

  it('AS-COOLDOWN: a negative cooldown warns', () => {
    const { t } = scaledSample({ minCapacity: 2, maxCapacity: 4, targetTracking: [cpu(60, { scaleInCooldown: -5 })], stepScaling: [{ ...SQS_STEP, cooldown: -1 }] });
    expect(check(t.design, 'AS-COOLDOWN').map((p) => p.pointer)).toEqual(['/TargetTrackingScalingPolicyConfiguration/ScaleInCooldown', '/StepScalingPolicyConfiguration/Cooldown']);
  });

  it('AS-DUPMETRIC: two target tracking policies on the same metric warn', () => {
    const { t, scaling } = scaledSample({ minCapacity: 2, maxCapacity: 4, targetTracking: [cpu(50), cpu(70)] });
    expect(check(t.design, 'AS-DUPMETRIC')).toMatchObject([{ severity: 'warning', artifactPath: 'scaling-policies/web-cpu-70.json', message: expect.stringMatching(/cpu-50 and cpu-70/) }]);
    expect(check(t.set(scaling, 'targetTracking', [cpu(50), { policyName: 'mem', metric: 'ECSServiceAverageMemoryUtilization', targetValue: 70 }]).design, 'AS-DUPMETRIC')).toEqual([]);
  });

  it('AS-ALBRC: requests per target without an ALB routing to the service is an error; with the sample ALB it is fine', () => {
    const policy = { policyName: 'rq', metric: 'ALBRequestCountPerTarget', targetValue: 1000 };
    const { t, scaling } = scaledSample({ minCapacity: 2, maxCapacity: 4, targetTracking: [policy] });
    expect(check(t.design, 'AS-ALBRC')).toEqual([]);
    t.unlink('routes-to');
    expect(check(t.design, 'AS-ALBRC')).toMatchObject([{ severity: 'error', message: expect.stringMatching(/needs an Application Load Balancer/) }]);
    const nlb = t.add('load-balancer-nlb', { name: 'tcp', listeners: [{ port: 80, protocol: 'TCP' }] });
    t.link(nlb, t.first('service'));
    expect(check(t.design, 'AS-ALBRC')).toMatchObject([{ message: expect.stringMatching(/Network Load Balancer only/) }]);
    t.set(scaling, 'targetTracking', [{ ...policy, resourceLabel: 'app/other/1/targetgroup/other-tg/2' }]);
    expect(check(t.design, 'AS-ALBRC')).toMatchObject([{ pointer: '/TargetTrackingScalingPolicyConfiguration/PredefinedMetricSpecification/ResourceLabel' }]);
  });

  it('AS-ALBRC-BG: requests per target with the CODE_DEPLOY controller warns', () => {
    const { t } = scaledSample({ minCapacity: 2, maxCapacity: 4, targetTracking: [{ policyName: 'rq', metric: 'ALBRequestCountPerTarget', targetValue: 1000 }] });
    expect(check(t.design, 'AS-ALBRC-BG')).toEqual([]);
    t.set(t.first('service'), 'deploymentController', { type: 'CODE_DEPLOY' });
    expect(check(t.design, 'AS-ALBRC-BG')).toMatchObject([{ severity: 'warning' }]);
  });

  it('AS-STEP: a step policy without an alarm warns; AS-STEP-ADJ: one without adjustments is an error', () => {
    const { t, scaling } = scaledSample({ minCapacity: 1, maxCapacity: 4, stepScaling: [SQS_STEP] });
    expect(check(t.design, 'AS-STEP')).toEqual([]);
    expect(check(t.design, 'AS-STEP-ADJ')).toEqual([]);
    const { alarm: _alarm, ...noAlarm } = SQS_STEP;
    t.set(scaling, 'stepScaling', [noAlarm]);
    expect(check(t.design, 'AS-STEP')).toMatchObject([{ severity: 'warning', artifactPath: 'scaling-policies/web-queue-backlog.json' }]);
    t.set(scaling, 'stepScaling', [{ ...SQS_STEP, steps: [] }]);
    expect(check(t.design, 'AS-STEP-ADJ')).toMatchObject([{ severity: 'error', pointer: '/StepScalingPolicyConfiguration' }]);
  });

  it('AS-SCHEDULE: a schedule that is not at(), rate() or cron() is an error', () => {
    const { t, scaling } = scaledSample({ minCapacity: 1, maxCapacity: 4, scheduledActions: [{ name: 'a', schedule: 'every day' }, { name: 'b', schedule: 'rate(1 day)' }, { name: 'c' }] });
    expect(check(t.design, 'AS-SCHEDULE').map((p) => p.artifactPath)).toEqual(['scheduled-actions/web-a.json', 'scheduled-actions/web-c.json']);
    expect(check(t.set(scaling, 'scheduledActions', [{ name: 'x', schedule: 'at(2026-12-24T18:00:00)' }]).design, 'AS-SCHEDULE')).toEqual([]);
  });
});
