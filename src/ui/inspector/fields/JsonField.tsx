import { formatJson, parseJsonText } from '../field-values.ts';
import { TEXTAREA, toneProps } from '../controls.tsx';
import { labelId } from '../FieldRow.tsx';
import { toneOf } from '../problem-fields.ts';
import { useDraft } from '../use-draft.ts';
import type { FieldProps } from './types.ts';

/** Raw JSON for values the form has no editor for (IAM policy statements); applied on blur when valid. */
export function JsonField({ id, spec, value, onCommit, describedBy, marks }: FieldProps) {
  const shown = formatJson(value);
  const [draft, setDraft] = useDraft(shown, () => shown);
  const parsed = parseJsonText(draft);
  const { tone, ...invalid } = toneProps(toneOf(marks), !parsed.ok);
  const lines = Math.min(14, Math.max(4, draft.split('\n').length));
  return (
    <>
      <textarea
        id={id}
        rows={lines}
        spellCheck={false}
        value={draft}
        placeholder={spec.placeholder ?? '[]'}
        // A block field's label is not a <label for>: name the textarea after it.
        aria-labelledby={labelId(id)}
        {...invalid}
        aria-describedby={parsed.ok ? describedBy : `${id}-error ${describedBy ?? ''}`}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          if (draft !== shown && parsed.ok) onCommit(parsed.value);
        }}
        className={`${TEXTAREA} ${tone}`}
      />
      {!parsed.ok && (
        <p id={`${id}-error`} className="mt-1 text-[11px] text-red-600 dark:text-red-400">
          {parsed.message} — not applied until it is valid.
        </p>
      )}
    </>
  );
}
