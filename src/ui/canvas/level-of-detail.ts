import { useStore, type ReactFlowState } from '@xyflow/react';

/**
 * Below this zoom the text on a node is too small to read, so nodes draw as simple named
 * boxes, lines lose their labels and stop animating: far fewer elements to paint when a
 * large design is seen whole. Components re-render only when the zoom crosses it.
 */
export const LOW_DETAIL_ZOOM = 0.3;

const isLowDetail = (s: ReactFlowState) => s.transform[2] < LOW_DETAIL_ZOOM;

export function useLowDetail(): boolean {
  return useStore(isLowDetail);
}
