import type { NodeKind } from '../model/design.ts';
import { ec2Kind } from './capacity-ec2/kind.ts';
import { externalKind } from './capacity-external/kind.ts';
import { fargateKind } from './capacity-fargate/kind.ts';
import { fargateSpotKind } from './capacity-fargate-spot/kind.ts';
import { clusterKind } from './cluster/kind.ts';
import { containerKind } from './container/kind.ts';
import { albKind, nlbKind } from './load-balancer/kind.ts';
import { executionRoleKind, instanceRoleKind, taskRoleKind } from './iam-role/kind.ts';
import { serviceKind } from './service/kind.ts';
import { serviceScalingKind } from './service-scaling/kind.ts';
import { taskDefinitionKind } from './task-definition/kind.ts';
import type { KindModule } from './types.ts';

/** Every node kind, in palette order. Adding a kind = its module + one line here. */
export const KIND_LIST: readonly KindModule[] = [
  fargateKind,
  fargateSpotKind,
  ec2Kind,
  externalKind,
  clusterKind,
  serviceKind,
  taskDefinitionKind,
  containerKind,
  albKind,
  nlbKind,
  taskRoleKind,
  executionRoleKind,
  instanceRoleKind,
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
