import { useId, useRef } from 'react';
import { useModalDialog } from './use-modal-dialog.ts';
import { useImportReport } from './import-report.ts';

/** The report of a compose import: what became what, what was left out or changed. A modal <dialog>; Escape or Close ends it. */
export function ImportReportDialog() {
  const report = useImportReport((s) => s.report);
  const close = useImportReport((s) => s.close);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useModalDialog(ref, !!report);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
      className="m-auto w-[min(720px,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      {report && (
        <>
          <div className="max-h-[70vh] overflow-y-auto p-5 text-[13px] leading-relaxed">
            <h2 id={titleId} className="text-[15px] font-semibold">
              {report.title}
            </h2>
            <Section title="What became what" lines={report.mapped} />
            <Section title={`Left out or changed (${report.warnings.length})`} lines={report.warnings} tone="warning" />
            <Section title={`Notes (${report.notes.length})`} lines={report.notes} />
          </div>
          <div className="flex justify-end border-t border-slate-200 bg-slate-50 px-5 py-3 dark:border-slate-800 dark:bg-slate-900/60">
            <button
              type="button"
              autoFocus
              onClick={close}
              className="h-8 rounded-md bg-accent-600 px-3 text-[13px] font-medium text-white hover:bg-accent-700 dark:bg-accent-500 dark:text-slate-950 dark:hover:bg-accent-400"
            >
              Close
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}

function Section({ title, lines, tone }: { title: string; lines: readonly string[]; tone?: 'warning' }) {
  if (!lines.length) return null;
  return (
    <section className="mt-4">
      <h3 className={`text-[13px] font-semibold ${tone === 'warning' ? 'text-amber-700 dark:text-amber-400' : 'text-slate-700 dark:text-slate-300'}`}>{title}</h3>
      <ul className="mt-1.5 list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-300">
        {lines.map((line, i) => (
          <li key={i} className="break-words">
            {line}
          </li>
        ))}
      </ul>
    </section>
  );
}
