import { describe, expect, it } from 'vitest';
import { applyArtifactText } from '../../apply/index.ts';
import { artifactText, derive } from '../../derive/index.ts';
import type { Design } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import { apiInputFailures, hasBotocore, NO_BOTOCORE } from '../../test-support/api-input-check.ts';
import { applyFix, findings, sample } from '../../validate/service-test-designs.ts';
import { subnetIdOf } from '../subnet/derive.ts';
import { efsSecurityGroupRules } from './security-group-rules.ts';

const files = (d: Design) => derive(d).filter((a) => a.type === 'efs-mount-target');

/**
 * The Fargate web sample in a drawn VPC: the service in two private subnets with its own
 * group, and an EFS file system it mounts, with mount targets in both subnets.
 */
function withMountTargets(opts: { allowNfs?: boolean } = {}) {
  const t = sample();
  const vpc = t.add('vpc');
  const a = t.add('subnet', { name: 'private-a', cidrBlock: '10.0.10.0/24', availabilityZone: 'us-east-1a' });
  const b = t.add('subnet', { name: 'private-b', cidrBlock: '10.0.11.0/24', availabilityZone: 'us-east-1b' });
  const taskSg = t.add('security-group', { groupName: 'web-tasks', description: 'tasks' });
  const efsSg = t.add('security-group', { groupName: 'efs-mounts', description: 'mount targets' });
  for (const n of [a, b, taskSg, efsSg]) t.link(n, vpc);
  const svc = t.first('service');
  t.link(svc, a);
  t.link(svc, b);
  t.link(svc, taskSg);
  const fs = t.add('efs-file-system', { name: 'shared', performanceMode: 'generalPurpose', encrypted: true });
  t.link(t.first('task-definition'), fs);
  t.link(fs, a);
  t.link(fs, b);
  t.link(fs, efsSg);
  if (opts.allowNfs !== false) t.link(taskSg, efsSg, { fromPort: 2049 });
  return { t, fs, a, b, taskSg, efsSg };
}

function edit(d: Design, path: string, change: (c: JsonObject) => void) {
  const c = structuredClone(derive(d).find((x) => x.path === path)!.content);
  change(c);
  return applyArtifactText(d, path, JSON.stringify(c));
}

describe('EFS mount targets (file system → subnet, → security group)', () => {
  it('one CreateMountTarget per connected subnet, with the file system’s groups', () => {
    const { t } = withMountTargets();
    const mts = files(t.design);
    expect(mts.map((m) => m.path)).toEqual(['efs-mount-targets/shared-private-a.json', 'efs-mount-targets/shared-private-b.json']);
    expect(Object.keys(mts[0]!.content)).toEqual(['FileSystemId', 'SubnetId', 'SecurityGroups']);
    expect(mts[0]!.content.SubnetId).toMatch(/^subnet-/);
    expect(mts[0]!.content.SecurityGroups).toEqual([expect.stringMatching(/^sg-/)]);
    // A file system with no subnet connection has no mount target file (as before).
    const plain = sample();
    plain.add('efs-file-system');
    expect(files(plain.design)).toEqual([]);
  });

  it.skipIf(!hasBotocore)(`botocore accepts CreateMountTarget${NO_BOTOCORE}`, () => {
    const { t } = withMountTargets();
    expect(apiInputFailures(files(t.design))).toEqual([]);
  });

  it('editing a mount target file: the unchanged file changes nothing; an IP address stays on the subnet connection; groups become connections or literal ids', () => {
    const { t, fs, efsSg } = withMountTargets();
    const path = 'efs-mount-targets/shared-private-a.json';
    const same = applyArtifactText(t.design, path, artifactText(files(t.design)[0]!));
    expect(same.ok && same.design).toStrictEqual(t.design);

    const withIp = edit(t.design, path, (c) => (c.IpAddress = '10.0.10.25'));
    if (!withIp.ok) throw new Error(withIp.error);
    expect(files(withIp.design)[0]!.content).toMatchObject({ IpAddress: '10.0.10.25' });
    expect(Object.keys(files(withIp.design)[0]!.content)).toEqual(['FileSystemId', 'SubnetId', 'IpAddress', 'SecurityGroups']);
    expect(files(withIp.design)[1]!.content.IpAddress).toBeUndefined();

    const literal = edit(t.design, path, (c) => (c.SecurityGroups = ['sg-0aaaaaaaaaaaaaaaa']));
    if (!literal.ok) throw new Error(literal.error);
    expect(literal.design.edges.some((e) => e.kind === 'secured-by' && e.source === fs && e.target === efsSg)).toBe(false);
    expect(literal.design.nodes.find((n) => n.id === fs)!.data.securityGroups).toEqual(['sg-0aaaaaaaaaaaaaaaa']);
    expect(files(literal.design)[1]!.content.SecurityGroups).toEqual(['sg-0aaaaaaaaaaaaaaaa']);
  });

  it('editing SubnetId moves the mount target to another drawn subnet, and refuses one that is not drawn', () => {
    const { t, fs, b } = withMountTargets();
    const c = t.add('subnet', { name: 'private-c', cidrBlock: '10.0.12.0/24', availabilityZone: 'us-east-1c' });
    const subnetIdOfC = subnetIdOf(t.design.nodes.find((n) => n.id === c)!);
    const moved = edit(t.design, 'efs-mount-targets/shared-private-b.json', (x) => (x.SubnetId = subnetIdOfC));
    if (!moved.ok) throw new Error(moved.error);
    expect(moved.design.edges.filter((e) => e.kind === 'placed-in' && e.source === fs).map((e) => e.target)).not.toContain(b);
    expect(files(moved.design).map((m) => m.path)).toEqual(['efs-mount-targets/shared-private-a.json', 'efs-mount-targets/shared-private-c.json']);
    const unknown = edit(t.design, 'efs-mount-targets/shared-private-b.json', (x) => (x.SubnetId = 'subnet-0123456789abcdef0'));
    expect(unknown).toMatchObject({ ok: false, error: expect.stringContaining('not a subnet of the design') });
  });
});

describe('EFS-SG (ECS_RULES §2.11)', () => {
  const check = (d: Design) => findings(efsSecurityGroupRules, d, 'EFS-SG');

  it('EFS-SG: mount target groups that let the tasks in on 2049 report nothing', () => {
    expect(check(withMountTargets().t.design)).toEqual([]);
  });

  it('EFS-SG: no NFS opening from the tasks’ group is a warning; the fix draws it', () => {
    const { t, fs } = withMountTargets({ allowNfs: false });
    const [p] = check(t.design);
    expect(p).toMatchObject({ severity: 'warning', nodeId: fs, artifactPath: 'efs-mount-targets/shared-private-a.json', pointer: '/SecurityGroups', message: expect.stringContaining('NFS port 2049') });
    const fixed = applyFix(p, t.design);
    expect(fixed.edges.filter((e) => e.kind === 'allows').map((e) => e.data)).toEqual([{ fromPort: 2049 }]);
    expect(check(fixed)).toEqual([]);
  });

  it('EFS-SG: an opening on another port is still a warning, without a fix; an address range on 2049 counts as open', () => {
    const { t, taskSg, efsSg } = withMountTargets({ allowNfs: false });
    t.link(taskSg, efsSg, { fromPort: 443 });
    const [p] = check(t.design);
    expect(p).toMatchObject({ ruleId: 'EFS-SG' });
    expect(p!.fix).toBeUndefined();
    t.set(efsSg, 'ingress', [{ IpProtocol: 'tcp', FromPort: 2049, ToPort: 2049, IpRanges: [{ CidrIp: '10.0.0.0/16' }] }]);
    expect(check(t.design)).toEqual([]);
  });
});
