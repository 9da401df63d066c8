import type { AttachInternetGatewayRequest } from '@aws-sdk/client-ec2';
import type { Artifact } from '../../model/artifact.ts';
import type { DesignNode } from '../../model/design.ts';
import type { DeriveContext } from '../../derive/context.ts';
import { orderKeys } from '../../derive/canonical.ts';
import { pointer } from '../../model/json.ts';
import { ec2Artifact, ec2CreateContent, ec2IdOf, isExisting } from '../ec2-resource.ts';
import { vpcIdOf } from '../vpc/derive.ts';

export const IGW_KEYS = ['TagSpecifications', 'DryRun'] as const;
export const IGW_ATTACH_KEYS = ['InternetGatewayId', 'VpcId', 'DryRun'] as const;

export const internetGatewayIdOf = (igw: DesignNode): string => ec2IdOf(igw, 'igw', 'internetGatewayId');

/** CreateInternetGateway (unless it exists) and, once it is connected to a VPC, AttachInternetGateway. */
export function internetGatewayArtifacts(igw: DesignNode, ctx: DeriveContext): Artifact[] {
  const out: Artifact[] = [];
  if (!isExisting(igw, 'internetGatewayId')) out.push(ec2Artifact(igw, 'internet-gateway', 'internet-gateways', ec2CreateContent(igw, 'internet-gateway', {}, IGW_KEYS)));
  const vpc = ctx.index.target(igw.id, 'attached-to');
  if (vpc) {
    const content = { InternetGatewayId: internetGatewayIdOf(igw), VpcId: vpcIdOf(vpc) } satisfies Partial<Record<keyof AttachInternetGatewayRequest, unknown>>;
    const attach = ec2Artifact(igw, 'internet-gateway-attachment', 'internet-gateway-attachments', orderKeys(content, IGW_ATTACH_KEYS));
    attach.owners.push({ pointer: pointer('VpcId'), nodeId: vpc.id });
    out.push(attach);
  }
  return out;
}
