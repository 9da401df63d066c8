import { api, GUIDE } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const MANAGED = api('ecs', 'ManagedScaling');
const PROVIDER = api('ecs', 'AutoScalingGroupProvider');

/** Explanations of the Auto Scaling group capacity rules (kinds/capacity-ec2/rules.ts, group-rules.ts). */
export const asgCapacityRules: Readonly<Record<string, Explanation>> = {
  'ASG-TC': {
    what: 'The target capacity of managed scaling is not a whole percentage from 1 to 100.',
    why: 'The target says how full ECS keeps the group: 100 packs the instances tightly, while 90 keeps about a tenth spare for new tasks.',
    ecs: 'CreateCapacityProvider rejects a targetCapacity outside 1 to 100.',
    doc: MANAGED,
  },
  'ASG-STEP': {
    what: 'The minimum or maximum scaling step size of managed scaling is outside 1 to 10,000, or the minimum is larger than the maximum.',
    why: 'The step sizes bound how many instances ECS asks the group to add or remove at one time.',
    ecs: 'CreateCapacityProvider rejects step sizes outside the range; when omitted ECS uses 1 and 10,000.',
    doc: MANAGED,
  },
  'ASG-WARM': {
    what: 'The instance warm-up period of managed scaling is outside 0 to 10,000 seconds.',
    why: 'The warm-up is how long a newly launched instance is kept out of the scaling metric while it boots and registers.',
    ecs: 'CreateCapacityProvider rejects an instanceWarmupPeriod outside the range; when omitted ECS uses 300 seconds.',
    doc: MANAGED,
  },
  'ASG-MTP': {
    what: 'Managed termination protection is turned on while managed scaling is off or not set.',
    why: 'Termination protection only works together with managed scaling, so on its own it protects nothing and instances with tasks can still be terminated.',
    ecs: 'ECS only lifts and sets scale-in protection on instances when it manages the group’s scaling.',
    doc: PROVIDER,
  },
  'ASG-MAX0': {
    what: 'The Auto Scaling group has a maximum size of 0.',
    why: 'The group can never launch an instance, so tasks placed on this capacity provider never start.',
    ecs: 'Managed scaling cannot raise the group’s desired capacity above its maximum, so the tasks wait in PROVISIONING.',
    doc: api('autoscaling', 'CreateAutoScalingGroup'),
  },
  'ASG-ONECLUSTER': {
    what: 'One Auto Scaling group capacity provider is associated with more than one cluster.',
    why: 'Managed scaling sizes the group for the tasks of one cluster, so two clusters would compete for the same instances.',
    ecs: 'ECS refuses to associate a capacity provider that already belongs to another cluster.',
    doc: GUIDE.asgCapacityProviders,
  },
  'ASG-ARN': {
    what: 'The capacity provider names no Auto Scaling group, or its ARN is not the ARN of an Auto Scaling group.',
    why: 'The provider stands for one specific group; without it ECS has nothing to scale or to place tasks on.',
    ecs: 'CreateCapacityProvider requires autoScalingGroupArn and fails when it does not find that group.',
    doc: PROVIDER,
  },
  'ASG-MTP-ASG': {
    what: 'Managed termination protection is on, but the group does not protect new instances from scale-in.',
    why: 'ECS guards instances that run tasks by keeping their scale-in protection, which only works if every instance starts protected.',
    ecs: 'CreateCapacityProvider is refused unless the group has NewInstancesProtectedFromScaleIn turned on.',
    doc: PROVIDER,
  },
  'ASG-WEIGHT': {
    what: 'The Auto Scaling group gives its instance types weights (WeightedCapacity) in a mixed instances policy.',
    why: 'Managed scaling works in numbers of instances, so weighted capacity units make its sizing wrong.',
    ecs: 'ECS does not support instance weighting on groups used by a capacity provider.',
    doc: GUIDE.asgCapacityProviders,
  },
  'ASG-POLICY': {
    what: 'Managed scaling is on, but the group file does not keep the AmazonECSManaged tag on the group.',
    why: 'ECS adds that tag when it takes over the group, and a later update from a file without it removes the tag and disturbs managed scaling.',
    ecs: 'ECS owns a target tracking policy on a group with managed scaling and expects the tag to stay; other scaling policies on the group would fight it.',
    doc: GUIDE.asgCapacityProviders,
  },
  'ASG-DRAIN': {
    what: 'Managed draining is turned off for the capacity provider.',
    why: 'When the group scales in or replaces an instance, the tasks on it are stopped without first being started elsewhere.',
    ecs: 'With managed draining ECS drains an instance’s tasks before the group terminates it; without it the instance goes away with its tasks.',
    doc: PROVIDER,
  },
  'ASG-SIZE': {
    what: 'A task of a service or standalone task that uses this capacity needs more CPU or memory than one instance of the group’s type has.',
    why: 'A task must fit on a single instance, so these tasks never start however far the group scales out.',
    ecs: 'ECS never splits a task across instances, and it registers a little less memory than the instance type has, so the tasks stay in PROVISIONING.',
    doc: GUIDE.asgCapacityProviders,
  },
};
