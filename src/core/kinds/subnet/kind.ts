import { applySubnet } from './apply.ts';
import { subnetArtifacts } from './derive.ts';
import { freshName, str } from '../names.ts';
import type { KindModule } from '../types.ts';
import { EC2_TAGS_FIELD } from '../vpc/kind.ts';

const ZONE_LETTERS = ['a', 'b', 'c'];

/** A subnet: a range of a VPC in one Availability Zone, public or private. */
export const subnetKind: KindModule = {
  kind: 'subnet',
  label: 'Subnet',
  group: 'Network',
  icon: 'subnet',
  description:
    'A range of a VPC in one Availability Zone. Public subnets route to an internet gateway; private ones reach the internet through a NAT gateway. Services, load balancers and EC2 capacity are placed in subnets.',
  defaults: (design) => {
    // Each new subnet in the next zone and the next free /24, so two dropped side by side
    // make a valid multi-AZ pair rather than an overlap (NET-SUBNET-OVERLAP).
    const subnets = design.nodes.filter((n) => n.kind === 'subnet');
    const zone = ZONE_LETTERS[subnets.length % ZONE_LETTERS.length]!;
    const taken = new Set(subnets.map((n) => n.data.cidrBlock));
    let third = 1;
    while (taken.has(`10.0.${third}.0/24`) && third < 255) third++;
    return {
      name: freshName(design, ['subnet'], 'name', `private-${zone}`),
      cidrBlock: `10.0.${third}.0/24`,
      availabilityZone: `${design.region}${zone}`,
      public: false,
    };
  },
  displayName: (node) => str(node.data.name, 'subnet'),
  facts: (node) => [node.data.public === true ? 'public' : 'private', str(node.data.availabilityZone, 'no AZ'), str(node.data.subnetId) || str(node.data.cidrBlock, 'no CIDR')],
  fields: [
    { path: ['name'], label: 'Name', type: 'text', help: 'The Name tag shown in the console.' },
    { path: ['cidrBlock'], label: 'IPv4 CIDR', type: 'text', placeholder: '10.0.1.0/24', help: 'A range inside the VPC CIDR, not overlapping the other subnets. Each awsvpc task takes one address.' },
    { path: ['availabilityZone'], label: 'Availability Zone', type: 'text', placeholder: 'us-east-1a', help: 'Spread services over subnets in two or more zones so a zone outage leaves tasks running.' },
    {
      path: ['public'],
      label: 'Public',
      type: 'boolean',
      help: 'A public subnet routes 0.0.0.0/0 to the internet gateway. Internet-facing load balancers and NAT gateways go in public subnets, tasks usually in private ones.',
    },
    { path: ['vpcId'], label: 'VPC id', type: 'text', placeholder: 'vpc-…', help: 'The VPC to create the subnet in, when no VPC is drawn and connected.' },
    { path: ['subnetId'], label: 'Existing subnet id', type: 'text', placeholder: 'subnet-…', help: 'Use a subnet that already exists instead of creating one.' },
    EC2_TAGS_FIELD,
  ],
  accepts: ['in-vpc'],
  // Joined here, so that apply (which reads what derive emits) and derive do not import each other.
  derivation: { derive: subnetArtifacts, apply: applySubnet },
};
