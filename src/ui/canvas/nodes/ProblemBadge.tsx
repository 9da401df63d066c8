import { memo } from 'react';
import { useNodeProblemSummary } from '../../../state/derived.ts';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Error and warning counts of a node; re-renders only when the counts change. */
export const ProblemBadge = memo(function ProblemBadge({ id }: { id: string }) {
  const summary = useNodeProblemSummary(id);
  if (!summary) return null;
  const [errors = 0, warnings = 0] = summary.split(':').map(Number);
  if (!errors && !warnings) return null;
  const text = [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ');
  return (
    <span className="flex shrink-0 items-center gap-1" role="img" aria-label={text} title={text}>
      {errors > 0 && (
        <span className="inline-flex h-5 items-center gap-1 rounded-full bg-red-50 px-1.5 text-[11px] font-semibold tabular-nums text-red-700 ring-1 ring-red-600/25 ring-inset dark:bg-red-500/15 dark:text-red-300 dark:ring-red-400/30">
          <svg viewBox="0 0 12 12" className="size-3" aria-hidden="true">
            <circle cx="6" cy="6" r="5.25" fill="currentColor" />
            <path d="M4.2 4.2l3.6 3.6M7.8 4.2 4.2 7.8" stroke="white" strokeWidth="1.3" strokeLinecap="round" />
          </svg>
          {errors}
        </span>
      )}
      {warnings > 0 && (
        <span className="inline-flex h-5 items-center gap-1 rounded-full bg-amber-50 px-1.5 text-[11px] font-semibold tabular-nums text-amber-800 ring-1 ring-amber-600/30 ring-inset dark:bg-amber-400/15 dark:text-amber-300 dark:ring-amber-400/30">
          <svg viewBox="0 0 12 12" className="size-3" aria-hidden="true">
            <path d="M6 1.2 11 10.3H1L6 1.2Z" fill="currentColor" strokeLinejoin="round" />
            <path d="M6 4.6v2.6" stroke="white" strokeWidth="1.2" strokeLinecap="round" />
            <circle cx="6" cy="8.7" r=".65" fill="white" />
          </svg>
          {warnings}
        </span>
      )}
    </span>
  );
});
