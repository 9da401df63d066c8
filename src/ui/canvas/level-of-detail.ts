import { useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { createContext, useContext, useEffect, useState } from 'react';

/**
 * Below this zoom the text on a node is too small to read, so nodes draw as simple named
 * boxes, lines lose their labels and stop animating: far fewer elements to paint when a
 * large design is seen whole. Components re-render only when the zoom crosses it.
 */
export const LOW_DETAIL_ZOOM = 0.3;

/**
 * A design this large, fitted whole, is seen below LOW_DETAIL_ZOOM. While such a design
 * waits for a fit (opening the editor, opening a file), it is drawn in low detail from the
 * start: otherwise every node would first be built and measured in full detail at zoom 1,
 * only to be rebuilt as a box a frame later. If the fit lands at a readable zoom after
 * all, the nodes switch to full detail then.
 */
export const LARGE_DESIGN_NODES = 300;

export function isLowDetail({ zoom, nodeCount, fitPending }: { zoom: number; nodeCount: number; fitPending: boolean }): boolean {
  return zoom < LOW_DETAIL_ZOOM || (fitPending && nodeCount >= LARGE_DESIGN_NODES);
}

const zoomOf = (s: ReactFlowState) => s.transform[2];
const fitQueued = (s: ReactFlowState) => s.fitViewQueued;

/**
 * For the canvas itself (one subscription to React Flow's store, handed down by LowDetail).
 * `nodeCount` comes from the design: on the canvas's first render React Flow's store has
 * no nodes yet and no fit queued, so it cannot say that a large design is about to be fitted.
 */
export function useCanvasLowDetail(nodeCount: number): boolean {
  const zoom = useStore(zoomOf);
  const queued = useStore(fitQueued);
  const store = useStoreApi();
  // The editor's first fit: the viewport starts at scale 1, and the fit moves it.
  const [firstFitPending, setFirstFitPending] = useState(true);
  useEffect(() => {
    if (!firstFitPending) return;
    return store.subscribe((s) => {
      if (s.transform[2] !== 1) setFirstFitPending(false);
    });
  }, [store, firstFitPending]);
  return isLowDetail({ zoom, nodeCount, fitPending: firstFitPending || queued });
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
