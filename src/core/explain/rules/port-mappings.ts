import { api, GUIDE } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const PORT_MAPPING = api('ecs', 'PortMapping');

/** Explanations of the port mapping rules (kinds/task-definition/rules/port-mappings.ts). */
export const portMappingRules: Readonly<Record<string, Explanation>> = {
  'PM-AWSVPC': {
    what: 'The task uses the awsvpc network mode (as every Fargate task does) and a port mapping sets a host port that differs from its container port.',
    why: 'In awsvpc mode each task has its own network interface and IP address, so there is no host in between to translate ports: clients reach the container on the port it listens on.',
    ecs: 'In awsvpc mode ECS only accepts a hostPort that is left out or equal to containerPort and rejects the task definition otherwise.',
    doc: GUIDE.taskNetworking,
  },
  'PM-HOST': {
    what: 'The task uses the host network mode and a port mapping sets a host port that differs from its container port.',
    why: 'In host mode the containers sit directly on the instance’s network, so the port the container opens is the instance port and cannot be remapped.',
    ecs: 'In host mode ECS rejects a hostPort that differs from containerPort; when hostPort is left out it takes the container port.',
    doc: GUIDE.taskNetworking,
  },
  'PM-PROTO': {
    what: 'A port mapping names a protocol other than tcp or udp.',
    why: 'Ports can only be published for TCP or UDP, so any other value cannot describe a real port.',
    ecs: 'ECS accepts only tcp and udp for protocol, using tcp when the field is left out, and rejects other values.',
    doc: PORT_MAPPING,
  },
  'PM-DUPPROTO': {
    what: 'One container maps the same container port twice, once for each protocol.',
    why: 'Some servers, such as DNS, really listen on TCP and UDP on one port, but more often this is a copied mapping, and reports differ on whether ECS accepts it.',
    ecs: 'This tool only warns here, because it is not clear whether ECS accepts the same container port in two mappings with different protocols.',
    doc: PORT_MAPPING,
  },
  'PM-DUP': {
    what: 'One container maps the same container port and protocol twice, or two mappings in the task claim the same fixed host port.',
    why: 'A port on one network can be bound only once, so the second mapping either repeats the first or collides with it when the task starts.',
    ecs: 'A repeated mapping adds nothing, and a second binding of a fixed host port cannot be made, so the task cannot start as designed.',
    doc: PORT_MAPPING,
  },
  'PM-APPPROTO': {
    what: 'A port mapping’s application protocol is not http, http2 or grpc.',
    why: 'The application protocol tells the Service Connect proxy how to handle the traffic on that port and which metrics to record, and only these three values exist.',
    ecs: 'ECS rejects any other appProtocol value when the task definition is registered.',
    doc: PORT_MAPPING,
  },
  'PM-APPPROTO-NONAME': {
    what: 'A port mapping sets an application protocol but has no name.',
    why: 'Only Service Connect reads the application protocol, and a service picks its ports by mapping name, so an unnamed port is never used and the setting does nothing.',
    ecs: 'ECS registers the task definition, but a Service Connect configuration has no way to refer to this port.',
    doc: GUIDE.serviceConnect,
  },
  'PM-NEEDPORT': {
    what: 'A port mapping gives neither a container port nor a container port range.',
    why: 'The container port is the whole point of a mapping, so a mapping without one publishes nothing.',
    ecs: 'ECS requires containerPort or containerPortRange in every port mapping and rejects the task definition without one.',
    doc: PORT_MAPPING,
  },
  'NAME-PORTMAP': {
    what: 'A port mapping name is longer than 64 characters, uses something other than lower-case letters, digits, underscores and hyphens, or starts with a hyphen.',
    why: 'Service Connect and VPC Lattice refer to a port by this name, so it has to follow their naming rules.',
    ecs: 'ECS rejects a port mapping name that breaks this pattern when the task definition is registered.',
    doc: PORT_MAPPING,
  },
  'NAME-PORTMAP-UNIQ': {
    what: 'Two port mappings in the same task definition carry the same name.',
    why: 'A service’s Service Connect or VPC Lattice settings choose a port only by its name, so with two ports of one name it is unclear which one is meant.',
    ecs: 'This is a naming convention this tool checks; it keeps the portName that a service configuration gives pointing at exactly one port.',
    doc: GUIDE.serviceConnect,
  },
  'PM-BRIDGE-STATIC': {
    what: 'In bridge or host mode a fixed host port is one the instance keeps for itself (22, 2375, 2376 or 51678 to 51680) or falls in the range used for dynamic ports.',
    why: 'The reserved ports belong to SSH, Docker and the ECS agent, and a fixed port in the dynamic range can clash with a port Docker already handed to another task.',
    ecs: 'ECS places a task only on an instance where all its fixed host ports are free, so a reserved or taken port makes placement fail on that instance.',
    doc: GUIDE.taskPlacement,
  },
};
