import type { ArtifactType } from '../../model/artifact.ts';
import { cloudMapNamespace, efsAccessPoint, efsFileSystem, efsMountTarget, eventsTargets } from './async-resources.ts';
import { autoScalingGroup, direct, role, type Builder } from './calls.ts';

/**
 * The order the script creates things in: each type after every type it can refer to.
 * Stores and registries come before the roles whose policies name them, and so do EFS
 * file systems and access points (a task role's EFS policy names their ARNs); roles
 * before the network, the network before the mount targets and Cloud Map (a private DNS
 * namespace is in a VPC), Cloud Map before clusters and services (Service Connect
 * defaults, service registries), load balancers before the services behind them, task
 * definitions before the rules and schedules that run them, and the subscriptions and
 * notifications last.
 */
export const SCRIPT_ORDER: ReadonlyArray<[ArtifactType, Builder]> = [
  ['secret', direct],
  ['ssm-parameter', direct],
  ['ecr-repository', direct],
  ['s3-bucket', direct],
  ['s3-bucket-versioning', direct],
  ['s3-bucket-encryption', direct],
  ['s3-public-access-block', direct],
  ['dynamodb-table', direct],
  ['dynamodb-ttl', direct],
  ['sns-topic', direct],
  ['sqs-queue', direct],
  ['efs-file-system', efsFileSystem],
  ['efs-access-point', efsAccessPoint],
  ['iam-role', role],
  ['vpc', direct],
  ['internet-gateway', direct],
  ['internet-gateway-attachment', direct],
  ['subnet', direct],
  ['route-table', direct],
  ['nat-gateway', direct],
  ['route', direct],
  ['route-table-association', direct],
  ['security-group', direct],
  ['security-group-ingress', direct],
  ['efs-mount-target', efsMountTarget],
  ['cloudmap-http-namespace', cloudMapNamespace],
  ['cloudmap-dns-namespace', cloudMapNamespace],
  ['cloudmap-service', direct],
  ['load-balancer', direct],
  ['target-group', direct],
  ['listener', direct],
  ['listener-rule', direct],
  // A cluster's CreateCluster names its capacity providers, which must exist by then.
  ['launch-template', direct],
  ['auto-scaling-group', autoScalingGroup],
  ['capacity-provider', direct],
  ['cluster', direct],
  ['task-definition', direct],
  ['service', direct],
  ['scalable-target', direct],
  ['scaling-policy', direct],
  ['metric-alarm', direct],
  ['scheduled-action', direct],
  ['events-rule', direct],
  ['events-targets', eventsTargets],
  ['schedule', direct],
  ['sns-subscription', direct],
  ['s3-bucket-notification', direct],
];

/** Why the types the script does not create are left out (each is listed in the script's header). */
export const NOT_SCRIPTED: Partial<Record<ArtifactType, string>> = {
  'run-task': 'RunTask starts tasks once; run it after the script',
};
