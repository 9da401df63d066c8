import { useStore, type ReactFlowState } from '@xyflow/react';
import { createContext, useContext } from 'react';

/**
 * Below this zoom the text on a node is too small to read, so nodes draw as simple named
 * boxes and the lines, without labels or animation, are drawn together (OverviewLines):
 * far fewer elements to build and paint when a large design is seen whole. Components
 * re-render only when the zoom crosses it.
 */
export const LOW_DETAIL_ZOOM = 0.3;

/**
 * A design this large, fitted whole, is seen below LOW_DETAIL_ZOOM. While such a design
 * waits for a fit (opening the editor, opening a file), it is drawn in low detail from the
 * start: otherwise every node would first be built in full detail at zoom 1, only to be
 * rebuilt as a box a frame later. If the fit lands at a readable zoom after all, the
 * nodes switch to full detail then.
 */
export const LARGE_DESIGN_NODES = 300;

/**
 * Zoomed out, designs up to this size render every box instead of only those in view:
 * culling re-ran over every node on each frame of a pan and mounted and unmounted boxes at
 * the edges of the view, which cost more than the simple boxes it saved (bench/browser: pan
 * p95 at 1,000 nodes 33 → 17 ms). Beyond it, mounting every box would cost more than that.
 */
export const RENDER_ALL_ZOOMED_OUT_UP_TO = 2000;

/** Whether React Flow should render only the nodes in view (onlyRenderVisibleElements). */
export function cullToView({ nodeCount, lowDetail }: { nodeCount: number; lowDetail: boolean }): boolean {
  if (nodeCount < LARGE_DESIGN_NODES) return false;
  return !lowDetail || nodeCount > RENDER_ALL_ZOOMED_OUT_UP_TO;
}

export function isLowDetail({ zoom, nodeCount, fitPending }: { zoom: number; nodeCount: number; fitPending: boolean }): boolean {
  return zoom < LOW_DETAIL_ZOOM || (fitPending && nodeCount >= LARGE_DESIGN_NODES);
}

const zoomOf = (s: ReactFlowState) => s.transform[2];
const fitQueued = (s: ReactFlowState) => s.fitViewQueued;

/**
 * For the canvas itself (one subscription to React Flow's store, handed down by LowDetail).
 * `fitted`: the canvas has shown the design whole once (FirstFit); until then the zoom
 * is React Flow's starting 1, which says nothing about how the design will be seen.
 */
export function useCanvasLowDetail(nodeCount: number, fitted: boolean): boolean {
  const zoom = useStore(zoomOf);
  const queued = useStore(fitQueued);
  return isLowDetail({ zoom, nodeCount, fitPending: !fitted || queued });
}

/**
 * The canvas's level of detail for its nodes and edges. A context rather than a store
 * subscription per node and edge: those would be thousands of listeners, each run on every
 * change of React Flow's store (every frame of a pan or a drag).
 */
export const LowDetail = createContext(false);

export function useLowDetail(): boolean {
  return useContext(LowDetail);
}
