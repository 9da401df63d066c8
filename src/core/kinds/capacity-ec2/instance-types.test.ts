import { describe, expect, it } from 'vitest';
import { cpuArchitectureOf, instanceEnis, trunkedTaskLimit } from './instance-types.ts';

describe('instance ENIs, trunked task limits and CPU architecture by instance type', () => {
  it('ENIs, primary included: c5.large has 3 (ECS ENI trunking guide), bigger Nitro sizes more, t3 has its own table', () => {
    expect(instanceEnis('c5.large')).toBe(3);
    expect(instanceEnis('m6i.xlarge')).toBe(4);
    expect(instanceEnis('r6g.4xlarge')).toBe(8);
    expect(instanceEnis('m5.16xlarge')).toBe(15);
    expect(instanceEnis('t3.micro')).toBe(2);
    expect(instanceEnis('t3.medium')).toBe(3);
    expect(instanceEnis('t2.small')).toBe(3);
    expect(instanceEnis('g5.xlarge')).toBeUndefined();
  });

  it('with awsvpcTrunking a c5.large holds 10 awsvpc tasks instead of 2; burstable types do not trunk', () => {
    expect(trunkedTaskLimit('c5.large')).toBe(10);
    expect(trunkedTaskLimit('m6i.2xlarge')).toBe(40);
    expect(trunkedTaskLimit('t3.large')).toBeUndefined();
  });

  it('Graviton families (a g after the generation) are arm64', () => {
    expect(cpuArchitectureOf('m7g.large')).toBe('arm64');
    expect(cpuArchitectureOf('t4g.small')).toBe('arm64');
    expect(cpuArchitectureOf('c6gd.xlarge')).toBe('arm64');
    expect(cpuArchitectureOf('m6i.large')).toBe('x86_64');
    expect(cpuArchitectureOf('m7i-flex.large')).toBe('x86_64');
  });
});
