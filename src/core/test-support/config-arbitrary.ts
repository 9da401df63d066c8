import fc from 'fast-check';
import type { JsonObject } from '../model/json.ts';
import { ACCOUNT, compact, maybe, pick, word, type Add, type Link } from './arbitrary-helpers.ts';

/** Secrets, parameters, ECR repositories, EFS file systems and EBS volumes, and what they are connected to (by index). */
export interface ConfigPlan {
  secrets: Array<{ data: JsonObject; readers: Array<{ container: number; data: JsonObject }> }>;
  parameters: Array<{ data: JsonObject; readers: Array<{ container: number; data: JsonObject }> }>;
  repositories: Array<{ data: JsonObject; pullers: Array<{ container: number; data: JsonObject }> }>;
  /** `mountTargets`: subnets (by index) it has a mount target in; `group`: the mount targets' drawn group. */
  fileSystems: Array<{ data: JsonObject; mounts: Array<{ taskDefinition: number; data: JsonObject }>; mountTargets: number[]; group?: number; ipAddress: boolean }>;
  /** EBS volumes configured at launch and the task definitions that attach them (one volume each at most). */
  volumes: Array<{ data: JsonObject; attachedBy: number[] }>;
}

const secretDataArb = fc
  .record({ description: maybe(word), kmsKeyId: maybe(fc.constantFrom('alias/app', '1234abcd-12ab-34cd-56ef-1234567890ab', 'alias/aws/secretsmanager')), arn: maybe(fc.constant(`arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:existing-AbCdEf`)) })
  .map(compact);
const parameterDataArb = fc
  .record({ type: fc.constantFrom('String', 'SecureString', 'StringList'), tier: maybe(fc.constantFrom('Standard', 'Advanced')), value: maybe(fc.constantFrom('', 'a', 'a,b')), kmsKeyId: maybe(fc.constant('alias/app')) })
  .map(compact);
const repositoryDataArb = fc
  .record({
    imageTagMutability: maybe(fc.constantFrom('MUTABLE', 'IMMUTABLE')),
    scanOnPush: maybe(fc.boolean()),
    encryptionType: maybe(fc.constantFrom('AES256', 'KMS')),
    existing: maybe(fc.boolean()),
  })
  .map(compact);
const fileSystemDataArb = fc
  .record({
    throughputMode: maybe(fc.constantFrom('elastic', 'bursting')),
    encrypted: maybe(fc.boolean()),
    fileSystemId: maybe(fc.constant('fs-0123456789abcdef0')),
    accessPoints: maybe(fc.constant([{ name: 'data', path: '/data', posixUser: { Uid: 1000, Gid: 1000 } }, { name: 'logs', accessPointId: 'fsap-0123456789abcdef0' }])),
    securityGroups: maybe(fc.constantFrom(['sg-0fedcba9876543210'], [])),
  })
  .map(compact);
// Valid and invalid values alike (io1 without iops, throughput on gp2): the round trip must hold for both.
const ebsVolumeDataArb = fc
  .record({
    volumeType: maybe(fc.constantFrom('gp3', 'gp2', 'io1', 'io2', 'st1', 'sc1', 'standard')),
    sizeInGiB: maybe(fc.integer({ min: 1, max: 2000 })),
    snapshotId: maybe(fc.constant('snap-0123456789abcdef0')),
    volumeInitializationRate: maybe(fc.constantFrom(100, 300)),
    iops: maybe(fc.constantFrom(3000, 6000, 64000)),
    throughput: maybe(fc.constantFrom(125, 500)),
    encrypted: maybe(fc.boolean()),
    kmsKeyId: maybe(fc.constant('alias/ebs')),
    filesystemType: maybe(fc.constantFrom('xfs', 'ext4')),
    tagSpecifications: maybe(fc.constant([{ resourceType: 'volume', tags: [{ key: 'team', value: 'data' }], propagateTags: 'SERVICE' }])),
    terminationPolicy: maybe(fc.record({ deleteOnTermination: fc.boolean() })),
    // Always a role: CreateService and RunTask require one (the conformance test sends every service), and
    // the random infrastructure roles serve only some services. Roles from connections are tested in kinds/ebs-volume.
    roleArn: fc.constantFrom(`arn:aws:iam::${ACCOUNT}:role/ebs-volumes`, `arn:aws:iam::${ACCOUNT}:role/role-0`),
  })
  .map(compact);
const readerDataArb = fc.constantFrom<JsonObject>({}, { variable: 'CFG_VALUE' }, { jsonKey: 'password' }, { jsonKey: 'k', versionStage: 'AWSPREVIOUS' }, { versionId: 'v1' });
const pullDataArb = fc.constantFrom<JsonObject>({}, { tag: '1.2.3' }, { tag: 'latest' }, { digest: `sha256:${'c'.repeat(64)}` });
const mountDataArb = fc.constantFrom<JsonObject>(
  {},
  { iam: 'ENABLED' },
  { accessPoint: 'data' },
  { accessPoint: 'logs', iam: 'ENABLED', readOnly: true },
  { iam: 'ENABLED', transitEncryption: 'DISABLED' },
  { volumeName: 'vol', rootDirectory: '/srv', transitEncryptionPort: 2999 },
  { accessPoint: 'missing' },
);
const linksArb = <K extends string>(key: K, data: fc.Arbitrary<JsonObject>) =>
  fc.array(fc.record({ [key]: fc.nat(), data } as Record<K, fc.Arbitrary<number>> & { data: fc.Arbitrary<JsonObject> }), { maxLength: 2 });

export const configPlanArb: fc.Arbitrary<ConfigPlan> = fc.record({
  secrets: fc.array(fc.record({ data: secretDataArb, readers: linksArb('container', readerDataArb) }), { maxLength: 2 }),
  parameters: fc.array(fc.record({ data: parameterDataArb, readers: linksArb('container', readerDataArb) }), { maxLength: 1 }),
  repositories: fc.array(fc.record({ data: repositoryDataArb, pullers: linksArb('container', pullDataArb) }), { maxLength: 1 }),
  fileSystems: fc.array(
    fc.record({ data: fileSystemDataArb, mounts: linksArb('taskDefinition', mountDataArb), mountTargets: fc.array(fc.nat(), { maxLength: 2 }), group: maybe(fc.nat()), ipAddress: fc.boolean() }),
    { maxLength: 1 },
  ),
  volumes: fc.array(fc.record({ data: ebsVolumeDataArb, attachedBy: fc.array(fc.nat(), { maxLength: 2 }) }), { maxLength: 2 }),
}) as fc.Arbitrary<ConfigPlan>;

/**
 * Draws the plan's secrets, parameters, repositories and file systems, linked to the given
 * containers and task definitions (and file systems to subnets and groups for mount targets).
 */
export function buildConfig(plan: ConfigPlan, add: Add, link: Link, containers: readonly string[], tds: readonly string[], subnets: readonly string[] = [], groups: readonly string[] = []): void {
  const edgeData = (data: JsonObject) => (Object.keys(data).length ? data : undefined);
  plan.secrets.forEach((s, i) => {
    const id = add('secret', { name: `cfg-secret-${i}`, ...s.data });
    for (const r of s.readers) link(pick(containers, r.container)!, id, edgeData(r.data));
  });
  plan.parameters.forEach((p, i) => {
    const id = add('ssm-parameter', { name: `/cfg/param-${i}`, ...p.data });
    for (const r of p.readers) link(pick(containers, r.container)!, id, edgeData(r.data));
  });
  plan.repositories.forEach((r, i) => {
    const id = add('ecr-repository', { name: `cfg/repo-${i}`, ...r.data });
    for (const p of r.pullers) link(pick(containers, p.container)!, id, edgeData(p.data));
  });
  plan.fileSystems.forEach((f, i) => {
    const id = add('efs-file-system', { name: `cfg-fs-${i}`, performanceMode: 'generalPurpose', ...f.data });
    for (const m of f.mounts) link(pick(tds, m.taskDefinition)!, id, edgeData(m.data));
    for (const [j, s] of f.mountTargets.entries()) {
      const subnet = pick(subnets, s);
      // Typed into the mount target file, kept on the subnet connection.
      if (subnet) link(id, subnet, f.ipAddress && j === 0 ? { IpAddress: '10.0.0.99' } : undefined);
    }
    const group = pick(groups, f.group);
    if (group) link(id, group);
  });
  plan.volumes.forEach((v, i) => {
    const id = add('ebs-volume', { name: `cfg-ebs-${i}`, ...v.data });
    // A task definition that attaches a volume already refuses a second (the link says no).
    for (const td of v.attachedBy) {
      const target = pick(tds, td);
      if (target) link(target, id);
    }
  });
}
