import type { DesignNode } from '../../model/design.ts';
import type { DesignIndex } from '../../model/graph.ts';
import { isPlainObject } from '../../model/json.ts';
import { launchedVolume } from '../ebs-volume/derive.ts';
import { servesTlsWithoutRole } from '../../derive/service-connect.ts';
import { derivesBlueGreen } from '../load-balancer/blue-green.ts';

/**
 * What ECS does with an infrastructure role, each with the AWS managed policy made for it
 * (ECS_RULES §5.1). A role drawn for a service gets exactly the policies of the uses its
 * services, tasks and capacity have, beside the ones the user attached. A feature that uses
 * the role adds one entry here.
 */
export interface InfrastructureUse {
  /** Why the role needs the policy, in words (inspector and rule messages). */
  label: string;
  policyArn: string;
  /** Whether `user` (a target of the role's `infrastructure-role` connections) needs it. */
  usedBy(user: DesignNode, index: DesignIndex): boolean;
}

export const INFRASTRUCTURE_USES: readonly InfrastructureUse[] = [
  {
    label: 'blue/green, linear and canary traffic shifts on the load balancer',
    policyArn: 'arn:aws:iam::aws:policy/AmazonECSInfrastructureRolePolicyForLoadBalancers',
    // ECS-native deployments move listener rules between the route's two target groups (DEP-BG-LB),
    // typed on the route or derived from the drawn load balancer (load-balancer/blue-green.ts).
    usedBy: (user, index) =>
      user.kind === 'service' && index.incoming(user.id, 'routes-to').some((e) => isPlainObject(e.data?.advancedConfiguration) || derivesBlueGreen(user, e)),
  },
  {
    label: 'launching, patching and replacing the instances of a Managed Instances capacity provider',
    policyArn: 'arn:aws:iam::aws:policy/AmazonECSInfrastructureRolePolicyForManagedInstances',
    // The provider's infrastructureRoleArn (MI-REQ).
    usedBy: (user) => user.kind === 'capacity-managed-instances',
  },
  {
    label: 'EBS volumes it creates and attaches to tasks at launch',
    policyArn: 'arn:aws:iam::aws:policy/service-role/AmazonECSInfrastructureRolePolicyForVolumes',
    // A volume whose own roleArn names another role does not use this one.
    usedBy: (user, index) => {
      const ebs = launchedVolume(user, index);
      return ebs !== undefined && ebs.data.roleArn === undefined;
    },
  },
  {
    label: 'certificates it issues and rotates for Service Connect TLS',
    policyArn: 'arn:aws:iam::aws:policy/service-role/AmazonECSInfrastructureRolePolicyForServiceConnectTransportLayerSecurity',
    // A server whose drawn services[] entry turns TLS on and names no role of its own (SC tls.roleArn).
    usedBy: (user, index) => user.kind === 'service' && servesTlsWithoutRole(user, { index }),
  },
];

/** The managed policies `role`'s users need, in INFRASTRUCTURE_USES order. */
export function impliedInfrastructurePolicies(role: DesignNode, index: DesignIndex): string[] {
  const users = index.targets(role.id, 'infrastructure-role');
  return INFRASTRUCTURE_USES.filter((use) => users.some((u) => use.usedBy(u, index))).map((use) => use.policyArn);
}
