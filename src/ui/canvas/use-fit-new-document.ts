import { getViewportForBounds, useReactFlow, useStoreApi, type Rect } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { Design } from '../../core/model/design.ts';
import { getDesign, useDesignStore } from '../../state/design-store.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { CanvasLayout } from './canvas-layout.ts';
import { FIT_OPTIONS } from './CanvasToolbar.tsx';

/**
 * A new document (New, Open, a restored autosave: `replaceDocument` clears the history)
 * is shown whole, as on first load, and so is the design after `requestFit` (a template,
 * opened as an undoable change). Ordinary edits never move the view.
 */
export function useFitNewDocument() {
  const flow = useReactFlow();
  const store = useStoreApi();
  const design = useDesignStore((s) => s.design);
  const fitRequest = useUiStore((s) => s.fitRequest);
  const previous = useRef(design);
  const answered = useRef(fitRequest);

  useEffect(() => {
    if (previous.current === design) return;
    previous.current = design;
    const { pastStates, futureStates } = useDesignStore.temporal.getState();
    if (pastStates.length || futureStates.length || !design.nodes.length) return;
    // After React Flow has the new nodes.
    const frame = requestAnimationFrame(() => requestAnimationFrame(() => void flow.fitView(FIT_OPTIONS)));
    return () => cancelAnimationFrame(frame);
  }, [design, flow]);

  useEffect(() => {
    if (answered.current === fitRequest) return;
    answered.current = fitRequest;
    // From the design's own geometry, as FirstFit does: the canvas draws a large change a
    // render or more later (a deferred value), so React Flow may not have its nodes yet.
    const bounds = designBounds(getDesign());
    const { width, height, minZoom } = store.getState();
    if (bounds && width && height) void flow.setViewport(getViewportForBounds(bounds, width, height, minZoom, FIT_OPTIONS.maxZoom, FIT_OPTIONS.padding));
  }, [fitRequest, flow, store]);
}

/** The box around everything drawn at the top level (frames include what they hold). */
function designBounds(design: Design): Rect | undefined {
  const layout = new CanvasLayout(design);
  let box: { x0: number; y0: number; x1: number; y1: number } | undefined;
  for (const n of design.nodes) {
    if (layout.parentOf(n.id) !== undefined) continue;
    const { width, height } = layout.size(n);
    const { x, y } = n.position;
    box = box
      ? { x0: Math.min(box.x0, x), y0: Math.min(box.y0, y), x1: Math.max(box.x1, x + width), y1: Math.max(box.y1, y + height) }
      : { x0: x, y0: y, x1: x + width, y1: y + height };
  }
  return box && { x: box.x0, y: box.y0, width: box.x1 - box.x0, height: box.y1 - box.y0 };
}
