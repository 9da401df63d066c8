import type { KindExplanation } from '../types.ts';
import { clusterExplanation } from './cluster.ts';
import { capacityFargateExplanation } from './capacity-fargate.ts';
import { capacityFargateSpotExplanation } from './capacity-fargate-spot.ts';
import { capacityEc2Explanation } from './capacity-ec2.ts';
import { capacityExternalExplanation } from './capacity-external.ts';
import { capacityManagedInstancesExplanation } from './capacity-managed-instances.ts';
import { efsFileSystemExplanation } from './efs-file-system.ts';
import { ebsVolumeExplanation } from './ebs-volume.ts';

/** Explanations of the cluster, its capacity kinds and the storage kinds, one file per kind beside this one. */
export const CAPACITY_KINDS: readonly KindExplanation[] = [
  clusterExplanation,
  capacityFargateExplanation,
  capacityFargateSpotExplanation,
  capacityEc2Explanation,
  capacityExternalExplanation,
  capacityManagedInstancesExplanation,
  efsFileSystemExplanation,
  ebsVolumeExplanation,
];
