import type { KindExplanation } from '../types.ts';
import { serviceExplanation } from './service.ts';
import { serviceScalingExplanation } from './service-scaling.ts';
import { loadBalancerAlbExplanation, loadBalancerNlbExplanation } from './load-balancers.ts';
import { roleExecutionExplanation, roleInfrastructureExplanation, roleInstanceExplanation, roleTaskExplanation } from './roles.ts';

/** Explanations of services, their scaling, load balancers and IAM roles, one file per kind (or pair) beside this one. */
export const SERVICES_KINDS: readonly KindExplanation[] = [
  serviceExplanation,
  serviceScalingExplanation,
  loadBalancerAlbExplanation,
  loadBalancerNlbExplanation,
  roleTaskExplanation,
  roleExecutionExplanation,
  roleInstanceExplanation,
  roleInfrastructureExplanation,
];
