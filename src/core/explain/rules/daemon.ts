import { api, GUIDE } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const CREATE = api('ecs', 'CreateService');

/** Explanations of the DAEMON service rules (kinds/service/rules/daemon.ts). */
export const daemonRules: Readonly<Record<string, Explanation>> = {
  'DAEMON-FG': {
    what: 'A service with the DAEMON scheduling strategy would run on Fargate, through the FARGATE launch type or a strategy with FARGATE or FARGATE_SPOT.',
    why: 'A daemon means one task on every container instance of the cluster, and Fargate has no instances you could put one on.',
    ecs: 'ECS does not support the DAEMON strategy for Fargate tasks and rejects the service; use EC2 capacity for daemons or switch the service to REPLICA.',
    doc: GUIDE.services,
  },
  'DAEMON-PS': {
    what: 'A DAEMON service defines a placement strategy.',
    why: 'A placement strategy chooses between instances, but a daemon goes on every instance, so there is nothing to choose; constraints can still narrow which instances get one.',
    ecs: 'ECS does not take a placement strategy for DAEMON services and refuses the request, while placement constraints on them are honoured.',
    doc: CREATE,
  },
  'DAEMON-MAX': {
    what: 'A DAEMON service sets deploymentConfiguration.maximumPercent to a value other than 100.',
    why: 'Each instance holds exactly one copy of a daemon, so a deployment cannot start a second copy beside the old one the way a replica service does.',
    ecs: 'For daemon services ECS expects maximumPercent to stay at its default of 100 and replaces the task on each instance by stopping the old copy before the new one starts.',
    doc: api('ecs', 'DeploymentConfiguration'),
  },
  'DAEMON-COUNT': {
    what: 'A DAEMON service sets a desiredCount.',
    why: 'The number of daemon tasks follows the number of matching container instances, so a fixed count in the design says something that is not true.',
    ecs: 'ECS does not use desiredCount for DAEMON services; it runs one task per instance that meets the placement constraints.',
    doc: CREATE,
  },
  'DAEMON-CTRL': {
    what: 'A DAEMON service uses the CODE_DEPLOY or EXTERNAL deployment controller.',
    why: 'Blue/green deployments through CodeDeploy and external task sets both need a second set of tasks running beside the first, which a daemon cannot have.',
    ecs: 'ECS supports the DAEMON strategy only with the ECS (rolling update) deployment controller and rejects the other two.',
    doc: api('ecs', 'DeploymentController'),
  },
};
