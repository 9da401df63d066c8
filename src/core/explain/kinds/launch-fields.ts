import { api, GUIDE } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

/**
 * Fields a service and a standalone task (RunTask) share: where the tasks run and how they
 * are networked and placed. The wording names who asks ("the service" or "the run") so each
 * reads right in its own inspector.
 */
export function launchFields(who: 'the service' | 'the run', action: 'CreateService' | 'RunTask'): Record<string, Explanation> {
  const call = api('ecs', action);
  const awsvpc = api('ecs', 'AwsVpcConfiguration');
  return {
    launchType: {
      what: `Where ${who}’s tasks run when no capacity provider strategy is given: FARGATE, EC2, EXTERNAL (ECS Anywhere) or MANAGED_INSTANCES.`,
      why: 'A launch type and a capacity provider strategy exclude each other; the launch type skips capacity providers entirely, so EC2 managed scaling and Fargate Spot are not used.',
      ecs: 'ECS places the tasks only on capacity of that type in the cluster, and the task definition must list the type in its compatibilities.',
      doc: call,
    },
    platformVersion: {
      what: 'The Fargate platform version the tasks run on, such as LATEST or 1.4.0 (Linux) or 1.0.0 (Windows).',
      why: 'Some features need a minimum version (EFS volumes, secrets in JSON keys, container dependencies, Service Connect need 1.4.0 on Linux); pinning a version delays security fixes.',
      ecs: 'ECS resolves LATEST to the newest version at launch; the field is only accepted for Fargate tasks.',
      doc: GUIDE.fargatePlatformVersions,
    },
    'networkConfiguration.awsvpcConfiguration.subnets': {
      what: 'The subnets whose addresses the tasks’ network interfaces take, required in awsvpc network mode (all Fargate tasks).',
      why: 'Subnets in several Availability Zones keep the tasks spread over zones; private subnets need a NAT gateway or VPC endpoints to pull images and send logs.',
      ecs: 'For every task ECS creates an elastic network interface in one of these subnets, up to 16 subnets, all in one VPC.',
      doc: awsvpc,
    },
    'networkConfiguration.awsvpcConfiguration.securityGroups': {
      what: 'The security groups on the tasks’ network interfaces, up to five.',
      why: 'They decide who may reach the containers (for example only the load balancer’s group on the container port) and where the tasks may connect; omitted, the VPC’s default group applies.',
      ecs: 'ECS attaches these groups to each task interface it creates; they must belong to the subnets’ VPC.',
      doc: awsvpc,
    },
    'networkConfiguration.awsvpcConfiguration.assignPublicIp': {
      what: 'Whether each task interface also gets a public IPv4 address (ENABLED) or not (DISABLED, the default).',
      why: 'A Fargate task in a public subnet needs a public address to pull images from the internet; in private subnets leave it off and route through a NAT gateway instead. Public addresses are charged.',
      ecs: 'ECS requests a public address for the interface at creation; EC2 tasks cannot get one, so ECS rejects ENABLED for the EC2 launch type.',
      doc: awsvpc,
    },
    placementStrategy: {
      what: `How ECS chooses among the EC2 instances that can take ${who}’s tasks: spread over an attribute (such as the Availability Zone), binpack on CPU or memory, or random.`,
      why: 'Spread keeps tasks apart for availability, binpack fills instances to use fewer of them; the order of strategies matters. Fargate ignores placement strategies, so they are refused there.',
      ecs: 'After filtering instances by resources, ports and constraints, ECS applies the strategies in order to pick an instance, up to five strategies.',
      doc: GUIDE.taskPlacement,
    },
    placementConstraints: {
      what: 'Rules an EC2 instance must meet to take a task: distinctInstance (one task per instance) or memberOf with a cluster query expression (for example instance type or zone).',
      why: 'Constraints keep tasks off instances that cannot serve them, or apart from each other; a constraint no instance meets leaves tasks pending.',
      ecs: 'ECS removes instances that fail a constraint before applying strategies, up to ten constraints in all with the task definition’s own.',
      doc: api('ecs', 'PlacementConstraint'),
    },
    enableExecuteCommand: {
      what: 'Whether ECS Exec is turned on, so people can open a shell or run a command inside a running container with aws ecs execute-command.',
      why: 'It replaces SSH for debugging, but the task role then needs the SSM messages permissions and every session is access to production containers.',
      ecs: 'ECS starts the SSM agent inside the task at launch; it applies to tasks started after the change, not to ones already running.',
      doc: GUIDE.ecsExec,
    },
    tags: {
      what: `Key and value labels on ${who === 'the service' ? 'the service' : 'the tasks started'}, up to 50.`,
      why: 'Tags split costs by team or project and scope IAM policies; keys beginning with aws: are reserved.',
      ecs: `ECS stores the tags with the ${who === 'the service' ? 'service' : 'task'}; tasks get them only when tags are propagated.`,
      doc: api('ecs', 'Tag'),
    },
  };
}

