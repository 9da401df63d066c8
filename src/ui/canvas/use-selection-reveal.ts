import { useReactFlow } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';
import { useUiStore } from '../../state/ui-store.ts';

/**
 * A selection made elsewhere (problems panel, code cursor, inspector) scrolls the canvas
 * to the node when it is not fully in view. Selections made on the canvas never scroll.
 */
export function useSelectionReveal(wrapperRef: RefObject<HTMLDivElement | null>, canvasSelectionRef: RefObject<readonly string[] | null>) {
  const flow = useReactFlow();
  const selectedNodeIds = useUiStore((s) => s.selectedNodeIds);

  useEffect(() => {
    if (selectedNodeIds === canvasSelectionRef.current || selectedNodeIds.length === 0) return;
    const el = wrapperRef.current;
    const node = flow.getInternalNode(selectedNodeIds[0]!);
    if (!el || !node) return;
    const { x, y } = node.internals.positionAbsolute;
    const width = node.measured.width ?? node.width ?? 0;
    const height = node.measured.height ?? node.height ?? 0;
    const { x: tx, y: ty, zoom } = flow.getViewport();
    const view = { left: -tx / zoom, top: -ty / zoom, right: (el.clientWidth - tx) / zoom, bottom: (el.clientHeight - ty) / zoom };
    const inView = x >= view.left && y >= view.top && x + width <= view.right && y + height <= view.bottom;
    if (!inView) void flow.setCenter(x + width / 2, y + height / 2, { zoom, duration: 250 });
  }, [selectedNodeIds, canvasSelectionRef, wrapperRef, flow]);
}
