import { api, GUIDE } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const LB = api('ecs', 'LoadBalancer');
const TARGET_GROUP = api('elbv2', 'CreateTargetGroup');

/** Explanations of the service load balancer rules (kinds/service/rules/load-balancers.ts). */
export const serviceLoadBalancerRules: Readonly<Record<string, Explanation>> = {
  'LB-ALBNLB-FIELDS': {
    what: 'A load balancer entry of a service for an Application or Network Load Balancer lacks the target group ARN, the container name or the container port, or also sets a Classic Load Balancer name.',
    why: 'ECS registers each task in the target group and sends the traffic to one container and port, so it needs all three and nothing else.',
    ecs: 'CreateService rejects the entry; loadBalancerName is only for Classic Load Balancers and cannot be combined with targetGroupArn.',
    doc: LB,
  },
  'LB-CONTAINER': {
    what: 'The container named in a load balancer entry is not a container of the service’s task definition.',
    why: 'ECS would not know which container of the task to register in the target group.',
    ecs: 'CreateService fails with an error that the container is not in the task definition.',
    doc: LB,
  },
  'LB-PORT': {
    what: 'The container port in a load balancer entry is not a port mapping of that container, nor inside one of its port ranges.',
    why: 'The load balancer would send traffic to a port the container does not expose, so every health check fails.',
    ecs: 'CreateService rejects a containerPort that the named container does not map.',
    doc: LB,
  },
  'LB-MAXTG': {
    what: 'One service is attached to more than five target groups.',
    why: 'Five target groups per service is a fixed limit, so the extra routes cannot be created as drawn.',
    ecs: 'CreateService rejects a loadBalancers list with more than five target groups.',
    doc: GUIDE.serviceLoadBalancing,
  },
  'LB-TT-AWSVPC': {
    what: 'A service whose tasks use awsvpc networking (including every Fargate service) has a target group with target type instance.',
    why: 'Each awsvpc task has its own network interface and IP address, so it can only be registered by IP.',
    ecs: 'CreateService fails because target type instance is incompatible with the awsvpc network mode; the target group needs target type ip.',
    doc: TARGET_GROUP,
  },
  'LB-TT-BRIDGE': {
    what: 'A service whose tasks use bridge or host networking has a target group with target type ip.',
    why: 'These tasks share the address of their EC2 instance, so they are registered as an instance and a port.',
    ecs: 'CreateService fails because target type ip is incompatible with the bridge or host network mode; the target group needs target type instance.',
    doc: TARGET_GROUP,
  },
  'LB-EXTERNAL': {
    what: 'A service on external (ECS Anywhere) instances lists load balancers in its own settings.',
    why: 'Elastic Load Balancing cannot register your own servers as ECS targets, so the service cannot be created this way.',
    ecs: 'CreateService rejects loadBalancers for services on the EXTERNAL launch type.',
    doc: GUIDE.ecsAnywhere,
  },
  'EXT-LB': {
    what: 'A load balancer is connected by a route to a service that runs on external (ECS Anywhere) instances.',
    why: 'ECS Anywhere has no load balancer integration, so the route turns into a request that ECS refuses.',
    ecs: 'ECS rejects the service; to balance traffic to external instances, run a load balancer of your own in front of them.',
    doc: GUIDE.ecsAnywhere,
  },
  'LB-ROLE': {
    what: 'A service sets the legacy service role although it has no load balancer, or although its tasks use awsvpc networking.',
    why: 'That role was only ever used to register instances in a load balancer, and awsvpc services do this through the ECS service-linked role instead.',
    ecs: 'CreateService rejects the role parameter in both cases; leave it out and ECS uses its service-linked role.',
    doc: api('ecs', 'CreateService'),
  },
  'LB-HCGP-SLOW': {
    what: 'A service behind a load balancer has no health check grace period, or a grace period of 0 seconds.',
    why: 'A task that needs time to start fails its first load balancer health checks and is replaced before it is ready, which can repeat forever.',
    ecs: 'During the grace period ECS ignores the load balancer health status of new tasks; without one it stops a task as soon as the target group marks it unhealthy.',
    doc: api('ecs', 'CreateService'),
  },
};
