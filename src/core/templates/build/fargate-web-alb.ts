import type { Design } from '../../model/design.ts';
import { TemplateBuilder, twoZoneVpc } from '../template-builder.ts';

/**
 * The classic: an internet-facing ALB in the public subnets sends HTTP to a Fargate
 * service whose tasks run in the private subnets, reaching out through the NAT gateway.
 * Only the load balancer's security group may reach the tasks, on the container port.
 */
export function fargateWebAlb(): Design {
  const b = twoZoneVpc(new TemplateBuilder('Fargate web service behind an ALB'), 'web-vpc');
  return b
    .add('albSg', 'security-group', {
      groupName: 'web-alb-sg',
      description: 'HTTP from the internet to the load balancer',
      ingress: [{ IpProtocol: 'tcp', FromPort: 80, ToPort: 80, IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'web' }] }],
    })
    .add('taskSg', 'security-group', { groupName: 'web-task-sg', description: 'The web tasks: only the load balancer may connect' })
    .link('albSg', 'vpc')
    .link('taskSg', 'vpc')
    .link('albSg', 'taskSg', { fromPort: 8080 })
    .add('fargate', 'capacity-fargate')
    .add('cluster', 'cluster', { clusterName: 'web-cluster', settings: [{ name: 'containerInsights', value: 'enabled' }] })
    .link('fargate', 'cluster')
    .add('alb', 'load-balancer-alb', { name: 'web-alb' })
    .link('alb', 'publicA')
    .link('alb', 'publicB')
    .link('alb', 'albSg')
    .add('service', 'service', { serviceName: 'web', desiredCount: 2, healthCheckGracePeriodSeconds: 60 })
    .link('service', 'cluster')
    .link('service', 'fargate')
    .link('service', 'privateA')
    .link('service', 'privateB')
    .link('service', 'taskSg')
    .link('alb', 'service')
    .add('td', 'task-definition', { family: 'web', cpu: '256', memory: '512' })
    .add('container', 'container', {
      name: 'web',
      portMappings: [{ name: 'web-8080-tcp', containerPort: 8080, protocol: 'tcp', appProtocol: 'http' }],
    })
    .link('container', 'td')
    .link('service', 'td')
    .add('taskRole', 'role-task', { roleName: 'web-task-role' })
    .add('execRole', 'role-execution', { roleName: 'web-task-execution-role' })
    .link('taskRole', 'td')
    .link('execRole', 'td')
    .build();
}
