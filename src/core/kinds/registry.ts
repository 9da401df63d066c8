import type { NodeKind } from '../model/design.ts';
import { ec2Kind } from './capacity-ec2/kind.ts';
import { externalKind } from './capacity-external/kind.ts';
import { fargateKind } from './capacity-fargate/kind.ts';
import { fargateSpotKind } from './capacity-fargate-spot/kind.ts';
import { managedInstancesKind } from './capacity-managed-instances/kind.ts';
import { clusterKind } from './cluster/kind.ts';
import { containerKind } from './container/kind.ts';
import { albKind, nlbKind } from './load-balancer/kind.ts';
import { executionRoleKind, infrastructureRoleKind, instanceRoleKind, taskRoleKind } from './iam-role/kind.ts';
import { serviceKind } from './service/kind.ts';
import { serviceScalingKind } from './service-scaling/kind.ts';
import { taskDefinitionKind } from './task-definition/kind.ts';
import { internetGatewayKind } from './internet-gateway/kind.ts';
import { natGatewayKind } from './nat-gateway/kind.ts';
import { securityGroupKind } from './security-group/kind.ts';
import { subnetKind } from './subnet/kind.ts';
import { vpcKind } from './vpc/kind.ts';
import { standaloneTaskKind } from './standalone-task/kind.ts';
import { eventsRuleKind } from './events-rule/kind.ts';
import { scheduleKind } from './schedule/kind.ts';
import type { KindModule } from './types.ts';
import { s3BucketKind } from './s3-bucket/kind.ts';
import { dynamodbTableKind } from './dynamodb-table/kind.ts';
import { sqsQueueKind } from './sqs-queue/kind.ts';
import { snsTopicKind } from './sns-topic/kind.ts';
import { secretKind } from './secret/kind.ts';
import { ssmParameterKind } from './ssm-parameter/kind.ts';
import { ecrRepositoryKind } from './ecr-repository/kind.ts';
import { efsFileSystemKind } from './efs-file-system/kind.ts';

/** Every node kind, in palette order. Adding a kind = its module + one line here. */
export const KIND_LIST: readonly KindModule[] = [
  fargateKind,
  fargateSpotKind,
  ec2Kind,
  externalKind,
  managedInstancesKind,
  clusterKind,
  serviceKind,
  taskDefinitionKind,
  containerKind,
  albKind,
  nlbKind,
  taskRoleKind,
  executionRoleKind,
  instanceRoleKind,
  infrastructureRoleKind,
  vpcKind,
  subnetKind,
  securityGroupKind,
  internetGatewayKind,
  natGatewayKind,
  s3BucketKind,
  dynamodbTableKind,
  sqsQueueKind,
  snsTopicKind,
  standaloneTaskKind,
  eventsRuleKind,
  scheduleKind,
  secretKind,
  ssmParameterKind,
  ecrRepositoryKind,
  efsFileSystemKind,
  serviceScalingKind,
];

export const KINDS: Readonly<Record<NodeKind, KindModule>> = Object.fromEntries(
  KIND_LIST.map((k) => [k.kind, k]),
) as Record<NodeKind, KindModule>;

export function kindOf(kind: NodeKind): KindModule {
  return KINDS[kind];
}

export function kindLabel(kind: NodeKind): string {
  return KINDS[kind].label;
}
