import { applyNamespace } from './apply.ts';
import { namespaceArtifacts, namespaceType } from './derive.ts';
import { freshName, str } from '../names.ts';
import type { KindModule } from '../types.ts';

/** A Cloud Map namespace that Service Connect and DNS service discovery register services in. */
export const cloudMapNamespaceKind: KindModule = {
  kind: 'cloudmap-namespace',
  label: 'Cloud Map namespace',
  group: 'Network',
  icon: 'cloudmap-namespace',
  description:
    'An AWS Cloud Map namespace for service discovery. Connect a cluster to it (its Service Connect default) or a service (Service Connect, DNS service discovery, or both, chosen on the connection); connect a service to another service it calls through Service Connect. HTTP namespaces serve Service Connect; DNS service discovery needs a private DNS namespace in a VPC.',
  defaults: (design) => ({
    name: freshName(design, ['cloudmap-namespace'], 'name', 'internal'),
    type: 'HTTP',
  }),
  displayName: (node) => str(node.data.name, 'namespace'),
  facts: (node) => {
    const type = namespaceType(node);
    const facts = [type === 'HTTP' ? 'HTTP (API discovery)' : 'private DNS'];
    if (typeof node.data.namespaceArn === 'string' && node.data.namespaceArn) facts.push('existing');
    return facts;
  },
  fields: [
    { path: ['name'], label: 'Name', type: 'text', help: 'Name of the namespace. For private DNS it is a domain (e.g. internal.example), and services get <name>.<namespace>. Services and clusters refer to it by this name.' },
    {
      path: ['type'],
      label: 'Type',
      type: 'select',
      options: ['HTTP', 'DNS_PRIVATE'],
      help: 'HTTP: discovery by API calls only, which is all Service Connect needs. DNS_PRIVATE: also answers DNS queries inside one VPC (a Route 53 private hosted zone), needed for DNS service discovery (serviceRegistries).',
    },
    { path: ['description'], label: 'Description', type: 'text', help: 'Up to 1024 characters.' },
    { path: ['vpcId'], label: 'VPC id', type: 'text', placeholder: 'vpc-…', help: 'Private DNS only: the VPC the namespace answers in, when no VPC is drawn and connected (namespace → VPC).' },
    { path: ['soaTtl'], label: 'SOA TTL (s)', type: 'number', min: 0, help: 'Private DNS only: seconds resolvers cache the zone’s SOA record (negative answers). Empty: Cloud Map’s default.' },
    {
      path: ['namespaceArn'],
      label: 'Existing namespace ARN',
      type: 'text',
      placeholder: 'arn:aws:servicediscovery:…:namespace/ns-…',
      help: 'Use a namespace that exists (no create call then); services and clusters then refer to it by this ARN. It must be in the design’s Region and account (SC-NS-REGION).',
    },
    { path: ['tags'], label: 'Tags', type: 'keyValue', keyNames: ['Key', 'Value'], help: 'Tags on the namespace (up to 200).' },
  ],
  accepts: ['in-vpc'],
  // Joined here, so that apply (which reads what derive emits) and derive do not import each other.
  derivation: { derive: namespaceArtifacts, apply: applyNamespace },
};
