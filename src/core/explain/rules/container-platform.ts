import { api, GUIDE } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

/** Explanations of the container parameters per platform rules (kinds/task-definition/rules/container-platform.ts). */
export const containerPlatformRules: Readonly<Record<string, Explanation>> = {
  'CD-PRIV': {
    what: 'A container is marked privileged in a task definition that runs on Fargate or on Windows.',
    why: 'A privileged container gets root-level access to the host it runs on, which Fargate does not give to tasks and Windows containers do not support.',
    ecs: 'ECS does not accept privileged for tasks on Fargate, and the parameter is not supported for Windows containers; it works only for Linux containers on EC2 or external instances.',
    doc: api('ecs', 'ContainerDefinition'),
  },
  'CD-HOSTNAME': {
    what: 'A container sets a hostname while the task definition uses the awsvpc network mode.',
    why: 'In awsvpc mode the task has its own network interface whose name and address come from the VPC, so a container cannot pick its own hostname.',
    ecs: 'ECS does not support the hostname parameter with the awsvpc network mode and refuses such a task definition.',
    doc: GUIDE.taskNetworking,
  },
};
