import { api, GUIDE } from '../doc-pages.ts';
import type { Explanation, KindExplanation } from '../types.ts';

const CREATE_LB = api('elbv2', 'CreateLoadBalancer');

/** The fields both load balancer types share; the differences are in the wording for each. */
function lbFields(type: 'alb' | 'nlb'): Record<string, Explanation> {
  const alb = type === 'alb';
  return {
    name: {
      what: 'The load balancer’s name, up to 32 letters, digits and hyphens, not starting or ending with a hyphen.',
      why: 'The name appears in the DNS name and the ARN and must be unique per account and Region; it cannot change without replacing the load balancer.',
      ecs: 'Elastic Load Balancing builds the load balancer’s DNS name from it; ECS refers to the load balancer only through the target groups the service registers with.',
      doc: CREATE_LB,
    },
    scheme: {
      what: 'internet-facing (reachable from the internet through public addresses) or internal (reachable only inside the VPC and connected networks).',
      why: 'An internet-facing load balancer needs public subnets with a route to an internet gateway; internal ones suit services only other services call.',
      ecs: 'Elastic Load Balancing gives the nodes public or private addresses accordingly; the scheme is fixed at creation.',
      doc: CREATE_LB,
    },
    subnets: {
      what: `The subnets the load balancer’s nodes run in, one per Availability Zone it serves${alb ? ', at least two zones for an Application Load Balancer' : ''}.`,
      why: 'Traffic is only routed to targets in zones the load balancer is enabled in (unless cross-zone balancing is on), so cover every zone the tasks run in.',
      ecs: 'Elastic Load Balancing places a node in each subnet; the target groups must be in the same VPC as the subnets.',
      doc: CREATE_LB,
    },
    securityGroups: {
      what: alb
        ? 'The security groups of the Application Load Balancer, which must allow the listener ports in and the tasks’ ports out.'
        : 'The security groups of the Network Load Balancer (optional, and only settable when it is created).',
      why: 'The tasks’ security group should allow traffic from this group on the container port, which is tighter than allowing the subnets’ address ranges.',
      ecs: alb
        ? 'Elastic Load Balancing filters incoming and outgoing traffic of the nodes with these groups, including health checks to the tasks.'
        : 'A Network Load Balancer created without security groups can never have them added later; then the tasks must allow the clients’ addresses directly.',
      doc: CREATE_LB,
    },
    vpcId: {
      what: 'The VPC of the load balancer’s target groups.',
      why: 'Targets must be in this VPC: the tasks (awsvpc, target type ip) or the instances (bridge or host, target type instance).',
      ecs: 'ECS registers task IP addresses or instance ids into target groups of this VPC; a task in another VPC cannot be registered.',
      doc: api('elbv2', 'CreateTargetGroup'),
    },
    listeners: {
      what: alb
        ? 'The ports and protocols (HTTP, HTTPS) the load balancer accepts, and where each forwards: the target group of a service.'
        : 'The ports and protocols (TCP, UDP, TLS, TCP_UDP) the load balancer accepts and the target group each forwards to.',
      why: alb
        ? 'HTTPS listeners need a certificate ARN; a service is reachable only through a listener that forwards to its target group.'
        : 'TLS listeners need a certificate; the target group protocol must fit the listener (UDP to UDP, TCP to TCP).',
      ecs: 'ECS registers each task with the target group when it becomes RUNNING and deregisters it before stopping it, so the listener only forwards to healthy tasks.',
      doc: api('elbv2', 'CreateListener'),
    },
  };
}

export const loadBalancerAlbExplanation: KindExplanation = {
  kind: 'load-balancer-alb',
  what: 'An Application Load Balancer: a layer-7 (HTTP and HTTPS) load balancer with listeners, rules that route by host or path, and target groups of tasks.',
  why: 'It is the usual front door of ECS web services: it terminates TLS, spreads requests over tasks in several zones and checks their health, so failing tasks get replaced.',
  ecs: 'A service names a target group, container and port; ECS registers each new task (its IP for awsvpc, the instance and dynamic port for bridge) and uses the target health to judge deployments.',
  doc: GUIDE.serviceLoadBalancing,
  fields: lbFields('alb'),
};

export const loadBalancerNlbExplanation: KindExplanation = {
  kind: 'load-balancer-nlb',
  what: 'A Network Load Balancer: a layer-4 (TCP, UDP and TLS) load balancer with static addresses per zone and very high throughput.',
  why: 'It suits non-HTTP protocols, gRPC over TCP, fixed IP addresses for allow-lists and PrivateLink endpoint services.',
  ecs: 'As with an ALB, ECS registers the service’s tasks into the listener’s target group and deregisters them on stop; health checks can be TCP, HTTP or HTTPS.',
  doc: GUIDE.serviceLoadBalancing,
  fields: lbFields('nlb'),
};
