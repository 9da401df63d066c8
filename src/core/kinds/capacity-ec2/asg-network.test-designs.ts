import { DesignBuilder } from '../../test-support/builders.ts';
import { twoZoneNetwork } from '../network.test-designs.ts';

/**
 * An EC2 Auto Scaling group capacity in the two-zone network: in the cluster, with its
 * instance role, launched in both private subnets with the tasks' security group.
 */
export function asgInNetwork(): DesignBuilder {
  return twoZoneNetwork()
    .add('cluster', 'cluster', { clusterName: 'ec2-cluster' })
    .add('asg', 'capacity-ec2', {
      name: 'asg-capacity',
      instanceType: 'm6i.large',
      amiFamily: 'AL2023',
      minSize: 1,
      maxSize: 4,
      desiredCapacity: 2,
      managedScaling: { status: 'ENABLED', targetCapacity: 100 },
      managedTerminationProtection: 'ENABLED',
    })
    .add('role', 'role-instance', { roleName: 'ecsInstanceRole', managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role'] })
    .link('asg', 'cluster')
    .link('role', 'asg')
    .link('asg', 'privateA')
    .link('asg', 'privateB')
    .link('asg', 'taskSg');
}
