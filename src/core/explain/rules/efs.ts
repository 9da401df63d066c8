import { api, GUIDE } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const EFS_VOLUME = api('ecs', 'EFSVolumeConfiguration');
const EFS_AUTH = api('ecs', 'EFSAuthorizationConfig');

/** Explanations of the EFS volume and mount target security group rules (kinds/efs-file-system/rules.ts, kinds/efs-file-system/security-group-rules.ts). */
export const efsRules: Readonly<Record<string, Explanation>> = {
  'EFS-ID': {
    what: 'Checks that every EFS volume of a task definition names a file system id (fs-…).',
    why: 'The id is the only thing telling ECS which file system to mount, so without it the task definition cannot be registered.',
    ecs: 'RegisterTaskDefinition requires fileSystemId in efsVolumeConfiguration; connecting the task definition to a file system fills it in.',
    doc: EFS_VOLUME,
  },
  'EFS-TLS-IAM': {
    what: 'Checks that an EFS volume using IAM authorization also has transit encryption enabled.',
    why: 'IAM authorization is carried over the encrypted TLS connection of the EFS mount helper, so it cannot work on a plain NFS mount.',
    ecs: 'ECS accepts authorizationConfig.iam ENABLED only when transitEncryption is ENABLED in the same volume.',
    doc: EFS_AUTH,
  },
  'EFS-TLS-AP': {
    what: 'Checks that an EFS volume mounting an access point has transit encryption enabled.',
    why: 'Access points are mounted through the TLS connection of the EFS mount helper, so without encryption in transit the volume cannot use one.',
    ecs: 'ECS requires transitEncryption ENABLED whenever authorizationConfig.accessPointId is set.',
    doc: EFS_VOLUME,
  },
  'EFS-ROOT-AP': {
    what: 'Checks that an EFS volume with an access point leaves the root directory unset or set to /.',
    why: 'The access point already decides which directory of the file system is mounted, so a second root directory would contradict it.',
    ecs: 'ECS rejects a rootDirectory other than / when an accessPointId is given; the access point’s own path is used instead.',
    doc: EFS_VOLUME,
  },
  'EFS-IAM-ROLE': {
    what: 'Warns when an EFS volume uses IAM authorization but the task definition has no task role.',
    why: 'A file system policy can only allow a mount by an IAM identity, and without a task role there is none to grant, so the mount can be refused.',
    ecs: 'With IAM authorization enabled, ECS mounts the file system using the task role’s identity, which file system policies then check.',
    doc: EFS_AUTH,
  },
  'EFS-AP-UNKNOWN': {
    what: 'Checks that the access point named on a task definition’s connection to a file system is one of the access points that file system lists.',
    why: 'An unknown access point is left out, so the task mounts the file system from its root, without the directory and POSIX user the access point would have enforced.',
    ecs: 'ECS mounts through an access point only when the volume gives its accessPointId; otherwise the mount starts at the volume’s root directory.',
    doc: api('efs', 'CreateAccessPoint'),
  },
  'EFS-SG': {
    what: 'Warns when the security groups of a file system’s mount targets do not let the mounting tasks or their instances in on NFS, TCP port 2049.',
    why: 'The NFS connection is then blocked, the mount times out, and the tasks stop before their containers run.',
    ecs: 'Tasks mount EFS through the mount target in their Availability Zone, and that mount target’s security groups must allow inbound TCP 2049 from the task or instance security groups.',
    doc: GUIDE.efsVolumes,
  },
};
