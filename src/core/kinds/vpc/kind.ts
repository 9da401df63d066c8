import { applyVpc } from './apply.ts';
import { vpcArtifacts } from './derive.ts';
import { routeTableArtifacts } from './route-tables.ts';
import { freshName, str } from '../names.ts';
import type { FieldSpec, KindModule } from '../types.ts';

export const EC2_TAGS_FIELD: FieldSpec = {
  path: ['tags'],
  label: 'Tags',
  type: 'keyValue',
  keyNames: ['Key', 'Value'],
  help: 'Tags besides Name (the name above is the Name tag).',
};

/** A VPC: the private network the subnets, gateways and security groups live in. */
export const vpcKind: KindModule = {
  kind: 'vpc',
  label: 'VPC',
  group: 'Network',
  icon: 'vpc',
  description: 'A private network in one Region. Subnets, gateways and security groups belong to one; awsvpc tasks get their network interface in it.',
  defaults: (design) => ({ name: freshName(design, ['vpc'], 'name', 'app-vpc'), cidrBlock: '10.0.0.0/16' }),
  displayName: (node) => str(node.data.name, 'vpc'),
  facts: (node) => [str(node.data.vpcId) || str(node.data.cidrBlock, 'no CIDR')],
  fields: [
    { path: ['name'], label: 'Name', type: 'text', help: 'The Name tag shown in the console.' },
    { path: ['cidrBlock'], label: 'IPv4 CIDR', type: 'text', placeholder: '10.0.0.0/16', help: 'Address range of the VPC, /16 (65,536 addresses) to /28. Subnets take their ranges from it.' },
    { path: ['vpcId'], label: 'Existing VPC id', type: 'text', placeholder: 'vpc-…', help: 'Use a VPC that already exists instead of creating one: its subnets and groups then refer to this id.' },
    EC2_TAGS_FIELD,
  ],
  accepts: [],
  // Joined here, so that apply (which reads what derive emits) and derive do not import each
  // other, and the route tables (which read the subnets' and gateways' ids) import no cycle.
  derivation: { derive: (vpc, ctx) => [...vpcArtifacts(vpc, ctx), ...routeTableArtifacts(vpc, ctx)], apply: applyVpc },
};
