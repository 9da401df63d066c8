import { useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { JsonValue } from '../../../core/model/json.ts';
import { emptyRow, fromRows, toRows, type Column, type Row, type RowErrors } from '../row-values.ts';
import { AddButton, INPUT, RemoveButton, SELECT, SUBLABEL, toneProps } from '../controls.tsx';
import type { Marks } from '../problem-fields.ts';
import { labelId } from '../FieldRow.tsx';
import { useDraft } from '../use-draft.ts';

/**
 * Lists of objects: environment and tags as a two-column table, port mappings and
 * listeners as small cards. Text cells commit when focus leaves the list or on Enter;
 * a select or a removal commits at once. Each is one undo entry.
 */
export interface RowsFieldProps {
  id: string;
  label: string;
  value: JsonValue | undefined;
  columns: readonly Column[];
  variant: 'table' | 'cards';
  /** Card layout: column keys per line, e.g. [['containerPort','protocol','hostPort'], ['name','appProtocol']]. */
  lines?: readonly (readonly string[])[];
  /** Singular noun for the Add button and row names: "variable", "port mapping". */
  noun: string;
  onCommit(value: JsonValue | undefined): void;
  describedBy?: string;
  marks: Marks;
}

interface Draft {
  rows: Row[];
  errors: RowErrors;
}

export function RowsField({ id, label, value, columns, variant, lines, noun, onCommit, describedBy, marks }: RowsFieldProps) {
  const [draft, setDraft, reset] = useDraft<Draft>(JSON.stringify(value ?? null), () => ({ rows: toRows(value, columns), errors: [] }));
  const [focusRow, setFocusRow] = useState(-1);
  const { rows, errors } = draft;

  const save = (next: Row[] = rows) => {
    const parsed = fromRows(next, columns);
    if (!parsed.ok) return setDraft({ rows: next, errors: parsed.errors });
    setDraft({ rows: next, errors: [] });
    onCommit(parsed.value);
  };
  const setCell = (i: number, key: string, text: string, commitNow = false) => {
    const next = rows.map((r, j) => (j === i ? { ...r, cells: { ...r.cells, [key]: text } } : r));
    if (commitNow) save(next);
    else setDraft({ rows: next, errors });
  };
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) save();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Enter') save();
    else if (e.key === 'Escape') {
      e.stopPropagation();
      reset();
    }
  };

  const cell = (row: Row, i: number, col: Column, first: boolean, withLabel: boolean): ReactNode => {
    const cellId = `${id}-${i}-${col.key}`;
    const error = errors[i]?.[col.key];
    const name = `${col.label} ${i + 1}`;
    const { tone, ...invalid } = toneProps(marks.get(`${i}/${col.key}`) ?? marks.get(String(i)), error);
    const common = { id: i === 0 && first ? id : cellId, ...invalid, onKeyDown };
    const control =
      col.kind === 'select' || col.kind === 'boolean' ? (
        <select {...common} aria-label={withLabel ? undefined : name} value={row.cells[col.key] ?? ''} onChange={(e) => setCell(i, col.key, e.target.value, true)} className={`${SELECT} ${tone}`}>
          <option value="">(not set)</option>
          {withUnknown(col.kind === 'boolean' ? ['true', 'false'] : (col.options ?? []), row.cells[col.key] ?? '').map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          aria-label={withLabel ? undefined : name}
          type="text"
          inputMode={col.kind === 'number' ? 'numeric' : undefined}
          spellCheck={false}
          autoComplete="off"
          autoFocus={first && i === focusRow}
          placeholder={col.placeholder}
          value={row.cells[col.key] ?? ''}
          onChange={(e) => setCell(i, col.key, e.target.value)}
          className={`${INPUT} ${tone} ${col.kind === 'number' ? 'tabular-nums' : ''}`}
        />
      );
    return (
      <div key={col.key} className="min-w-0">
        {withLabel && (
          <label htmlFor={common.id} className={SUBLABEL}>
            {col.label}
          </label>
        )}
        {control}
        {error && <p className="mt-0.5 text-[11px] text-red-600 dark:text-red-400">{error}</p>}
      </div>
    );
  };

  const add = (
    <AddButton
      aria-label={`Add ${noun}`}
      onClick={() => {
        setDraft({ rows: [...rows, emptyRow(columns)], errors });
        setFocusRow(rows.length);
      }}
    >
      Add {noun}
    </AddButton>
  );
  const remove = (i: number) => <RemoveButton aria-label={`Remove ${noun} ${i + 1}`} onClick={() => save(rows.filter((_, j) => j !== i))} />;

  if (variant === 'table') {
    return (
      <div role="group" aria-labelledby={labelId(id)} aria-describedby={describedBy} onBlur={onBlur}>
        {rows.length > 0 && (
          <div className="mb-0.5 grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)_1.75rem] gap-1" aria-hidden="true">
            {columns.map((c) => (
              <span key={c.key} className="text-[11px] text-slate-500 dark:text-slate-400">
                {c.label}
              </span>
            ))}
          </div>
        )}
        <div className="space-y-1">
          {rows.map((row, i) => (
            <div key={i} className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)_1.75rem] items-start gap-1">
              {columns.map((c, ci) => cell(row, i, c, ci === 0, false))}
              {remove(i)}
            </div>
          ))}
        </div>
        {add}
      </div>
    );
  }

  const byKey = new Map(columns.map((c) => [c.key, c]));
  const layout = lines ?? [columns.map((c) => c.key)];
  return (
    <div role="group" aria-labelledby={labelId(id)} aria-describedby={describedBy} onBlur={onBlur} className="space-y-1.5">
      {rows.map((row, i) => (
        <div
          key={i}
          role="group"
          aria-label={`${label} ${i + 1}`}
          className="rounded-md border border-slate-200 bg-slate-50/60 p-2 dark:border-slate-800 dark:bg-slate-900/60"
        >
          {layout.map((keys, li) => (
            <div key={li} className={`flex items-end gap-1.5 ${li > 0 ? 'mt-1.5' : ''}`}>
              <div className="grid min-w-0 flex-1 gap-1.5" style={{ gridTemplateColumns: `repeat(${keys.length}, minmax(0, 1fr))` }}>
                {keys.map((k, ki) => cell(row, i, byKey.get(k)!, li === 0 && ki === 0, true))}
              </div>
              {li === 0 ? remove(i) : <span className="w-7 shrink-0" />}
            </div>
          ))}
        </div>
      ))}
      {add}
    </div>
  );
}

function withUnknown(options: readonly string[], current: string): readonly string[] {
  return current && !options.includes(current) ? [...options, current] : options;
}
