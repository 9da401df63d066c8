import { useReactFlow } from '@xyflow/react';
import { useCallback, type DragEvent } from 'react';
import { addNode, connect, type CommandResult } from '../../core/commands/design-commands.ts';
import { NODE_KINDS, type Design, type NodeKind, type Position } from '../../core/model/design.ts';
import { commit, getDesign } from '../../state/design-store.ts';
import { CanvasLayout } from './canvas-layout.ts';
import { addContainerTo } from './connect-logic.ts';
import { nestingRelation } from './containment.ts';
import { GRID, NODE_WIDTH, snap } from './geometry.ts';

export const PALETTE_MIME = 'application/x-ecs-designer-kind';

function isNodeKind(value: string): value is NodeKind {
  return (NODE_KINDS as readonly string[]).includes(value);
}

/**
 * Palette drag and drop: the new node appears under the pointer and is selected. A
 * Container dropped onto a task definition goes into it (added and connected as one change).
 * Other drops (files) are left to whoever handles them.
 */
/**
 * A new node of `kind` dropped at `at` (design coordinates): centred on the pointer's x,
 * header under the pointer, where the user aimed. Dropped in a frame that can hold it (a
 * Container on a task definition, a subnet on a VPC, a service on a subnet), it is added
 * inside it and connected, as one change.
 */
export function dropNew(design: Design, kind: NodeKind, at: Position): CommandResult {
  const layout = new CanvasLayout(design);
  // A VPC's open area names no subnet for what is placed in subnets: such a node is just added there.
  const frame = layout.frameAt(at, (f) => {
    const relation = nestingRelation(kind, f.kind);
    return relation !== undefined && !(f.kind === 'vpc' && relation === 'placed-in');
  });
  if (frame?.kind === 'task-definition') return addContainerTo(design, frame.id);
  let position = { x: snap(at.x - NODE_WIDTH / 2), y: snap(at.y - 24) };
  if (frame) {
    const inside = layout.intoFrame(frame, position);
    position = { x: snap(inside.x + GRID / 2), y: snap(inside.y + GRID / 2) };
  }
  const added = addNode(design, kind, position);
  if (!frame) return added;
  const linked = connect(added.design, added.id!, frame.id);
  return linked.ok ? { ...linked, label: added.label, id: added.id } : added;
}

export function usePaletteDrop(select: (nodeIds: readonly string[], edgeIds: readonly string[]) => void, focusCanvas: () => void) {
  const flow = useReactFlow();

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(PALETTE_MIME);
      if (!isNodeKind(kind)) return;
      event.preventDefault();
      const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const design = getDesign();
      const result = dropNew(design, kind, at);
      if (!result.ok) return;
      commit(result.design, result.label);
      if (result.id) select([result.id], []);
      focusCanvas();
    },
    [flow, select, focusCanvas],
  );

  return { onDragOver, onDrop };
}
