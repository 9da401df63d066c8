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

export const subnetIds = (p: Placement): string[] => p.subnets.map(subnetIdOf);
export const securityGroupIds = (p: Placement): string[] => p.securityGroups.map(securityGroupIdOf);

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
  const subnets = drawnFirst(subnetIds(placement), awsvpc.subnets);
  const securityGroups = drawnFirst(securityGroupIds(placement), awsvpc.securityGroups);
  content.networkConfiguration = { ...network, awsvpcConfiguration: { ...awsvpc, subnets, securityGroups } as JsonObject };
  const at = (list: string, i: number) => pointer('networkConfiguration', 'awsvpcConfiguration', list, i);
  placement.subnets.forEach((s, i) => owners.push({ pointer: at('subnets', i), nodeId: s.id }));
  placement.securityGroups.forEach((g, i) => owners.push({ pointer: at('securityGroups', i), nodeId: g.id }));
}
