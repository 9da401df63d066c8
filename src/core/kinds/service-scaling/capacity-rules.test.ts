import { describe, expect, it } from 'vitest';
import { ec2Design, findings, sample } from '../../validate/service-test-designs.ts';
import { instanceSize } from '../capacity-ec2/instance-types.ts';
import { scalingCapacityRules } from './capacity-rules.ts';

/** The EC2 sample (4 × m6i.large at most; tasks of 512 MiB) scaled up to `max` tasks. */
function scaledOnEc2(max: number, td: Record<string, string> = {}) {
  const t = ec2Design();
  for (const [key, value] of Object.entries(td)) t.set(t.ids.td!, key, value);
  const scaling = t.add('service-scaling', { minCapacity: 1, maxCapacity: max });
  t.link(scaling, t.ids.service!);
  return Object.assign(t, { scaling });
}

const check = (t: { design: Parameters<typeof findings>[1] }) => findings(scalingCapacityRules, t.design, 'AS-CAP');

describe('AS-CAP: auto scaling against the capacity it runs on (ECS_RULES §7)', () => {
  it('instance sizes are read from m, c, r and burstable t type names only', () => {
    expect(instanceSize('m6i.large')).toEqual({ vcpus: 2, memoryMiB: 8192 });
    expect(instanceSize('c7g.4xlarge')).toEqual({ vcpus: 16, memoryMiB: 32768 });
    expect(instanceSize('r6g.medium')).toEqual({ vcpus: 1, memoryMiB: 8192 });
    expect(instanceSize('t3.large')).toEqual({ vcpus: 2, memoryMiB: 8192 });
    expect(instanceSize('g5.xlarge')).toBeUndefined();
    expect(instanceSize('m5.metal')).toBeUndefined();
  });

  it('AS-CAP: more tasks than 4 × m6i.large can hold is a warning on MaxCapacity', () => {
    const t = scaledOnEc2(100);
    expect(check(t)).toMatchObject([{ severity: 'warning', nodeId: t.scaling, pointer: '/MaxCapacity', message: expect.stringContaining('50 GiB of 32 GiB memory') }]);
    expect(check(scaledOnEc2(8))).toEqual([]);
  });

  it('AS-CAP: task CPU counts too', () => {
    expect(check(scaledOnEc2(10, { cpu: '1024' }))).toMatchObject([{ message: expect.stringContaining('10 vCPU of 8') }]);
    expect(check(scaledOnEc2(4, { cpu: '1024' }))).toEqual([]);
  });

  it('AS-CAP: nothing is guessed for an instance type of unknown size, or on Fargate', () => {
    const t = scaledOnEc2(100);
    t.set(t.ids.asg!, 'instanceType', 'g5.xlarge');
    expect(check(t)).toEqual([]);
    const fargate = sample();
    const scaling = fargate.add('service-scaling', { minCapacity: 1, maxCapacity: 10000 });
    fargate.link(scaling, fargate.first('service'));
    expect(check(fargate)).toEqual([]);
  });
});
