import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../../model/json.ts';
import { applyFix } from '../../../validate/service-test-designs.ts';
import type { Problem } from '../../../validate/types.ts';
import { managedInstancesTaskRules } from './managed-instances.ts';
import { container, problemsOf, taskDesign } from './task-test-designs.ts';

const on = (opts: { td?: JsonObject; containers?: JsonObject[] } = {}) => taskDesign({ capacity: 'managed-instances', ...opts });
const check = (design: ReturnType<typeof on>['design'], ruleId: string): Problem[] => problemsOf(managedInstancesTaskRules, design, ruleId);

describe('task definitions on Managed Instances', () => {
  it('a task definition left to the capacity is awsvpc and MANAGED_INSTANCES-compatible: nothing to report', () => {
    const t = on();
    expect(Object.keys(managedInstancesTaskRules.rules).flatMap((id) => check(t.design, id))).toEqual([]);
    // On other capacity the rules say nothing, whatever the task definition holds.
    const ec2 = taskDesign({ capacity: 'ec2', td: { networkMode: 'bridge', ephemeralStorage: { sizeInGiB: 30 }, ipcMode: 'host' } });
    expect(Object.keys(managedInstancesTaskRules.rules).flatMap((id) => check(ec2.design, id))).toEqual([]);
  });

  it('NET-MI: bridge (or no mode with MANAGED_INSTANCES listed) is an error; the fix sets awsvpc; host is fine', () => {
    const t = on({ td: { networkMode: 'bridge' } });
    const [p] = check(t.design, 'NET-MI');
    expect(p).toMatchObject({ severity: 'error', nodeId: t.td, pointer: '/networkMode' });
    expect(check(applyFix(p, t.design), 'NET-MI')).toEqual([]);
    expect(check(on({ td: { networkMode: 'host' } }).design, 'NET-MI')).toEqual([]);
  });

  it('MI-OS: a Windows task definition on Managed Instances is an error', () => {
    const t = on({ td: { runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE', cpuArchitecture: 'X86_64' } } });
    expect(check(t.design, 'MI-OS')).toMatchObject([{ severity: 'error', pointer: '/runtimePlatform/operatingSystemFamily' }]);
    expect(check(on({ td: { runtimePlatform: { operatingSystemFamily: 'LINUX', cpuArchitecture: 'ARM64' } } }).design, 'MI-OS')).toEqual([]);
  });

  it('EPH-PLAT: ephemeralStorage on Managed Instances is an error; the fix removes it', () => {
    const t = on({ td: { ephemeralStorage: { sizeInGiB: 50 } } });
    const [p] = check(t.design, 'EPH-PLAT');
    expect(p).toMatchObject({ severity: 'error', pointer: '/ephemeralStorage' });
    expect(check(applyFix(p, t.design), 'EPH-PLAT')).toEqual([]);
    // Reported once: INV-MI leaves ephemeralStorage to EPH-PLAT.
    expect(check(t.design, 'INV-MI')).toEqual([]);
  });

  it('INV-MI: task and container parameters Managed Instances refuse, each with a fix that removes it', () => {
    const t = on({
      td: { ipcMode: 'host', volumes: [{ name: 'data', host: { sourcePath: '/data' } }, { name: 'cache', dockerVolumeConfiguration: { scope: 'task' } }, { name: 'scratch', host: {} }] },
      containers: [{ ...container('app'), dnsServers: ['10.0.0.2'], dockerLabels: { team: 'core' }, linuxParameters: { initProcessEnabled: true, sharedMemorySize: 64 } }],
    });
    const problems = check(t.design, 'INV-MI');
    expect(problems.map((p) => p.pointer).sort()).toEqual(
      [
        '/ipcMode',
        '/volumes/0/host/sourcePath',
        '/volumes/1/dockerVolumeConfiguration',
        '/containerDefinitions/0/dnsServers',
        '/containerDefinitions/0/dockerLabels',
        '/containerDefinitions/0/linuxParameters/sharedMemorySize',
      ].sort(),
    );
    // The container's problems are pinned to the container node; linuxParameters keeps what is allowed.
    const shm = problems.find((p) => p.pointer?.endsWith('sharedMemorySize'))!;
    expect(shm.nodeId).toBe(t.containers[0]);
    const fixed = applyFix(shm, t.design);
    expect(fixed.nodes.find((n) => n.id === t.containers[0])!.data.linuxParameters).toEqual({ initProcessEnabled: true });
    let design = t.design;
    for (const p of problems.filter((p) => p.fix)) design = applyFix(p, design);
    expect(check(design, 'INV-MI').map((p) => p.pointer)).toEqual(['/volumes/0/host/sourcePath', '/volumes/1/dockerVolumeConfiguration']);
  });

  it('INV-MI: hostname is refused in host mode (under awsvpc CD-HOSTNAME says so already)', () => {
    const containers = [{ ...container('app'), hostname: 'app' }];
    expect(check(on({ containers }).design, 'INV-MI')).toEqual([]);
    expect(check(on({ containers, td: { networkMode: 'host' } }).design, 'INV-MI')).toMatchObject([{ pointer: '/containerDefinitions/0/hostname' }]);
  });
});
