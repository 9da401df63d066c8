import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, type RefObject } from 'react';
import { useUiStore } from '../../state/ui-store.ts';

/**
 * Keeps `viewCenter` (where keyboard-added nodes go) on the centre of what is visible,
 * in design coordinates. Updated when a pan/zoom ends and when the canvas is resized.
 */
export function useViewCenter(wrapperRef: RefObject<HTMLDivElement | null>) {
  const flow = useReactFlow();

  const update = useCallback(() => {
    const rect = wrapperRef.current?.getBoundingClientRect();
    if (!rect || !rect.width || !rect.height) return;
    const c = flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }, { snapToGrid: false });
    useUiStore.getState().setViewCenter({ x: Math.round(c.x), y: Math.round(c.y) });
  }, [flow, wrapperRef]);

  useEffect(() => {
    const el = wrapperRef.current;
    if (!el) return;
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, [wrapperRef, update]);

  return update;
}
