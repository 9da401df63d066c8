import { DesignBuilder } from '../test-support/builders.ts';

/**
 * A VPC drawn as AWS diagrams show it: two public and two private subnets over two zones,
 * an internet gateway, a NAT gateway in a public subnet, and the load balancer's group
 * allowed into the tasks' group on the container port.
 */
export function twoZoneNetwork(): DesignBuilder {
  return new DesignBuilder('two-zone network')
    .add('vpc', 'vpc')
    .add('publicA', 'subnet', { name: 'public-a', cidrBlock: '10.0.0.0/24', availabilityZone: 'us-east-1a', public: true })
    .add('publicB', 'subnet', { name: 'public-b', cidrBlock: '10.0.1.0/24', availabilityZone: 'us-east-1b', public: true })
    .add('privateA', 'subnet', { name: 'private-a', cidrBlock: '10.0.10.0/24', availabilityZone: 'us-east-1a', public: false })
    .add('privateB', 'subnet', { name: 'private-b', cidrBlock: '10.0.11.0/24', availabilityZone: 'us-east-1b', public: false })
    .add('igw', 'internet-gateway')
    .add('nat', 'nat-gateway', { name: 'nat-a', connectivityType: 'public', allocationId: 'eipalloc-0123456789abcdef0' })
    .add('lbSg', 'security-group', {
      groupName: 'alb-sg',
      description: 'The load balancer',
      ingress: [{ IpProtocol: 'tcp', FromPort: 80, ToPort: 80, IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'web' }] }],
    })
    .add('taskSg', 'security-group', { groupName: 'task-sg', description: 'The tasks' })
    .link('publicA', 'vpc')
    .link('publicB', 'vpc')
    .link('privateA', 'vpc')
    .link('privateB', 'vpc')
    .link('igw', 'vpc')
    .link('nat', 'publicA')
    .link('lbSg', 'vpc')
    .link('taskSg', 'vpc')
    .link('lbSg', 'taskSg', { fromPort: 8080 });
}
