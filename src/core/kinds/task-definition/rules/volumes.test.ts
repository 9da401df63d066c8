import { describe, expect, it } from 'vitest';
import { setNodeField } from '../../../commands/design-commands.ts';
import type { Design } from '../../../model/design.ts';
import type { JsonObject } from '../../../model/json.ts';
import { ephemeralStorageRules } from './ephemeral-storage.ts';
import { container, problemsOf, run, taskDesign, type Capacity, type TaskDesign } from './task-test-designs.ts';
import { volumeRules } from './volumes.ts';

const check = (design: Design, ruleId: string) => problemsOf(volumeRules, design, ruleId);
const eph = (design: Design, ruleId: string) => problemsOf(ephemeralStorageRules, design, ruleId);

/** One task definition with the given volumes, its container mounting `mounted` (all by default). */
function withVolumes(volumes: JsonObject[], opts: { capacity?: Capacity; td?: JsonObject; mountPoints?: JsonObject[] } = {}): TaskDesign {
  const mountPoints = opts.mountPoints ?? volumes.map((v) => ({ sourceVolume: v.name, containerPath: `/mnt/${String(v.name)}` }));
  return taskDesign({ capacity: opts.capacity, td: { volumes, ...opts.td }, containers: [container('app', { mountPoints })] });
}

function pin(t: TaskDesign, version: string): Design {
  const r = setNodeField(t.design, t.service!, ['platformVersion'], version);
  if (!r.ok) throw new Error(r.reason);
  return r.design;
}

const EFS = { name: 'shared', efsVolumeConfiguration: { fileSystemId: 'fs-0123456789abcdef0' } };
const DOCKER = { name: 'cache', dockerVolumeConfiguration: { scope: 'task', driver: 'local' } };

describe('task definition volumes (ECS_RULES §2.11)', () => {
  it('VOL-ONE: a volume of two types is an error', () => {
    const both = withVolumes([{ name: 'x', host: { sourcePath: '/srv' }, efsVolumeConfiguration: { fileSystemId: 'fs-0123456789abcdef0' } }], { capacity: 'ec2' });
    expect(check(both.design, 'VOL-ONE')).toMatchObject([{ severity: 'error', pointer: '/volumes/0', message: expect.stringContaining('host and efsVolumeConfiguration') }]);
    expect(check(withVolumes([EFS]).design, 'VOL-ONE')).toEqual([]);
    expect(check(withVolumes([{ name: 'x', host: {}, configuredAtLaunch: false }]).design, 'VOL-ONE')).toEqual([]);
  });

  it('VOL-MOUNT: a mount point of no volume, or without containerPath, is an error', () => {
    const t = withVolumes([{ name: 'data' }], { mountPoints: [{ sourceVolume: 'dtaa', containerPath: '/data' }, { sourceVolume: 'data' }] });
    expect(check(t.design, 'VOL-MOUNT')).toMatchObject([
      { severity: 'error', nodeId: t.containers[0], pointer: '/containerDefinitions/0/mountPoints/0/sourceVolume', message: expect.stringContaining('"dtaa", which is not a volume') },
      { pointer: '/containerDefinitions/0/mountPoints/1/containerPath' },
    ]);
    expect(check(withVolumes([{ name: 'data' }]).design, 'VOL-MOUNT')).toEqual([]);
  });

  it('VOL-UNUSED: a volume no container mounts is a warning', () => {
    const t = withVolumes([{ name: 'data' }, { name: 'scratch' }], { mountPoints: [{ sourceVolume: 'data', containerPath: '/data' }] });
    expect(check(t.design, 'VOL-UNUSED')).toMatchObject([{ severity: 'warning', pointer: '/volumes/1/name', message: expect.stringContaining('scratch') }]);
    expect(check(withVolumes([{ name: 'data' }]).design, 'VOL-UNUSED')).toEqual([]);
  });

  it('VOL-PLAT: Docker volumes and host paths are not for Fargate; EFS is not for external instances or Windows; FSx is Windows EC2 only', () => {
    expect(check(withVolumes([DOCKER]).design, 'VOL-PLAT')).toMatchObject([{ severity: 'error', message: expect.stringContaining('Fargate') }]);
    expect(check(withVolumes([DOCKER], { capacity: 'ec2' }).design, 'VOL-PLAT')).toEqual([]);
    expect(check(withVolumes([{ name: 'logs', host: { sourcePath: '/var/log' } }]).design, 'VOL-PLAT')).toHaveLength(1);
    expect(check(withVolumes([{ name: 'tmp', host: {} }]).design, 'VOL-PLAT')).toEqual([]);
    expect(check(withVolumes([EFS], { capacity: 'external' }).design, 'VOL-PLAT')).toMatchObject([{ message: expect.stringContaining('external instances') }]);
    expect(check(withVolumes([EFS]).design, 'VOL-PLAT')).toEqual([]);
    const fsx = { name: 'share', fsxWindowsFileServerVolumeConfiguration: { fileSystemId: 'fs-0123456789abcdef0', rootDirectory: 'share' } };
    expect(check(withVolumes([fsx], { capacity: 'ec2' }).design, 'VOL-PLAT')).toMatchObject([{ message: expect.stringContaining('only Windows tasks') }]);
    const windows = withVolumes([fsx], { capacity: 'ec2', td: { runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' } } });
    expect(check(windows.design, 'VOL-PLAT')).toEqual([]);
  });

  it('VOL-PLAT: EFS on Fargate pinned below 1.4.0 is an error on the service; the fix unpins it', () => {
    const t = withVolumes([EFS]);
    const [p] = check(pin(t, '1.3.0'), 'VOL-PLAT');
    expect(p).toMatchObject({ nodeId: t.service, pointer: '/platformVersion', message: expect.stringContaining('1.4.0') });
    expect(check(p!.fix!.apply(pin(t, '1.3.0')), 'VOL-PLAT')).toEqual([]);
    expect(check(pin(t, '1.4.0'), 'VOL-PLAT')).toEqual([]);
  });

  it('VOL-DOCKER: scope must be task or shared; autoprovision needs shared (the fixes)', () => {
    const badScope = withVolumes([{ name: 'cache', dockerVolumeConfiguration: { scope: 'Shared' } }], { capacity: 'ec2' });
    const [scope] = check(badScope.design, 'VOL-DOCKER');
    expect(scope).toMatchObject({ severity: 'error', pointer: '/volumes/0/dockerVolumeConfiguration/scope' });
    expect(check(scope!.fix!.apply(badScope.design), 'VOL-DOCKER')).toEqual([]);
    const auto = withVolumes([{ name: 'cache', dockerVolumeConfiguration: { autoprovision: true, driver: 'local' } }], { capacity: 'ec2' });
    const [p] = check(auto.design, 'VOL-DOCKER');
    expect(p).toMatchObject({ pointer: '/volumes/0/dockerVolumeConfiguration/autoprovision' });
    const fixed = p!.fix!.apply(auto.design);
    expect(fixed.nodes.find((n) => n.id === auto.td)!.data.volumes).toEqual([{ name: 'cache', dockerVolumeConfiguration: { autoprovision: true, driver: 'local', scope: 'shared' } }]);
    expect(check(fixed, 'VOL-DOCKER')).toEqual([]);
    expect(check(withVolumes([DOCKER], { capacity: 'ec2' }).design, 'VOL-DOCKER')).toEqual([]);
  });
});

describe('ephemeral storage (ECS_RULES §2.11)', () => {
  const sized = (sizeInGiB: unknown, capacity: Capacity = 'fargate') => taskDesign({ capacity, td: { ephemeralStorage: { sizeInGiB } } as JsonObject });

  it('EPH-RANGE: sizeInGiB outside 21–200 is an error', () => {
    for (const size of [20, 201, 50.5, '50']) expect(eph(sized(size).design, 'EPH-RANGE'), String(size)).toMatchObject([{ severity: 'error', pointer: '/ephemeralStorage/sizeInGiB' }]);
    for (const size of [21, 200]) expect(eph(sized(size).design, 'EPH-RANGE')).toEqual([]);
  });

  it('EPH-PLAT: on Fargate pinned below 1.4.0 (fix: unpin); Managed Instances are managed-instances.ts’s', () => {
    const t = sized(50);
    const [p] = eph(pin(t, '1.3.0'), 'EPH-PLAT');
    expect(p).toMatchObject({ severity: 'error', nodeId: t.service, pointer: '/platformVersion' });
    expect(eph(p!.fix!.apply(pin(t, '1.3.0')), 'EPH-PLAT')).toEqual([]);
    expect(eph(t.design, 'EPH-PLAT')).toEqual([]);
    // Reported once, by the Managed Instances rules: neither EPH-PLAT nor EPH-EC2 here.
    const mi = taskDesign({ capacity: 'none', td: { requiresCompatibilities: ['MANAGED_INSTANCES'], networkMode: 'awsvpc', ephemeralStorage: { sizeInGiB: 50 } } });
    expect(run(ephemeralStorageRules, mi.design)).toEqual([]);
  });

  it('EPH-EC2: ephemeralStorage on an EC2-only task definition is a warning; the fix removes it', () => {
    const t = sized(50, 'ec2');
    const [p] = eph(t.design, 'EPH-EC2');
    expect(p).toMatchObject({ severity: 'warning', nodeId: t.td, pointer: '/ephemeralStorage' });
    const fixed = p!.fix!.apply(t.design);
    expect(fixed.nodes.find((n) => n.id === t.td)!.data.ephemeralStorage).toBeUndefined();
    expect(eph(sized(50).design, 'EPH-EC2')).toEqual([]);
  });
});
