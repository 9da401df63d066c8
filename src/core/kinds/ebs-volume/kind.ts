import { freshName, str } from '../names.ts';
import type { KindModule } from '../types.ts';

/** Volume types ECS can attach (EBS-SIZE, EBS-IOPS and EBS-TPUT know their limits). gp3 is ECS's default. */
export const EBS_VOLUME_TYPES = ['gp3', 'gp2', 'io1', 'io2', 'st1', 'sc1', 'standard'] as const;
export const EBS_FILESYSTEM_TYPES = ['xfs', 'ext4', 'ext3', 'ntfs'] as const;

/**
 * An Amazon EBS volume that ECS creates for each task when it starts (task definition →
 * volume). It has no file of its own: it is the task definition's volume with
 * `configuredAtLaunch: true`, and the `managedEBSVolume` of the volumeConfigurations entry
 * of every service and standalone task that runs that task definition.
 */
export const ebsVolumeKind: KindModule = {
  kind: 'ebs-volume',
  label: 'EBS volume',
  group: 'Storage and data',
  icon: 'ebs-volume',
  description:
    'An Amazon EBS volume that ECS creates and attaches to each task at launch (block storage, one volume per task). Connect a task definition to it: the task definition gets a volume configured at launch (containers mount it with mountPoints), and every service and standalone task that runs it gets volumeConfigurations with these settings and the role of its connected infrastructure role.',
  defaults: (design) => ({
    name: freshName(design, ['ebs-volume'], 'name', 'data'),
    volumeType: 'gp3',
    sizeInGiB: 20,
    encrypted: true,
  }),
  displayName: (node) => str(node.data.name, 'EBS volume'),
  facts: (node) => {
    const size = typeof node.data.sizeInGiB === 'number' ? `${node.data.sizeInGiB} GiB` : typeof node.data.snapshotId === 'string' ? 'from snapshot' : 'no size';
    return [`${str(node.data.volumeType, 'gp3')} · ${size}`, node.data.encrypted === true ? 'encrypted' : 'not encrypted'];
  },
  fields: [
    { path: ['name'], label: 'Volume name', type: 'text', help: 'The task definition volume’s name (volumes[].name and volumeConfigurations[].name); containers mount it with mountPoints[].sourceVolume.' },
    { path: ['volumeType'], label: 'Volume type', type: 'select', options: EBS_VOLUME_TYPES, help: 'gp3 (the default) and gp2 are general purpose SSD, io1/io2 provisioned IOPS SSD, st1/sc1 throughput and cold HDD, standard magnetic (not on Fargate).' },
    { path: ['sizeInGiB'], label: 'Size (GiB)', type: 'number', min: 1, max: 16384, help: 'gp2/gp3 1–16384, io1/io2 4–16384, st1/sc1 125–16384, standard 1–1024. With a snapshot: at least the snapshot’s size (empty: the snapshot’s).' },
    { path: ['snapshotId'], label: 'Snapshot', type: 'text', placeholder: 'snap-…', help: 'Create each task’s volume from this EBS snapshot. A size or a snapshot is needed.' },
    { path: ['volumeInitializationRate'], label: 'Initialization rate (MiB/s)', type: 'number', min: 100, max: 300, help: 'How fast a volume from a snapshot is filled (100–300 MiB/s); only with a snapshot.' },
    { path: ['iops'], label: 'IOPS', type: 'number', min: 100, help: 'Needed for io1 (100–64000) and io2 (100–256000); gp3 3000–16000 (default 3000); not for gp2, st1, sc1 or standard.' },
    { path: ['throughput'], label: 'Throughput (MiB/s)', type: 'number', min: 125, max: 1000, help: 'gp3 only: 125–1000 MiB/s (default 125).' },
    { path: ['encrypted'], label: 'Encrypted', type: 'boolean', help: 'Encrypt each volume with KMS. Off: the account’s EBS encryption default decides.' },
    { path: ['kmsKeyId'], label: 'KMS key', type: 'text', placeholder: 'aws/ebs', help: 'Key id, ARN or alias of a customer managed key for encryption. Empty: the AWS managed key.' },
    { path: ['filesystemType'], label: 'File system', type: 'select', options: EBS_FILESYSTEM_TYPES, help: 'Linux: xfs (the default), ext4 or ext3; Windows: ntfs. A volume from a snapshot keeps the snapshot’s file system.' },
    {
      path: ['tagSpecifications'],
      label: 'Tag specifications',
      type: 'json',
      help: 'Tags on each volume: [{"resourceType": "volume", "tags": [{"key": "team", "value": "data"}], "propagateTags": "SERVICE"}]; propagateTags copies the task definition’s or the service’s tags (TASK_DEFINITION, SERVICE, NONE).',
    },
    { path: ['terminationPolicy', 'deleteOnTermination'], label: 'Delete with the task', type: 'boolean', help: 'Standalone tasks only (RunTask’s terminationPolicy): keep the volume after the task stops when off. A service’s volumes are always deleted with their tasks.' },
    { path: ['roleArn'], label: 'Infrastructure role ARN', type: 'text', placeholder: 'arn:aws:iam::123456789012:role/ecsInfrastructureRole', help: 'An existing ECS infrastructure role (AmazonECSInfrastructureRolePolicyForVolumes) that ECS uses to create the volumes.' },
  ],
  accepts: [],
};
