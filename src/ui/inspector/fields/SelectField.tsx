import { parseSelect } from '../field-values.ts';
import { SELECT, toneProps } from '../controls.tsx';
import { toneOf } from '../problem-fields.ts';
import type { FieldProps } from './types.ts';

/** An enum: committed as soon as it is chosen; "(not set)" removes the field. */
export function SelectField({ id, spec, value, onCommit, describedBy, marks, emptyLabel = '(not set)' }: FieldProps & { emptyLabel?: string }) {
  const current = value === undefined || value === null ? '' : String(value);
  const options = spec.options ?? [];
  // A value the list does not know (imported, typed in the JSON) is still shown as it is.
  const { tone, ...invalid } = toneProps(toneOf(marks));
  const all = current && !options.includes(current) ? [...options, current] : options;
  return (
    <select
      id={id}
      value={current}
      {...invalid}
      aria-describedby={describedBy}
      onChange={(e) => onCommit(parseSelect(e.target.value))}
      className={`${SELECT} ${tone}`}
    >
      <option value="">{emptyLabel}</option>
      {all.map((o) => (
        <option key={o} value={o}>
          {o}
        </option>
      ))}
    </select>
  );
}
