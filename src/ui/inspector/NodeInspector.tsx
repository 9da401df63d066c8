import { useMemo } from 'react';
import { KINDS } from '../../core/kinds/registry.ts';
import type { FieldSpec } from '../../core/kinds/types.ts';
import type { JsonObject } from '../../core/model/json.ts';
import type { Problem } from '../../core/validate/types.ts';
import { derivedOf, useNodeProblems } from '../../state/derived.ts';
import { useDesignStore } from '../../state/design-store.ts';
import { KindGlyph } from '../palette/KindGlyph.tsx';
import { Connections } from './Connections.tsx';
import { ProblemNotes, SectionTitle } from './controls.tsx';
import { valueAt } from './field-values.ts';
import { NodeField } from './NodeField.tsx';
import { SimulateButton } from '../simulate/SimulateButton.tsx';
import { fieldKey, placeProblems } from './problem-fields.ts';

const NO_PROBLEMS: Problem[] = [];

/** The form of one node: what it is, its problems, its fields, and its connections. */
export function NodeInspector({ nodeId }: { nodeId: string }) {
  const node = useDesignStore((s) => s.design.nodes.find((n) => n.id === nodeId));
  const problems = useNodeProblems(nodeId) ?? NO_PROBLEMS;
  const byPath = useDesignStore((s) => derivedOf(s.design).byPath);
  const emitted = useDesignStore((s) => derivedOf(s.design).emitted.get(nodeId));
  const kind = node ? KINDS[node.kind] : undefined;
  const placed = useMemo(
    () => placeProblems(kind?.fields ?? [], problems, (path) => byPath.get(path)?.type),
    [kind, problems, byPath],
  );
  if (!node || !kind) return null;

  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;

  return (
    <div className="pb-4">
      <header className="px-3 pt-3 pb-2.5">
        <div className="flex items-center gap-2.5">
          <KindGlyph kind={node.kind} size={28} />
          <div className="min-w-0 flex-1">
            <p className="text-[11px] font-medium tracking-wide text-slate-500 uppercase dark:text-slate-400">{kind.label}</p>
            <h2 className="truncate text-sm font-semibold text-slate-900 dark:text-slate-50">{kind.displayName(node)}</h2>
          </div>
          <ProblemCounts errors={errors} warnings={warnings} />
        </div>
        <p className="mt-2 text-xs leading-snug text-slate-600 dark:text-slate-400">{kind.description}</p>
        <SimulateButton nodeId={node.id} kind={node.kind} />
      </header>

      {placed.unplaced.length > 0 && (
        <section aria-label="Problems of this node" className="mx-3 mb-2 rounded-md border border-slate-200 bg-slate-50 px-2.5 py-2 dark:border-slate-800 dark:bg-slate-900">
          <ProblemNotes problems={placed.unplaced} />
        </section>
      )}

      <SectionTitle>Settings</SectionTitle>
      {kind.fields.length === 0 ? (
        <p className="px-3 py-1 text-xs text-slate-500 dark:text-slate-400">No settings of its own: what it does comes from its connections below.</p>
      ) : (
        <div className="pb-1">
          {kind.fields.map((spec) => {
            const key = fieldKey(spec.path);
            const value = valueAt(node.data, spec.path);
            return <NodeField key={key} nodeId={node.id} kind={node.kind} spec={withImplied(spec, value, emitted)} value={value} problems={placed.byField.get(key)} />;
          })}
        </div>
      )}

      <SectionTitle>Connections</SectionTitle>
      <Connections node={node} />
    </div>
  );
}

/**
 * A field the node leaves unset may still have a value in the output (a Fargate task's size,
 * an awsvpc network mode): show it as the placeholder, so the form says what will be sent.
 */
function withImplied(spec: FieldSpec, value: unknown, emitted: JsonObject | undefined): FieldSpec {
  if (value !== undefined || !emitted || (spec.type !== 'text' && spec.type !== 'number')) return spec;
  const implied = valueAt(emitted, spec.path);
  return typeof implied === 'string' || typeof implied === 'number' ? { ...spec, placeholder: `${implied} (implied)` } : spec;
}

function ProblemCounts({ errors, warnings }: { errors: number; warnings: number }) {
  if (!errors && !warnings) return null;
  const parts = [errors ? `${errors} error${errors > 1 ? 's' : ''}` : '', warnings ? `${warnings} warning${warnings > 1 ? 's' : ''}` : ''].filter(Boolean);
  return (
    <span className="flex shrink-0 gap-1" title={parts.join(', ')} aria-label={parts.join(', ')}>
      {errors > 0 && <span className="rounded-full bg-red-100 px-1.5 text-[11px] font-semibold text-red-700 tabular-nums dark:bg-red-950 dark:text-red-300">{errors}</span>}
      {warnings > 0 && <span className="rounded-full bg-amber-100 px-1.5 text-[11px] font-semibold text-amber-800 tabular-nums dark:bg-amber-950 dark:text-amber-300">{warnings}</span>}
    </span>
  );
}
