import type { EdgeChange, NodeChange } from '@xyflow/react';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { moveNodes } from '../../core/commands/design-commands.ts';
import type { Position } from '../../core/model/design.ts';
import { derivedOf } from '../../state/derived.ts';
import { commit, getDesign, useDesignStore } from '../../state/design-store.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { dragResult } from './canvas-commands.ts';
import { CanvasLayout } from './canvas-layout.ts';
import { absolutePositions, createFlowCache, mapDesignToFlow, type CanvasEdge, type CanvasNode } from './flow-mapping.ts';

const NO_EDGES: CanvasEdge[] = [];

/**
 * The React Flow nodes and edges of the current design and selection, and the change
 * handlers that turn React Flow gestures back into design commits and selection.
 *
 * While a drag is in progress the moved positions live here (component state), never in
 * the design: the design gets one `moveNodes` when the drag ends, so a drag is one undo entry.
 */
export function useFlowElements(canvasSelectionRef: RefObject<readonly string[] | null>, lowDetail: boolean) {
  const live = useDesignStore((s) => s.design);
  const drawnAtOnce = useDesignStore((s) => s.drawnAtOnce);
  // The canvas may trail the document by a render: an edit in the inspector paints first,
  // and the canvas catches up in a render React can interrupt. An edit in the code pane is
  // drawn at once: its text is on screen already and the canvas is what the user waits for
  // (a deferred render spreads over several frames, each laying out and compositing).
  const deferred = useDeferredValue(live);
  const design = live === drawnAtOnce ? live : deferred;
  const selectedNodeIds = useUiStore((s) => s.selectedNodeIds);
  const selectedEdgeIds = useUiStore((s) => s.selectedEdgeIds);
  const [cache] = useState(createFlowCache);
  const [drag, setDrag] = useState<ReadonlyMap<string, Position> | null>(null);
  const dragRef = useRef<Map<string, Position> | null>(null);

  // While dragging: the design with the dragged trees where they are drawn, and the layout
  // before the drag, whose frames keep their size (see MappingOptions.frozen).
  const { shown, frozen } = useMemo(() => {
    if (!drag) return { shown: design, frozen: undefined };
    const layout = new CanvasLayout(design);
    const positions = absolutePositions(design, drag, layout);
    return { shown: moveNodes(design, positions).design, frozen: { layout, touched: new Set(positions.keys()) } };
  }, [design, drag]);
  const selectedNodes = useMemo(() => new Set(selectedNodeIds), [selectedNodeIds]);
  const selectedEdges = useMemo(() => new Set(selectedEdgeIds), [selectedEdgeIds]);
  // Derived from the committed design, not the dragged one: positions do not change artifacts.
  // Zoomed out, nodes show no facts, so the canvas does not derive: a large design is drawn
  // without waiting for its definitions (the side panes derive them a moment later).
  const emitted = lowDetail ? undefined : derivedOf(design).emitted;
  const { nodes, edges: allEdges } = useMemo(
    () => mapDesignToFlow(shown, selectedNodes, selectedEdges, cache, { emitted, handles: !lowDetail, frozen }),
    [shown, selectedNodes, selectedEdges, cache, emitted, lowDetail, frozen],
  );
  // Zoomed out, OverviewLines draws the lines, all together; React Flow has none to build.
  const edges = lowDetail ? NO_EDGES : allEdges;

  const selectFromCanvas = useCallback(
    (nodeIds: readonly string[], edgeIds: readonly string[]) => {
      const ui = useUiStore.getState();
      ui.select([...nodeIds], [...edgeIds]);
      // Remembered so the canvas does not scroll to a selection the user just made on it.
      canvasSelectionRef.current = useUiStore.getState().selectedNodeIds;
    },
    [canvasSelectionRef],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      let moved: Map<string, Position> | undefined;
      let finished = false;
      let selection: Set<string> | undefined;
      for (const change of changes) {
        if (change.type === 'position' && change.position) {
          moved ??= new Map(dragRef.current ?? []);
          moved.set(change.id, change.position);
          // React Flow reports the last position of a drag (and keyboard moves) with dragging false.
          if (!change.dragging) finished = true;
        } else if (change.type === 'select') {
          selection ??= new Set(useUiStore.getState().selectedNodeIds);
          if (change.selected) selection.add(change.id);
          else selection.delete(change.id);
        }
      }
      if (selection) selectFromCanvas([...selection], useUiStore.getState().selectedEdgeIds);
      if (!moved) return;
      if (finished) {
        // The drag's positions stay shown until the (deferred) design has them: clearing
        // them now would flash the nodes back for a frame.
        dragRef.current = null;
        setDrag(moved);
        const result = dragResult(getDesign(), moved);
        if (result?.ok) commit(result.design, result.label);
        else setDrag(null);
      } else {
        dragRef.current = moved;
        setDrag(moved);
      }
    },
    [selectFromCanvas],
  );

  useEffect(() => {
    if (drag && !dragRef.current && design === live) setDrag(null);
  }, [drag, design, live]);

  const onEdgesChange = useCallback(
    (changes: EdgeChange<CanvasEdge>[]) => {
      let selection: Set<string> | undefined;
      for (const change of changes) {
        if (change.type !== 'select') continue;
        selection ??= new Set(useUiStore.getState().selectedEdgeIds);
        if (change.selected) selection.add(change.id);
        else selection.delete(change.id);
      }
      if (selection) selectFromCanvas(useUiStore.getState().selectedNodeIds, [...selection]);
    },
    [selectFromCanvas],
  );

  return { nodes, edges, allEdges, onNodesChange, onEdgesChange, selectFromCanvas };
}
