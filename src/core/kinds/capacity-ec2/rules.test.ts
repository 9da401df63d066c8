import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/design.ts';
import { asgCapacityRules } from './rules.ts';
import { ec2Design, findings } from '../../validate/service-test-designs.ts';

const check = (design: Design, ruleId: string) => findings(asgCapacityRules, design, ruleId);
const SCALING = '/autoScalingGroupProvider/managedScaling';

describe('Auto Scaling group capacity rules', () => {
  it('the default EC2 capacity reports nothing', () => {
    const t = ec2Design();
    expect(Object.keys(asgCapacityRules.rules).flatMap((id) => check(t.design, id))).toEqual([]);
  });

  it('ASG-TC: targetCapacity outside 1–100 is an error', () => {
    const t = ec2Design();
    const asg = t.ids.asg!;
    for (const bad of [0, 101, 50.5]) {
      expect(check(t.set(asg, ['managedScaling', 'targetCapacity'], bad).design, 'ASG-TC')).toMatchObject([
        { severity: 'error', nodeId: asg, artifactPath: 'capacity-providers/asg-capacity.json', pointer: `${SCALING}/targetCapacity` },
      ]);
    }
    expect(check(t.set(asg, ['managedScaling', 'targetCapacity'], 90).design, 'ASG-TC')).toEqual([]);
  });

  it('ASG-STEP: step sizes outside 1–10000, or minimum above maximum, are errors', () => {
    const t = ec2Design();
    const asg = t.ids.asg!;
    expect(check(t.set(asg, ['managedScaling', 'minimumScalingStepSize'], 0).design, 'ASG-STEP')).toMatchObject([{ pointer: `${SCALING}/minimumScalingStepSize` }]);
    t.set(asg, ['managedScaling', 'minimumScalingStepSize'], 5);
    expect(check(t.set(asg, ['managedScaling', 'maximumScalingStepSize'], 2).design, 'ASG-STEP')).toMatchObject([{ severity: 'error' }]);
    expect(check(t.set(asg, ['managedScaling', 'maximumScalingStepSize'], 10001).design, 'ASG-STEP')).toMatchObject([{ pointer: `${SCALING}/maximumScalingStepSize` }]);
    expect(check(t.set(asg, ['managedScaling', 'maximumScalingStepSize'], 10).design, 'ASG-STEP')).toEqual([]);
  });

  it('ASG-WARM: instanceWarmupPeriod outside 0–10000 s is an error', () => {
    const t = ec2Design();
    expect(check(t.set(t.ids.asg!, ['managedScaling', 'instanceWarmupPeriod'], -1).design, 'ASG-WARM')).toMatchObject([{ severity: 'error' }]);
    expect(check(t.set(t.ids.asg!, ['managedScaling', 'instanceWarmupPeriod'], 300).design, 'ASG-WARM')).toEqual([]);
  });

  it('ASG-MTP: managed termination protection without managed scaling is a warning', () => {
    const t = ec2Design();
    const asg = t.ids.asg!;
    t.set(asg, 'managedTerminationProtection', 'ENABLED');
    expect(check(t.design, 'ASG-MTP')).toEqual([]);
    expect(check(t.set(asg, ['managedScaling', 'status'], 'DISABLED').design, 'ASG-MTP')).toMatchObject([
      { severity: 'warning', pointer: '/autoScalingGroupProvider/managedTerminationProtection' },
    ]);
  });

  it('ASG-MAX0: a group of maximum size 0 is an error', () => {
    const t = ec2Design();
    expect(check(t.set(t.ids.asg!, 'maxSize', 0).design, 'ASG-MAX0')).toMatchObject([{ severity: 'error', nodeId: t.ids.asg }]);
    expect(check(t.set(t.ids.asg!, 'maxSize', 1).design, 'ASG-MAX0')).toEqual([]);
  });

  it('ASG-ONECLUSTER: an Auto Scaling group provider associated with two clusters is an error', () => {
    const t = ec2Design();
    expect(check(t.design, 'ASG-ONECLUSTER')).toEqual([]);
    const second = t.add('cluster', { clusterName: 'other' });
    t.link(t.ids.asg!, second);
    expect(check(t.design, 'ASG-ONECLUSTER')).toMatchObject([{ severity: 'error', nodeId: t.ids.asg }]);
  });
});
