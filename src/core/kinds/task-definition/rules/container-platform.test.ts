import { describe, expect, it } from 'vitest';
import { containerPlatformRules } from './container-platform.ts';
import { container, problemsOf, taskDesign } from './task-test-designs.ts';

const check = (design: Parameters<typeof problemsOf>[1], ruleId: string) => problemsOf(containerPlatformRules, design, ruleId);

describe('container parameters per platform', () => {
  it('CD-PRIV: privileged on Fargate or Windows is an error; the fix removes it; EC2 Linux allows it', () => {
    const bad = taskDesign({ capacity: 'fargate', containers: [container('app', { privileged: true })] });
    const [p] = check(bad.design, 'CD-PRIV');
    expect(p).toMatchObject({ severity: 'error', nodeId: bad.containers[0], pointer: '/containerDefinitions/0/privileged' });
    expect(check(p!.fix!.apply(bad.design), 'CD-PRIV')).toEqual([]);
    const windows = { runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_FULL' } };
    expect(check(taskDesign({ capacity: 'ec2', td: windows, containers: [container('app', { privileged: true })] }).design, 'CD-PRIV')).toHaveLength(1);
    expect(check(taskDesign({ capacity: 'ec2', containers: [container('app', { privileged: true })] }).design, 'CD-PRIV')).toEqual([]);
  });

  it('CD-HOSTNAME: hostname with awsvpc is an error; bridge allows it', () => {
    const bad = taskDesign({ capacity: 'fargate', containers: [container('app', { hostname: 'web' })] });
    const [p] = check(bad.design, 'CD-HOSTNAME');
    expect(p).toMatchObject({ severity: 'error', pointer: '/containerDefinitions/0/hostname' });
    expect(check(p!.fix!.apply(bad.design), 'CD-HOSTNAME')).toEqual([]);
    expect(check(taskDesign({ capacity: 'ec2', td: { networkMode: 'bridge' }, containers: [container('app', { hostname: 'web' })] }).design, 'CD-HOSTNAME')).toEqual([]);
  });
});
