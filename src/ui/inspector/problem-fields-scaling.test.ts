import { describe, expect, it } from 'vitest';
import { KINDS } from '../../core/kinds/registry.ts';
import { fieldForPointer } from './problem-fields.ts';

const fields = KINDS['service-scaling'].fields;
const path = (pointer: string, type: Parameters<typeof fieldForPointer>[2]) => fieldForPointer(fields, pointer, type)?.path;

describe('service auto scaling problems beside their fields', () => {
  it('the scalable target’s MinCapacity / MaxCapacity are the min / max fields', () => {
    expect(path('/MinCapacity', 'scalable-target')).toEqual(['minCapacity']);
    expect(path('/MaxCapacity', 'scalable-target')).toEqual(['maxCapacity']);
  });

  it('a policy file is its list: target tracking or step scaling; an alarm is its step policy; a scheduled action its list', () => {
    expect(path('/TargetTrackingScalingPolicyConfiguration/TargetValue', 'scaling-policy')).toEqual(['targetTracking']);
    expect(path('/StepScalingPolicyConfiguration', 'scaling-policy')).toEqual(['stepScaling']);
    expect(path('/Threshold', 'metric-alarm')).toEqual(['stepScaling']);
    expect(path('/Schedule', 'scheduled-action')).toEqual(['scheduledActions']);
  });
});
