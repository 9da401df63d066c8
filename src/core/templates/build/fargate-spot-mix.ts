import type { Design } from '../../model/design.ts';
import { TemplateBuilder, twoZoneVpc } from '../template-builder.ts';

/**
 * A capacity provider strategy that mixes On-Demand Fargate and Fargate Spot: the first two
 * tasks (base 2) always run on Fargate, and of the rest one in four runs on Fargate
 * (weight 1) and three on Spot (weight 3). Spot tasks may be stopped with two minutes'
 * notice, so the service keeps a floor that never is.
 */
export function fargateSpotMix(): Design {
  const b = twoZoneVpc(new TemplateBuilder('Fargate and Fargate Spot with base and weight'), 'spot-vpc');
  return b
    .add('albSg', 'security-group', {
      groupName: 'shop-alb-sg',
      description: 'HTTP from the internet to the load balancer',
      ingress: [{ IpProtocol: 'tcp', FromPort: 80, ToPort: 80, IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'web' }] }],
    })
    .add('taskSg', 'security-group', { groupName: 'shop-task-sg', description: 'The shop tasks: only the load balancer may connect' })
    .link('albSg', 'vpc')
    .link('taskSg', 'vpc')
    .link('albSg', 'taskSg', { fromPort: 8080 })
    .add('fargate', 'capacity-fargate')
    .add('spot', 'capacity-fargate-spot')
    .add('cluster', 'cluster', { clusterName: 'shop-cluster' })
    .link('fargate', 'cluster')
    .link('spot', 'cluster')
    .add('alb', 'load-balancer-alb', { name: 'shop-alb' })
    .link('alb', 'publicA')
    .link('alb', 'publicB')
    .link('alb', 'albSg')
    .add('service', 'service', { serviceName: 'shop', desiredCount: 6, healthCheckGracePeriodSeconds: 60 })
    .link('service', 'cluster')
    .link('service', 'fargate', { base: 2, weight: 1 })
    .link('service', 'spot', { weight: 3 })
    .link('service', 'privateA')
    .link('service', 'privateB')
    .link('service', 'taskSg')
    .link('alb', 'service')
    .add('td', 'task-definition', { family: 'shop', cpu: '512', memory: '1024' })
    .add('container', 'container', {
      name: 'shop',
      portMappings: [{ name: 'shop-8080-tcp', containerPort: 8080, protocol: 'tcp', appProtocol: 'http' }],
      stopTimeout: 110,
    })
    .link('container', 'td')
    .link('service', 'td')
    .add('execRole', 'role-execution', { roleName: 'shop-task-execution-role' })
    .link('execRole', 'td')
    .build();
}
