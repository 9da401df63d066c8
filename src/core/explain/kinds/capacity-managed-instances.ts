import { api, GUIDE } from '../doc-pages.ts';
import type { Explanation, KindExplanation } from '../types.ts';

const PROVIDER = api('ecs', 'ManagedInstancesProvider');
const TEMPLATE = api('ecs', 'InstanceLaunchTemplate');
const NETWORK = api('ecs', 'ManagedInstancesNetworkConfiguration');
const REQUIREMENTS = api('ecs', 'InstanceRequirementsRequest');

const LT = 'instanceLaunchTemplate.';
const IR = `${LT}instanceRequirements.`;

/** The four size bounds read alike; only the resource and the direction differ. */
function bound(resource: string, min: boolean): Explanation {
  return {
    what: min
      ? `The least ${resource} an instance type must have for ECS to pick it for this capacity provider.`
      : `The most ${resource} an instance type may have; empty means no upper limit.`,
    why: min
      ? `The largest task must fit on one instance, so the minimum should cover that task’s ${resource} plus what the agent needs; a higher minimum means fewer, larger instances.`
      : `An upper bound keeps ECS from choosing very large (and expensive) instance types when it consolidates tasks, at the cost of a narrower choice when some types are short.`,
    ecs: 'ECS uses these bounds as attribute-based instance type selection: it considers every instance type that meets all the requirements and launches the one it judges cheapest for the tasks waiting.',
    doc: REQUIREMENTS,
  };
}

export const capacityManagedInstancesExplanation: KindExplanation = {
  kind: 'capacity-managed-instances',
  what: 'ECS Managed Instances: EC2 instances that ECS itself launches, patches, scales and replaces in your account, chosen from instance requirements (vCPUs, memory, CPU makers) instead of one fixed type.',
  why: 'It gives the choice of EC2 hardware without running an Auto Scaling group or AMI updates yourself; task definitions must list MANAGED_INSTANCES in their compatibilities, and an infrastructure role and an instance profile are required.',
  ecs: 'ECS assumes the infrastructure role to launch instances that match the requirements when tasks need room, places tasks on them, consolidates and replaces idle or outdated instances, and bills EC2 prices plus a management fee.',
  doc: PROVIDER,
  fields: {
    name: {
      what: 'The capacity provider’s name, used in services’ capacity provider strategies to ask for this managed capacity.',
      why: 'Services can only reach this capacity through the name, which cannot change later and must not start with aws, ecs or fargate.',
      ecs: 'CreateCapacityProvider with a managedInstancesProvider creates the provider already tied to the cluster given in the call.',
      doc: api('ecs', 'CreateCapacityProvider'),
    },
    infrastructureRoleArn: {
      what: 'The ARN of the IAM role ECS assumes to create, replace and terminate the instances, their network interfaces and volumes.',
      why: 'Without this role ECS cannot launch any instance, so no task can be placed; it needs the ECS trust and the managed infrastructure policy for Managed Instances.',
      ecs: 'ECS calls EC2 with this role whenever it scales the provider; a missing role or a role without iam:PassRole for the instance profile fails the launch.',
      doc: GUIDE.infrastructureRole,
    },
    [`${LT}ec2InstanceProfileArn`]: {
      what: 'The instance profile the managed instances run with, carrying the container instance role.',
      why: 'The ECS agent on each instance uses this role to register with the cluster and report tasks; without it instances never join.',
      ecs: 'ECS attaches the profile to every instance it launches; the AWS managed policy only lets ECS pass profiles whose names start with ecsInstanceRole unless you grant more.',
      doc: GUIDE.instanceRole,
    },
    [`${LT}networkConfiguration.subnets`]: {
      what: 'The subnets the managed instances are launched into, all in one VPC.',
      why: 'Several Availability Zones keep tasks running through a zone outage, and private subnets need a NAT gateway or endpoints to reach ECS and image registries.',
      ecs: 'ECS spreads the instances it launches over these subnets; awsvpc tasks on them get network interfaces in the subnets the service names.',
      doc: NETWORK,
    },
    [`${LT}networkConfiguration.securityGroups`]: {
      what: 'The security groups attached to the managed instances themselves.',
      why: 'They control the instances’ own traffic; tasks in awsvpc mode get their own interfaces with the service’s groups, but host-mode tasks share these.',
      ecs: 'ECS applies these groups to the primary interface of each instance it launches.',
      doc: NETWORK,
    },
    [`${IR}vCpuCount.min`]: bound('vCPUs', true),
    [`${IR}vCpuCount.max`]: bound('vCPUs', false),
    [`${IR}memoryMiB.min`]: bound('memory (MiB)', true),
    [`${IR}memoryMiB.max`]: bound('memory (MiB)', false),
    [`${IR}cpuManufacturers`]: {
      what: 'Which processor makers ECS may choose: intel, amd, or amazon-web-services for Graviton (ARM64).',
      why: 'Graviton instances are cheaper per vCPU but need ARM64 images and a task definition whose runtime platform is ARM64; mixing makers needs multi-architecture images.',
      ecs: 'ECS filters candidate instance types by processor maker before choosing one; empty means any maker.',
      doc: REQUIREMENTS,
    },
    [`${IR}instanceGenerations`]: {
      what: 'Whether ECS may choose current-generation instance families, previous ones, or both.',
      why: 'Restricting to current generations avoids older, slower hardware; allowing previous ones widens the pool when capacity is short.',
      ecs: 'ECS keeps only instance types of the listed generations among the candidates.',
      doc: REQUIREMENTS,
    },
    [`${IR}burstablePerformance`]: {
      what: 'Whether burstable T-family instances (T3, T4g and so on) may be chosen: included, excluded or required.',
      why: 'Burstable instances are cheap but throttle CPU when their credits run out, which suits idle-heavy tasks and hurts steady ones.',
      ecs: 'ECS adds or removes the burstable families from the candidate types according to this setting.',
      doc: REQUIREMENTS,
    },
    [`${IR}allowedInstanceTypes`]: {
      what: 'An allow-list of instance types or wildcards (such as m7g.* or c6i.large) that ECS may choose from, still within the other requirements.',
      why: 'It pins the fleet to types you have tested or reserved; too short a list makes launches fail when those types are short in a zone.',
      ecs: 'ECS only launches types on the list; the list cannot be combined with excluded instance types.',
      doc: REQUIREMENTS,
    },
    [`${IR}excludedInstanceTypes`]: {
      what: 'Instance types or wildcards (such as t2.*) that ECS must never choose.',
      why: 'It keeps out types known to be too small, too old or unsuitable while leaving every other matching type available.',
      ecs: 'ECS removes the matching types from the candidates; it cannot be combined with allowed instance types.',
      doc: REQUIREMENTS,
    },
    [`${LT}capacityOptionType`]: {
      what: 'How the instances are bought: ON_DEMAND, SPOT (spare capacity at a discount that AWS can reclaim with two minutes’ notice) or RESERVED (your capacity reservations).',
      why: 'Spot cuts cost sharply but interrupts tasks; on-demand is steady; reserved uses capacity you already pay for.',
      ecs: 'ECS launches every instance of this provider with the chosen purchase option and, for Spot, drains an instance when EC2 announces its interruption.',
      doc: TEMPLATE,
    },
    [`${LT}storageConfiguration.storageSizeGiB`]: {
      what: 'The size of each managed instance’s data volume, where container images and task storage live.',
      why: 'Large images or many tasks per instance fill a small volume, and tasks then fail to start with image pull or disk errors.',
      ecs: 'ECS creates each instance with a data volume of this size, shared by every task placed on it.',
      doc: api('ecs', 'ManagedInstancesStorageConfiguration'),
    },
    [`${LT}monitoring`]: {
      what: 'The CloudWatch monitoring level of the instances: BASIC (5-minute metrics) or DETAILED (1-minute metrics).',
      why: 'Detailed metrics show short spikes and speed up alarms, and are charged per instance.',
      ecs: 'ECS launches the instances with EC2 monitoring set to this level.',
      doc: TEMPLATE,
    },
    propagateTags: {
      what: 'Whether the capacity provider’s tags are copied to each instance it launches (CAPACITY_PROVIDER) or not (NONE).',
      why: 'Tags on the instances are how their cost shows up against a team or project in the bill.',
      ecs: 'With CAPACITY_PROVIDER, ECS tags every instance at launch with the provider’s tags.',
      doc: PROVIDER,
    },
    'infrastructureOptimization.scaleInAfter': {
      what: 'How many seconds ECS waits before it replaces idle or underused instances with fewer or smaller ones; -1 turns consolidation off.',
      why: 'A longer wait keeps warm room for bursts of new tasks; a shorter one saves money by removing spare instances sooner.',
      ecs: 'After this delay ECS moves tasks off underused instances and terminates them, within 0 to 3,600 seconds.',
      doc: api('ecs', 'InfrastructureOptimization'),
    },
  },
};
