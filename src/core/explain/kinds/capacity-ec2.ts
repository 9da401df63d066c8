import { api, GUIDE } from '../doc-pages.ts';
import type { KindExplanation } from '../types.ts';

const CP = api('ecs', 'CreateCapacityProvider');
const MANAGED_SCALING = api('ecs', 'ManagedScaling');
const ASG = api('autoscaling', 'CreateAutoScalingGroup');

export const capacityEc2Explanation: KindExplanation = {
  kind: 'capacity-ec2',
  what: 'An EC2 Auto Scaling group of container instances, wrapped in an ECS capacity provider: instances you choose (type, AMI, subnets) run the ECS agent and register with the cluster.',
  why: 'EC2 capacity gives control Fargate does not: GPUs, large or cheap instance types, bridge and host networking, daemon services and placement strategies such as binpack, at the price of owning the instances.',
  ecs: 'ECS places tasks on registered instances that have enough free CPU, memory, ports and ENIs; with managed scaling on, it publishes a CapacityProviderReservation metric and scales the group so that tasks waiting in PROVISIONING get an instance.',
  doc: GUIDE.asgCapacityProviders,
  fields: {
    name: {
      what: 'The capacity provider’s name, which services use in their capacity provider strategy to ask for this group.',
      why: 'The name is the only handle services have on this capacity; it cannot be changed after creation, and names starting with aws, ecs or fargate are reserved.',
      ecs: 'CreateCapacityProvider registers the name in the account and Region; the cluster must then list it in its capacity providers before any strategy may use it.',
      doc: CP,
    },
    instanceType: {
      what: 'The EC2 instance type the group launches, such as m6i.large or c7g.xlarge, which fixes each instance’s vCPUs, memory and network interfaces.',
      why: 'A task must fit on one instance, so the largest task decides the smallest type; the type also bounds how many awsvpc tasks fit, because each takes an ENI.',
      ecs: 'ECS registers each instance with its CPU (1,024 units per vCPU) and memory minus what the agent reserves, and places tasks only where the remaining resources cover the task’s reservation.',
      doc: api('ec2', 'RunInstances'),
    },
    amiFamily: {
      what: 'Which ECS-optimised Amazon Machine Image the instances boot: Amazon Linux 2023 or 2 on x86 or ARM, Bottlerocket, or Windows Server.',
      why: 'The AMI decides the operating system and CPU architecture, so it must match the task definitions’ runtime platform, and the ECS-optimised images come with the agent and Docker ready.',
      ecs: 'The launch template reads the current image id from the public SSM parameter for the family, and the agent on it registers the instance with the cluster named in user data (ECS_CLUSTER).',
      doc: GUIDE.ecsOptimizedAmi,
    },
    minSize: {
      what: 'The fewest instances the Auto Scaling group keeps running, even with no tasks.',
      why: 'A minimum above zero keeps capacity warm for fast task starts but costs instance hours around the clock; zero lets the group empty when nothing runs.',
      ecs: 'EC2 Auto Scaling never scales the group below this size; ECS managed scaling works within the range from the minimum to the maximum.',
      doc: ASG,
    },
    maxSize: {
      what: 'The most instances the group may run.',
      why: 'It caps both cost and how many tasks the group can hold; when tasks need more than the maximum they stay in PROVISIONING until capacity frees up.',
      ecs: 'Managed scaling never sets the desired capacity above this value, and a group with a maximum of 0 can never give a task a place.',
      doc: ASG,
    },
    desiredCapacity: {
      what: 'How many instances the group runs when it is created.',
      why: 'It sets the starting size; with managed scaling on it is only a starting point, because ECS takes over the desired capacity.',
      ecs: 'EC2 Auto Scaling launches or terminates instances to reach the desired capacity, and ECS managed scaling later changes it through a target tracking policy it owns.',
      doc: ASG,
    },
    subnets: {
      what: 'The subnet ids the group launches instances into, when the subnets are not drawn as connected nodes.',
      why: 'Subnets in several Availability Zones keep the service running through a zone failure; private subnets need a NAT gateway or VPC endpoints so the agent can reach ECS and pull images.',
      ecs: 'EC2 Auto Scaling spreads instances across the subnets’ zones; ECS only sees the instances that registered, with the zone as the attribute placement strategies can spread over.',
      doc: ASG,
    },
    securityGroupIds: {
      what: 'The security groups of the instances, set in the launch template, when they are not drawn as connected nodes.',
      why: 'With bridge or host networking, tasks share the instance’s network interface, so these groups decide which traffic reaches the containers, including the load balancer’s health checks on dynamic ports.',
      ecs: 'ECS does not change the groups; awsvpc tasks on these instances get their own ENIs with the service’s security groups instead.',
      doc: api('ec2', 'RequestLaunchTemplateData'),
    },
    autoScalingGroupArn: {
      what: 'The ARN of an Auto Scaling group that exists already; empty means the designer creates the group and its launch template.',
      why: 'Teams often manage instances elsewhere; pointing at the existing group lets the design attach ECS to it without redefining it, but its instances must already join this cluster.',
      ecs: 'CreateCapacityProvider links the provider to the group by this ARN; one group can belong to only one capacity provider, and managed termination protection needs scale-in protection on the group.',
      doc: api('ecs', 'AutoScalingGroupProvider'),
    },
    'managedScaling.status': {
      what: 'Whether ECS scales the Auto Scaling group for you, from the tasks waiting for capacity.',
      why: 'Without it, someone must scale the group by hand or by their own policies, and tasks stay PROVISIONING when the group is full.',
      ecs: 'With ENABLED, ECS creates a target tracking policy on the group for its CapacityProviderReservation metric and adjusts the desired capacity, including scaling out from zero.',
      doc: MANAGED_SCALING,
    },
    'managedScaling.targetCapacity': {
      what: 'How full, in percent, ECS aims to keep the group’s instances.',
      why: '100 uses instances fully and costs least; a lower value such as 90 keeps spare room so new tasks start without waiting for an instance to boot.',
      ecs: 'ECS computes the reservation (instances needed over instances running, in percent) and scales the group to hold it at this target.',
      doc: MANAGED_SCALING,
    },
    managedTerminationProtection: {
      what: 'Whether ECS protects instances that still run tasks from being terminated when the group scales in.',
      why: 'Without it, scale-in may stop an instance in the middle of running tasks, dropping work and requests.',
      ecs: 'ECS sets and clears the instances’ scale-in protection as tasks come and go; it requires managed scaling and scale-in protection enabled on the group.',
      doc: api('ecs', 'AutoScalingGroupProvider'),
    },
    managedDraining: {
      what: 'Whether ECS drains an instance (moves its service tasks elsewhere) before the group terminates it.',
      why: 'Draining lets services replace their tasks gracefully when instances are scaled in or replaced, instead of losing them abruptly.',
      ecs: 'ECS sets a lifecycle hook on the group; on termination it puts the instance into DRAINING, waits for service tasks to move, then lets termination continue.',
      doc: api('ecs', 'AutoScalingGroupProvider'),
    },
  },
};

