import { api, GUIDE } from '../doc-pages.ts';
import type { DocLink, Explanation, KindExplanation } from '../types.ts';

const VPC_GUIDE: DocLink = { title: 'How Amazon VPC works', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/how-it-works.html' };

/** EC2 network resources all carry a Name tag, other tags and an "existing id" switch. */
function nameTag(resource: string): Explanation {
  return {
    what: `The ${resource}’s Name tag, the label the AWS console shows in its lists.`,
    why: 'A clear name tells people which environment and purpose the resource serves when they meet it outside this diagram.',
    ecs: 'EC2 stores it as the tag Name; it has no effect on routing or on ECS.',
    doc: api('ec2', 'CreateTags'),
  };
}

function tags(resource: string): Explanation {
  return {
    what: `Key and value labels on the ${resource}, besides its Name tag.`,
    why: 'Tags split the bill by team or environment and let IAM policies allow actions only on resources with a given tag.',
    ecs: 'EC2 keeps the tags on the resource; ECS does not read them.',
    doc: api('ec2', 'CreateTags'),
  };
}

function existing(resource: string, id: string, create: string): Explanation {
  return {
    what: `The id (${id}) of a ${resource} that exists already, to use instead of creating one.`,
    why: 'Most teams deploy into network they already have; with the id set, the design refers to it and the export leaves it alone.',
    ecs: `No ${create} call is made; everything connected to it in the design gets this id in its exported input.`,
    doc: api('ec2', create),
  };
}

export const vpcExplanation: KindExplanation = {
  kind: 'vpc',
  what: 'A virtual private cloud: your own isolated network in a Region, with an IPv4 address range that its subnets divide.',
  why: 'Every awsvpc task, load balancer, instance and file system in the design lives in a VPC; resources that must talk to each other directly belong in the same one.',
  ecs: 'ECS creates task network interfaces in the VPC’s subnets; the service’s subnets, security groups and target groups must all belong to the same VPC.',
  doc: VPC_GUIDE,
  fields: {
    name: nameTag('VPC'),
    cidrBlock: {
      what: 'The VPC’s IPv4 address range, from /16 (65,536 addresses) to /28, for example 10.0.0.0/16.',
      why: 'Subnets take their ranges from it and every awsvpc task uses one address, so a small range limits how many tasks can run; it must not overlap networks you will connect to.',
      ecs: 'EC2 fixes the primary range at creation; it cannot be resized later, only extended with additional ranges.',
      doc: api('ec2', 'CreateVpc'),
    },
    vpcId: existing('VPC', 'vpc-…', 'CreateVpc'),
    tags: tags('VPC'),
  },
};

export const subnetExplanation: KindExplanation = {
  kind: 'subnet',
  what: 'A subnet: a slice of the VPC’s address range in one Availability Zone, public when its route table sends internet traffic to an internet gateway, private otherwise.',
  why: 'Tasks, instances and load balancer nodes sit in subnets; spreading them over subnets in two or more zones is what keeps a service up through a zone outage.',
  ecs: 'ECS picks one of the service’s subnets for each task’s network interface, balancing across zones, and needs a free address in it for every awsvpc task.',
  doc: VPC_GUIDE,
  fields: {
    name: nameTag('subnet'),
    cidrBlock: {
      what: 'The subnet’s address range, inside the VPC’s range and not overlapping the other subnets, for example 10.0.1.0/24.',
      why: 'Each awsvpc task, instance and load balancer node takes an address, and AWS keeps five per subnet, so a /28 holds only 11 tasks.',
      ecs: 'When a subnet has no free address left, ECS cannot create the task’s interface and the task fails to start.',
      doc: api('ec2', 'CreateSubnet'),
    },
    availabilityZone: {
      what: 'The Availability Zone the subnet is in, for example us-east-1a.',
      why: 'Subnets in different zones let a service keep running when one zone fails; placement spread on attribute:ecs.availability-zone relies on it.',
      ecs: 'ECS spreads service tasks over the zones of the subnets it is given; the zone of a subnet cannot change.',
      doc: api('ec2', 'CreateSubnet'),
    },
    public: {
      what: 'Whether the subnet routes 0.0.0.0/0 to the internet gateway (public) or not (private).',
      why: 'Internet-facing load balancers and NAT gateways belong in public subnets; tasks usually go in private ones and reach out through a NAT gateway.',
      ecs: 'A Fargate task in a public subnet needs a public IP to reach the internet; in a private subnet it needs a NAT gateway or VPC endpoints to pull images.',
      doc: api('ec2', 'CreateRoute'),
    },
    vpcId: {
      what: 'The VPC to create the subnet in, when no VPC node is drawn and connected.',
      why: 'All subnets a service, load balancer or capacity uses must be in one VPC.',
      ecs: 'EC2 creates the subnet in this VPC; ECS refuses subnets from different VPCs in one network configuration.',
      doc: api('ec2', 'CreateSubnet'),
    },
    subnetId: existing('subnet', 'subnet-…', 'CreateSubnet'),
    tags: tags('subnet'),
  },
};

export const securityGroupExplanation: KindExplanation = {
  kind: 'security-group',
  what: 'A security group: a stateful firewall on network interfaces, listing which traffic may come in, from address ranges or from other security groups.',
  why: 'It decides who can reach the tasks (for example only the load balancer on the container port) and what the load balancer accepts from the internet.',
  ecs: 'ECS attaches the service’s security groups to each awsvpc task interface; bridge and host tasks use the instance’s groups instead.',
  doc: { title: 'Control traffic to your AWS resources using security groups', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html' },
  fields: {
    groupName: {
      what: 'The group’s name, up to 255 characters, unique within the VPC and not starting with sg-.',
      why: 'A name that says whom the group protects (web-tasks, web-alb) makes rules between groups readable.',
      ecs: 'EC2 fixes the name at creation; rules and services refer to the group by its sg- id.',
      doc: api('ec2', 'CreateSecurityGroup'),
    },
    description: {
      what: 'The description EC2 requires for every security group, up to 255 characters.',
      why: 'It is the place to say why the group exists; it cannot be changed later without replacing the group.',
      ecs: 'EC2 stores it at creation; it has no effect on traffic.',
      doc: api('ec2', 'CreateSecurityGroup'),
    },
    ingress: {
      what: 'Inbound rules for traffic from address ranges: protocol, port range and CIDR, for example TCP 443 from 0.0.0.0/0 on a public load balancer.',
      why: 'Too open a rule exposes tasks directly; a missing rule silently drops traffic, so health checks fail and tasks are replaced. Traffic from other groups is drawn as connections instead.',
      ecs: 'EC2 evaluates the rules on every interface with the group; responses to allowed traffic return without an outbound rule because groups are stateful.',
      doc: api('ec2', 'AuthorizeSecurityGroupIngress'),
    },
    vpcId: {
      what: 'The VPC to create the group in, when no VPC node is drawn and connected.',
      why: 'A group can only be attached to interfaces in its own VPC.',
      ecs: 'ECS refuses security groups from a VPC other than the subnets’ VPC.',
      doc: api('ec2', 'CreateSecurityGroup'),
    },
    groupId: existing('security group', 'sg-…', 'CreateSecurityGroup'),
    tags: tags('security group'),
  },
};

export const internetGatewayExplanation: KindExplanation = {
  kind: 'internet-gateway',
  what: 'An internet gateway: the VPC’s connection to the internet, used by public subnets’ routes.',
  why: 'Internet-facing load balancers, public NAT gateways and tasks with public IPs only reach the internet through it.',
  ecs: 'ECS does not use it directly; tasks in private subnets reach ECR and CloudWatch through a NAT gateway that in turn uses the internet gateway.',
  doc: { title: 'Enable internet access for a VPC using an internet gateway', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html' },
  fields: {
    name: nameTag('internet gateway'),
    internetGatewayId: existing('internet gateway', 'igw-…', 'CreateInternetGateway'),
    tags: tags('internet gateway'),
  },
};

export const natGatewayExplanation: KindExplanation = {
  kind: 'nat-gateway',
  what: 'A NAT gateway: lets resources in private subnets open connections out (to the internet or other networks) without accepting connections in.',
  why: 'Tasks in private subnets need outbound access to pull images, send logs and call AWS APIs, unless VPC endpoints cover all of that; a NAT gateway per zone avoids cross-zone dependency.',
  ecs: 'ECS does not manage it; without a route through it (or endpoints), private tasks fail at image pull with a timeout.',
  doc: { title: 'NAT gateways', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html' },
  fields: {
    name: nameTag('NAT gateway'),
    connectivityType: {
      what: 'public (to the internet through the internet gateway, with an Elastic IP) or private (to other VPCs or on-premises networks only).',
      why: 'Only a public NAT gateway gives private tasks internet access, and it must itself sit in a public subnet.',
      ecs: 'EC2 creates the gateway with that connectivity; it cannot be changed later.',
      doc: api('ec2', 'CreateNatGateway'),
    },
    allocationId: {
      what: 'The allocation id (eipalloc-…) of the Elastic IP address a public NAT gateway uses.',
      why: 'The Elastic IP is the fixed source address of all outbound traffic, which external partners can allow-list.',
      ecs: 'EC2 associates the address with the gateway at creation; a public NAT gateway cannot be created without one.',
      doc: api('ec2', 'CreateNatGateway'),
    },
    subnetId: {
      what: 'The subnet to create the gateway in, when no subnet is drawn and connected; a public subnet for a public gateway.',
      why: 'A public gateway in a private subnet has no route to the internet, so nothing behind it can reach out.',
      ecs: 'EC2 creates the gateway’s interface in this subnet and zone.',
      doc: api('ec2', 'CreateNatGateway'),
    },
    natGatewayId: existing('NAT gateway', 'nat-…', 'CreateNatGateway'),
    tags: tags('NAT gateway'),
  },
};

export const cloudmapNamespaceExplanation: KindExplanation = {
  kind: 'cloudmap-namespace',
  what: 'An AWS Cloud Map namespace: a registry of service names, either HTTP (found by API calls) or private DNS (also answered by DNS inside a VPC).',
  why: 'Service Connect needs a namespace for services to find each other by short names, and DNS service discovery needs a private DNS namespace.',
  ecs: 'ECS registers each task of a service that uses the namespace as an instance in Cloud Map and removes it when the task stops.',
  doc: GUIDE.serviceConnect,
  fields: {
    name: {
      what: 'The namespace’s name; for a private DNS namespace it is a domain such as internal.example.',
      why: 'Services are found as name.namespace, and clusters and services refer to the namespace by name or ARN.',
      ecs: 'ECS looks up the namespace by this name (or ARN) when a service turns on Service Connect or service discovery.',
      doc: api('cloudMap', 'CreateHttpNamespace'),
    },
    type: {
      what: 'HTTP (discovery through the Cloud Map API, which is all Service Connect needs) or DNS_PRIVATE (also a Route 53 private hosted zone in one VPC).',
      why: 'DNS service discovery (A or SRV records) only works with a DNS namespace; an HTTP namespace is simpler and not tied to a VPC.',
      ecs: 'The type is fixed at creation; a DNS_PRIVATE namespace answers DNS only inside its VPC.',
      doc: api('cloudMap', 'CreatePrivateDnsNamespace'),
    },
    description: {
      what: 'A free-text description of the namespace, up to 1,024 characters.',
      why: 'It says which environment or system the names belong to when people browse Cloud Map.',
      ecs: 'Cloud Map stores it; it has no effect on discovery.',
      doc: api('cloudMap', 'CreateHttpNamespace'),
    },
    vpcId: {
      what: 'For a private DNS namespace, the VPC whose resolvers answer the namespace’s records.',
      why: 'Tasks in other VPCs cannot resolve the names unless the hosted zone is associated with them too.',
      ecs: 'Cloud Map creates the private hosted zone associated with this VPC.',
      doc: api('cloudMap', 'CreatePrivateDnsNamespace'),
    },
    soaTtl: {
      what: 'For a private DNS namespace, the seconds resolvers cache the zone’s SOA record, which also bounds how long “name not found” answers are cached.',
      why: 'A long value means a name that did not exist yet keeps failing to resolve for a while after the service starts.',
      ecs: 'Cloud Map writes the value into the hosted zone’s SOA record.',
      doc: api('cloudMap', 'PrivateDnsPropertiesMutable'),
    },
    namespaceArn: {
      what: 'The ARN of a namespace that exists already, to use instead of creating one.',
      why: 'Namespaces are often shared by many services and clusters; referring to one keeps them discoverable to each other.',
      ecs: 'No create call is made; services and clusters get this ARN, which must be in the same account and Region.',
      doc: api('cloudMap', 'GetNamespace'),
    },
    tags: {
      what: 'Key and value labels on the namespace, up to 200.',
      why: 'Tags assign the namespace to a team or environment for cost and access control.',
      ecs: 'Cloud Map stores the tags on the namespace; ECS does not read them.',
      doc: api('cloudMap', 'Tag'),
    },
  },
};
