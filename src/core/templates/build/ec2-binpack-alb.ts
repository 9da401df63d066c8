import type { Design } from '../../model/design.ts';
import { TemplateBuilder, twoZoneVpc } from '../template-builder.ts';

/**
 * A service on EC2 instances of an Auto Scaling group in the private subnets (out through
 * the NAT gateway), packed onto as few instances as memory allows (binpack), so cluster
 * auto scaling can scale in the instances left empty. The task
 * definition uses bridge mode with hostPort 0, so each task gets a dynamic host port and
 * several tasks fit on one instance behind the ALB; the instances' group lets the load
 * balancer in on the whole ephemeral range (SG-BRIDGE).
 */
export function ec2BinpackAlb(): Design {
  const b = twoZoneVpc(new TemplateBuilder('EC2 Auto Scaling group with binpack and dynamic ports'), 'ec2-vpc');
  return b
    .add('albSg', 'security-group', {
      groupName: 'api-alb-sg',
      description: 'HTTP from the internet to the load balancer',
      ingress: [{ IpProtocol: 'tcp', FromPort: 80, ToPort: 80, IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'web' }] }],
    })
    .add('instanceSg', 'security-group', { groupName: 'api-instances-sg', description: 'The container instances: the load balancer on the dynamic ports' })
    .link('albSg', 'vpc')
    .link('instanceSg', 'vpc')
    .link('albSg', 'instanceSg', { fromPort: 32768, toPort: 65535 })
    .add('cluster', 'cluster', { clusterName: 'ec2-cluster' })
    .add('asg', 'capacity-ec2', {
      name: 'api-asg',
      instanceType: 'm6i.large',
      minSize: 1,
      maxSize: 6,
      desiredCapacity: 2,
      managedScaling: { status: 'ENABLED', targetCapacity: 100 },
      managedTerminationProtection: 'DISABLED',
    })
    .add('instanceRole', 'role-instance', { roleName: 'ecsInstanceRole' })
    .link('asg', 'cluster')
    .link('instanceRole', 'asg')
    .link('asg', 'privateA')
    .link('asg', 'privateB')
    .link('asg', 'instanceSg')
    .add('alb', 'load-balancer-alb', { name: 'api-alb' })
    .link('alb', 'publicA')
    .link('alb', 'publicB')
    .link('alb', 'albSg')
    .add('service', 'service', {
      serviceName: 'api',
      desiredCount: 4,
      healthCheckGracePeriodSeconds: 60,
      networkConfiguration: undefined,
      // binpack alone: with spread too, managed scaling can end with one task per instance (PL-CAS).
      placementStrategy: [{ type: 'binpack', field: 'memory' }],
    })
    .link('service', 'cluster')
    .link('service', 'asg')
    .link('alb', 'service')
    .add('td', 'task-definition', { family: 'api', requiresCompatibilities: ['EC2'], networkMode: 'bridge', memory: '512' })
    .add('container', 'container', {
      name: 'api',
      portMappings: [{ name: 'api-80-tcp', containerPort: 80, hostPort: 0, protocol: 'tcp', appProtocol: 'http' }],
    })
    .link('container', 'td')
    .link('service', 'td')
    .add('execRole', 'role-execution', { roleName: 'api-task-execution-role' })
    .link('execRole', 'td')
    .build();
}
