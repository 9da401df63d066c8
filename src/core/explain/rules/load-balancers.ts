import { api } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const LISTENER = api('elbv2', 'CreateListener');
const TG = api('elbv2', 'CreateTargetGroup');

/** Explanations of the load balancer rules (kinds/load-balancer/rules.ts). */
export const elbRules: Readonly<Record<string, Explanation>> = {
  'ELB-LISTENER-TLS': {
    what: 'An HTTPS or TLS listener does not have exactly one default certificate.',
    why: 'The load balancer terminates encryption with the certificate; without one clients cannot connect.',
    ecs: 'Elastic Load Balancing rejects CreateListener for HTTPS or TLS without a certificate ARN.',
    doc: LISTENER,
  },
  'ELB-LISTENER-PROTO': {
    what: 'A listener’s protocol does not fit the load balancer type: HTTP or HTTPS for an ALB, TCP, TLS, UDP or TCP_UDP for an NLB.',
    why: 'Each type works at its own layer; an ALB cannot forward raw TCP and an NLB does not speak HTTP.',
    ecs: 'Elastic Load Balancing rejects the listener.',
    doc: LISTENER,
  },
  'ELB-TG-PORT': {
    what: 'A target group’s port is outside 1 to 65,535.',
    why: 'The port is where traffic goes when a target registers without its own port; it must be a real port.',
    ecs: 'Elastic Load Balancing rejects CreateTargetGroup with an invalid port.',
    doc: TG,
  },
  'ELB-SUBNETS': {
    what: 'An Application Load Balancer has subnets in fewer than two Availability Zones.',
    why: 'ALBs are built to survive a zone failure and require at least two zones.',
    ecs: 'Elastic Load Balancing rejects CreateLoadBalancer for an ALB with one zone.',
    doc: api('elbv2', 'CreateLoadBalancer'),
  },
  'ELB-HC': {
    what: 'A target group’s health check settings are outside the allowed ranges (interval, timeout, thresholds, success codes) or use TCP on an HTTP target group.',
    why: 'Health checks decide which tasks receive traffic and, for services, which get replaced; invalid settings stop the target group from being created.',
    ecs: 'Elastic Load Balancing rejects the target group; ECS then cannot register the service’s tasks.',
    doc: TG,
  },
};
