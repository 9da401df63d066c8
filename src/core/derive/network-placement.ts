import type { DesignNode } from '../model/design.ts';
import { subnetIdOf } from '../kinds/subnet/derive.ts';
import { securityGroupIdOf } from '../kinds/security-group/derive.ts';
import type { DeriveContext } from './context.ts';

/**
 * Where a service or load balancer is placed when the network is drawn: the subnets and
 * security groups it is connected to ('placed-in', 'secured-by'), in connection order.
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
 * drawn too), so an id typed before the network was drawn is not lost. Undefined when
 * there is neither.
 */
export function drawnFirst(drawn: readonly string[], literal: unknown): unknown {
  if (!drawn.length) return literal;
  const rest = Array.isArray(literal) ? literal.filter((id) => !drawn.includes(id as string)) : [];
  return [...drawn, ...rest];
}
