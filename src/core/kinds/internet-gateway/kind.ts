import { applyInternetGateway } from './apply.ts';
import { internetGatewayArtifacts } from './derive.ts';
import { freshName, str } from '../names.ts';
import type { KindModule } from '../types.ts';
import { EC2_TAGS_FIELD } from '../vpc/kind.ts';

/** An internet gateway: the VPC's way to and from the internet, for its public subnets. */
export const internetGatewayKind: KindModule = {
  kind: 'internet-gateway',
  label: 'Internet gateway',
  group: 'Network',
  icon: 'internet-gateway',
  description:
    'Connects a VPC to the internet. Public subnets route 0.0.0.0/0 to it; internet-facing load balancers and NAT gateways need it. One per VPC.',
  defaults: (design) => ({ name: freshName(design, ['internet-gateway'], 'name', 'app-igw') }),
  displayName: (node) => str(node.data.name, 'internet-gateway'),
  facts: (node) => [str(node.data.internetGatewayId) || 'internet gateway'],
  fields: [
    { path: ['name'], label: 'Name', type: 'text', help: 'The Name tag shown in the console.' },
    { path: ['internetGatewayId'], label: 'Existing gateway id', type: 'text', placeholder: 'igw-…', help: 'Use a gateway that already exists instead of creating one.' },
    EC2_TAGS_FIELD,
  ],
  accepts: ['attached-to'],
  // Joined here, so that apply (which reads what derive emits) and derive do not import each other.
  derivation: { derive: internetGatewayArtifacts, apply: applyInternetGateway },
};
