import type { CreateSubnetRequest } from '@aws-sdk/client-ec2';
import type { Artifact } from '../../model/artifact.ts';
import type { DesignNode } from '../../model/design.ts';
import type { DeriveContext } from '../../derive/context.ts';
import { pointer } from '../../model/json.ts';
import { ec2Artifact, ec2CreateContent, ec2IdOf, isExisting } from '../ec2-resource.ts';
import { vpcIdOf } from '../vpc/derive.ts';

/** CreateSubnet keys, the ones that say where it is first. */
export const SUBNET_KEYS = ['VpcId', 'CidrBlock', 'AvailabilityZone', 'AvailabilityZoneId', 'Ipv6CidrBlock', 'Ipv6Native', 'OutpostArn', 'TagSpecifications', 'DryRun'] as const;

export const subnetIdOf = (subnet: DesignNode): string => ec2IdOf(subnet, 'subnet', 'subnetId');

/** The VPC id a node in a VPC (subnet, security group) is created in: the drawn VPC's, else its literal `vpcId`. */
export function vpcIdFor(node: DesignNode, ctx: DeriveContext): { value?: string; vpc?: DesignNode } {
  const vpc = ctx.index.target(node.id, 'in-vpc');
  if (vpc) return { value: vpcIdOf(vpc), vpc };
  return { value: typeof node.data.vpcId === 'string' ? node.data.vpcId : undefined };
}

/** The subnet's CreateSubnet file, unless it names an existing subnet. */
export function subnetArtifacts(subnet: DesignNode, ctx: DeriveContext): Artifact[] {
  if (isExisting(subnet, 'subnetId')) return [];
  const vpc = vpcIdFor(subnet, ctx);
  const modelled = {
    VpcId: vpc.value,
    CidrBlock: subnet.data.cidrBlock,
    AvailabilityZone: subnet.data.availabilityZone,
  } satisfies Partial<Record<keyof CreateSubnetRequest, unknown>>;
  const artifact = ec2Artifact(subnet, 'subnet', 'subnets', ec2CreateContent(subnet, 'subnet', modelled, SUBNET_KEYS));
  if (vpc.vpc) artifact.owners.push({ pointer: pointer('VpcId'), nodeId: vpc.vpc.id });
  return [artifact];
}
