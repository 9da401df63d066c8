import { describe, expect, it } from 'vitest';
import { applyArtifactText } from '../../apply/index.ts';
import { artifactText, derive } from '../../derive/index.ts';
import { importFiles } from '../../io/import.ts';
import { emptyDesign, type Design } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import { apiInputFailures, hasBotocore, NO_BOTOCORE } from '../../test-support/api-input-check.ts';
import { validate } from '../../validate/index.ts';
import { applyFix, findings, sample, TestDesign } from '../../validate/service-test-designs.ts';
import { runTaskRules } from '../standalone-task/rules/run-task.ts';
import { KINDS } from '../registry.ts';
import { ebsRules } from './rules.ts';

const ROLE = 'arn:aws:iam::123456789012:role/ecsInfrastructureRole';
const VOLUMES_POLICY = 'arn:aws:iam::aws:policy/service-role/AmazonECSInfrastructureRolePolicyForVolumes';
const content = (d: Design, path: string) => derive(d).find((a) => a.path === path)!.content;
const tdVolumes = (d: Design) => content(d, 'task-definitions/web.json').volumes as JsonObject[];
const serviceVolumes = (d: Design) => content(d, 'services/web.json').volumeConfigurations as JsonObject[];
const node = (d: Design, id: string) => d.nodes.find((n) => n.id === id)!;

function withVolume(data: JsonObject = {}) {
  const t = sample();
  // The palette's defaults, a role, and the test's changes (undefined: left out).
  const all: JsonObject = { name: 'data', volumeType: 'gp3', sizeInGiB: 20, encrypted: true, roleArn: ROLE, ...data };
  const ebs = t.add('ebs-volume', Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined)) as JsonObject);
  const edge = t.link(t.first('task-definition'), ebs);
  return { t, ebs, edge };
}

function edit(d: Design, path: string, change: (c: JsonObject) => void) {
  const c = structuredClone(content(d, path));
  change(c);
  const r = applyArtifactText(d, path, JSON.stringify(c));
  if (!r.ok) throw new Error(r.error);
  return r;
}

describe('EBS volume kind', () => {
  it('defaults: gp3, 20 GiB, encrypted, named "data"; in the Storage and data group', () => {
    const t = sample();
    const ebs = t.add('ebs-volume');
    expect(KINDS['ebs-volume'].group).toBe('Storage and data');
    expect(node(t.design, ebs).data).toEqual({ name: 'data', volumeType: 'gp3', sizeInGiB: 20, encrypted: true });
    // Not connected: no file of its own, nothing else changes.
    expect(derive(t.design).some((a) => a.nodeId === ebs)).toBe(false);
  });

  it('task definition → volume: a volume configured at launch after the other volumes; the service gets volumeConfigurations with its managedEBSVolume', () => {
    const { t, ebs } = withVolume({ iops: 4000, throughput: 250, filesystemType: 'ext4', tagSpecifications: [{ resourceType: 'volume', propagateTags: 'SERVICE' }] });
    t.set(t.first('task-definition'), 'volumes', [{ name: 'scratch', host: {} }]);
    expect(tdVolumes(t.design)).toEqual([{ name: 'scratch', host: {} }, { name: 'data', configuredAtLaunch: true }]);
    // API reference order inside managedEBSVolume, the role last but for filesystemType.
    expect(JSON.stringify(serviceVolumes(t.design))).toBe(
      JSON.stringify([
        {
          name: 'data',
          managedEBSVolume: { encrypted: true, volumeType: 'gp3', sizeInGiB: 20, iops: 4000, throughput: 250, tagSpecifications: [{ resourceType: 'volume', propagateTags: 'SERVICE' }], roleArn: ROLE, filesystemType: 'ext4' },
        },
      ]),
    );
    const service = derive(t.design).find((a) => a.path === 'services/web.json')!;
    expect(service.owners).toContainEqual({ pointer: '/volumeConfigurations/0', nodeId: ebs });
  });

  it('a standalone task gets the termination policy; a service never does (its volumes go with its tasks)', () => {
    const { t } = withVolume({ terminationPolicy: { deleteOnTermination: false } });
    const task = t.add('standalone-task', { name: 'job' });
    t.link(task, t.first('task-definition'));
    const managed = (content(t.design, 'tasks/job.json').volumeConfigurations as JsonObject[])[0]!.managedEBSVolume as JsonObject;
    expect(managed.terminationPolicy).toEqual({ deleteOnTermination: false });
    expect(serviceVolumes(t.design)[0]!.managedEBSVolume).not.toHaveProperty('terminationPolicy');
  });

  it('apply(derive(d)) leaves the design as it is: task definition, service and standalone task files', () => {
    const { t } = withVolume({ snapshotId: 'snap-0123456789abcdef0', volumeInitializationRate: 200, terminationPolicy: { deleteOnTermination: true } });
    const task = t.add('standalone-task', { name: 'job', volumeConfigurations: [{ name: 'other', managedEBSVolume: { sizeInGiB: 5, roleArn: ROLE } }] });
    t.link(task, t.first('task-definition'));
    for (const a of derive(t.design).filter((x) => ['task-definition', 'service', 'run-task'].includes(x.type))) {
      const r = applyArtifactText(t.design, a.path, artifactText(a));
      expect(r.ok && r.design, a.path).toStrictEqual(t.design);
    }
  });

  it('sizeInGiB, volumeType and the rest edited in the service file go onto the volume node; a new role ARN becomes its roleArn', () => {
    const { t, ebs } = withVolume();
    const r = edit(t.design, 'services/web.json', (c) => {
      const managed = (c.volumeConfigurations as JsonObject[])[0]!.managedEBSVolume as JsonObject;
      managed.sizeInGiB = 100;
      managed.volumeType = 'io2';
      managed.iops = 5000;
      managed.roleArn = 'arn:aws:iam::123456789012:role/other';
    });
    expect(node(r.design, ebs).data).toEqual({ name: 'data', volumeType: 'io2', sizeInGiB: 100, iops: 5000, encrypted: true, roleArn: 'arn:aws:iam::123456789012:role/other' });
    expect(tdVolumes(r.design)).toEqual([{ name: 'data', configuredAtLaunch: true }]);
    // The service keeps no list of its own.
    expect(node(r.design, t.first('service')).data.volumeConfigurations).toBeUndefined();
  });

  it('infrastructure role: the launcher’s connected role is the volume’s roleArn and gets AmazonECSInfrastructureRolePolicyForVolumes; a volume naming its own role wins', () => {
    const { t, ebs } = withVolume({ roleArn: undefined });
    const role = t.add('role-infrastructure', { roleName: 'ecsInfra', managedPolicyArns: [] });
    t.link(role, t.first('service'));
    const task = t.add('standalone-task', { name: 'job' });
    t.link(task, t.first('task-definition'));
    t.link(role, task);
    expect((serviceVolumes(t.design)[0]!.managedEBSVolume as JsonObject).roleArn).toBe('arn:aws:iam::123456789012:role/ecsInfra');
    expect(((content(t.design, 'tasks/job.json').volumeConfigurations as JsonObject[])[0]!.managedEBSVolume as JsonObject).roleArn).toBe('arn:aws:iam::123456789012:role/ecsInfra');
    expect(content(t.design, 'iam-roles/ecsInfra.json').ManagedPolicyArns).toEqual([VOLUMES_POLICY]);
    t.set(ebs, 'roleArn', ROLE);
    expect((serviceVolumes(t.design)[0]!.managedEBSVolume as JsonObject).roleArn).toBe(ROLE);
    expect(content(t.design, 'iam-roles/ecsInfra.json').ManagedPolicyArns).toBeUndefined();
  });

  it('roleArn edited in the service file: a drawn infrastructure role’s ARN connects it; the derived one changes nothing', () => {
    const { t, ebs } = withVolume();
    const role = t.add('role-infrastructure', { roleName: 'ecsInfra', managedPolicyArns: [] });
    const r = edit(t.design, 'services/web.json', (c) => (((c.volumeConfigurations as JsonObject[])[0]!.managedEBSVolume as JsonObject).roleArn = 'arn:aws:iam::123456789012:role/ecsInfra'));
    expect(r.design.edges.some((e) => e.kind === 'infrastructure-role' && e.source === role && e.target === t.first('service'))).toBe(true);
    expect(node(r.design, ebs).data).not.toHaveProperty('roleArn');
    const again = edit(r.design, 'services/web.json', () => {});
    expect(again.design).toStrictEqual(r.design);
  });

  it('an entry the volume cannot stand for stays the service’s own; removing the drawn entry brings it back with a notice', () => {
    const { t, ebs } = withVolume();
    const extra = { name: 'logs', managedEBSVolume: { sizeInGiB: 1, roleArn: ROLE } };
    const r = edit(t.design, 'services/web.json', (c) => (c.volumeConfigurations = [...(c.volumeConfigurations as JsonObject[]), extra]));
    expect(node(r.design, t.first('service')).data.volumeConfigurations).toEqual([extra]);
    expect(serviceVolumes(r.design)).toHaveLength(2);
    const removed = edit(t.design, 'services/web.json', (c) => delete c.volumeConfigurations);
    expect(removed.design).toStrictEqual(t.design);
    expect(removed.notices.map((n) => n.message).join()).toContain('attaches EBS volume data at launch');
    expect(node(removed.design, ebs).data.sizeInGiB).toBe(20);
  });

  it('the task definition file: renaming the volume renames the node; removing it disconnects the volume', () => {
    const { t, ebs, edge } = withVolume();
    const renamed = edit(t.design, 'task-definitions/web.json', (c) => (c.volumes = [{ name: 'cache', configuredAtLaunch: true }]));
    expect(node(renamed.design, ebs).data.name).toBe('cache');
    expect(serviceVolumes(renamed.design)[0]!.name).toBe('cache');
    const removed = edit(t.design, 'task-definitions/web.json', (c) => (c.volumes = [{ name: 'scratch', host: {} }]));
    expect(removed.design.edges.some((e) => e.id === edge)).toBe(false);
    expect(node(removed.design, t.first('task-definition')).data.volumes).toEqual([{ name: 'scratch', host: {} }]);
    expect(removed.notices.map((n) => n.message).join()).toContain('Disconnected from EBS volume data');
  });

  it('imported services with their own volumeConfigurations export them unchanged (no volume drawn)', () => {
    const td = { family: 'batch', requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc', cpu: '256', memory: '512', containerDefinitions: [{ name: 'app', image: 'busybox', mountPoints: [{ sourceVolume: 'work', containerPath: '/work' }] }], volumes: [{ name: 'work', configuredAtLaunch: true }] };
    const managed = { encrypted: true, kmsKeyId: 'alias/ebs', volumeType: 'io2', sizeInGiB: 50, iops: 3000, tagSpecifications: [{ resourceType: 'volume', tags: [{ key: 'team', value: 'data' }], propagateTags: 'SERVICE' }], roleArn: ROLE, filesystemType: 'xfs' };
    const service = { serviceName: 'batch', cluster: 'default', taskDefinition: 'batch', desiredCount: 1, launchType: 'FARGATE', volumeConfigurations: [{ name: 'work', managedEBSVolume: managed }] };
    const imported = importFiles(emptyDesign(), [{ name: 'td.json', text: JSON.stringify(td) }, { name: 'svc.json', text: JSON.stringify(service) }]);
    if (!imported.ok) throw new Error(imported.error);
    const out = derive(imported.design);
    expect(out.find((a) => a.type === 'service')!.content.volumeConfigurations).toEqual(service.volumeConfigurations);
    expect(out.find((a) => a.type === 'task-definition')!.content.volumes).toEqual(td.volumes);
    const problems = validate(imported.design).filter((p) => p.ruleId.startsWith('EBS-'));
    expect(problems).toEqual([]);
  });

  it.skipIf(!hasBotocore)(`botocore accepts the task definition, CreateService and RunTask with the volume${NO_BOTOCORE}`, () => {
    const { t } = withVolume({ iops: 4000, throughput: 250, kmsKeyId: 'alias/ebs', filesystemType: 'xfs', tagSpecifications: [{ resourceType: 'volume', tags: [{ key: 'a', value: 'b' }], propagateTags: 'TASK_DEFINITION' }], terminationPolicy: { deleteOnTermination: true } });
    const task = t.add('standalone-task', { name: 'job' });
    t.link(task, t.first('task-definition'));
    expect(apiInputFailures(derive(t.design))).toEqual([]);
  }, 30_000); // starts python3 with botocore: seconds on a loaded machine
});

describe('EBS rules (ECS_RULES §2.11)', () => {
  const check = (d: Design, id: string) => findings(ebsRules, d, id);
  const all = (d: Design) => Object.keys(ebsRules.rules).flatMap((id) => check(d, id));

  it('a connected gp3 volume with a size and a role reports nothing, EBS-SVC included', () => {
    const { t } = withVolume();
    expect(all(t.design)).toEqual([]);
    expect(findings(runTaskRules, t.design, 'EBS-SVC')).toEqual([]);
  });

  it('EBS-SVC: a drawn volume fills the entry for every launcher of the task definition', () => {
    const { t } = withVolume();
    const task = t.add('standalone-task', { name: 'job' });
    t.link(task, t.first('task-definition'));
    expect(findings(runTaskRules, t.design, 'EBS-SVC')).toEqual([]);
  });

  it('EBS-ONE: a second volume configured at launch in the task definition is an error', () => {
    const { t } = withVolume();
    t.set(t.first('task-definition'), 'volumes', [{ name: 'typed', configuredAtLaunch: true }]);
    expect(check(t.design, 'EBS-ONE')).toMatchObject([{ severity: 'error', pointer: '/volumes/1' }]);
  });

  it('EBS-ROLE: no role ARN is an error pinned to the volume; the fix adds an infrastructure role, connected, with the volumes policy', () => {
    const { t, ebs } = withVolume({ roleArn: undefined });
    const [p] = check(t.design, 'EBS-ROLE');
    expect(p).toMatchObject({ severity: 'error', nodeId: ebs, pointer: '/volumeConfigurations/0/managedEBSVolume/roleArn' });
    const fixed = applyFix(p, t.design);
    expect(check(fixed, 'EBS-ROLE')).toEqual([]);
    const role = fixed.nodes.find((n) => n.kind === 'role-infrastructure')!;
    expect(content(fixed, `iam-roles/${role.data.roleName as string}.json`).ManagedPolicyArns).toEqual([VOLUMES_POLICY]);
    // A second launcher: the fix connects the role that is there.
    const t2 = new TestDesign(fixed);
    const task = t2.add('standalone-task', { name: 'job' });
    t2.link(task, t2.first('task-definition'));
    const [q] = check(t2.design, 'EBS-ROLE');
    expect(q!.fix!.label).toBe(`Use infrastructure role ${role.data.roleName as string}`);
    expect(applyFix(q, t2.design).nodes.filter((n) => n.kind === 'role-infrastructure')).toHaveLength(1);
    expect(check(applyFix(q, t2.design), 'EBS-ROLE')).toEqual([]);
  });

  it('EBS-SIZE: neither size nor snapshot; a size outside the type’s range, fixed to the nearest bound', () => {
    const { t, ebs } = withVolume({ sizeInGiB: undefined });
    expect(check(t.design, 'EBS-SIZE')).toHaveLength(1);
    t.set(ebs, 'snapshotId', 'snap-0123456789abcdef0');
    expect(check(t.design, 'EBS-SIZE')).toEqual([]);
    t.set(ebs, 'volumeType', 'st1').set(ebs, 'sizeInGiB', 20);
    const [p] = check(t.design, 'EBS-SIZE');
    expect(p!.message).toContain('125–16384');
    expect(node(applyFix(p, t.design), ebs).data.sizeInGiB).toBe(125);
    t.set(ebs, 'volumeType', 'standard').set(ebs, 'sizeInGiB', 2000);
    expect(check(t.design, 'EBS-SIZE')).toHaveLength(1);
  });

  it('EBS-IOPS: io1/io2 need iops; st1, sc1, standard and gp2 take none (fix removes it); gp3 below 3000 is fixed to its default 3000', () => {
    const { t, ebs } = withVolume({ volumeType: 'io2' });
    expect(check(t.design, 'EBS-IOPS')[0]!.message).toContain('needs iops');
    t.set(ebs, 'iops', 300000);
    expect(check(t.design, 'EBS-IOPS')[0]!.message).toContain('100–256000');
    t.set(ebs, 'volumeType', 'sc1').set(ebs, 'sizeInGiB', 500);
    const [none] = check(t.design, 'EBS-IOPS');
    expect(node(applyFix(none, t.design), ebs).data).not.toHaveProperty('iops');
    t.set(ebs, 'volumeType', 'gp3').set(ebs, 'iops', 1000);
    const [low] = check(t.design, 'EBS-IOPS');
    expect(node(applyFix(low, t.design), ebs).data.iops).toBe(3000);
    t.set(ebs, 'iops', 3000);
    expect(check(t.design, 'EBS-IOPS')).toEqual([]);
  });

  it('EBS-TPUT: throughput only on gp3, at most 1000 MiB/s', () => {
    const { t, ebs } = withVolume({ throughput: 2000 });
    const [high] = check(t.design, 'EBS-TPUT');
    expect(node(applyFix(high, t.design), ebs).data.throughput).toBe(1000);
    t.set(ebs, 'volumeType', 'gp2').set(ebs, 'throughput', 500);
    const [other] = check(t.design, 'EBS-TPUT');
    expect(other!.message).toContain('only gp3');
    expect(node(applyFix(other, t.design), ebs).data).not.toHaveProperty('throughput');
  });

  it('EBS-FS: ntfs on a Linux task and standard volumes on Fargate are errors', () => {
    const { t, ebs } = withVolume({ filesystemType: 'ntfs' });
    expect(check(t.design, 'EBS-FS')[0]!.message).toContain('ext3, ext4, xfs');
    t.set(ebs, 'filesystemType', 'xfs').set(ebs, 'volumeType', 'standard');
    const [p] = check(t.design, 'EBS-FS');
    expect(p!.pointer).toBe('/volumeConfigurations/0/managedEBSVolume/volumeType');
    expect(node(applyFix(p, t.design), ebs).data.volumeType).toBe('gp3');
  });

  it('VOL-PLAT (EBS row): EXTERNAL is a warning [unconfirmed]; Windows on Fargate is an error', () => {
    const { t } = withVolume();
    const td = t.first('task-definition');
    t.set(td, 'requiresCompatibilities', ['EXTERNAL']);
    expect(check(t.design, 'VOL-PLAT')).toMatchObject([{ severity: 'warning', nodeId: td, pointer: '/volumes/0' }]);
    t.set(td, 'requiresCompatibilities', ['FARGATE']).set(td, 'runtimePlatform', { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE', cpuArchitecture: 'X86_64' });
    expect(check(t.design, 'VOL-PLAT')).toMatchObject([{ severity: 'error' }]);
  });
});
