import { applyLoadBalancer } from './apply.ts';
import { loadBalancerArtifacts } from './derive.ts';
import type { NodeKind } from '../../model/design.ts';
import { isPlainObject } from '../../model/json.ts';
import { LOAD_BALANCER_KINDS } from '../../model/relations.ts';
import { freshName, str } from '../names.ts';
import type { FieldSpec, KindModule } from '../types.ts';

interface ListenerData {
  port?: number;
  protocol?: string;
}

function listenerFacts(data: Record<string, unknown>): string[] {
  const listeners = Array.isArray(data.listeners) ? (data.listeners.filter(isPlainObject) as ListenerData[]) : [];
  return [listeners.map((l) => `${l.protocol ?? '?'}:${l.port ?? '?'}`).join(', ') || 'no listener', str(data.scheme, 'internet-facing')];
}

function fields(protocols: readonly string[]): FieldSpec[] {
  return [
    { path: ['name'], label: 'Name', type: 'text', help: 'Load balancer name: up to 32 letters, digits and -, not starting or ending with -.' },
    { path: ['scheme'], label: 'Scheme', type: 'select', options: ['internet-facing', 'internal'], help: 'internet-facing needs public subnets; internal is reachable only inside the VPC.' },
    { path: ['subnets'], label: 'Subnets', type: 'stringList', help: 'One subnet per Availability Zone the load balancer serves.' },
    { path: ['securityGroups'], label: 'Security groups', type: 'stringList', help: 'Security groups of the load balancer; the task security group should allow traffic from them.' },
    { path: ['vpcId'], label: 'VPC id', type: 'text', help: 'VPC of the target groups; must be the VPC the tasks run in.' },
    { path: ['listeners'], label: 'Listeners', type: 'listeners', options: protocols, help: 'Ports and protocols the load balancer accepts. HTTPS and TLS need a certificate ARN.' },
  ];
}

function makeKind(kind: NodeKind, label: string, base: string, protocol: string, protocols: readonly string[], description: string): KindModule {
  return {
    kind,
    label,
    group: 'Load balancing',
    icon: kind,
    description,
    defaults: (design) => ({
      name: freshName(design, LOAD_BALANCER_KINDS, 'name', base),
      scheme: 'internet-facing',
      subnets: [],
      securityGroups: [],
      listeners: [{ port: 80, protocol }],
    }),
    displayName: (node) => str(node.data.name, base),
    facts: (node) => listenerFacts(node.data),
    fields: fields(protocols),
    accepts: ['routes-to', 'placed-in', 'secured-by'],
    // Joined here, so that apply (which reads what derive emits) and derive do not import each other.
    derivation: { derive: loadBalancerArtifacts, apply: applyLoadBalancer },
  };
}

export const albKind = makeKind(
  'load-balancer-alb',
  'Application Load Balancer',
  'web-alb',
  'HTTP',
  ['HTTP', 'HTTPS'],
  'Layer 7 (HTTP/HTTPS) load balancer with path and host routing; targets are task IPs on awsvpc.',
);

export const nlbKind = makeKind(
  'load-balancer-nlb',
  'Network Load Balancer',
  'tcp-nlb',
  'TCP',
  ['TCP', 'TLS', 'UDP', 'TCP_UDP'],
  'Layer 4 (TCP/UDP/TLS) load balancer for non-HTTP traffic and static IPs.',
);
