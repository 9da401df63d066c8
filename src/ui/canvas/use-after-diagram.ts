import { useEffect, useState } from 'react';
import { afterPaint, whenIdle } from '../../state/scheduling.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { whenPointerQuiet } from '../pointer-quiet.ts';

const SOON = whenIdle(300);

/**
 * True once the diagram has been drawn and the browser has had a moment to spare, and from
 * then on. For what helps with the diagram but is not the diagram: the minimap (which draws
 * every node again) and the side panes (ui-store `diagramDrawn`) come a moment later
 * instead of delaying the first picture of a large design.
 *
 * `fitted`: the canvas has its nodes and shows them whole (FirstFit). The wait for idle
 * time starts once that picture has been painted: started earlier, its time-out would run
 * out while the diagram is still being built, and the side panes would go before it. Nor
 * do they come in the middle of a pan or zoom the user has started (pointer-quiet.ts).
 */
export function useAfterDiagram(fitted: boolean): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready || !fitted) return;
    let cancel = () => {};
    let live = true;
    afterPaint(() => {
      if (!live) return;
      cancel = SOON(() => {
        cancel = whenPointerQuiet(() => {
          setReady(true);
          useUiStore.getState().markDiagramDrawn();
        });
      });
    });
    return () => {
      live = false;
      cancel();
    };
  }, [fitted, ready]);
  return ready;
}
