import { useReactFlow } from '@xyflow/react';
import { useId, useRef, useState } from 'react';
import { useUiStore } from '../../../state/ui-store.ts';
import { useModalDialog } from '../../shell/use-modal-dialog.ts';
import { useResolvedTheme } from '../../theme.ts';
import type { CanvasEdge, CanvasNode } from '../flow-mapping.ts';
import { capturePicture, type PictureRequest } from './capture-picture.ts';

interface Props {
  open: boolean;
  onClose(): void;
}

function Choice<T extends string>({ legend, value, options, onChange }: { legend: string; value: T; options: ReadonlyArray<{ value: T; label: string; disabled?: boolean }>; onChange(v: T): void }) {
  const name = useId();
  return (
    <fieldset className="mt-3">
      <legend className="text-[12px] font-semibold text-slate-500 dark:text-slate-400">{legend}</legend>
      <div className="mt-1 flex gap-4">
        {options.map((o) => (
          <label key={o.value} className={`flex items-center gap-1.5 text-[13px] ${o.disabled ? 'opacity-50' : ''}`}>
            <input type="radio" name={name} value={o.value} checked={value === o.value} disabled={o.disabled} onChange={() => onChange(o.value)} className="accent-accent-600" />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * Picture of the diagram: PNG or SVG, the whole design or the selection, light or dark.
 * A modal <dialog> (focus stays inside, Escape closes).
 */
export function PictureDialog({ open, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const flow = useReactFlow<CanvasNode, CanvasEdge>();
  const theme = useResolvedTheme();
  const hasSelection = useUiStore((s) => s.selectedNodeIds.length > 0);
  const [request, setRequest] = useState<PictureRequest>({ format: 'png', scope: 'design', theme });
  const [busy, setBusy] = useState(false);

  // Each time it opens: the selection if there is one, in the theme on screen.
  useModalDialog(ref, open, () => setRequest((r) => ({ ...r, scope: hasSelection ? 'selection' : 'design', theme })));

  const take = async () => {
    const root = document.querySelector<HTMLElement>('.ecs-canvas');
    if (!root) return;
    setBusy(true);
    // The dialog closes first: the canvas behind it is what is drawn.
    onClose();
    const notify = useUiStore.getState().notify;
    try {
      const name = await capturePicture(flow, root, request);
      notify({ level: 'info', message: `Picture saved as ${name}.` });
    } catch (error) {
      notify({ level: 'error', message: `No picture: ${error instanceof Error ? error.message : String(error)}.` });
    } finally {
      setBusy(false);
    }
  };

  const set = <K extends keyof PictureRequest>(key: K) => (value: PictureRequest[K]) => setRequest((r) => ({ ...r, [key]: value }));
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      className="m-auto w-[min(380px,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="p-5">
        <h2 id={titleId} className="text-[15px] font-semibold">
          Picture of the diagram
        </h2>
        <Choice legend="Format" value={request.format} onChange={set('format')} options={[{ value: 'png', label: 'PNG' }, { value: 'svg', label: 'SVG' }]} />
        <Choice
          legend="What"
          value={request.scope}
          onChange={set('scope')}
          options={[
            { value: 'design', label: 'Whole design' },
            { value: 'selection', label: 'Selection', disabled: !hasSelection },
          ]}
        />
        <Choice legend="Theme" value={request.theme} onChange={set('theme')} options={[{ value: 'light', label: 'Light' }, { value: 'dark', label: 'Dark' }]} />
      </div>
      <div className="flex justify-end gap-2 border-t border-slate-200 bg-slate-50 px-5 py-3 dark:border-slate-800 dark:bg-slate-900/60">
        <button
          type="button"
          onClick={onClose}
          className="h-8 rounded-md border border-slate-300 bg-white px-3 text-[13px] font-medium text-slate-700 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700"
        >
          Cancel
        </button>
        <button
          type="button"
          autoFocus
          disabled={busy}
          onClick={() => void take()}
          className="h-8 rounded-md bg-accent-600 px-3 text-[13px] font-medium text-white hover:bg-accent-700 disabled:opacity-50 dark:bg-accent-500 dark:text-slate-950 dark:hover:bg-accent-400"
        >
          Download
        </button>
      </div>
    </dialog>
  );
}
