import { addNode, connect, moveNodes, type CommandResult } from '../../core/commands/design-commands.ts';
import { kindLabel } from '../../core/kinds/registry.ts';
import type { Design, DesignNode, Position } from '../../core/model/design.ts';
import { checkConnection, relationBetween } from '../../core/model/relations.ts';
import { CanvasLayout, nextContainerSlot, nextSlotIn } from './canvas-layout.ts';
import { containment, subtreeOf } from './containment.ts';

/**
 * Connections drawn on the canvas. People drag from whichever end is at hand, so a line
 * drawn from a task definition to a service is made the right way round (service → task
 * definition) whenever the relation rules allow that direction.
 */
export type ConnectPlan = { ok: true; source: string; target: string } | { ok: false; reason: string };

export function planConnection(design: Pick<Design, 'nodes' | 'edges'>, fromId: string, toId: string): ConnectPlan {
  const from = design.nodes.find((n) => n.id === fromId);
  const to = design.nodes.find((n) => n.id === toId);
  if (!from || !to) return { ok: false, reason: 'Both ends of a connection must exist.' };
  return planBetween(design, from, to);
}

function planBetween(design: Pick<Design, 'nodes' | 'edges'>, from: DesignNode, to: DesignNode): ConnectPlan {
  const forward = checkConnection(design, from, to, kindLabel);
  if (forward.ok) return { ok: true, source: from.id, target: to.id };
  const reverse = checkConnection(design, to, from, kindLabel);
  if (reverse.ok) return { ok: true, source: to.id, target: from.id };
  // When only the reverse relation exists, its refusal is the one that explains the problem
  // ("this service already runs a task definition"), not "connect the other way".
  const reverseIsTheRelation = !relationBetween(from.kind, to.kind) && !!relationBetween(to.kind, from.kind);
  return { ok: false, reason: reverseIsTheRelation && !reverse.ok ? reverse.reason : forward.reason };
}

/** Ids of the nodes a connection dragged from `fromId` may end on (either direction). */
export function connectableTargets(design: Pick<Design, 'nodes' | 'edges'>, fromId: string): Set<string> {
  const out = new Set<string>();
  const from = design.nodes.find((n) => n.id === fromId);
  if (!from) return out;
  for (const to of design.nodes) {
    if (to.id === fromId) continue;
    // Cheap kind test first: the full check scans the edges.
    if (!relationBetween(from.kind, to.kind) && !relationBetween(to.kind, from.kind)) continue;
    if (planBetween(design, from, to).ok) out.add(to.id);
  }
  return out;
}

/**
 * Connects two nodes in either direction as one change. A node the connection puts in a
 * frame also moves into it (with what it holds): a container into its task definition,
 * below its other containers; a subnet into its VPC, a service into its subnet, below
 * what is there. A connection that nests nothing (a secret a container reads) moves nothing.
 */
export function connectNodes(design: Design, fromId: string, toId: string): CommandResult {
  const plan = planConnection(design, fromId, toId);
  if (!plan.ok) return plan;
  const result = connect(design, plan.source, plan.target);
  if (!result.ok) return result;
  return { ...result, design: moveIntoNewFrame(design, result.design, plan.source) };
}

/** `after` with `id` (and its subtree) moved into the frame it is drawn in now, if that frame is new to it. */
export function moveIntoNewFrame(before: Pick<Design, 'nodes' | 'edges'>, after: Design, id: string): Design {
  const parentBefore = containment(before).parentOf.get(id);
  const layout = new CanvasLayout(after);
  const parent = layout.parentOf(id);
  if (parent === undefined || parent === parentBefore) return after;
  const subtree = subtreeOf(layout.structure, id);
  const frame = layout.node(parent)!;
  // Containers stack closely in their task definition; the rest a little apart.
  const slot = frame.kind === 'task-definition' ? nextContainerSlot(before, parent) : nextSlotIn(layout, frame, subtree);
  const at = layout.drawn(id);
  const dx = slot.x - at.x;
  const dy = slot.y - at.y;
  const moves = new Map<string, Position>();
  for (const n of subtree) {
    const p = layout.drawn(n);
    moves.set(n, { x: p.x + dx, y: p.y + dy });
  }
  return moveNodes(after, moves).design;
}

/** A container added straight into a task definition: add and connect, one undo entry. */
export function addContainerTo(design: Design, tdId: string): CommandResult {
  const slot: Position = nextContainerSlot(design, tdId);
  const added = addNode(design, 'container', slot);
  const linked = connect(added.design, added.id!, tdId);
  if (!linked.ok) return linked;
  return { ok: true, design: linked.design, label: added.label, id: added.id };
}
