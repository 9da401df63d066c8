import { api, GUIDE } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const MANAGED_EBS = api('ecs', 'ServiceManagedEBSVolumeConfiguration');

/** Explanations of the EBS volume rules (kinds/ebs-volume/rules.ts). */
export const ebsRules: Readonly<Record<string, Explanation>> = {
  'EBS-ONE': {
    what: 'Checks that a task definition marks at most one volume as configuredAtLaunch.',
    why: 'Only one EBS volume can be attached to each task at launch, so a second such volume would never get storage behind it.',
    ecs: 'ECS attaches at most one new EBS volume per task, given by the service or RunTask volumeConfigurations for the single configuredAtLaunch volume.',
    doc: GUIDE.ebsVolumes,
  },
  'EBS-ROLE': {
    what: 'Checks that every EBS volume configuration a service or standalone task passes has an infrastructure role ARN.',
    why: 'ECS creates, attaches and later deletes the volume in your account, which it may only do by assuming a role you give it.',
    ecs: 'roleArn is required in managedEBSVolume; the role must trust ecs.amazonaws.com and have the AmazonECSInfrastructureRolePolicyForVolumes permissions.',
    doc: GUIDE.infrastructureRole,
  },
  'EBS-SIZE': {
    what: 'Checks that an EBS volume has a size or a snapshot to start from, and that any size lies within the range its volume type allows.',
    why: 'Without a size or snapshot ECS does not know how big a volume to create, and a size outside the type’s limits cannot be created at all.',
    ecs: 'sizeInGiB is required unless snapshotId is given, and each type has its own minimum and maximum, such as at least 125 GiB for st1 and sc1.',
    doc: MANAGED_EBS,
  },
  'EBS-IOPS': {
    what: 'Checks the IOPS setting against the volume type: io1 and io2 must set it, types other than gp3, io1 and io2 must not, and the value must be in the type’s range.',
    why: 'A volume whose performance settings do not fit its type cannot be created, so the tasks that need it fail to start.',
    ecs: 'iops is required for io1 and io2, optional for gp3 and not supported for gp2, st1, sc1 and standard volumes.',
    doc: MANAGED_EBS,
  },
  'EBS-TPUT': {
    what: 'Checks that throughput is set only on gp3 volumes and stays within the gp3 range in MiB/s.',
    why: 'Throughput can be provisioned only on gp3, so on any other type the value is an error rather than a hint that is quietly ignored.',
    ecs: 'The throughput setting of managedEBSVolume is valid only when volumeType is gp3, and the volume is not created with a value out of range.',
    doc: MANAGED_EBS,
  },
  'EBS-FS': {
    what: 'Checks that the file system type fits the task’s operating system (ext3, ext4 or xfs on Linux, ntfs on Windows) and that Fargate tasks do not ask for a standard volume.',
    why: 'ECS formats and mounts the volume for the task, so an unsupported file system or volume type leaves the task without its storage.',
    ecs: 'ECS formats new Linux volumes as xfs unless told otherwise and does not support the magnetic standard volume type for Fargate tasks.',
    doc: MANAGED_EBS,
  },
};
