import { api, GUIDE } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const REGISTER = api('ecs', 'RegisterTaskDefinition');
const CONTAINER = api('ecs', 'ContainerDefinition');

/** Explanations of the task definition basics rules (kinds/task-definition/rules/basics.ts). */
export const tdBasicsRules: Readonly<Record<string, Explanation>> = {
  'TD-REQ': {
    what: 'The task definition is missing its family name, or it lists no container definitions at all.',
    why: 'The family is the name every revision is filed under and the containers are the only thing a task actually runs, so a task definition without either describes nothing that can be started.',
    ecs: 'RegisterTaskDefinition treats family and containerDefinitions as required and refuses the request when one of them is absent or the container list is empty.',
    doc: REGISTER,
  },
  'TD-MAXC': {
    what: 'The task definition holds more than 10 container definitions.',
    why: 'Ten containers per task definition is a fixed service quota that cannot be raised, so a bigger group of containers has to be split over several task definitions or services.',
    ecs: 'ECS refuses to register a task definition with more than 10 containers.',
    doc: REGISTER,
  },
  'TD-ESS': {
    what: 'Every container in the task definition has essential set to false, so none of them is essential.',
    why: 'The essential containers are what keeps a task alive: when one of them stops, the task stops, and with none marked there is nothing that defines the task’s lifetime.',
    ecs: 'ECS requires at least one essential container and refuses the registration otherwise; a container with essential left out counts as essential.',
    doc: CONTAINER,
  },
  'NAME-FAMILY': {
    what: 'The family name is longer than 255 characters or uses something other than letters, digits, hyphens and underscores.',
    why: 'Services, scheduled tasks and IAM policies point at the task definition through its family (family:revision), so the name has to be one ECS accepts.',
    ecs: 'RegisterTaskDefinition rejects a family that does not match this pattern, and no revision is created.',
    doc: REGISTER,
  },
  'CD-NAME': {
    what: 'A container has no name, a name that is not 1 to 255 letters, digits, hyphens and underscores, or the same name as another container of the task definition.',
    why: 'Load balancer targets, container dependencies, links, run-time overrides and log streams all pick a container by its name, so each one needs a valid name of its own.',
    ecs: 'RegisterTaskDefinition rejects container definitions whose name is missing, malformed or repeated within the task definition.',
    doc: CONTAINER,
  },
  'CD-IMG': {
    what: 'A container definition has no image.',
    why: 'The image is the software the container runs, so without it there is nothing for ECS to pull and start.',
    ecs: 'ECS requires an image in every container definition and refuses to register the task definition when one is missing.',
    doc: GUIDE.taskDefinitionParameters,
  },
};
