import { connect, moveNodes, removeEdges, removeNodes, type CommandResult } from '../../core/commands/design-commands.ts';
import { KINDS, kindLabel } from '../../core/kinds/registry.ts';
import type { Design, Position } from '../../core/model/design.ts';
import { RELATIONS } from '../../core/model/relations.ts';
import { CanvasLayout } from './canvas-layout.ts';
import { connectNodes } from './connect-logic.ts';
import { nestingRelation, nestsInFrames, subtreeOf } from './containment.ts';
import { absolutePositions } from './flow-mapping.ts';

/**
 * The design changes behind canvas gestures, each one undo entry. Pure so they are
 * tested without a browser; the canvas only gathers the gesture and commits the result.
 */

/**
 * The end of a drag: React Flow positions (relative inside a frame) → one move of every
 * node that moved. A single node dropped into a frame also joins it, and one dragged out
 * of its frame leaves it, in the same entry (see `regroup`). Undefined when nothing moved.
 */
export function dragResult(design: Design, moved: ReadonlyMap<string, Position>): CommandResult | undefined {
  const layout = new CanvasLayout(design);
  const positions = absolutePositions(design, moved, layout);
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  let changed = false;
  // Only what the user moved counts: tidying siblings' positions alone is no change.
  for (const id of moved.keys()) {
    const before = byId.get(id)?.position;
    const after = positions.get(id);
    if (before && after && (before.x !== after.x || before.y !== after.y)) changed = true;
  }
  if (!changed) return undefined;
  // Only real changes, so the undo label counts what moved.
  for (const [id, p] of positions) {
    const before = byId.get(id)?.position;
    if (before && before.x === p.x && before.y === p.y) positions.delete(id);
  }
  const result = moveNodes(design, positions);
  if (moved.size !== 1) return result;
  const [id] = moved.keys();
  return regroup(layout, result.design, id!) ?? result;
}

/**
 * A node dropped where a frame is (measured against the frames as they were drawn during
 * the drag: before it) joins that frame through the relation the nesting stands for; one
 * dropped outside its frame leaves it. A container only joins (it cannot leave its task
 * definition by dragging); a service in several subnets of its VPC stays as it is while it
 * is dropped inside that VPC or on one of its own subnets; dropped on another subnet, it is
 * placed in just that one. Undefined when the drop changes no relation.
 */
function regroup(before: CanvasLayout, design: Design, id: string): CommandResult | undefined {
  const node = design.nodes.find((n) => n.id === id);
  if (!node || !nestsInFrames(node.kind)) return undefined;
  const current = before.parentOf(id);
  if (node.kind === 'container' && current !== undefined) return undefined;
  const size = before.size(before.node(id)!);
  const centre = { x: node.position.x + size.width / 2, y: node.position.y + size.height / 2 };
  const target = before.frameAt(centre, (f) => nestingRelation(node.kind, f.kind) !== undefined, subtreeOf(before.structure, id));
  if (target?.id === current) return undefined;
  const label = kindLabel(node.kind);
  const placedIn = design.edges.filter((e) => e.source === id && e.kind === 'placed-in');
  const relation = target ? nestingRelation(node.kind, target.kind)! : undefined;

  if (relation === 'placed-in' && placedIn.some((e) => e.target === target!.id)) return undefined;
  if (target?.kind === 'vpc' && RELATIONS['placed-in'].sources.includes(node.kind)) {
    // A VPC's open area names no subnet: the node keeps its place (its subnet's frame grows).
    return undefined;
  }
  // What held the node before: the relations the old nesting stood for.
  const leaving =
    current === undefined
      ? []
      : design.edges.filter((e) => e.source === id && (e.target === current || (e.kind === 'placed-in' && before.parentOf(e.target) === current)) && e.kind !== 'contains');
  const replaced = relation === 'placed-in' ? placedIn : relation ? design.edges.filter((e) => e.source === id && e.kind === relation) : [];
  const drop = new Set([...leaving, ...replaced].map((e) => e.id));
  let next = drop.size ? removeEdges(design, [...drop]).design : design;
  if (!target) {
    const from = before.node(current!)!;
    return { ok: true, design: next, label: `Move ${label} out of ${kindLabel(from.kind)} ${KINDS[from.kind].displayName(from)}` };
  }
  const joined = node.kind === 'container' ? connectNodes(next, id, target.id) : connect(next, id, target.id);
  if (!joined.ok) return undefined;
  next = joined.design;
  return { ok: true, design: next, label: node.kind === 'container' ? 'Move Container into task definition' : `Move ${label} into ${kindLabel(target.kind)} ${KINDS[target.kind].displayName(target)}` };
}

/** Delete/Backspace: the selected nodes and connections as one change. */
export function deleteSelection(design: Design, nodeIds: readonly string[], edgeIds: readonly string[]): CommandResult | undefined {
  const nodes = new Set(design.nodes.map((n) => n.id));
  const liveNodes = nodeIds.filter((id) => nodes.has(id));
  const liveEdges = edgeIds.filter((id) => design.edges.some((e) => e.id === id));
  if (!liveNodes.length && !liveEdges.length) return undefined;
  let next = design;
  let label = 'Delete connection';
  if (liveNodes.length) {
    const removed = removeNodes(next, liveNodes);
    next = removed.design;
    label = removed.label;
  }
  if (liveEdges.length) next = removeEdges(next, liveEdges).design;
  if (liveEdges.length > 1 && !liveNodes.length) label = `Delete ${liveEdges.length} connections`;
  return { ok: true, design: next, label };
}
