import { useStore, type ReactFlowState } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { whenIdle } from '../../state/scheduling.ts';
import { useUiStore } from '../../state/ui-store.ts';

const SOON = whenIdle(300);

/** Every node measured and shown (an empty design counts as drawn). */
const drawn = (s: ReactFlowState) => s.nodesInitialized || s.nodes.length === 0;

/**
 * True once the diagram has been drawn and the browser has had a moment to spare, and from
 * then on. For what helps with the diagram but is not the diagram: the minimap (which draws
 * every node again) and the side panes (ui-store `diagramDrawn`) come a moment later
 * instead of delaying the first picture of a large design.
 */
export function useAfterDiagram(): boolean {
  const initialized = useStore(drawn);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready || !initialized) return;
    return SOON(() => {
      setReady(true);
      useUiStore.getState().markDiagramDrawn();
    });
  }, [initialized, ready]);
  return ready;
}
