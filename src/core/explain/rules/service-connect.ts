import { api, GUIDE } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const SC = api('ecs', 'ServiceConnectConfiguration');
const SC_SERVICE = api('ecs', 'ServiceConnectService');

/** Explanations of the Service Connect rules (kinds/service/rules/service-connect.ts). */
export const serviceConnectRules: Readonly<Record<string, Explanation>> = {
  'SC-EN': {
    what: 'A service’s Service Connect configuration has no enabled flag.',
    why: 'The flag is required; without it ECS does not know whether to add the proxy.',
    ecs: 'CreateService rejects a serviceConnectConfiguration without enabled.',
    doc: SC,
  },
  'SC-NS': {
    what: 'Service Connect is on, but neither the service nor its cluster names a namespace.',
    why: 'Services find each other inside a Cloud Map namespace; without one there is nowhere to register or look up names.',
    ecs: 'ECS uses the service’s namespace or the cluster’s serviceConnectDefaults and rejects the service when both are missing.',
    doc: GUIDE.serviceConnect,
  },
  'SC-NS-REGION': {
    what: 'A Service Connect or discovery namespace is in another Region or account than the design.',
    why: 'Services can only join namespaces of their own Region and account, so clients would never find them.',
    ecs: 'ECS rejects a namespace ARN from another Region or account.',
    doc: GUIDE.serviceConnect,
  },
  'SC-PORTNAME': {
    what: 'A Service Connect service entry has no port name, or names a port the task definition does not have.',
    why: 'The port name ties the Service Connect endpoint to one of the container’s port mappings; without a match the proxy has nothing to forward to.',
    ecs: 'CreateService rejects portName values that are not the name of a port mapping in the task definition.',
    doc: SC_SERVICE,
  },
  'PM-SC-NAME': {
    what: 'A Service Connect (or VPC Lattice) port name does not match the name of any port mapping in the task definition.',
    why: 'Port mappings need a name for Service Connect to find them; a typo or a missing name leaves the endpoint unconnected.',
    ecs: 'ECS matches portName against portMappings[].name and rejects the service when none matches.',
    doc: api('ecs', 'PortMapping'),
  },
  'SC-ALIAS': {
    what: 'A Service Connect service has more than one client alias, an alias without a port, or an alias with an invalid DNS name.',
    why: 'The client alias is the name and port other services use to call this one; it must be one valid name and port.',
    ecs: 'CreateService rejects clientAliases with more than one entry, a missing port or a port outside 0–65535.',
    doc: api('ecs', 'ServiceConnectClientAlias'),
  },
  'NAME-SC-DNS': {
    what: 'A Service Connect client alias DNS name is longer than 127 characters, has characters other than lower-case letters, digits, _ . and -, or starts with -.',
    why: 'Clients call the service by this name; it must be a name the proxy can resolve.',
    ecs: 'ECS rejects dnsName values that break the pattern.',
    doc: api('ecs', 'ServiceConnectClientAlias'),
  },
  'NAME-SC-DISCOVERY': {
    what: 'A Service Connect discovery name is not 1–64 lower-case letters, digits, _ and -, starting with a letter, digit or _.',
    why: 'The discovery name is what the service is registered as in Cloud Map and must follow its naming.',
    ecs: 'ECS rejects discoveryName values that break the pattern.',
    doc: SC_SERVICE,
  },
  'SC-DISC-DUP': {
    what: 'Two Service Connect services in the same namespace register the same discovery name (or the same port name when none is given).',
    why: 'Names must be unique in a namespace, or clients could reach the wrong service.',
    ecs: 'The second service’s registration fails because the name is taken in the namespace.',
    doc: GUIDE.serviceConnect,
  },
  'SC-INGRESS': {
    what: 'A Service Connect ingress port override is not a port from 0 to 65535.',
    why: 'The override is the port the proxy listens on for incoming traffic; it must be a real port.',
    ecs: 'CreateService rejects an out-of-range ingressPortOverride.',
    doc: SC_SERVICE,
  },
  'SC-TASKMEM': {
    what: 'Service Connect is on, but the task definition has no task-level memory.',
    why: 'ECS adds a proxy container to each task and needs a task memory figure to give it room, even on EC2.',
    ecs: 'ECS rejects the service when the task definition lacks memory at the task level.',
    doc: GUIDE.serviceConnect,
  },
  'SC-FG-PV': {
    what: 'Service Connect is used with Fargate tasks on a Linux platform version older than 1.4.0.',
    why: 'The proxy needs features of platform version 1.4.0 and later.',
    ecs: 'ECS refuses Service Connect on older Fargate platform versions.',
    doc: GUIDE.fargatePlatformVersions,
  },
  'SC-EXT': {
    what: 'Service Connect is used on external (ECS Anywhere) instances.',
    why: 'ECS does not manage the network of external instances, so it cannot run the proxy there.',
    ecs: 'ECS rejects Service Connect for the EXTERNAL launch type.',
    doc: GUIDE.ecsAnywhere,
  },
  'SC-WIN': {
    what: 'Service Connect is used with Windows tasks.',
    why: 'Service Connect was documented for Linux tasks only; check current support before relying on it for Windows.',
    ecs: 'ECS may refuse Service Connect for Windows task definitions.',
    doc: GUIDE.serviceConnect,
  },
  'SC-ACCESSLOG': {
    what: 'Service Connect access logs are configured without a log configuration for the proxy.',
    why: 'Access logs are written through the proxy’s log configuration; without it they go nowhere.',
    ecs: 'ECS rejects accessLogConfiguration unless logConfiguration is set beside it.',
    doc: SC,
  },
  'SC-LIMIT': {
    what: 'A Service Connect service may run more than 1,000 tasks.',
    why: 'Each task is an instance in Cloud Map, where a service holds at most 1,000 by default, so tasks beyond that are not reachable.',
    ecs: 'Registrations past the Cloud Map quota fail and show in the service events.',
    doc: GUIDE.serviceConnect,
  },
  'SC-SG': {
    what: 'The tasks’ security group does not allow the Service Connect port from the client tasks.',
    why: 'Calls through Service Connect go directly from the client’s proxy to the server task; blocked ports make them time out.',
    ecs: 'ECS does not change security groups; allow the container port (or the ingress port override) from the clients’ group.',
    doc: GUIDE.serviceConnect,
  },
};
