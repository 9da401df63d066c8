import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useDesignStore } from '../../state/design-store.ts';
import { FIT_OPTIONS } from './CanvasToolbar.tsx';

/**
 * A new document (New, Open, a restored autosave: `replaceDocument` clears the history)
 * is shown whole, as on first load. Ordinary edits never move the view.
 */
export function useFitNewDocument() {
  const flow = useReactFlow();
  const design = useDesignStore((s) => s.design);
  const previous = useRef(design);

  useEffect(() => {
    if (previous.current === design) return;
    previous.current = design;
    const { pastStates, futureStates } = useDesignStore.temporal.getState();
    if (pastStates.length || futureStates.length || !design.nodes.length) return;
    // After React Flow has the new nodes.
    const frame = requestAnimationFrame(() => requestAnimationFrame(() => void flow.fitView(FIT_OPTIONS)));
    return () => cancelAnimationFrame(frame);
  }, [design, flow]);
}
