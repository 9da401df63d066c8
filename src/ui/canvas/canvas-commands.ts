import { moveNodes, removeEdges, removeNodes, type CommandResult } from '../../core/commands/design-commands.ts';
import type { Design, Position } from '../../core/model/design.ts';
import { connectNodes } from './connect-logic.ts';
import { absolutePositions } from './flow-mapping.ts';
import { containment, nodeSize, taskDefinitionAt } from './geometry.ts';

/**
 * The design changes behind canvas gestures, each one undo entry. Pure so they are
 * tested without a browser; the canvas only gathers the gesture and commits the result.
 */

/**
 * The end of a drag: React Flow positions (relative inside a task definition) → one
 * move of every node that moved. A loose container dropped onto a task definition also
 * joins it, in the same entry. Undefined when nothing actually moved.
 */
export function dragResult(design: Design, moved: ReadonlyMap<string, Position>): CommandResult | undefined {
  const positions = absolutePositions(design, moved);
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
  const node = result.design.nodes.find((n) => n.id === id);
  const structure = containment(result.design);
  if (node?.kind !== 'container' || structure.parentOf.has(node.id)) return result;
  const size = nodeSize(node, structure);
  const centre = { x: node.position.x + size.width / 2, y: node.position.y + size.height / 2 };
  const td = taskDefinitionAt(result.design, centre);
  if (!td) return result;
  const joined = connectNodes(result.design, node.id, td.id);
  return joined.ok ? { ...joined, label: 'Move Container into task definition' } : result;
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
