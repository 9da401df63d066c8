import { applyNatGateway } from './apply.ts';
import { natGatewayArtifacts } from './derive.ts';
import { freshName, str } from '../names.ts';
import type { KindModule } from '../types.ts';
import { EC2_TAGS_FIELD } from '../vpc/kind.ts';

/** A NAT gateway: outbound internet for private subnets (image pulls, AWS APIs). */
export const natGatewayKind: KindModule = {
  kind: 'nat-gateway',
  label: 'NAT gateway',
  group: 'Network',
  icon: 'nat-gateway',
  description:
    'Lets tasks in private subnets reach the internet (image pulls from public registries, AWS APIs without VPC endpoints) without being reachable from it. A public NAT gateway sits in a public subnet and needs an Elastic IP; one per Availability Zone survives a zone outage.',
  defaults: (design) => ({ name: freshName(design, ['nat-gateway'], 'name', 'app-nat'), connectivityType: 'public' }),
  displayName: (node) => str(node.data.name, 'nat-gateway'),
  facts: (node) => [str(node.data.connectivityType, 'public')],
  fields: [
    { path: ['name'], label: 'Name', type: 'text', help: 'The Name tag shown in the console.' },
    { path: ['connectivityType'], label: 'Connectivity', type: 'select', options: ['public', 'private'], help: 'public: to the internet, through the internet gateway (needs an Elastic IP). private: to other VPCs or on-premises only.' },
    { path: ['allocationId'], label: 'Elastic IP allocation id', type: 'text', placeholder: 'eipalloc-…', help: 'The Elastic IP a public NAT gateway uses (allocate one first: aws ec2 allocate-address).' },
    { path: ['subnetId'], label: 'Subnet id', type: 'text', placeholder: 'subnet-…', help: 'The subnet to create it in, when no subnet is drawn and connected.' },
    { path: ['natGatewayId'], label: 'Existing gateway id', type: 'text', placeholder: 'nat-…', help: 'Use a NAT gateway that already exists instead of creating one.' },
    EC2_TAGS_FIELD,
  ],
  accepts: ['in-subnet'],
  // Joined here, so that apply (which reads what derive emits) and derive do not import each other.
  derivation: { derive: natGatewayArtifacts, apply: applyNatGateway },
};
