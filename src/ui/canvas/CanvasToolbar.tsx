import { Panel, useReactFlow } from '@xyflow/react';
import { useCallback, useState } from 'react';
import { moveNodes } from '../../core/commands/design-commands.ts';
import { commit, getDesign } from '../../state/design-store.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { FitIcon, LayoutIcon, PictureIcon } from './icons.tsx';
import { PictureDialog } from './picture/PictureDialog.tsx';
import { computeAutoLayout } from './layout/auto-layout.ts';

export const FIT_OPTIONS = { padding: 0.15, maxZoom: 1 };

const BUTTON =
  'inline-flex h-7 items-center gap-1.5 px-2.5 text-xs font-medium text-slate-700 hover:bg-slate-100 focus-visible:relative focus-visible:outline-2 focus-visible:outline-accent-500 disabled:opacity-50 dark:text-slate-200 dark:hover:bg-slate-800';

/** Auto-layout (ELK, one undo entry), Fit view and Picture (PNG / SVG); presenting, only the last two. */
export function CanvasToolbar() {
  const flow = useReactFlow();
  const [busy, setBusy] = useState(false);
  const [picturing, setPicturing] = useState(false);
  const presenting = useUiStore((s) => s.presenting);

  const fit = useCallback(() => void flow.fitView({ ...FIT_OPTIONS, duration: 250 }), [flow]);

  const autoLayout = useCallback(async () => {
    setBusy(true);
    try {
      const positions = await computeAutoLayout(getDesign());
      // Applied to the design as it is now, in case it changed while ELK was working.
      const before = getDesign();
      const result = moveNodes(before, positions);
      // moveNodes keeps the node objects it did not move: nothing new means no undo entry.
      if (result.design.nodes.some((n, i) => n !== before.nodes[i])) commit(result.design, 'Auto-layout');
      // Fit once React Flow has the new positions.
      requestAnimationFrame(() => requestAnimationFrame(fit));
    } catch (error) {
      useUiStore.getState().notify({ level: 'error', message: `Auto-layout failed: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  }, [fit]);

  return (
    <Panel position="top-left">
      <div
        role="toolbar"
        aria-label="Canvas"
        className="flex divide-x divide-slate-200 overflow-hidden rounded-md border border-slate-200 bg-white shadow-sm dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900"
      >
        {!presenting && (
          <button type="button" className={BUTTON} onClick={autoLayout} disabled={busy} title="Arrange the diagram left to right">
            <LayoutIcon className="size-4" />
            {busy ? 'Arranging…' : 'Auto-layout'}
          </button>
        )}
        <button type="button" className={BUTTON} onClick={fit} title="Show the whole diagram">
          <FitIcon className="size-4" />
          Fit view
        </button>
        <button type="button" className={BUTTON} onClick={() => setPicturing(true)} title="Download a picture of the diagram (PNG or SVG)">
          <PictureIcon className="size-4" />
          Picture…
        </button>
      </div>
      <PictureDialog open={picturing} onClose={() => setPicturing(false)} />
    </Panel>
  );
}
