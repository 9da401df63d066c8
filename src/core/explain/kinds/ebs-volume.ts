import { api, GUIDE } from '../doc-pages.ts';
import type { KindExplanation } from '../types.ts';

const CONFIG = api('ecs', 'ServiceManagedEBSVolumeConfiguration');

export const ebsVolumeExplanation: KindExplanation = {
  kind: 'ebs-volume',
  what: 'An Amazon EBS volume that ECS creates for each task and attaches to it: fast block storage of its own for one task, configured when the service or task is launched.',
  why: 'Tasks that need a large or fast scratch or data disk (databases, ETL, media processing) get one without managing volumes, on Fargate and EC2.',
  ecs: 'For each task ECS creates a volume from the configuration with the infrastructure role, attaches it, formats or restores it from a snapshot, mounts it into the containers and deletes it when the task stops (unless told to keep it).',
  doc: GUIDE.ebsVolumes,
  fields: {
    name: {
      what: 'The volume’s name in the task definition, shared by its volumes entry and the service’s or task’s volume configuration.',
      why: 'Containers mount the volume by this name, and the two halves (task definition and launch configuration) are matched by it.',
      ecs: 'ECS looks up the configuredAtLaunch volume of this name and attaches the volume it creates in its place.',
      doc: CONFIG,
    },
    volumeType: {
      what: 'The EBS volume type: gp3 or gp2 (general purpose SSD), io1 or io2 (provisioned IOPS SSD), st1 or sc1 (throughput and cold HDD), or standard (magnetic).',
      why: 'The type sets the price and the performance; gp3 is the usual choice because its IOPS and throughput can be raised independently of size.',
      ecs: 'ECS creates every task’s volume with this type.',
      doc: CONFIG,
    },
    sizeInGiB: {
      what: 'The size of each task’s volume in GiB, within the type’s range, and at least the snapshot’s size when restoring one.',
      why: 'Each task pays for its own volume for as long as it runs, and the size bounds the data it can hold.',
      ecs: 'ECS creates volumes of this size; a size or a snapshot must be given.',
      doc: CONFIG,
    },
    snapshotId: {
      what: 'An EBS snapshot each task’s volume is created from.',
      why: 'It gives every task a ready data set (a model, a database seed) instead of an empty disk.',
      ecs: 'ECS creates the volume from the snapshot, keeping the snapshot’s file system; blocks load lazily unless an initialization rate is set.',
      doc: CONFIG,
    },
    volumeInitializationRate: {
      what: 'How fast, in MiB/s (100 to 300), a volume restored from a snapshot is filled before use.',
      why: 'Without it blocks load on first read, so the first passes over the data are slow; a rate makes the volume fully fast sooner at a charge.',
      ecs: 'ECS asks EBS to initialise the volume at this rate; it only applies with a snapshot.',
      doc: CONFIG,
    },
    iops: {
      what: 'The I/O operations per second to provision, required for io1 and io2 and optional for gp3 (3,000 to 16,000).',
      why: 'Databases and other random-access workloads are limited by IOPS more than size; provisioned IOPS cost extra.',
      ecs: 'ECS creates the volume with these IOPS; the value must fit the type’s limits and its ratio to size.',
      doc: CONFIG,
    },
    throughput: {
      what: 'For gp3 only, the throughput to provision in MiB/s, from 125 to 1,000.',
      why: 'Sequential workloads such as media or ETL need throughput more than IOPS; the default 125 MiB/s is often low for them.',
      ecs: 'ECS creates gp3 volumes with this throughput and rejects it for other types.',
      doc: CONFIG,
    },
    encrypted: {
      what: 'Whether each volume is encrypted with KMS; when off, the account’s EBS encryption default decides.',
      why: 'Encryption at rest is often required, and it cannot be added to a volume after creation.',
      ecs: 'ECS creates encrypted volumes with the given or the default key.',
      doc: CONFIG,
    },
    kmsKeyId: {
      what: 'The customer managed KMS key used to encrypt the volumes; empty means the AWS managed key for EBS.',
      why: 'Your own key controls who can read the data, including snapshots taken from it.',
      ecs: 'The infrastructure role must be allowed to use the key, or volume creation fails and the task does not start.',
      doc: CONFIG,
    },
    filesystemType: {
      what: 'The file system ECS formats the volume with: xfs (default), ext4 or ext3 on Linux, ntfs on Windows.',
      why: 'Applications sometimes expect one file system; a volume from a snapshot keeps the snapshot’s file system and this must match it.',
      ecs: 'ECS formats new volumes with this type before mounting them into the containers.',
      doc: CONFIG,
    },
    tagSpecifications: {
      what: 'Tags put on each volume, and whether to copy the task definition’s or the service’s tags onto it.',
      why: 'Tagged volumes show up in cost reports and can be found by owner.',
      ecs: 'ECS applies the tags when it creates each volume.',
      doc: api('ecs', 'EBSTagSpecification'),
    },
    'terminationPolicy.deleteOnTermination': {
      what: 'For standalone tasks, whether the volume is deleted when the task stops; service tasks’ volumes are always deleted.',
      why: 'Keeping the volume preserves a job’s output for later inspection, but the volume keeps costing until you delete it.',
      ecs: 'ECS deletes or detaches the volume at task stop according to this setting in RunTask’s volume configuration.',
      doc: api('ecs', 'TaskManagedEBSVolumeTerminationPolicy'),
    },
    roleArn: {
      what: 'The ARN of the ECS infrastructure role used to create and attach the volumes, when no infrastructure role is drawn and connected.',
      why: 'Without a role ECS may not create volumes in your account, and the task fails to start.',
      ecs: 'ECS assumes the role (trusting ecs.amazonaws.com, with the managed policy for volumes) for every volume it creates and deletes.',
      doc: GUIDE.infrastructureRole,
    },
  },
};
