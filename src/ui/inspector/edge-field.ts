import type { JsonValue } from '../../core/model/json.ts';

/**
 * The data a relation carries (capacity base/weight, which container a load balancer
 * reaches...) as inspector fields. Same shape as a kind's FieldSpec, but the options of a
 * select can depend on the design (the containers of the service's task definition).
 */
export interface EdgeField {
  path: readonly string[];
  label: string;
  type: 'number' | 'text' | 'select' | 'boolean';
  help: string;
  options?: readonly string[];
  /** What the empty option means for this field. */
  emptyLabel?: string;
  min?: number;
  max?: number;
  placeholder?: string;
  /** For a checkbox: what is stored when it is ticked (untick removes the value). */
  checkedValue?: JsonValue;
}
