import type { ReactNode } from 'react';
import type { Problem } from '../../core/validate/types.ts';
import { HELP, LABEL, ProblemNotes } from './controls.tsx';

/**
 * One field of the form: visible label, the control, its help in plain words, and the
 * rule messages that concern it. Short controls sit beside their label (a two-column
 * grid keeps labels aligned); lists and editors take the full width under it.
 */
export interface FieldRowProps {
  id: string;
  label: string;
  help?: string;
  problems?: readonly Problem[];
  /** 'inline': label left of the control; 'block': label above a full-width control. */
  layout: 'inline' | 'block';
  /** The label names a single input (`<label for>`); otherwise it names a group of inputs. */
  labelsInput?: boolean;
  labelAside?: ReactNode;
  /** Opens the Learn tab on this field's explanation (node fields). */
  onLearnMore?: () => void;
  children: ReactNode;
}

export function helpId(id: string): string {
  return `${id}-help`;
}

export function labelId(id: string): string {
  return `${id}-label`;
}

/**
 * The small "?" beside a label that opens the field's explanation in the Learn tab. Its name
 * is "Explain", described by the field's label: a name holding the label would make the label
 * name two controls (the input and this button).
 */
function LearnMore({ id, label, onClick }: { id: string; label: string; onClick: () => void }) {
  return (
    <button
      type="button"
      data-learn-more={label}
      onClick={onClick}
      title={`Learn more about ${label}`}
      aria-label="Explain"
      aria-describedby={labelId(id)}
      className="ml-1 inline-flex size-4 items-center justify-center rounded-full border border-slate-300 align-[1px] text-[10px] leading-none font-semibold text-slate-500 hover:border-accent-500 hover:text-accent-700 dark:border-slate-600 dark:text-slate-400 dark:hover:border-accent-400 dark:hover:text-accent-300"
    >
      ?
    </button>
  );
}

export function FieldRow({ id, label, help, problems = [], layout, labelsInput = true, labelAside, onLearnMore, children }: FieldRowProps) {
  const learn = onLearnMore && <LearnMore id={id} label={label} onClick={onLearnMore} />;
  const labelEl = labelsInput ? (
    <label id={labelId(id)} htmlFor={id} className={LABEL}>
      {label}
    </label>
  ) : (
    <span id={labelId(id)} className={LABEL}>
      {label}
    </span>
  );
  const helpText = help && (
    <p id={helpId(id)} className={HELP}>
      {help}
    </p>
  );
  const notes = <ProblemNotes problems={problems} compact />;
  if (layout === 'block') {
    // A list's help goes under its label, before rows that can grow long.
    return (
      <div className="px-3 py-1.5">
        <div className="flex min-h-5 items-center justify-between gap-2">
          <span className="flex items-center">
            {labelEl}
            {learn}
          </span>
          {labelAside}
        </div>
        <div className="mb-1.5 [&>p]:mt-0">{helpText}</div>
        {children}
        {notes}
      </div>
    );
  }
  return (
    <div className="grid grid-cols-[minmax(6.5rem,36%)_minmax(0,1fr)] items-start gap-x-3 px-3 py-1">
      <div className="pt-1.5 leading-tight">
        {labelEl}
        {learn}
      </div>
      <div className="min-w-0">
        {children}
        {helpText}
        {notes}
      </div>
    </div>
  );
}
