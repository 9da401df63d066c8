import { CHECKBOX } from '../controls.tsx';
import { toneOf } from '../problem-fields.ts';
import type { FieldProps } from './types.ts';

/** A checkbox, committed on change. Unticked stores false: for `essential` that is not the default. */
export function BooleanField({ id, value, onCommit, describedBy, marks }: FieldProps) {
  return (
    <div className="flex h-7 items-center">
      <input
        id={id}
        type="checkbox"
        checked={value === true}
        aria-invalid={toneOf(marks) === 'error' || undefined}
        aria-describedby={describedBy}
        onChange={(e) => onCommit(e.target.checked)}
        className={CHECKBOX}
      />
    </div>
  );
}
