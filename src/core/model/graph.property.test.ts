import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveNodes, setEdgeData, setNodeField } from '../commands/design-commands.ts';
import { designArb } from '../test-support/design-arbitrary.ts';
import { NODE_KINDS, RELATION_KINDS, type Design } from './design.ts';
import { DesignIndex } from './graph.ts';

/**
 * A DesignIndex starts from the tables of the index built before it when the design kept
 * its shape (see DesignIndex.from). These properties hold it to what a scan of the design
 * itself says, after edits of every sort: the editor's (new objects, same places), edits
 * that change the shape, and the same design changed in place.
 */
type Edit =
  | { op: 'field'; node: number; value: number }
  | { op: 'replace'; node: number; value: number }
  | { op: 'rekind'; node: number; to: number }
  | { op: 'move'; node: number }
  | { op: 'edge-data'; edge: number; weight: number }
  | { op: 'drop-node'; node: number }
  | { op: 'drop-edge'; edge: number }
  | { op: 'reverse' }
  | { op: 'rename-in-place'; node: number }
  | { op: 'retarget-in-place'; edge: number; node: number; end: 'source' | 'target' }
  | { op: 'duplicate-id'; node: number; to: number }
  | { op: 'unrelated' };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('field' as const), node: fc.nat(), value: fc.integer({ min: 0, max: 9 }) }),
  fc.record({ op: fc.constant('replace' as const), node: fc.nat(), value: fc.integer({ min: 0, max: 9 }) }),
  fc.record({ op: fc.constant('rekind' as const), node: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant('move' as const), node: fc.nat() }),
  fc.record({ op: fc.constant('edge-data' as const), edge: fc.nat(), weight: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ op: fc.constant('drop-node' as const), node: fc.nat() }),
  fc.record({ op: fc.constant('drop-edge' as const), edge: fc.nat() }),
  fc.constant({ op: 'reverse' as const }),
  fc.record({ op: fc.constant('rename-in-place' as const), node: fc.nat() }),
  fc.record({ op: fc.constant('retarget-in-place' as const), edge: fc.nat(), node: fc.nat(), end: fc.constantFrom('source' as const, 'target' as const) }),
  fc.record({ op: fc.constant('duplicate-id' as const), node: fc.nat(), to: fc.nat() }),
  fc.constant({ op: 'unrelated' as const }),
);

function applyEdit(design: Design, edit: Edit): Design {
  const { nodes, edges } = design;
  const node = nodes.length ? nodes[('node' in edit ? edit.node : 0) % nodes.length]! : undefined;
  const edge = edges.length ? edges[('edge' in edit ? edit.edge : 0) % edges.length]! : undefined;
  switch (edit.op) {
    case 'field': {
      const r = node && setNodeField(design, node.id, ['desiredCount'], edit.value);
      return r?.ok ? r.design : design;
    }
    case 'replace':
      // A new object at the same place, whatever its id (setNodeField picks the first of a repeated id).
      return { ...design, nodes: nodes.map((n) => (n === node ? { ...n, data: { ...n.data, desiredCount: edit.value } } : n)) };
    case 'rekind': {
      const kind = NODE_KINDS[edit.to % NODE_KINDS.length]!;
      return { ...design, nodes: nodes.map((n) => (n === node ? { ...n, kind } : n)) };
    }
    case 'move':
      return node ? moveNodes(design, new Map([[node.id, { x: node.position.x + 10, y: 0 }]])).design : design;
    case 'edge-data': {
      const r = edge && setEdgeData(design, edge.id, { weight: edit.weight });
      return r?.ok ? r.design : design;
    }
    case 'drop-node':
      return { ...design, nodes: nodes.filter((n) => n !== node) };
    case 'drop-edge':
      return { ...design, edges: edges.filter((e) => e !== edge) };
    case 'reverse':
      return { ...design, nodes: [...nodes].reverse() };
    case 'rename-in-place':
      // Not what the store does, but plain derive() allows it: the index must not trust identity alone.
      if (node) node.id = `${node.id}-renamed`;
      return design;
    case 'retarget-in-place':
      if (edge && node) edge[edit.end] = node.id;
      return design;
    case 'duplicate-id': {
      // Two nodes of one id: the lookup answers with the last, as a fresh index does.
      const to = nodes.length ? nodes[edit.to % nodes.length]! : undefined;
      if (!node || !to || node === to) return design;
      return { ...design, nodes: nodes.map((n) => (n === to ? { ...n, id: node.id, data: { ...n.data, desiredCount: 1 } } : n)) };
    }
    case 'unrelated':
      // Another design indexed in between (the inspector indexes the one it shows).
      new DesignIndex({ ...design, nodes: nodes.slice(1) });
      return design;
  }
}

/** Every answer of the index, next to the same answers worked out from the design by scanning it. */
function answers(index: DesignIndex, design: Design) {
  const ids = [...new Set(design.nodes.map((n) => n.id))];
  const kinds = [undefined, ...RELATION_KINDS];
  return {
    nodes: ids.map((id) => index.node(id)),
    ofKind: NODE_KINDS.map((kind) => index.nodesOfKind(kind)),
    out: ids.flatMap((id) => kinds.map((kind) => index.outgoing(id, kind))),
    into: ids.flatMap((id) => kinds.map((kind) => index.incoming(id, kind))),
    order: ids.map((id) => index.order.get(id)),
  };
}

function scanned(design: Design) {
  const ids = [...new Set(design.nodes.map((n) => n.id))];
  const kinds = [undefined, ...RELATION_KINDS];
  const last = (id: string) => design.nodes.findLast((n) => n.id === id);
  const linked = design.edges.filter((e) => last(e.source) && last(e.target));
  return {
    nodes: ids.map(last),
    ofKind: NODE_KINDS.map((kind) => design.nodes.filter((n) => n.kind === kind)),
    out: ids.flatMap((id) => kinds.map((kind) => linked.filter((e) => e.source === id && (!kind || e.kind === kind)))),
    into: ids.flatMap((id) => kinds.map((kind) => linked.filter((e) => e.target === id && (!kind || e.kind === kind)))),
    order: ids.map((id) => design.nodes.findLastIndex((n) => n.id === id)),
  };
}

describe('property: DesignIndex built after the index of an earlier design', () => {
  it('answers exactly what a scan of the design answers, after any sequence of edits', () => {
    fc.assert(
      fc.property(designArb, fc.array(editArb, { minLength: 1, maxLength: 10 }), (start, edits) => {
        let design = start;
        new DesignIndex(design);
        for (const edit of edits) {
          design = applyEdit(design, edit);
          const index = new DesignIndex(design);
          const got = answers(index, design);
          const want = scanned(design);
          // Same objects, not only equal ones: incremental derive compares what it read by identity.
          expect(got.nodes.every((n, i) => n === want.nodes[i])).toBe(true);
          expect(got.ofKind.every((list, i) => list.length === want.ofKind[i]!.length && list.every((n, j) => n === want.ofKind[i]![j]))).toBe(true);
          for (const side of ['out', 'into'] as const) {
            expect(got[side].every((list, i) => list.length === want[side][i]!.length && list.every((e, j) => e === want[side][i]![j]))).toBe(true);
          }
          expect(got.order).toStrictEqual(want.order);
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
