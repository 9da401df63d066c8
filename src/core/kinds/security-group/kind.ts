import { applySecurityGroup } from './apply.ts';
import { securityGroupArtifacts } from './derive.ts';
import { freshName, str } from '../names.ts';
import type { KindModule } from '../types.ts';
import { EC2_TAGS_FIELD } from '../vpc/kind.ts';

/** A security group: which traffic may reach what is in it. */
export const securityGroupKind: KindModule = {
  kind: 'security-group',
  label: 'Security group',
  group: 'Network',
  icon: 'security-group',
  description:
    'A stateful firewall on network interfaces: awsvpc tasks, load balancers and instances. Connect one group to another to let its members in (a load balancer’s group to the tasks’ group on the container port).',
  defaults: (design) => ({
    groupName: freshName(design, ['security-group'], 'groupName', 'app-sg'),
    description: 'Managed by the ECS designer',
  }),
  displayName: (node) => str(node.data.groupName, 'security-group'),
  facts: (node) => {
    const rules = Array.isArray(node.data.ingress) ? node.data.ingress.length : 0;
    return [str(node.data.groupId) || `${rules} CIDR rule${rules === 1 ? '' : 's'}`];
  },
  fields: [
    { path: ['groupName'], label: 'Group name', type: 'text', help: 'Up to 255 characters; not starting with sg-. Unique within the VPC.' },
    { path: ['description'], label: 'Description', type: 'text', help: 'Required by EC2 (up to 255 characters); it cannot be changed after the group is created.' },
    {
      path: ['ingress'],
      label: 'Ingress from addresses',
      type: 'json',
      help: 'EC2 IpPermissions for traffic from CIDR ranges, e.g. [{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}]. Traffic from other groups: draw a connection from that group to this one.',
    },
    { path: ['vpcId'], label: 'VPC id', type: 'text', placeholder: 'vpc-…', help: 'The VPC to create the group in, when no VPC is drawn and connected.' },
    { path: ['groupId'], label: 'Existing group id', type: 'text', placeholder: 'sg-…', help: 'Use a group that already exists instead of creating one.' },
    { ...EC2_TAGS_FIELD, help: 'Tags on the group (a Name tag too, if you want one).' },
  ],
  accepts: ['in-vpc', 'allows'],
  // Joined here, so that apply (which reads what derive emits) and derive do not import each other.
  derivation: { derive: securityGroupArtifacts, apply: applySecurityGroup },
};
