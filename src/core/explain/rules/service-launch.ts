import { api, GUIDE } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const CREATE = api('ecs', 'CreateService');

/** Explanations of the service launch rules (kinds/service/rules/launch.ts). */
export const serviceLaunchRules: Readonly<Record<string, Explanation>> = {
  'SVC-REQ': {
    what: 'The service has no serviceName, or it has no task definition although its deployment controller is ECS or CodeDeploy.',
    why: 'The name is how the service is found later and the task definition is what its tasks run; only the external controller supplies task definitions itself through task sets.',
    ecs: 'CreateService requires serviceName, and it requires taskDefinition whenever the ECS (default) or CODE_DEPLOY controller is used.',
    doc: CREATE,
  },
  'SVC-TD-REF': {
    what: 'The service’s taskDefinition value is not written as a family, a family:revision or a full task definition ARN.',
    why: 'The reference is how ECS picks the revision to run, so a value in any other form points at nothing the service could start.',
    ecs: 'CreateService looks the value up as a family (latest active revision), a family:revision or an ARN, and fails when it cannot resolve it to a registered revision.',
    doc: CREATE,
  },
  'SVC-COUNT': {
    what: 'A service with the REPLICA scheduling strategy (the default) has no desiredCount.',
    why: 'A replica service exists to keep a set number of tasks running, so the design has to say how many; 0 is a valid answer for a paused service.',
    ecs: 'The CreateService reference lists desiredCount as required when schedulingStrategy is REPLICA or left out; only DAEMON services go without it.',
    doc: CREATE,
  },
  'SVC-LT-CPS': {
    what: 'A service or standalone task sets a launch type and a capacity provider strategy at the same time.',
    why: 'Both answer the same question, where the tasks run, and the two answers could contradict each other.',
    ecs: 'CreateService and RunTask reject the request: when capacityProviderStrategy is given, launchType has to be left out.',
    doc: CREATE,
  },
  'SVC-LT-ENUM': {
    what: 'The launch type is not one of EC2, FARGATE, EXTERNAL or MANAGED_INSTANCES.',
    why: 'The launch type is a fixed list of values, and a typo or a lowercase spelling matches none of them.',
    ecs: 'CreateService and RunTask reject any other value as an invalid launchType.',
    doc: CREATE,
  },
  'SVC-SPOT-LT': {
    what: 'The launch type asks for Fargate Spot, for example FARGATE_SPOT written as a launch type.',
    why: 'Spot is not a launch type, so the request cannot express it this way and the tasks would not get the cheaper, interruptible capacity that was meant.',
    ecs: 'Fargate Spot is only reached through a capacity provider strategy that names the FARGATE_SPOT provider, with the launch type left out.',
    doc: GUIDE.fargateCapacityProviders,
  },
  'SVC-MI-CPS': {
    what: 'A service or standalone task selects Managed Instances with launchType MANAGED_INSTANCES instead of through a capacity provider.',
    why: 'The Managed Instances capacity provider holds everything ECS needs to launch the instances, such as the instance requirements, subnets and infrastructure role.',
    ecs: 'Tasks land on Managed Instances when the capacity provider strategy names that cluster’s Managed Instances capacity provider.',
    doc: api('ecs', 'CapacityProviderStrategyItem'),
  },
  'SVC-DEFAULT-CPS': {
    what: 'A service or standalone task sets neither a launch type nor a capacity provider strategy, and its cluster has no default capacity provider strategy either.',
    why: 'Nothing in the design then says where the tasks run, so they can end up on capacity that does not exist and never start.',
    ecs: 'ECS uses the cluster’s default strategy when the request has none; without a default it has historically fallen back to the EC2 launch type, which needs registered container instances.',
    doc: GUIDE.clusters,
  },
  'SVC-COMPAT': {
    what: 'The service or task runs on a launch target (EC2, Fargate, external or Managed Instances) that its task definition’s requiresCompatibilities does not list.',
    why: 'ECS checks a task definition at registration only against the compatibilities it names, so it makes no promise the definition works anywhere else; with none listed, only EC2 and external instances are accepted.',
    ecs: 'CreateService and RunTask refuse to launch it, saying the task definition does not support that launch type, until the target is added and a new revision registered.',
    doc: api('ecs', 'RegisterTaskDefinition'),
  },
  'SVC-PV': {
    what: 'A platformVersion is set on a service or standalone task that does not run on Fargate.',
    why: 'Platform versions describe the Fargate runtime environment only; on EC2 or external instances the agent and AMI play that role.',
    ecs: 'ECS rejects the request because the platform version must be empty when the tasks are not placed on Fargate.',
    doc: GUIDE.fargatePlatformVersions,
  },
  'SCHED-ENUM': {
    what: 'The service’s schedulingStrategy is something other than REPLICA or DAEMON.',
    why: 'The strategy decides whether ECS keeps a count of tasks (REPLICA) or one task per container instance (DAEMON); there is no third kind.',
    ecs: 'CreateService rejects other values; when the field is left out the service is a REPLICA service.',
    doc: CREATE,
  },
};
