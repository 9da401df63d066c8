import type { Explanation } from '../types.ts';
import { nameRules } from './names.ts';
import { serviceLaunchRules } from './service-launch.ts';
import { daemonRules } from './daemon.ts';
import { deploymentRules } from './deployments.ts';
import { capacityStrategyRules } from './capacity-strategy.ts';
import { clusterCapacityRules } from './cluster-capacity.ts';
import { networkConfigurationRules } from './network-configuration.ts';
import { serviceLoadBalancerRules } from './service-load-balancers.ts';
import { asgCapacityRules } from './asg-capacity.ts';
import { managedInstancesRules } from './managed-instances.ts';
import { asgNetworkRules } from './asg-network.ts';
import { elbRules } from './load-balancers.ts';
import { iamRules } from './iam.ts';
import { iamAdviceRules } from './iam-advice.ts';

/** Explanations of the service, cluster, capacity, load balancer and IAM rules, one file per rule area beside this one. */
export const SERVICE_RULES: Readonly<Record<string, Explanation>> = {
  ...nameRules,
  ...serviceLaunchRules,
  ...daemonRules,
  ...deploymentRules,
  ...capacityStrategyRules,
  ...clusterCapacityRules,
  ...networkConfigurationRules,
  ...serviceLoadBalancerRules,
  ...asgCapacityRules,
  ...managedInstancesRules,
  ...asgNetworkRules,
  ...elbRules,
  ...iamRules,
  ...iamAdviceRules,
};
