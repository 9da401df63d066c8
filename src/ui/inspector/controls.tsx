import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { commit, getDesign } from '../../state/design-store.ts';
import type { Problem } from '../../core/validate/types.ts';
import { CloseIcon } from '../shell/icons.tsx';
import { SeverityIcon } from '../shell/SeverityIcon.tsx';

/** The inspector's form controls: one look for every input, select and small button. */
export const INPUT =
  'h-7 w-full min-w-0 rounded border border-slate-300 bg-white px-2 text-[13px] text-slate-900 placeholder:text-slate-400 ' +
  'focus:border-accent-500 focus:outline-none focus:ring-1 focus:ring-accent-500 ' +
  'aria-invalid:border-red-500 aria-invalid:ring-red-500 ' +
  'dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100 dark:placeholder:text-slate-500 dark:focus:border-accent-500';

export const SELECT = `${INPUT} pr-6`;

/** Outline of a control a rule warns about (errors use aria-invalid, styled in INPUT). */
export const WARN = 'border-amber-500! dark:border-amber-500!';

export type Tone = 'error' | 'warning' | undefined;

/** Props that mark a control as flagged by a rule (or by its own parse error). */
export function toneProps(tone: Tone, ownError?: unknown): { 'aria-invalid'?: true; tone: string } {
  if (ownError || tone === 'error') return { 'aria-invalid': true, tone: '' };
  return { tone: tone === 'warning' ? WARN : '' };
}

export const TEXTAREA = INPUT.replace('h-7 ', '') + ' py-1.5 font-mono text-xs leading-relaxed';

export const CHECKBOX = 'size-3.5 rounded border-slate-300 accent-accent-600 dark:border-slate-600';

export const HELP = 'mt-1 text-[11px] leading-snug text-slate-500 dark:text-slate-400';

export const LABEL = 'text-xs font-medium text-slate-600 dark:text-slate-300';

export const SUBLABEL = 'mb-0.5 block text-[11px] text-slate-500 dark:text-slate-400';

export function SectionTitle({ children, aside }: { children: ReactNode; aside?: ReactNode }) {
  return (
    <div className="flex items-center justify-between border-t border-slate-200 px-3 pt-3 pb-1.5 dark:border-slate-800">
      <h3 className="text-[11px] font-semibold tracking-wider text-slate-500 uppercase dark:text-slate-400">{children}</h3>
      {aside}
    </div>
  );
}

export function SmallButton({ className = '', ...rest }: ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      type="button"
      className={`inline-flex h-7 shrink-0 items-center gap-1 rounded border border-slate-300 bg-white px-2 text-xs font-medium text-slate-700 hover:bg-slate-50 disabled:pointer-events-none disabled:opacity-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800 ${className}`}
      {...rest}
    />
  );
}

/** A quiet text button for "Add" under lists. */
export function AddButton({ children, ...rest }: ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      type="button"
      className="mt-1 inline-flex h-6 items-center gap-1 rounded px-1.5 text-xs font-medium text-accent-700 hover:bg-accent-50 dark:text-accent-400 dark:hover:bg-slate-800"
      {...rest}
    >
      <svg width="12" height="12" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" aria-hidden="true">
        <path d="M12 5v14M5 12h14" />
      </svg>
      {children}
    </button>
  );
}

/** The × that removes a row or a connection. */
export function RemoveButton(props: ButtonHTMLAttributes<HTMLButtonElement> & { 'aria-label': string }) {
  return (
    <button
      type="button"
      title={props['aria-label']}
      className="inline-flex size-7 shrink-0 items-center justify-center rounded text-slate-400 hover:bg-slate-100 hover:text-red-600 dark:hover:bg-slate-800 dark:hover:text-red-400"
      {...props}
    >
      <CloseIcon size={13} />
    </button>
  );
}

const TONE: Record<Problem['severity'], string> = {
  error: 'text-red-700 dark:text-red-300',
  warning: 'text-amber-700 dark:text-amber-300',
  info: 'text-sky-700 dark:text-sky-300',
};

/** Rule messages, each with its rule id and, when the rule has one, its quick fix. */
export function ProblemNotes({ problems, compact = false }: { problems: readonly Problem[]; compact?: boolean }) {
  if (!problems.length) return null;
  return (
    <ul className={compact ? 'mt-1 space-y-1' : 'space-y-1.5'}>
      {problems.map((p, i) => (
        <li key={`${p.ruleId}-${i}`} className={`flex items-start gap-1.5 text-xs leading-snug ${TONE[p.severity]}`}>
          <SeverityIcon level={p.severity} size={13} className="mt-px" />
          <span className="min-w-0 flex-1">
            {p.message} <span className="font-mono text-[10px] opacity-70">{p.ruleId}</span>
          </span>
          {p.fix && (
            <button
              type="button"
              onClick={() => commit(p.fix!.apply(getDesign()), p.fix!.label)}
              title={p.fix.label}
              className="-my-0.5 shrink-0 rounded border border-current/30 px-1.5 py-px text-[11px] font-medium hover:bg-current/10"
            >
              Fix
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
