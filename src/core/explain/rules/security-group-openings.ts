import { GUIDE } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

/** Explanations of the security group opening rules (src/core/validate/security-group-openings.ts). */
export const securityGroupOpeningRules: Readonly<Record<string, Explanation>> = {
  'SG-BRIDGE': {
    what: 'Warns when a bridge-mode service with dynamic host ports sits behind a load balancer, but the container instances’ security groups do not let the load balancer’s group in on the whole range 32768 to 65535.',
    why: 'With dynamic mapping each task is given a random free host port, so the load balancer must be able to reach any port of that ephemeral range or the targets fail their health checks.',
    ecs: 'ECS registers every task in the target group as its instance plus the host port Docker picked, and leaves security groups exactly as you configured them.',
    doc: GUIDE.serviceLoadBalancing,
  },
  'SG-HOST': {
    what: 'Warns when a service in host mode, or in bridge mode with a fixed host port, sits behind a load balancer whose group is not allowed into the instances’ groups on that host port.',
    why: 'The load balancer reaches these tasks on a port of the container instance itself, so if the instance’s security group blocks it, health checks fail and no request gets through.',
    ecs: 'ECS registers the instance and the host port in the target group but does not open any port; the instance security group needs an ingress rule from the load balancer’s group.',
    doc: GUIDE.serviceLoadBalancing,
  },
  'SG-NLB-IP': {
    what: 'Warns when a Network Load Balancer without security groups sends traffic to awsvpc tasks, which are registered as IP targets.',
    why: 'The tasks then see traffic coming from the load balancer’s private addresses, or from the clients’ own addresses with client IP preservation, so their group must be opened to whole address ranges and anything that can reach those addresses gets in.',
    ecs: 'ECS registers each task’s IP in the target group; a Network Load Balancer only accepts security groups if it had some when it was created, and then the tasks’ group can allow just that group.',
    doc: GUIDE.serviceLoadBalancing,
  },
  'SG-FIRELENS': {
    what: 'Warns when a security group used by tasks with a FireLens log router allows inbound traffic on port 24224.',
    why: 'The log router listens on 24224, so anyone who can reach that port from outside the task can inject fake log records into your logs.',
    ecs: 'The containers of the task reach the FireLens router without any security group rule, so AWS advises never to open 24224 in the task’s group or, for host mode, the instance’s group.',
    doc: GUIDE.firelens,
  },
};
