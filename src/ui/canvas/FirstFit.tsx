import { getViewportForBounds, useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import { FIT_OPTIONS } from './CanvasToolbar.tsx';

/**
 * Shows the design whole when the canvas opens, before its nodes are first drawn.
 *
 * React Flow's own `fitView` waits until it has measured every node in the DOM: the nodes
 * are drawn once at zoom 1, measured, fitted and drawn again, a frame later. Here sizes
 * and handles are stated on the nodes (flow-mapping.ts), so the fit can be worked out at
 * once. Rendered inside <ReactFlow>: its effect runs after React Flow's own, which have
 * by then taken the nodes and set up the viewport and the pane size, and before React
 * draws the nodes. `onFitted` follows (also for an empty design, which stays at zoom 1).
 */
export function FirstFit({ onFitted }: { onFitted: () => void }) {
  const store = useStoreApi();
  const flow = useReactFlow();
  useEffect(() => {
    const { nodes, width, height, minZoom, panZoom } = store.getState();
    if (nodes.length && panZoom && width && height) {
      const viewport = getViewportForBounds(flow.getNodesBounds(nodes), width, height, minZoom, FIT_OPTIONS.maxZoom, FIT_OPTIONS.padding);
      void flow.setViewport(viewport);
    }
    onFitted();
    // Once, when the canvas opens: later documents are fitted by useFitNewDocument.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return null;
}
