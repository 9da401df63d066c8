import { api } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const CREATE_SUBNET = api('ec2', 'CreateSubnet');

/** Explanations of the Network rules (src/core/validate/network.ts). */
export const networkRules: Readonly<Record<string, Explanation>> = {
  'NET-CIDR': {
    what: 'Checks that a new VPC or subnet has an IPv4 CIDR block that EC2 accepts: a network address followed by a prefix length from /16 to /28, such as 10.0.0.0/16.',
    why: 'Every subnet, load balancer node and awsvpc task takes its private address from these ranges, and the first range of a VPC cannot be changed once it exists.',
    ecs: 'EC2 refuses CreateVpc or CreateSubnet when the block is malformed or its prefix is larger than /16 or smaller than /28, so nothing that depends on the network can be created.',
    doc: api('ec2', 'CreateVpc'),
  },
  'NET-SUBNET-RANGE': {
    what: 'Checks that each subnet drawn in a new VPC has a CIDR block that lies completely inside the VPC’s own block.',
    why: 'A subnet is a slice of its VPC’s address space; a range that leaves that space cannot be carved out of it.',
    ecs: 'EC2 rejects CreateSubnet with an invalid subnet range error when the block is not contained in the VPC’s CIDR.',
    doc: CREATE_SUBNET,
  },
  'NET-SUBNET-OVERLAP': {
    what: 'Checks that no two subnets of the same VPC share any addresses.',
    why: 'Each private address in a VPC belongs to exactly one subnet, so two overlapping subnets cannot both exist and the second one in the design would never be created.',
    ecs: 'EC2 rejects the CreateSubnet call whose block overlaps an existing subnet of the VPC with a conflict error.',
    doc: CREATE_SUBNET,
  },
  'NET-NO-VPC': {
    what: 'Checks that every new subnet and security group is connected to a VPC in the design or names the id of an existing VPC.',
    why: 'A subnet cannot exist outside a VPC, and a security group created without one ends up in the Region’s default VPC, where tasks in your own subnets cannot use it.',
    ecs: 'EC2 requires a VpcId for CreateSubnet; CreateSecurityGroup without one places the group in the default VPC, and fails if the account has none.',
    doc: CREATE_SUBNET,
  },
  'NET-AZ': {
    what: 'Checks that a subnet’s Availability Zone belongs to the design’s Region, for example that a subnet in us-east-1 uses a zone such as us-east-1a.',
    why: 'Each zone belongs to one Region and the files are deployed to one Region, so a zone from another Region cannot hold the subnet.',
    ecs: 'EC2 rejects CreateSubnet with an invalid parameter error when the zone is not one of the Region the call is sent to.',
    doc: CREATE_SUBNET,
  },
  'NET-PUBLIC-IGW': {
    what: 'Checks that a VPC with subnets marked public also has an internet gateway attached.',
    why: 'A subnet is public only because its route table sends internet traffic to an internet gateway; without one, internet-facing load balancers cannot be reached and tasks with public IPs cannot pull images from the internet.',
    ecs: 'ECS does not create gateways or routes for you, so Fargate tasks in such subnets fail to start with image pull or connection timeouts.',
    doc: api('ec2', 'CreateInternetGateway'),
  },
  'NET-NAT-PUBLIC': {
    what: 'Checks that a public NAT gateway is placed in a public subnet and has an Elastic IP allocation id.',
    why: 'Tasks in private subnets reach the internet through the NAT gateway, which sends their traffic out from its Elastic IP through its own subnet’s route to the internet gateway.',
    ecs: 'EC2 refuses to create a public NAT gateway without an Elastic IP allocation, and one placed in a private subnet is created but has no path to the internet.',
    doc: api('ec2', 'CreateNatGateway'),
  },
  'NET-SG-PORTS': {
    what: 'Checks that every connection letting one security group into another on TCP or UDP has a port or port range set.',
    why: 'Without a port the opening is incomplete, so the traffic you meant to allow, such as a load balancer reaching the container port, stays blocked.',
    ecs: 'EC2 requires a port range for tcp and udp security group rules and rejects the rule without one; only the all-protocols value -1 covers every port.',
    doc: api('ec2', 'IpPermission'),
  },
};
