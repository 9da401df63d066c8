import { applyFileSystem } from './apply.ts';
import { accessPointsOf, fileSystemArtifacts } from './derive.ts';
import { mountTargetArtifacts } from './mount-targets.ts';
import { freshName, str } from '../names.ts';
import type { KindModule } from '../types.ts';

/** An EFS file system (with its access points) that task definitions mount as a volume (task definition → file system). */
export const efsFileSystemKind: KindModule = {
  kind: 'efs-file-system',
  label: 'EFS file system',
  group: 'Storage and data',
  icon: 'efs-file-system',
  description:
    'An Amazon EFS file system shared by tasks. Connect a task definition to it to get a volume (name, access point, encryption in transit, IAM authorization on the connection); containers mount the volume with mountPoints. IAM authorization gives the task role elasticfilesystem:ClientMount/ClientWrite on it. Connect it to subnets for mount targets there, and to the security groups of those mount targets.',
  defaults: (design) => ({
    name: freshName(design, ['efs-file-system'], 'name', 'app-data'),
    performanceMode: 'generalPurpose',
    throughputMode: 'elastic',
    encrypted: true,
    accessPoints: [],
  }),
  displayName: (node) => str(node.data.name, 'file system'),
  facts: (node) => {
    const aps = accessPointsOf(node).length;
    return [`${str(node.data.throughputMode, 'bursting')} throughput`, `${node.data.encrypted === true ? 'encrypted' : 'not encrypted'} · ${aps} access point${aps === 1 ? '' : 's'}`];
  },
  fields: [
    { path: ['name'], label: 'Name', type: 'text', help: 'Name of the file system; also its CreationToken, so creating it twice gives the same file system.' },
    { path: ['performanceMode'], label: 'Performance mode', type: 'select', options: ['generalPurpose', 'maxIO'], help: 'generalPurpose suits almost every workload (and is needed for elastic throughput).' },
    { path: ['throughputMode'], label: 'Throughput mode', type: 'select', options: ['elastic', 'bursting', 'provisioned'], help: 'elastic scales with use; provisioned needs a throughput in MiB/s.' },
    { path: ['provisionedThroughputInMibps'], label: 'Provisioned throughput (MiB/s)', type: 'number', min: 1, help: 'Only with provisioned throughput.' },
    { path: ['encrypted'], label: 'Encrypted at rest', type: 'boolean', help: 'Encrypt data at rest with KMS (cannot be changed later).' },
    { path: ['kmsKeyId'], label: 'KMS key', type: 'text', placeholder: 'aws/elasticfilesystem', help: 'A customer managed key for encryption at rest. Empty: the AWS managed key.' },
    { path: ['fileSystemId'], label: 'Existing file system id', type: 'text', placeholder: 'fs-…', help: 'The id of a file system that exists (no CreateFileSystem file then). Until set, task definitions show a placeholder id.' },
    {
      path: ['accessPoints'],
      label: 'Access points',
      type: 'json',
      help: 'A list of access points, each {"name": "data", "path": "/data", "posixUser": {"Uid": 1000, "Gid": 1000}, "creationInfo": {"OwnerUid": 1000, "OwnerGid": 1000, "Permissions": "755"}}; a task definition connection names one by "name". Add "accessPointId" for one that exists.',
    },
    {
      path: ['securityGroups'],
      label: 'Mount target security group ids',
      type: 'stringList',
      help: 'Ids of existing groups for its mount targets, besides the groups it is connected to. Connect the file system to subnets to get a mount target in each; the tasks’ group must be let in on NFS port 2049.',
    },
    { path: ['tags'], label: 'Tags', type: 'keyValue', keyNames: ['Key', 'Value'], help: 'Tags on the file system.' },
  ],
  accepts: ['placed-in', 'secured-by'],
  // Joined here, so that apply (which reads what derive emits) and derive do not import each other.
  // The file system's own files, then a CreateMountTarget file per subnet it is connected to.
  derivation: { derive: (fs, ctx) => [...fileSystemArtifacts(fs), ...mountTargetArtifacts(fs, ctx)], apply: applyFileSystem },
};
