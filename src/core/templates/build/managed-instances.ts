import type { Design } from '../../model/design.ts';
import { awslogs, publicHttpGroup, TemplateBuilder, twoZoneVpc } from '../template-builder.ts';

/**
 * ECS Managed Instances: ECS chooses, launches, patches and replaces the EC2 instances
 * itself, from instance requirements (2–8 vCPUs, 4–16 GiB) rather than a fixed type, in
 * the private subnets. It needs an infrastructure role (for ECS to manage the instances)
 * and an instance role (for the ECS agent on them). Tasks use awsvpc, as on Fargate.
 */
export function managedInstances(): Design {
  const b = twoZoneVpc(new TemplateBuilder('ECS Managed Instances'), 'mi-vpc');
  return b
    .add('albSg', 'security-group', publicHttpGroup('api-alb-sg'))
    .add('instanceSg', 'security-group', { groupName: 'api-instances-sg', description: 'The managed instances' })
    .add('taskSg', 'security-group', { groupName: 'api-task-sg', description: 'The api tasks: only the load balancer may connect' })
    .link('albSg', 'vpc')
    .link('instanceSg', 'vpc')
    .link('taskSg', 'vpc')
    .link('albSg', 'taskSg', { fromPort: 8080 })
    .add('cluster', 'cluster', { clusterName: 'mi-cluster' })
    .add('mi', 'capacity-managed-instances', {
      name: 'mi-capacity',
      instanceLaunchTemplate: { capacityOptionType: 'ON_DEMAND', instanceRequirements: { vCpuCount: { min: 2, max: 8 }, memoryMiB: { min: 4096, max: 16384 } } },
    })
    .add('infraRole', 'role-infrastructure', { roleName: 'ecsInfrastructureRole' })
    .add('instanceRole', 'role-instance', {
      roleName: 'ecsInstanceRole',
      managedPolicyArns: ['arn:aws:iam::aws:policy/AmazonECSInstanceRolePolicyForManagedInstances'],
    })
    .link('mi', 'cluster')
    .link('infraRole', 'mi')
    .link('instanceRole', 'mi')
    .link('mi', 'privateA')
    .link('mi', 'privateB')
    .link('mi', 'instanceSg')
    .add('alb', 'load-balancer-alb', { name: 'api-alb' })
    .link('alb', 'publicA')
    .link('alb', 'publicB')
    .link('alb', 'albSg')
    .add('service', 'service', { serviceName: 'api', desiredCount: 2, healthCheckGracePeriodSeconds: 60 })
    .link('service', 'cluster')
    .link('service', 'mi')
    .link('service', 'privateA')
    .link('service', 'privateB')
    .link('service', 'taskSg')
    .link('alb', 'service')
    .add('td', 'task-definition', { family: 'api', cpu: '512', memory: '1024' })
    .add('container', 'container', {
      name: 'api',
      portMappings: [{ name: 'api-8080-tcp', containerPort: 8080, protocol: 'tcp', appProtocol: 'http' }],
      logConfiguration: awslogs('/ecs/api'),
    })
    .link('container', 'td')
    .link('service', 'td')
    .add('execRole', 'role-execution', { roleName: 'api-execution-role' })
    .link('execRole', 'td')
    .build();
}
