import { useState, type KeyboardEvent } from 'react';
import { formatScalar, parseScalar } from '../field-values.ts';
import { INPUT, toneProps } from '../controls.tsx';
import { toneOf } from '../problem-fields.ts';
import { useDraft } from '../use-draft.ts';
import type { FieldProps } from './types.ts';

/**
 * A text or number input. Typing only changes the draft; the value is committed on blur
 * or Enter (one undo entry per edit), Escape puts back the stored value.
 */
export function ScalarField({ id, spec, value, onCommit, describedBy, marks }: FieldProps) {
  const shown = formatScalar(value);
  const [draft, setDraft, reset] = useDraft(shown, () => shown);
  const [error, setError] = useState<string | undefined>();

  const save = () => {
    if (draft === shown) return setError(undefined);
    const parsed = parseScalar(spec, draft);
    if (!parsed.ok) return setError(parsed.message);
    setError(undefined);
    if (onCommit(parsed.value) === false) reset();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') save();
    else if (e.key === 'Escape' && draft !== shown) {
      e.stopPropagation();
      reset();
      setError(undefined);
    }
  };

  const numeric = spec.type === 'number' || spec.numberAsString;
  const { tone, ...invalid } = toneProps(toneOf(marks), error);
  return (
    <>
      <input
        id={id}
        type="text"
        inputMode={numeric ? 'numeric' : undefined}
        spellCheck={false}
        autoComplete="off"
        value={draft}
        placeholder={spec.placeholder}
        {...invalid}
        aria-describedby={error ? `${id}-error ${describedBy ?? ''}` : describedBy}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={save}
        onKeyDown={onKeyDown}
        className={`${INPUT} ${tone} ${numeric ? 'tabular-nums' : ''}`}
      />
      {error && (
        <p id={`${id}-error`} className="mt-1 text-[11px] text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
    </>
  );
}
