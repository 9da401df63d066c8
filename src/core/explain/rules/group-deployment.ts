import type { Explanation } from '../types.ts';
import { serviceScalingRules } from './service-scaling.ts';
import { deploymentStrategyRules } from './deployment-strategy.ts';
import { placementRules } from './placement.ts';
import { serviceConnectRules } from './service-connect.ts';
import { serviceDiscoveryRules } from './service-discovery.ts';

/** Explanations of the scaling, deployment, placement, Service Connect and discovery rules, one file per rule area beside this one. */
export const DEPLOYMENT_RULES: Readonly<Record<string, Explanation>> = {
  ...serviceScalingRules,
  ...deploymentStrategyRules,
  ...placementRules,
  ...serviceConnectRules,
  ...serviceDiscoveryRules,
};
