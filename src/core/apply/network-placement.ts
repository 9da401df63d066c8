import type { DesignNode, NodeKind, RelationKind } from '../model/design.ts';
import type { JsonValue } from '../model/json.ts';
import { securityGroupIdOf } from '../kinds/security-group/derive.ts';
import { subnetIdOf } from '../kinds/subnet/derive.ts';
import type { DesignDraft } from './common.ts';

const ID_OF: Partial<Record<RelationKind, { kind: NodeKind; idOf: (n: DesignNode) => string }>> = {
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
  relation: 'placed-in' | 'secured-by',
  typed: JsonValue | undefined,
  before: JsonValue | undefined,
): JsonValue | undefined {
  const { kind, idOf } = ID_OF[relation]!;
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
