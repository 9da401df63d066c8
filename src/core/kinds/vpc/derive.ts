import type { CreateVpcRequest } from '@aws-sdk/client-ec2';
import type { Artifact } from '../../model/artifact.ts';
import type { DesignNode } from '../../model/design.ts';
import type { DeriveContext } from '../../derive/context.ts';
import { ec2Artifact, ec2CreateContent, ec2IdOf, isExisting } from '../ec2-resource.ts';

/** CreateVpc keys in API-reference order. */
export const VPC_KEYS = ['CidrBlock', 'AmazonProvidedIpv6CidrBlock', 'Ipv4IpamPoolId', 'Ipv4NetmaskLength', 'InstanceTenancy', 'TagSpecifications', 'DryRun'] as const;

/** The id other files use for this VPC: its own when it exists, else a stand-in. */
export const vpcIdOf = (vpc: DesignNode): string => ec2IdOf(vpc, 'vpc', 'vpcId');

/** The VPC's CreateVpc file, unless it names an existing VPC. */
export function vpcArtifacts(vpc: DesignNode, _ctx: DeriveContext): Artifact[] {
  if (isExisting(vpc, 'vpcId')) return [];
  const modelled = { CidrBlock: vpc.data.cidrBlock } satisfies Partial<Record<keyof CreateVpcRequest, unknown>>;
  return [ec2Artifact(vpc, 'vpc', 'vpcs', ec2CreateContent(vpc, 'vpc', modelled, VPC_KEYS))];
}
