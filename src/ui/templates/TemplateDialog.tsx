import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useModalDialog } from '../shell/use-modal-dialog.ts';
import type { Design } from '../../core/model/design.ts';
import { TEMPLATES, type TemplateInfo } from '../../core/templates/catalog.ts';
import { readTemplate } from './template-files.ts';
import { TemplatePreview } from './TemplatePreview.tsx';

interface Props {
  open: boolean;
  onChoose(template: TemplateInfo): void;
  onCancel(): void;
}

/**
 * "New from template…": a modal list of the templates, each with its title, description,
 * a thumbnail and the features it shows. A modal <dialog> as ConfirmDialog is (focus stays
 * in it, Escape cancels); the up and down arrow keys move between templates, Enter or a
 * click chooses one.
 */
export function TemplateDialog({ open, onChoose, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const designs = useTemplateDesigns(open);

  useModalDialog(ref, open, (dialog) => dialog.querySelector<HTMLButtonElement>('[data-template]')?.focus());

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Home' && e.key !== 'End') return;
    const items = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('[data-template]')];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : Math.min(items.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1)));
    items[next]?.focus();
    e.preventDefault();
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      className="m-auto w-[min(760px,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      {/* The layout is on a box inside: a display class on the <dialog> would show it closed. */}
      <div className="flex max-h-[min(760px,calc(100vh-2rem))] flex-col">
        <div className="border-b border-slate-200 px-5 py-4 dark:border-slate-800">
          <h2 id={titleId} className="text-[15px] font-semibold">
            New from template
          </h2>
          <p className="mt-1 text-[13px] text-slate-600 dark:text-slate-300">Start from a complete design that derives and validates without problems. It replaces the current design; Undo brings that back.</p>
        </div>
        {open && (
          <ul aria-label="Templates" onKeyDown={onKeyDown} className="min-h-0 flex-1 overflow-y-auto p-2">
            {TEMPLATES.map((t) => (
              <li key={t.id}>
                <button
                  type="button"
                  data-template={t.id}
                  onClick={() => onChoose(t)}
                  className="flex w-full gap-4 rounded-md p-3 text-left hover:bg-slate-50 focus-visible:bg-accent-50 focus-visible:outline-2 focus-visible:outline-accent-500 dark:hover:bg-slate-800 dark:focus-visible:bg-slate-800"
                >
                  <TemplatePreview design={designs[t.id]} />
                  <span className="min-w-0">
                    <span className="block text-[14px] font-semibold">{t.title}</span>
                    <span className="mt-0.5 block text-[13px] leading-snug text-slate-600 dark:text-slate-300">{t.description}</span>
                    <span className="mt-1.5 flex flex-wrap gap-1">
                      {t.features.map((f) => (
                        <span key={f} className="rounded bg-slate-100 px-1.5 py-0.5 text-[11px] text-slate-700 dark:bg-slate-800 dark:text-slate-300">
                          {f}
                        </span>
                      ))}
                    </span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="flex justify-end border-t border-slate-200 bg-slate-50 px-5 py-3 dark:border-slate-800 dark:bg-slate-900/60">
          <button
            type="button"
            onClick={onCancel}
            className="h-8 rounded-md border border-slate-300 bg-white px-3 text-[13px] font-medium text-slate-700 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700"
          >
            Cancel
          </button>
        </div>
      </div>
    </dialog>
  );
}

/** The templates' designs for the thumbnails, loaded the first time the dialog opens. */
function useTemplateDesigns(open: boolean): Record<string, Design> {
  const [designs, setDesigns] = useState<Record<string, Design>>({});
  const loaded = Object.keys(designs).length > 0;
  useEffect(() => {
    if (!open || loaded) return;
    let live = true;
    void Promise.all(TEMPLATES.map(async (t) => [t.id, await readTemplate(t.id)] as const)).then((reads) => {
      if (!live) return;
      const out: Record<string, Design> = {};
      for (const [id, read] of reads) if (read.ok) out[id] = read.design;
      setDesigns(out);
    });
    return () => {
      live = false;
    };
  }, [open, loaded]);
  return designs;
}
