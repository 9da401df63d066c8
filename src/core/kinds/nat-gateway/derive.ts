import type { CreateNatGatewayRequest } from '@aws-sdk/client-ec2';
import type { Artifact } from '../../model/artifact.ts';
import type { DesignNode } from '../../model/design.ts';
import type { DeriveContext } from '../../derive/context.ts';
import { pointer } from '../../model/json.ts';
import { ec2Artifact, ec2CreateContent, ec2IdOf, isExisting } from '../ec2-resource.ts';
import { subnetIdOf } from '../subnet/derive.ts';

export const NAT_KEYS = ['AllocationId', 'ClientToken', 'ConnectivityType', 'PrivateIpAddress', 'SecondaryAllocationIds', 'SubnetId', 'TagSpecifications', 'DryRun'] as const;

/** The id route tables use for this gateway: its own when it exists, else a stand-in. */
export const natGatewayIdOf = (nat: DesignNode): string => ec2IdOf(nat, 'nat', 'natGatewayId');

/** CreateNatGateway, in the subnet it is drawn in (else its literal subnet id), unless it exists. */
export function natGatewayArtifacts(nat: DesignNode, ctx: DeriveContext): Artifact[] {
  if (isExisting(nat, 'natGatewayId')) return [];
  const subnet = ctx.index.target(nat.id, 'in-subnet');
  const modelled = {
    AllocationId: nat.data.allocationId,
    ConnectivityType: nat.data.connectivityType,
    SubnetId: subnet ? subnetIdOf(subnet) : nat.data.subnetId,
  } satisfies Partial<Record<keyof CreateNatGatewayRequest, unknown>>;
  const artifact = ec2Artifact(nat, 'nat-gateway', 'nat-gateways', ec2CreateContent(nat, 'natgateway', modelled, NAT_KEYS));
  if (subnet) artifact.owners.push({ pointer: pointer('SubnetId'), nodeId: subnet.id });
  return [artifact];
}
