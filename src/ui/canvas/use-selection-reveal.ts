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
    const id = selectedNodeIds[0]!;
    let frame = 0;
    let tries = 0;
    const reveal = () => {
      const el = wrapperRef.current;
      const node = flow.getInternalNode(id);
      if (!el) return;
      if (!node) {
        // A node just added (from the palette by keyboard, a paste) reaches React Flow a
        // frame or two after it is selected: wait for it rather than leave it out of sight.
        if (++tries <= 5) frame = requestAnimationFrame(reveal);
        return;
      }
      const { x, y } = node.internals.positionAbsolute;
      const width = node.measured.width ?? node.width ?? 0;
      const height = node.measured.height ?? node.height ?? 0;
      const { x: tx, y: ty, zoom } = flow.getViewport();
      const view = { left: -tx / zoom, top: -ty / zoom, right: (el.clientWidth - tx) / zoom, bottom: (el.clientHeight - ty) / zoom };
      const inView = x >= view.left && y >= view.top && x + width <= view.right && y + height <= view.bottom;
      if (!inView) void flow.setCenter(x + width / 2, y + height / 2, { zoom, duration: 250 });
    };
    reveal();
    return () => cancelAnimationFrame(frame);
  }, [selectedNodeIds, canvasSelectionRef, wrapperRef, flow]);
}
