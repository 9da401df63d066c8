import type { ArtifactOwner } from '../model/artifact.ts';
import type { DesignNode } from '../model/design.ts';
import { isPlainObject, pointer, type JsonObject } from '../model/json.ts';
import { subnetIdOf } from '../kinds/subnet/derive.ts';
import { securityGroupIdOf } from '../kinds/security-group/derive.ts';
import type { DeriveContext } from './context.ts';

/**
 * Where a service, standalone task, load balancer or EC2 capacity is placed when the network is drawn:
 * the subnets and security groups it is connected to ('placed-in', 'secured-by'), in
 * connection order.
 */
export interface Placement {
  subnets: DesignNode[];
  securityGroups: DesignNode[];
}

export function placementOf(node: DesignNode, ctx: DeriveContext): Placement {
  return { subnets: ctx.index.targets(node.id, 'placed-in'), securityGroups: ctx.index.targets(node.id, 'secured-by') };
}

export const hasPlacement = (p: Placement): boolean => p.subnets.length > 0 || p.securityGroups.length > 0;

/**
 * The EC2 ids of the placement's subnets and groups. Every service and task of a cluster
 * is placed in the same few, so each node's id (a hash for the ones the design creates) is
 * worked out once per pass; the node is read by the caller, through placementOf().
 */
export const subnetIds = (p: Placement, ctx: DeriveContext): string[] => p.subnets.map((s) => ctx.shared(SUBNET_ID, s.id, () => subnetIdOf(s)));
export const securityGroupIds = (p: Placement, ctx: DeriveContext): string[] => p.securityGroups.map((g) => ctx.shared(GROUP_ID, g.id, () => securityGroupIdOf(g)));

const SUBNET_ID = Symbol('subnet id');
const GROUP_ID = Symbol('security group id');

/**
 * The id list a file shows: the drawn ones first, then the node's literal ids (those not
 * drawn too), so an id typed before the network was drawn is not lost. With nothing drawn,
 * the literal value as it is.
 */
export function drawnFirst(drawn: readonly string[], literal: unknown): unknown {
  if (!drawn.length) return literal;
  const rest = Array.isArray(literal) ? literal.filter((id) => !drawn.includes(id as string)) : [];
  return [...drawn, ...rest];
}

/**
 * A service's or standalone task's drawn subnets and groups laid over its own
 * networkConfiguration (into `content`, the relation layer): assignPublicIp and any literal
 * ids it had stay as they were.
 */
export function layNetworkPlacement(node: DesignNode, ctx: DeriveContext, data: JsonObject, content: JsonObject, owners: ArtifactOwner[]): void {
  const placement = placementOf(node, ctx);
  if (!hasPlacement(placement)) return;
  const network = isPlainObject(data.networkConfiguration) ? data.networkConfiguration : {};
  const awsvpc = isPlainObject(network.awsvpcConfiguration) ? network.awsvpcConfiguration : {};
  // Built in the API model's order (subnets, securityGroups, then assignPublicIp and the
  // rest as they were), which canonicalize() would give too: it then has nothing to copy.
  const placed: JsonObject = {
    subnets: drawnFirst(subnetIds(placement, ctx), awsvpc.subnets) as JsonObject['subnets'],
    securityGroups: drawnFirst(securityGroupIds(placement, ctx), awsvpc.securityGroups) as JsonObject['securityGroups'],
  };
  for (const key in awsvpc) if (key !== 'subnets' && key !== 'securityGroups') placed[key] = awsvpc[key]!;
  content.networkConfiguration = { ...network, awsvpcConfiguration: placed };
  const at = (list: string, i: number) => pointer('networkConfiguration', 'awsvpcConfiguration', list, i);
  placement.subnets.forEach((s, i) => owners.push({ pointer: at('subnets', i), nodeId: s.id }));
  placement.securityGroups.forEach((g, i) => owners.push({ pointer: at('securityGroups', i), nodeId: g.id }));
}
