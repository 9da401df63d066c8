import type { DesignNode, NodeKind } from '../model/design.ts';
import { isPlainObject, type JsonObject, type JsonValue } from '../model/json.ts';
import { securityGroupIdOf } from '../kinds/security-group/derive.ts';
import { subnetIdOf } from '../kinds/subnet/derive.ts';
import type { DesignDraft } from './common.ts';

type PlacementRelation = 'placed-in' | 'secured-by';

const ID_OF: Record<PlacementRelation, { kind: NodeKind; idOf: (n: DesignNode) => string }> = {
  'placed-in': { kind: 'subnet', idOf: subnetIdOf },
  'secured-by': { kind: 'security-group', idOf: securityGroupIdOf },
};

/**
 * An edited subnet or security group list back onto the design: ids of drawn subnets
 * (groups) become the node's connections to them, in the order typed; the other ids are
 * literal and returned for the node's own list. A connection whose id was taken out of
 * the list is removed. `before` is the node's own list before the edit: when it had none
 * and nothing literal is left, none is kept (so an unchanged file changes nothing).
 */
export function applyPlacementList(
  draft: DesignDraft,
  node: DesignNode,
  relation: PlacementRelation,
  typed: JsonValue | undefined,
  before: JsonValue | undefined,
): JsonValue | undefined {
  const { kind, idOf } = ID_OF[relation];
  const drawn = new Map(draft.nodes.filter((n) => n.kind === kind).map((n) => [idOf(n), n]));
  const targets: string[] = [];
  const literal: JsonValue[] = [];
  if (Array.isArray(typed)) {
    for (const id of typed) {
      const target = typeof id === 'string' ? drawn.get(id) : undefined;
      if (target && !targets.includes(target.id)) targets.push(target.id);
      else if (!target) literal.push(id);
    }
  }
  const current = draft.edgesFrom(node.id, relation).map((e) => e.target);
  if (current.join('\n') !== targets.join('\n')) {
    draft.removeEdges((e) => e.kind === relation && e.source === node.id);
    for (const target of targets) draft.addEdge(relation, node.id, target);
  }
  if (!Array.isArray(typed)) return typed;
  if (!literal.length && before === undefined && targets.length) return undefined;
  return literal;
}

/**
 * Subnet and security group ids in awsvpcConfiguration that name drawn subnets and groups
 * are connections (placed-in, secured-by); the rest stay in the node's own lists (a
 * service's or a standalone task's).
 */
export function applyAwsvpcPlacement(draft: DesignDraft, node: DesignNode, data: JsonObject): void {
  const network = isPlainObject(data.networkConfiguration) ? data.networkConfiguration : undefined;
  const awsvpc = network && isPlainObject(network.awsvpcConfiguration) ? network.awsvpcConfiguration : undefined;
  const ownNetwork = isPlainObject(node.data.networkConfiguration) ? node.data.networkConfiguration : undefined;
  const own = ownNetwork && isPlainObject(ownNetwork.awsvpcConfiguration) ? ownNetwork.awsvpcConfiguration : {};
  const next: JsonObject = { ...(awsvpc ?? {}) };
  for (const [key, relation] of [['subnets', 'placed-in'], ['securityGroups', 'secured-by']] as const) {
    const literal = applyPlacementList(draft, node, relation, awsvpc?.[key], own[key]);
    if (literal === undefined) delete next[key];
    else next[key] = literal;
  }
  if (!awsvpc) return;
  if (Object.keys(next).length || ownNetwork?.awsvpcConfiguration !== undefined) {
    data.networkConfiguration = { ...network, awsvpcConfiguration: next };
    return;
  }
  // Only drawn ids were there: the node had no awsvpcConfiguration of its own, keep it so.
  const rest: JsonObject = { ...network };
  delete rest.awsvpcConfiguration;
  if (Object.keys(rest).length || ownNetwork !== undefined) data.networkConfiguration = rest;
  else delete data.networkConfiguration;
}
