import { api, GUIDE } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const REGISTER = api('ecs', 'RegisterTaskDefinition');

/** Explanations of the network mode rules (kinds/task-definition/rules/network-mode.ts). */
export const networkModeRules: Readonly<Record<string, Explanation>> = {
  'TD-RC-ENUM': {
    what: 'An entry in the task definition’s compatibilities is not one of EC2, FARGATE, EXTERNAL or MANAGED_INSTANCES.',
    why: 'Each compatibility you list makes ECS check the task definition against the rules of that platform, so a misspelled value leaves you unable to run the task where you meant to.',
    ecs: 'RegisterTaskDefinition accepts only these values in requiresCompatibilities and rejects the request when any other value appears.',
    doc: REGISTER,
  },
  'TD-NM-ENUM': {
    what: 'The network mode is set to something other than awsvpc, bridge, host or none.',
    why: 'The network mode decides how containers get addresses and ports; the Windows default (NAT) mode is chosen by leaving the field out, not by writing a value such as default.',
    ecs: 'RegisterTaskDefinition rejects any other networkMode value.',
    doc: GUIDE.taskNetworking,
  },
  'NET-FG': {
    what: 'A task definition that is compatible with Fargate uses a network mode other than awsvpc, or leaves the mode out.',
    why: 'On Fargate every task gets its own elastic network interface and there is no host network to share, so awsvpc is the only mode that exists there.',
    ecs: 'ECS refuses to register a FARGATE-compatible task definition whose network mode is not awsvpc.',
    doc: GUIDE.taskNetworking,
  },
  'NET-WIN': {
    what: 'A task definition for Windows containers asks for the bridge, host or none network mode.',
    why: 'Windows containers on ECS can only use awsvpc or, on EC2, the default NAT mode that you get by leaving the network mode out.',
    ecs: 'ECS does not support these network modes for Windows tasks and rejects them.',
    doc: GUIDE.taskNetworking,
  },
  'NET-EXT': {
    what: 'A task definition that is compatible with EXTERNAL (ECS Anywhere) uses the awsvpc network mode.',
    why: 'awsvpc needs an elastic network interface from a VPC, which ECS cannot attach to your own servers or virtual machines outside AWS.',
    ecs: 'ECS does not support awsvpc for external instances; such tasks must use bridge, host or none.',
    doc: GUIDE.ecsAnywhere,
  },
  'NET-NONE-PORTS': {
    what: 'The task uses the none network mode, yet a container defines port mappings.',
    why: 'With the none mode the containers get no external network connectivity, so there is nothing a port could be published on.',
    ecs: 'ECS does not allow port mappings in a task definition with networkMode none and refuses to register it.',
    doc: api('ecs', 'PortMapping'),
  },
};
