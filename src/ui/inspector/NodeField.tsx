import { memo, useCallback, useMemo } from 'react';
import { setNodeField } from '../../core/commands/design-commands.ts';
import type { FieldSpec } from '../../core/kinds/types.ts';
import type { NodeKind } from '../../core/model/design.ts';
import { jsonEqual, type JsonValue } from '../../core/model/json.ts';
import type { Problem } from '../../core/validate/types.ts';
import { getDesign, runCommand } from '../../state/design-store.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { valueAt } from './field-values.ts';
import { FieldRow, helpId } from './FieldRow.tsx';
import { BooleanField } from './fields/BooleanField.tsx';
import { HealthCheckField } from './fields/HealthCheckField.tsx';
import { JsonField } from './fields/JsonField.tsx';
import { RowsField } from './fields/RowsField.tsx';
import { ScalarField } from './fields/ScalarField.tsx';
import { SelectField } from './fields/SelectField.tsx';
import { StringListField } from './fields/StringListField.tsx';
import type { FieldProps } from './fields/types.ts';
import { NO_MARKS, problemMarks } from './problem-fields.ts';
import { keyValueColumns, listenerColumns, PLACEMENT_STRATEGY_COLUMNS, placementConstraintColumns, PORT_MAPPING_COLUMNS } from './row-values.ts';
import { SCHEDULED_ACTION_COLUMNS, SCHEDULED_ACTION_LINES, TARGET_TRACKING_COLUMNS, TARGET_TRACKING_LINES } from './scaling-columns.ts';

/** Commits one field of a node as one labelled undo entry; nothing happens when the value is unchanged. */
export function commitNodeField(nodeId: string, spec: FieldSpec, value: JsonValue | undefined): void {
  const design = getDesign();
  const node = design.nodes.find((n) => n.id === nodeId);
  if (!node || jsonEqual(valueAt(node.data, spec.path), value)) return;
  const result = setNodeField(design, nodeId, spec.path, value);
  runCommand(result.ok ? { ...result, label: `Edit ${spec.label}` } : result);
}

const PORT_LINES = [
  ['containerPort', 'protocol', 'hostPort'],
  ['name', 'appProtocol'],
] as const;
const LISTENER_LINES = [['port', 'protocol'], ['certificateArn']] as const;

const BLOCK_TYPES = new Set<FieldSpec['type']>(['stringList', 'keyValue', 'portMappings', 'healthCheck', 'listeners', 'json', 'targetTracking', 'scheduledActions', 'placementStrategy', 'placementConstraints']);

interface NodeFieldProps {
  nodeId: string;
  kind: NodeKind;
  spec: FieldSpec;
  /** The stored value (compared by reference by memo: unchanged fields do not re-render). */
  value: JsonValue | undefined;
  problems: readonly Problem[] | undefined;
}

const NO_PROBLEMS: readonly Problem[] = [];

/** One field of the selected node: its row in the form and the control its type calls for. */
export const NodeField = memo(function NodeField({ nodeId, kind, spec, value, problems = NO_PROBLEMS }: NodeFieldProps) {
  const id = `inspector-${spec.path.join('-')}`;
  const onCommit = useCallback((v: JsonValue | undefined) => commitNodeField(nodeId, spec, v), [nodeId, spec]);
  const marks = useMemo(() => (problems.length ? problemMarks(problems, spec.path) : NO_MARKS), [problems, spec.path]);
  const props: FieldProps = { id, spec, value, onCommit, describedBy: helpId(id), marks };
  const block = BLOCK_TYPES.has(spec.type);
  const labelsInput = spec.type !== 'stringList' && !block;
  const learnMore = useCallback(() => useUiStore.getState().learn({ type: 'field', kind, path: spec.path, label: spec.label }), [kind, spec.path, spec.label]);
  return (
    <FieldRow id={id} label={spec.label} help={spec.help} problems={problems} layout={block ? 'block' : 'inline'} labelsInput={labelsInput} onLearnMore={learnMore}>
      {control(props)}
    </FieldRow>
  );
});

function control(props: FieldProps) {
  const { spec } = props;
  const rows = { id: props.id, label: spec.label, value: props.value, onCommit: props.onCommit, describedBy: props.describedBy, marks: props.marks };
  switch (spec.type) {
    case 'text':
    case 'number':
      return <ScalarField {...props} />;
    case 'select':
      return <SelectField {...props} />;
    case 'boolean':
      return <BooleanField {...props} />;
    case 'stringList':
      return <StringListField {...props} />;
    case 'keyValue':
      return <RowsField {...rows} columns={keyValueColumns(spec.keyNames ?? ['name', 'value'])} variant="table" noun={keyValueNoun(spec)} />;
    case 'portMappings':
      return <RowsField {...rows} columns={PORT_MAPPING_COLUMNS} variant="cards" lines={PORT_LINES} noun="port mapping" />;
    case 'listeners':
      return <RowsField {...rows} columns={listenerColumns(spec.options ?? [])} variant="cards" lines={LISTENER_LINES} noun="listener" />;
    case 'healthCheck':
      return <HealthCheckField {...props} />;
    case 'json':
      return <JsonField {...props} />;
    case 'targetTracking':
      return <RowsField {...rows} columns={TARGET_TRACKING_COLUMNS} variant="cards" lines={TARGET_TRACKING_LINES} noun="target tracking policy" />;
    case 'scheduledActions':
      return <RowsField {...rows} columns={SCHEDULED_ACTION_COLUMNS} variant="cards" lines={SCHEDULED_ACTION_LINES} noun="scheduled action" />;
    case 'placementStrategy':
      return <RowsField {...rows} columns={PLACEMENT_STRATEGY_COLUMNS} variant="table" noun="strategy" />;
    case 'placementConstraints':
      return <RowsField {...rows} columns={placementConstraintColumns(spec.options)} variant="table" noun="constraint" />;
  }
}

function keyValueNoun(spec: FieldSpec): string {
  if (spec.keyNames?.[0] === 'key') return 'tag';
  if (spec.keyNames?.[1] === 'valueFrom') return 'secret';
  return 'variable';
}
