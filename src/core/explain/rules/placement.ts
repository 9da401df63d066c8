import { api, GUIDE } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const STRATEGY = api('ecs', 'PlacementStrategy');
const CONSTRAINT = api('ecs', 'PlacementConstraint');

/** Explanations of the task placement rules (kinds/service/rules/placement.ts). */
export const placementRules: Readonly<Record<string, Explanation>> = {
  'PL-FG': {
    what: 'Placement constraints or strategies are set on a service, task or task definition that runs on Fargate.',
    why: 'Fargate gives each task its own capacity, so there are no instances to choose between and the settings cannot take effect.',
    ecs: 'ECS does not support placement constraints or strategies for Fargate and refuses them there.',
    doc: GUIDE.taskPlacement,
  },
  'PL-MAXC': {
    what: 'More than 10 placement constraints apply, counting those of the service or task and of its task definition together.',
    why: 'Constraints beyond the limit cannot be expressed as separate entries, so several memberOf expressions have to be merged with and.',
    ecs: 'ECS allows at most 10 placement constraints for a task and rejects requests with more.',
    doc: CONSTRAINT,
  },
  'PL-MAXS': {
    what: 'A service or task lists more than five placement strategies.',
    why: 'Strategies are applied one after another as tie-breakers, and beyond a few they rarely change the result anyway.',
    ecs: 'ECS accepts at most five placement strategies per service or task and rejects longer lists.',
    doc: STRATEGY,
  },
  'PL-C-ENUM': {
    what: 'A placement constraint’s type is not distinctInstance or memberOf, or a task definition uses distinctInstance.',
    why: 'These two types are the only constraints there are, and a task definition can only carry memberOf ones.',
    ecs: 'ECS rejects other constraint types; distinctInstance belongs on the service or RunTask call, not in the task definition.',
    doc: CONSTRAINT,
  },
  'PL-C-EXPR': {
    what: 'A distinctInstance constraint has an expression, a memberOf constraint has none, or the expression is longer than 2,000 characters.',
    why: 'distinctInstance simply keeps each task on a different instance, while memberOf is defined entirely by its cluster query expression.',
    ecs: 'ECS rejects constraints whose expression does not fit their type or exceeds the length limit.',
    doc: CONSTRAINT,
  },
  'PL-S-ENUM': {
    what: 'A placement strategy’s type is not random, spread or binpack.',
    why: 'These three are the only ways ECS can rank instances for a new task.',
    ecs: 'ECS rejects a placement strategy with any other type.',
    doc: STRATEGY,
  },
  'PL-S-FIELD': {
    what: 'A strategy’s field does not fit its type: binpack needs cpu or memory, spread needs instanceId, host or attribute:NAME, and random takes none.',
    why: 'The field is what the strategy measures or spreads over, so a wrong one leaves it without meaning.',
    ecs: 'ECS rejects placement strategies whose field is missing or invalid for their type.',
    doc: STRATEGY,
  },
  'PL-CQL': {
    what: 'A memberOf expression is not valid cluster query language, for example it uses an unknown subject or an operator the subject does not take.',
    why: 'An expression that matches no instance keeps the tasks from ever being placed.',
    ecs: 'ECS evaluates the expression against each container instance, using subjects such as attribute:NAME, task:group, ec2InstanceId or runningTasksCount.',
    doc: GUIDE.clusterQueryLanguage,
  },
  'PL-WIN': {
    what: 'A Windows task definition runs where Linux instances are also available, without a constraint to Windows instances.',
    why: 'The task may be sent to a Linux instance, where a Windows container cannot start.',
    ecs: 'Each container instance carries the attribute ecs.os-type, so a memberOf constraint on ecs.os-type == windows keeps ECS to Windows instances.',
    doc: GUIDE.clusterQueryLanguage,
  },
  'PL-DEF': {
    what: 'A note that a replica service with several tasks on EC2 sets no placement strategy.',
    why: 'Knowing the default explains where tasks end up, and a binpack strategy might use fewer instances.',
    ecs: 'Without a strategy, the ECS service scheduler spreads a service’s tasks across Availability Zones.',
    doc: GUIDE.taskPlacement,
  },
  'PL-CAS': {
    what: 'A service combines spread and binpack strategies on EC2 capacity that managed scaling grows.',
    why: 'The mix can lead to one task per instance, so managed scaling keeps adding instances that stay mostly empty.',
    ecs: 'Managed scaling sizes the Auto Scaling group to what placement needs, so a strategy that wastes instances also makes the group larger.',
    doc: GUIDE.asgCapacityProviders,
  },
  'PL-MI': {
    what: 'A memberOf constraint for Managed Instances asks for an attribute other than the Availability Zone or subnet.',
    why: 'ECS chooses and launches these instances itself, so a constraint on other attributes may match nothing and leave tasks unplaced.',
    ecs: 'For Managed Instances, pick instance types through the capacity provider’s instance requirements rather than placement constraints.',
    doc: api('ecs', 'ManagedInstancesProvider'),
  },
};
