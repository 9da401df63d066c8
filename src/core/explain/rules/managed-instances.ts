import { api, GUIDE } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const PROVIDER = api('ecs', 'ManagedInstancesProvider');

/** Explanations of the Managed Instances capacity rules (kinds/capacity-managed-instances/rules.ts). */
export const managedInstancesRules: Readonly<Record<string, Explanation>> = {
  'MI-REQ': {
    what: 'A Managed Instances capacity provider lacks its infrastructure role, its instance launch template, the instance profile in it, or the network configuration with subnets for its instances.',
    why: 'ECS needs the infrastructure role to launch and manage instances for you, the instance profile so the agent on them can register, and subnets to put them in.',
    ecs: 'CreateCapacityProvider rejects a managedInstancesProvider without the infrastructure role ARN or the launch template with its instance profile and network configuration.',
    doc: PROVIDER,
  },
  'MI-IR': {
    what: 'The instance requirements lack a minimum vCPU count or a minimum memory, have a negative bound, or have a minimum above the maximum.',
    why: 'ECS picks the instance types it launches from these ranges, and an empty or missing range leaves it nothing to choose.',
    ecs: 'CreateCapacityProvider requires both vCpuCount and memoryMiB with a minimum whenever instanceRequirements are given.',
    doc: api('ecs', 'InstanceRequirementsRequest'),
  },
  'MI-CLUSTER': {
    what: 'A Managed Instances capacity provider is created for one cluster, named in its cluster field; it is flagged when it names none, is drawn in several clusters, or sits in a cluster’s own provider lists.',
    why: 'Unlike an Auto Scaling group provider it is made after its cluster and belongs to it alone, so other clusters, CreateCluster and the default strategy cannot list it.',
    ecs: 'CreateCapacityProvider takes the cluster in the call and ties the provider to it; services and tasks then name the provider in their own strategy.',
    doc: api('ecs', 'CreateCapacityProvider'),
  },
  'MI-CAPOPT': {
    what: 'The purchase option of the instances is not ON_DEMAND, SPOT or RESERVED.',
    why: 'The option decides how ECS buys the instances it launches, and any other value is not an option at all.',
    ecs: 'CreateCapacityProvider rejects any other capacityOptionType value.',
    doc: api('ecs', 'InstanceLaunchTemplate'),
  },
  'MI-PROFILE': {
    what: 'The instance role of Managed Instances lacks the AmazonECSInstanceRolePolicyForManagedInstances policy, or its name does not start with ecsInstanceRole while an infrastructure role is connected.',
    why: 'Without the policy the agent on the instances cannot register and report, and the AWS managed infrastructure policy only lets ECS pass roles named ecsInstanceRole…, so tasks fail to launch.',
    ecs: 'ECS passes the instance profile to every instance it launches, which needs iam:PassRole on the role, and the agent then calls ECS with the role’s credentials.',
    doc: GUIDE.instanceRole,
  },
};
