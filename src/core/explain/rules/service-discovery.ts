import { api, GUIDE } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const REGISTRY = api('ecs', 'ServiceRegistry');

/** Explanations of the service discovery and Cloud Map namespace rules (kinds/service/rules/service-discovery.ts, kinds/cloudmap-namespace/rules.ts). */
export const serviceDiscoveryRules: Readonly<Record<string, Explanation>> = {
  'SD-MAX': {
    what: 'A service lists more than one service registry for Cloud Map service discovery.',
    why: 'Only the first registry could ever be used, so the design promises discovery names that will not exist.',
    ecs: 'CreateService accepts at most one entry in serviceRegistries and rejects the call otherwise.',
    doc: REGISTRY,
  },
  'SD-ARN': {
    what: 'The registry ARN of a service’s service discovery is not the ARN of a Cloud Map service.',
    why: 'ECS registers tasks into the Cloud Map service named by this ARN; a namespace ARN or a typo leaves nothing to register into.',
    ecs: 'CreateService rejects a registryArn that does not point to an existing Cloud Map service (arn:aws:servicediscovery:…:service/srv-…).',
    doc: REGISTRY,
  },
  'SD-BRIDGE': {
    what: 'A service in bridge or host network mode uses service discovery without naming both the container and the container port of the record.',
    why: 'In these modes tasks share the instance’s address, so only an SRV record with the instance’s port tells clients where a task listens.',
    ecs: 'ECS needs containerName and containerPort from the task definition to build the SRV record, and refuses the registry without them.',
    doc: GUIDE.serviceDiscovery,
  },
  'SD-SRV': {
    what: 'An awsvpc service with an SRV record must give either the container name and port, or a port, but not both.',
    why: 'The SRV record carries one port; two ways of giving it are ambiguous and the service is refused.',
    ecs: 'CreateService validates the registry against the Cloud Map service’s record types and rejects conflicting port settings.',
    doc: REGISTRY,
  },
  'SD-A': {
    what: 'A service discovery registry with A records is used by a task definition that is not in awsvpc mode.',
    why: 'An A record gives only an address; with bridge or host networking many tasks share the instance address on different ports, so clients cannot find the right one.',
    ecs: 'ECS can register A records only for tasks with their own network interface; bridge and host tasks need SRV records.',
    doc: GUIDE.serviceDiscovery,
  },
  'SD-EXT': {
    what: 'A service on external (ECS Anywhere) capacity asks for Cloud Map service discovery.',
    why: 'Discovery would register addresses of on-premises machines that ECS does not network, so the feature is not offered there.',
    ecs: 'ECS does not support service registries for the EXTERNAL launch type and rejects the service.',
    doc: GUIDE.ecsAnywhere,
  },
  'SD-CLB': {
    what: 'A service combines service discovery with a Classic Load Balancer.',
    why: 'The two registration mechanisms cannot be used together on one service; use an Application or Network Load Balancer instead.',
    ecs: 'ECS rejects service registries on services that use a Classic Load Balancer.',
    doc: GUIDE.serviceDiscovery,
  },
  'SD-LIMIT': {
    what: 'A service with service discovery may run more than 1,000 tasks (its desired count or scaling maximum).',
    why: 'A Cloud Map service holds at most 1,000 instances by default, so tasks beyond that are not discoverable.',
    ecs: 'Cloud Map refuses to register instances past its quota, and ECS reports the registration failures in the service events.',
    doc: GUIDE.serviceDiscovery,
  },
  'CM-DNS-HTTP': {
    what: 'A service asks for DNS service discovery in a namespace that is of the HTTP type.',
    why: 'HTTP namespaces answer only Cloud Map API calls, so the DNS names the design expects never resolve.',
    ecs: 'Cloud Map cannot create DNS records in an HTTP namespace; use a private DNS namespace, or Service Connect, which works with HTTP namespaces.',
    doc: api('cloudMap', 'CreatePrivateDnsNamespace'),
  },
  'CM-NAME': {
    what: 'A Cloud Map namespace’s name is not valid for its type: an HTTP namespace takes up to 1,024 printable characters, a private DNS namespace a domain name.',
    why: 'Services find each other as name.namespace, so the namespace must be a name Cloud Map and DNS accept.',
    ecs: 'Cloud Map rejects the create call with an invalid name, and nothing that refers to the namespace can be created.',
    doc: api('cloudMap', 'CreateHttpNamespace'),
  },
  'CM-DNS-VPC': {
    what: 'A private DNS namespace has no VPC.',
    why: 'A private DNS namespace answers only inside one VPC; without one nobody can resolve its names.',
    ecs: 'CreatePrivateDnsNamespace requires the VPC whose resolvers will answer for the namespace.',
    doc: api('cloudMap', 'CreatePrivateDnsNamespace'),
  },
  'CM-ARN': {
    what: 'The ARN given for an existing Cloud Map namespace is not a namespace ARN.',
    why: 'Services and clusters would be given a reference that does not resolve, so Service Connect and discovery fail when the service is created.',
    ecs: 'ECS looks the namespace up by ARN (arn:aws:servicediscovery:region:account:namespace/ns-…) and rejects one it cannot find.',
    doc: api('cloudMap', 'GetNamespace'),
  },
  'CL-SC-NS': {
    what: 'The cluster’s default Service Connect namespace is longer than 1,024 characters or contains <, >, " or /.',
    why: 'The default namespace is what every service in the cluster joins when it turns on Service Connect without naming one.',
    ecs: 'CreateCluster rejects a serviceConnectDefaults namespace that is not a valid name or ARN.',
    doc: api('ecs', 'ClusterServiceConnectDefaultsRequest'),
  },
};
