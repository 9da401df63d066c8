import type { FieldSpec } from '../../../core/kinds/types.ts';
import type { JsonValue } from '../../../core/model/json.ts';
import type { Marks } from '../problem-fields.ts';

/** What every field control gets: its spec, the stored value, and how to commit a new one. */
export interface FieldProps {
  /** id of the control (the label's `for`); sub-inputs derive theirs from it. */
  id: string;
  spec: FieldSpec;
  value: JsonValue | undefined;
  /**
   * Stores the value (undefined removes the field); a no-op when it equals the stored one.
   * Returning false rejects it: the input goes back to the stored value.
   */
  onCommit(value: JsonValue | undefined): boolean | void;
  /** ids of the help text and rule messages, for aria-describedby. */
  describedBy?: string;
  /** Where the field's rule problems point (see problemMarks): those controls are outlined. */
  marks: Marks;
}
