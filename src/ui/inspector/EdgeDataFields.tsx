import { setEdgeData } from '../../core/commands/design-commands.ts';
import type { DesignEdge } from '../../core/model/design.ts';
import { isPlainObject, jsonEqual, type JsonValue } from '../../core/model/json.ts';
import { getDesign, runCommand, useDesignStore } from '../../state/design-store.ts';
import { CHECKBOX } from './controls.tsx';
import { valueAt } from './field-values.ts';
import { FieldRow, helpId } from './FieldRow.tsx';
import { ScalarField } from './fields/ScalarField.tsx';
import { SelectField } from './fields/SelectField.tsx';
import { NO_MARKS } from './problem-fields.ts';
import { edgeFields, edgeSelectValue, withPath, type EdgeField } from './edge-data.ts';

/** Commits one value of a relation's data as one undo entry (unchanged values are not committed). */
function commitEdgeField(edgeId: string, field: EdgeField, value: JsonValue | undefined): void {
  const design = getDesign();
  const edge = design.edges.find((e) => e.id === edgeId);
  if (!edge) return;
  const data = edge.data ?? {};
  if (jsonEqual(valueAt(data, field.path), value)) return;
  const result = setEdgeData(design, edgeId, withPath(data, field.path, value));
  runCommand(result.ok ? { ...result, label: `Edit connection ${field.label.toLowerCase()}` } : result);
}

/** The data form of one relation (base/weight, container and port...); nothing for relations without data. */
export function EdgeDataFields({ edge }: { edge: DesignEdge }) {
  const design = useDesignStore((s) => s.design);
  const fields = edgeFields(design, edge);
  if (!fields.length) return null;
  return (
    <div className="py-1">
      {fields.map((field) => {
        const id = `edge-${edge.id}-${field.path.join('-')}`;
        const value = valueAt(edge.data, field.path);
        const onCommit = (v: JsonValue | undefined) => commitEdgeField(edge.id, field, v);
        const spec = { path: field.path, label: field.label, type: field.type, help: field.help, options: field.options, min: field.min, max: field.max, placeholder: field.placeholder };
        const common = { id, spec, value, describedBy: helpId(id), marks: NO_MARKS };
        return (
          <FieldRow key={id} id={id} label={field.label} help={field.help} layout="inline">
            {field.type === 'boolean' ? (
              <div className="flex h-7 items-center">
                <input
                  id={id}
                  type="checkbox"
                  checked={isPlainObject(value) || value === true}
                  aria-describedby={helpId(id)}
                  onChange={(e) => onCommit(e.target.checked ? (field.checkedValue ?? true) : undefined)}
                  className={CHECKBOX}
                />
              </div>
            ) : field.type === 'select' ? (
              <SelectField {...common} onCommit={(v) => onCommit(edgeSelectValue(field, v === undefined ? '' : String(v)))} emptyLabel={field.emptyLabel} />
            ) : (
              <ScalarField {...common} onCommit={onCommit} />
            )}
          </FieldRow>
        );
      })}
    </div>
  );
}
