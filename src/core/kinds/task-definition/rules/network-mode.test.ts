import { describe, expect, it } from 'vitest';
import { networkModeRules } from './network-mode.ts';
import { container, problemsOf, taskDesign } from './task-test-designs.ts';

const check = (design: Parameters<typeof problemsOf>[1], ruleId: string) => problemsOf(networkModeRules, design, ruleId);

describe('network mode rules', () => {
  it('TD-RC-ENUM: an unknown requiresCompatibilities value is an error, with a case fix', () => {
    const bad = taskDesign({ capacity: 'none', td: { requiresCompatibilities: ['ec2'] } });
    const [p] = check(bad.design, 'TD-RC-ENUM');
    expect(p).toMatchObject({ severity: 'error', nodeId: bad.td, pointer: '/requiresCompatibilities/0', artifactPath: 'task-definitions/app.json' });
    expect(check(p!.fix!.apply(bad.design), 'TD-RC-ENUM')).toEqual([]);
    expect(check(taskDesign({ capacity: 'none', td: { requiresCompatibilities: ['EC2', 'EXTERNAL'] } }).design, 'TD-RC-ENUM')).toEqual([]);
  });

  it('TD-NM-ENUM: "default" is not a network mode (omit it); bridge is', () => {
    const bad = taskDesign({ capacity: 'ec2', td: { networkMode: 'default' } });
    const [p] = check(bad.design, 'TD-NM-ENUM');
    expect(p).toMatchObject({ severity: 'error', pointer: '/networkMode' });
    expect(check(p!.fix!.apply(bad.design), 'TD-NM-ENUM')).toEqual([]);
    expect(check(taskDesign({ capacity: 'ec2', td: { networkMode: 'bridge' } }).design, 'TD-NM-ENUM')).toEqual([]);
  });

  it('NET-FG: Fargate with bridge is an error; the fix sets awsvpc; the derived awsvpc passes', () => {
    const bad = taskDesign({ capacity: 'fargate', td: { networkMode: 'bridge' } });
    const [p] = check(bad.design, 'NET-FG');
    expect(p).toMatchObject({ severity: 'error', nodeId: bad.td, pointer: '/networkMode' });
    expect(check(p!.fix!.apply(bad.design), 'NET-FG')).toEqual([]);
    expect(check(taskDesign({ capacity: 'fargate' }).design, 'NET-FG')).toEqual([]);
  });

  it('NET-WIN: a Windows task cannot use bridge, by runtimePlatform or by a Windows AMI', () => {
    const windows = { runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' } };
    expect(check(taskDesign({ capacity: 'ec2', td: { ...windows, networkMode: 'bridge' } }).design, 'NET-WIN')).toHaveLength(1);
    const ami = taskDesign({ capacity: 'ec2', capacityData: { name: 'win', amiFamily: 'WINDOWS_SERVER_2022_FULL' }, td: { networkMode: 'host' } });
    expect(check(ami.design, 'NET-WIN')).toHaveLength(1);
    expect(check(taskDesign({ capacity: 'ec2', td: windows }).design, 'NET-WIN')).toEqual([]);
    expect(check(taskDesign({ capacity: 'ec2', td: { ...windows, networkMode: 'awsvpc' } }).design, 'NET-WIN')).toEqual([]);
  });

  it('NET-EXT: external instances cannot use awsvpc; bridge passes', () => {
    expect(check(taskDesign({ capacity: 'external', td: { networkMode: 'awsvpc' } }).design, 'NET-EXT')).toMatchObject([{ severity: 'error', pointer: '/networkMode' }]);
    expect(check(taskDesign({ capacity: 'external', td: { networkMode: 'bridge' } }).design, 'NET-EXT')).toEqual([]);
  });

  it('NET-NONE-PORTS: port mappings in networkMode none are pinned to the container', () => {
    const ports = { portMappings: [{ containerPort: 80 }] };
    const bad = taskDesign({ capacity: 'ec2', td: { networkMode: 'none' }, containers: [container('a'), container('b', ports)] });
    expect(check(bad.design, 'NET-NONE-PORTS')).toMatchObject([{ nodeId: bad.containers[1], pointer: '/containerDefinitions/1/portMappings' }]);
    expect(check(taskDesign({ capacity: 'ec2', td: { networkMode: 'bridge' }, containers: [container('b', ports)] }).design, 'NET-NONE-PORTS')).toEqual([]);
  });
});
