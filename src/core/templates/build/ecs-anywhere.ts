import type { Design } from '../../model/design.ts';
import { awslogs, TemplateBuilder } from '../template-builder.ts';

/**
 * ECS Anywhere: servers in your own data centre, registered through SSM as external
 * container instances, run a service that ECS schedules as it would in the cloud (launch
 * type EXTERNAL). There is no VPC, no awsvpc and no load balancer here: tasks use bridge
 * networking on the host, and pull images and send logs over the servers' own internet link.
 */
export function ecsAnywhere(): Design {
  return new TemplateBuilder('ECS Anywhere on premises')
    .add('external', 'capacity-external', { name: 'datacentre-servers' })
    .add('cluster', 'cluster', { clusterName: 'on-premises' })
    .link('external', 'cluster')
    .add('service', 'service', { serviceName: 'edge-api', desiredCount: 3, networkConfiguration: undefined })
    .link('service', 'cluster')
    .link('service', 'external')
    .add('td', 'task-definition', { family: 'edge-api', requiresCompatibilities: ['EXTERNAL'], networkMode: 'bridge', cpu: '256', memory: '512' })
    .add('container', 'container', {
      name: 'edge-api',
      portMappings: [{ name: 'edge-api-80-tcp', containerPort: 80, hostPort: 8080, protocol: 'tcp', appProtocol: 'http' }],
      logConfiguration: awslogs('/ecs/edge-api'),
    })
    .link('container', 'td')
    .link('service', 'td')
    .add('execRole', 'role-execution', { roleName: 'edge-api-execution-role' })
    .link('execRole', 'td')
    .build();
}
