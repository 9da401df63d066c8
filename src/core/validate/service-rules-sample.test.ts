import { describe, expect, it } from 'vitest';
import { fargateWebSample } from '../templates/fargate-web.ts';
import { asgCapacityRules } from '../kinds/capacity-ec2/rules.ts';
import { capacityStrategyRules } from '../kinds/service/rules/capacity-strategy.ts';
import { clusterCapacityRules } from './cluster-capacity.ts';
import { daemonRules } from '../kinds/service/rules/daemon.ts';
import { deploymentRules } from '../kinds/service/rules/deployment.ts';
import { elbRules } from '../kinds/load-balancer/rules.ts';
import { iamRules } from './iam.ts';
import { iamAdviceRules } from './iam-advice.ts';
import { securityGroupOpeningRules } from './security-group-openings.ts';
import { scalingCapacityRules } from '../kinds/service-scaling/capacity-rules.ts';
import { efsSecurityGroupRules } from '../kinds/efs-file-system/security-group-rules.ts';
import { validate } from './index.ts';
import { RULE_MODULES } from './modules.ts';
import { nameRules } from './names.ts';
import { networkConfigurationRules } from '../kinds/service/rules/network-configuration.ts';
import { serviceLaunchRules } from '../kinds/service/rules/launch.ts';
import { serviceLoadBalancerRules } from '../kinds/service/rules/load-balancers.ts';

const MODULES = [
  nameRules,
  serviceLaunchRules,
  daemonRules,
  deploymentRules,
  capacityStrategyRules,
  clusterCapacityRules,
  networkConfigurationRules,
  serviceLoadBalancerRules,
  asgCapacityRules,
  elbRules,
  iamRules,
  iamAdviceRules,
  securityGroupOpeningRules,
  scalingCapacityRules,
  efsSecurityGroupRules,
];

describe('service, cluster, capacity, load balancer and IAM rules on the sample', () => {
  it('every module is registered', () => {
    for (const m of MODULES) expect(RULE_MODULES).toContain(m);
  });

  it('the Fargate web sample has no error-level problem from these rules', () => {
    const ids = new Set(MODULES.flatMap((m) => Object.keys(m.rules)));
    const errors = validate(fargateWebSample()).filter((p) => ids.has(p.ruleId) && p.severity === 'error');
    expect(errors).toEqual([]);
  });
});
