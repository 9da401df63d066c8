import { useReactFlow } from '@xyflow/react';
import { useCallback, type DragEvent } from 'react';
import { addNode, type CommandResult } from '../../core/commands/design-commands.ts';
import { NODE_KINDS, type NodeKind } from '../../core/model/design.ts';
import { commit, getDesign } from '../../state/design-store.ts';
import { addContainerTo } from './connect-logic.ts';
import { NODE_WIDTH, snap, taskDefinitionAt } from './geometry.ts';

export const PALETTE_MIME = 'application/x-ecs-designer-kind';

function isNodeKind(value: string): value is NodeKind {
  return (NODE_KINDS as readonly string[]).includes(value);
}

/**
 * Palette drag and drop: the new node appears under the pointer and is selected. A
 * Container dropped onto a task definition goes into it (added and connected as one change).
 * Other drops (files) are left to whoever handles them.
 */
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
      const td = kind === 'container' ? taskDefinitionAt(design, at) : undefined;
      // Centred on the pointer's x, header under the pointer: where the user aimed.
      const result: CommandResult = td
        ? addContainerTo(design, td.id)
        : addNode(design, kind, { x: snap(at.x - NODE_WIDTH / 2), y: snap(at.y - 24) });
      if (!result.ok) return;
      commit(result.design, result.label);
      if (result.id) select([result.id], []);
      focusCanvas();
    },
    [flow, select, focusCanvas],
  );

  return { onDragOver, onDrop };
}
