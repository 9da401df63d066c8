import { useState, type FocusEvent, type KeyboardEvent } from 'react';
import { isPlainObject } from '../../../core/model/json.ts';
import {
  DEFAULT_HEALTH_CHECK_COMMAND,
  fromHealthCheckDraft,
  HEALTH_CHECK_TIMINGS,
  toHealthCheckDraft,
  type HealthCheckDraft,
  type TimingKey,
} from '../health-check.ts';
import { CHECKBOX, INPUT, SUBLABEL, toneProps } from '../controls.tsx';
import { labelId } from '../FieldRow.tsx';
import { useDraft } from '../use-draft.ts';
import type { FieldProps } from './types.ts';

type Errors = Partial<Record<'command' | TimingKey, string>>;

/**
 * The container health check: a switch that adds or removes it, the command as one line
 * ("CMD-SHELL, curl -f http://localhost/ || exit 1") and the four timings. Text commits
 * when focus leaves the group or on Enter.
 */
export function HealthCheckField({ id, value, onCommit, describedBy, marks }: FieldProps) {
  const enabled = isPlainObject(value);
  const [draft, setDraft, reset] = useDraft<HealthCheckDraft>(JSON.stringify(value ?? null), () => toHealthCheckDraft(value));
  const [errors, setErrors] = useState<Errors>({});

  const commandTone = toneProps(marks.get('command') ?? marks.get(''), errors.command);
  const save = () => {
    const parsed = fromHealthCheckDraft(draft);
    if (!parsed.ok) return setErrors(parsed.errors);
    setErrors({});
    onCommit(parsed.value);
  };
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) save();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') save();
    else if (e.key === 'Escape') {
      e.stopPropagation();
      reset();
      setErrors({});
    }
  };

  return (
    <div role="group" aria-labelledby={labelId(id)} aria-describedby={describedBy}>
      <label className="flex h-6 items-center gap-2 text-xs text-slate-700 dark:text-slate-200">
        <input
          id={id}
          type="checkbox"
          checked={enabled}
          onChange={(e) => {
            setErrors({});
            onCommit(e.target.checked ? { command: DEFAULT_HEALTH_CHECK_COMMAND } : undefined);
          }}
          className={CHECKBOX}
        />
        Check the container’s health
      </label>
      {enabled && (
        <div onBlur={onBlur} className="mt-1.5 space-y-1.5 rounded-md border border-slate-200 bg-slate-50/60 p-2 dark:border-slate-800 dark:bg-slate-900/60">
          <div>
            <label htmlFor={`${id}-command`} className={SUBLABEL}>
              Command
            </label>
            <input
              id={`${id}-command`}
              value={draft.command}
              spellCheck={false}
              autoComplete="off"
              placeholder="CMD-SHELL, curl -f http://localhost/ || exit 1"
              aria-invalid={commandTone['aria-invalid']}
              aria-describedby={`${id}-command-help`}
              onChange={(e) => setDraft({ ...draft, command: e.target.value })}
              onKeyDown={onKeyDown}
              className={`${INPUT} ${commandTone.tone} font-mono text-xs`}
            />
            <p id={`${id}-command-help`} className="mt-0.5 text-[11px] leading-snug text-slate-500 dark:text-slate-400">
              “CMD-SHELL, ” then a shell command line, or “CMD, program, arg…”. Exit code 0 means healthy.
            </p>
            {errors.command && <p className="mt-0.5 text-[11px] text-red-600 dark:text-red-400">{errors.command}</p>}
          </div>
          <div className="grid grid-cols-2 gap-x-2 gap-y-1.5">
            {HEALTH_CHECK_TIMINGS.map((t) => {
              const timingTone = toneProps(marks.get(t.key), errors[t.key]);
              return (
              <div key={t.key} className="min-w-0">
                <label htmlFor={`${id}-${t.key}`} className={SUBLABEL}>
                  {t.label}
                </label>
                <input
                  id={`${id}-${t.key}`}
                  inputMode="numeric"
                  autoComplete="off"
                  value={draft.timings[t.key]}
                  placeholder={t.placeholder}
                  aria-invalid={timingTone['aria-invalid']}
                  aria-describedby={`${id}-${t.key}-help`}
                  onChange={(e) => setDraft({ ...draft, timings: { ...draft.timings, [t.key]: e.target.value } })}
                  onKeyDown={onKeyDown}
                  className={`${INPUT} ${timingTone.tone} tabular-nums`}
                />
                <p id={`${id}-${t.key}-help`} className="mt-0.5 text-[11px] leading-snug text-slate-500 dark:text-slate-400">
                  {errors[t.key] ? <span className="text-red-600 dark:text-red-400">{errors[t.key]}</span> : t.help}
                </p>
              </div>
              );
            })}
          </div>
        </div>
      )}
    </div>
  );
}
