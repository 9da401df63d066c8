import { describe, expect, it } from 'vitest';
import { applyArtifactText } from '../../apply/index.ts';
import { artifactText, derive } from '../../derive/index.ts';
import type { Design } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import { apiInputFailures, hasBotocore, NO_BOTOCORE } from '../../test-support/api-input-check.ts';
import { applyFix, findings, sample } from '../../validate/service-test-designs.ts';
import { KINDS } from '../registry.ts';
import { fileSystemId } from './derive.ts';
import { efsRules } from './rules.ts';

const AP = { name: 'data', path: '/data', posixUser: { Uid: 1000, Gid: 1000 }, creationInfo: { OwnerUid: 1000, OwnerGid: 1000, Permissions: '755' } };
const content = (d: Design, path: string) => derive(d).find((a) => a.path === path)!.content;
const volumes = (d: Design) => content(d, 'task-definitions/web.json').volumes as JsonObject[];
const policies = (d: Design) => (content(d, 'iam-roles/web-task-role.json') as { Policies?: Array<{ PolicyName: string; PolicyDocument: { Statement: JsonObject[] } }> }).Policies ?? [];

function withFileSystem(edge?: JsonObject, data: JsonObject = {}) {
  const t = sample();
  const fs = t.add('efs-file-system', { name: 'shared', performanceMode: 'generalPurpose', throughputMode: 'elastic', encrypted: true, accessPoints: [AP], ...data });
  const e = t.link(t.first('task-definition'), fs, edge);
  const id = fileSystemId(t.design.nodes.find((n) => n.id === fs)!);
  return { t, fs, edge: e, id };
}

function editTd(d: Design, change: (c: JsonObject) => void): Design {
  const c = structuredClone(content(d, 'task-definitions/web.json'));
  change(c);
  const r = applyArtifactText(d, 'task-definitions/web.json', JSON.stringify(c));
  if (!r.ok) throw new Error(r.error);
  return r.design;
}

describe('EFS file system kind', () => {
  it('defaults: encrypted, elastic throughput; CreateFileSystem with the name as CreationToken; one CreateAccessPoint per access point', () => {
    const t = sample();
    expect(KINDS['efs-file-system'].group).toBe('Storage and data');
    const fs = t.add('efs-file-system');
    expect(content(t.design, 'efs-file-systems/app-data.json')).toStrictEqual({ CreationToken: 'app-data', PerformanceMode: 'generalPurpose', Encrypted: true, ThroughputMode: 'elastic' });
    t.set(fs, 'accessPoints', [AP]);
    const id = fileSystemId(t.design.nodes.find((n) => n.id === fs)!);
    expect(id).toMatch(/^fs-[0-9a-f]{17}$/);
    expect(content(t.design, 'efs-access-points/app-data-data.json')).toStrictEqual({
      ClientToken: 'app-data-data',
      FileSystemId: id,
      PosixUser: { Uid: 1000, Gid: 1000 },
      RootDirectory: { Path: '/data', CreationInfo: { OwnerUid: 1000, OwnerGid: 1000, Permissions: '755' } },
    });
  });

  it('task definition → file system: a volume with efsVolumeConfiguration; an access point or IAM turns encryption in transit on', () => {
    const { t, edge, id } = withFileSystem();
    expect(volumes(t.design)).toEqual([{ name: 'shared', efsVolumeConfiguration: { fileSystemId: id } }]);
    t.setEdge(edge, { volumeName: 'data', accessPoint: 'data', iam: 'ENABLED' });
    const [v] = volumes(t.design);
    expect(v!.name).toBe('data');
    expect(v!.efsVolumeConfiguration).toEqual({ fileSystemId: id, transitEncryption: 'ENABLED', authorizationConfig: { accessPointId: expect.stringMatching(/^fsap-/), iam: 'ENABLED' } });
  });

  it('IAM authorization gives the task role exactly ClientMount and ClientWrite on the file system, limited to the access point', () => {
    const { t, edge, id } = withFileSystem({ iam: 'ENABLED', accessPoint: 'data' });
    const ap = (volumes(t.design)[0]!.efsVolumeConfiguration as { authorizationConfig: { accessPointId: string } }).authorizationConfig.accessPointId;
    expect(policies(t.design).find((p) => p.PolicyName === 'efs-access')?.PolicyDocument.Statement).toEqual([
      {
        Sid: 'EfsMount1',
        Effect: 'Allow',
        Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'],
        Resource: `arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/${id}`,
        Condition: { StringEquals: { 'elasticfilesystem:AccessPointArn': `arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/${ap}` } },
      },
    ]);
    t.setEdge(edge, { iam: 'ENABLED', readOnly: true });
    expect(policies(t.design).find((p) => p.PolicyName === 'efs-access')?.PolicyDocument.Statement[0]!.Action).toEqual(['elasticfilesystem:ClientMount']);
    t.setEdge(edge, {});
    expect(policies(t.design).some((p) => p.PolicyName === 'efs-access')).toBe(false);
  });

  it('apply(derive(d)) leaves the design as it is, for the task definition, the file system, its access point and the task role', () => {
    const { t } = withFileSystem({ iam: 'ENABLED', accessPoint: 'data', volumeName: 'v', readOnly: true }, { tags: [{ Key: 'a', Value: 'b' }], kmsKeyId: 'k' });
    t.set(t.first('task-definition'), 'volumes', [{ name: 'scratch', host: {} }]);
    for (const a of derive(t.design).filter((x) => ['task-definition', 'efs-file-system', 'efs-access-point'].includes(x.type))) {
      const r = applyArtifactText(t.design, a.path, artifactText(a));
      expect(r.ok && r.design, a.path).toStrictEqual(t.design);
    }
    // The generated efs-access policy is not taken into the task role's own statements.
    const role = derive(t.design).find((a) => a.path === 'iam-roles/web-task-role.json')!;
    const r = applyArtifactText(t.design, role.path, artifactText(role));
    if (!r.ok) throw new Error(r.error);
    expect(r.design.nodes.find((n) => n.kind === 'role-task')!.data).toEqual({ roleName: 'web-task-role' });
    expect(r.notices.map((n) => n.message).join()).toContain('efs-access policy is generated');
  });

  it('editing the volume in the task definition JSON goes onto the relation; removing it disconnects; typed volumes stay literal', () => {
    const { t, edge, id } = withFileSystem();
    const edited = editTd(t.design, (c) => {
      c.volumes = [{ name: 'files', efsVolumeConfiguration: { fileSystemId: id, rootDirectory: '/srv', transitEncryption: 'ENABLED', authorizationConfig: { iam: 'ENABLED' } } }];
    });
    expect(edited.edges.find((e) => e.id === edge)!.data).toEqual({ volumeName: 'files', rootDirectory: '/srv', iam: 'ENABLED' });
    expect(edited.nodes.find((n) => n.kind === 'task-definition')!.data.volumes).toBeUndefined();
    const removed = editTd(edited, (c) => (c.volumes = [{ name: 'other', efsVolumeConfiguration: { fileSystemId: 'fs-12345678' } }]));
    expect(removed.edges.some((e) => e.id === edge)).toBe(false);
    expect(removed.nodes.find((n) => n.kind === 'task-definition')!.data.volumes).toEqual([{ name: 'other', efsVolumeConfiguration: { fileSystemId: 'fs-12345678' } }]);
  });

  it('editing an access point file changes that entry of the list; an existing file system emits no CreateFileSystem', () => {
    const { t, fs, id } = withFileSystem();
    const r = applyArtifactText(t.design, 'efs-access-points/shared-data.json', JSON.stringify({ ClientToken: 'shared-data', FileSystemId: id, RootDirectory: { Path: '/other' } }));
    if (!r.ok) throw new Error(r.error);
    expect(r.design.nodes.find((n) => n.id === fs)!.data.accessPoints).toEqual([{ name: 'data', path: '/other' }]);
    const existing = { ...t.design, nodes: t.design.nodes.map((n) => (n.id === fs ? { ...n, data: { ...n.data, fileSystemId: 'fs-0123456789abcdef0' } } : n)) };
    expect(derive(existing).some((a) => a.type === 'efs-file-system')).toBe(false);
    expect((volumes(existing)[0]!.efsVolumeConfiguration as JsonObject).fileSystemId).toBe('fs-0123456789abcdef0');
  });

  it.skipIf(!hasBotocore)(`botocore accepts CreateFileSystem, CreateAccessPoint and the task definition with the volume${NO_BOTOCORE}`, () => {
    const { t } = withFileSystem({ iam: 'ENABLED', accessPoint: 'data' }, { tags: [{ Key: 'a', Value: 'b' }], throughputMode: 'provisioned', provisionedThroughputInMibps: 10 });
    expect(apiInputFailures(derive(t.design))).toEqual([]);
  });
});

describe('EFS rules (ECS_RULES §2.11)', () => {
  const check = (d: Design, id: string) => findings(efsRules, d, id);

  it('a connected file system with an access point and IAM reports nothing', () => {
    const { t } = withFileSystem({ iam: 'ENABLED', accessPoint: 'data' });
    expect(Object.keys(efsRules.rules).flatMap((id) => check(t.design, id))).toEqual([]);
  });

  it('EFS-TLS-IAM and EFS-TLS-AP: transit encryption turned off with IAM or an access point is an error; the fix turns it back on', () => {
    const { t, edge, fs } = withFileSystem({ iam: 'ENABLED', accessPoint: 'data', transitEncryption: 'DISABLED' });
    const [iam] = check(t.design, 'EFS-TLS-IAM');
    expect(iam).toMatchObject({ severity: 'error', nodeId: fs, pointer: '/volumes/0/efsVolumeConfiguration/transitEncryption' });
    expect(check(t.design, 'EFS-TLS-AP')).toHaveLength(1);
    const fixed = applyFix(iam, t.design);
    expect(fixed.edges.find((e) => e.id === edge)!.data).toEqual({ iam: 'ENABLED', accessPoint: 'data' });
    expect(check(fixed, 'EFS-TLS-AP')).toEqual([]);
  });

  it('EFS-ROOT-AP: a root directory other than / with an access point is an error; the fix removes it (literal volume)', () => {
    const t = sample();
    const tdId = t.first('task-definition');
    t.set(tdId, 'volumes', [{ name: 'v', efsVolumeConfiguration: { fileSystemId: 'fs-1', rootDirectory: '/x', transitEncryption: 'ENABLED', authorizationConfig: { accessPointId: 'fsap-1' } } }]);
    const [p] = check(t.design, 'EFS-ROOT-AP');
    expect(p).toMatchObject({ severity: 'error', nodeId: tdId, pointer: '/volumes/0/efsVolumeConfiguration/rootDirectory' });
    expect(check(applyFix(p, t.design), 'EFS-ROOT-AP')).toEqual([]);
  });

  it('EFS-ID: an EFS volume without fileSystemId is an error', () => {
    const t = sample();
    t.set(t.first('task-definition'), 'volumes', [{ name: 'v', efsVolumeConfiguration: {} }]);
    expect(check(t.design, 'EFS-ID')).toMatchObject([{ severity: 'error', pointer: '/volumes/0/efsVolumeConfiguration/fileSystemId' }]);
  });

  it('EFS-IAM-ROLE: IAM authorization without a task role is a warning; the fix connects a task role, which then gets the mount policy', () => {
    const { t } = withFileSystem({ iam: 'ENABLED' });
    t.unlink('task-role');
    const [p] = check(t.design, 'EFS-IAM-ROLE');
    expect(p).toMatchObject({ severity: 'warning' });
    const fixed = applyFix(p, t.design);
    expect(check(fixed, 'EFS-IAM-ROLE')).toEqual([]);
    const role = derive(fixed).find((a) => a.path === 'iam-roles/web-task-role.json')!.content as { Policies: Array<{ PolicyName: string }> };
    expect(role.Policies.map((x) => x.PolicyName)).toEqual(['efs-access']);
  });

  it('EFS-AP-UNKNOWN: a connection naming an access point the file system does not list is an error; the fix drops it', () => {
    const { t, edge } = withFileSystem({ accessPoint: 'gone' });
    const [p] = check(t.design, 'EFS-AP-UNKNOWN');
    expect(p).toMatchObject({ severity: 'error', pointer: '/volumes/0/efsVolumeConfiguration' });
    const fixed = applyFix(p, t.design);
    expect(fixed.edges.find((e) => e.id === edge)!.data).toBeUndefined();
    expect(check(fixed, 'EFS-AP-UNKNOWN')).toEqual([]);
  });
});
