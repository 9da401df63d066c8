import { useState, type FocusEvent, type KeyboardEvent } from 'react';
import { fromStringRows, toStringRows } from '../row-values.ts';
import { AddButton, INPUT, RemoveButton, toneProps } from '../controls.tsx';
import { toneOf } from '../problem-fields.ts';
import { labelId } from '../FieldRow.tsx';
import { useDraft } from '../use-draft.ts';
import type { FieldProps } from './types.ts';

/**
 * A list of strings (subnets, security groups, command), one input per item. The list is
 * committed when focus leaves it or on Enter, so editing a whole list is one undo entry.
 */
export function StringListField({ id, spec, value, onCommit, describedBy, marks }: FieldProps) {
  const [rows, setRows, reset] = useDraft(JSON.stringify(value ?? null), () => toStringRows(value));
  const [focusRow, setFocusRow] = useState(-1);

  const save = (next: readonly string[] = rows) => onCommit(fromStringRows(next, value));
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) save();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') save();
    else if (e.key === 'Escape') {
      e.stopPropagation();
      reset();
    }
  };

  return (
    <div role="group" aria-labelledby={labelId(id)} aria-describedby={describedBy} onBlur={onBlur} className="space-y-1">
      {rows.map((row, i) => {
        const { tone, ...invalid } = toneProps(toneOf(marks, String(i)) ?? toneOf(marks, ''));
        return (
        <div key={i} className="flex items-center gap-1">
          <input
            id={i === 0 ? id : undefined}
            aria-label={`${spec.label} ${i + 1}`}
            value={row}
            spellCheck={false}
            autoComplete="off"
            autoFocus={i === focusRow}
            placeholder={spec.placeholder}
            {...invalid}
            onChange={(e) => setRows(rows.map((r, j) => (j === i ? e.target.value : r)))}
            onKeyDown={onKeyDown}
            className={`${INPUT} ${tone} font-mono text-xs`}
          />
          <RemoveButton aria-label={`Remove ${spec.label} ${i + 1}`} onClick={() => save(rows.filter((_, j) => j !== i))} />
        </div>
        );
      })}
      <AddButton
        aria-label={`Add to ${spec.label}`}
        onClick={() => {
          setRows([...rows, '']);
          setFocusRow(rows.length);
        }}
      >
        Add
      </AddButton>
    </div>
  );
}
