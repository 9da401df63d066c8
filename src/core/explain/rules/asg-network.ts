import { api } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

/** Explanations of the EC2 capacity network rules (kinds/capacity-ec2/network-rules.ts). */
export const asgNetworkRules: Readonly<Record<string, Explanation>> = {
  'NET-ASG-SUBNETS': {
    what: 'An Auto Scaling group the design creates has no subnets.',
    why: 'The group needs subnets (or zones) to launch instances into.',
    ecs: 'CreateAutoScalingGroup fails without VPCZoneIdentifier or Availability Zones.',
    doc: api('autoscaling', 'CreateAutoScalingGroup'),
  },
  'NET-ASG-VPC': {
    what: 'The group’s subnets and security groups are in different VPCs.',
    why: 'An instance’s interface can only have security groups of its own VPC.',
    ecs: 'EC2 fails every instance launch with an error about the security group and subnet networks.',
    doc: api('autoscaling', 'CreateAutoScalingGroup'),
  },
  'NET-ASG-EGRESS': {
    what: 'The group’s instances are in private subnets of a VPC without a NAT gateway.',
    why: 'The ECS agent must reach the ECS endpoints to register; without a route out (or VPC endpoints) instances never join the cluster.',
    ecs: 'ECS sees no container instances, so tasks on this capacity stay in PROVISIONING.',
    doc: api('ec2', 'CreateNatGateway'),
  },
};
