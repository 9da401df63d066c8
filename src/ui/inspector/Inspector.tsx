import { useShallow } from 'zustand/react/shallow';
import { KINDS } from '../../core/kinds/registry.ts';
import { useDesignStore } from '../../state/design-store.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { KindGlyph } from '../palette/KindGlyph.tsx';
import { DesignSettings } from './DesignSettings.tsx';
import { EdgeInspector } from './EdgeInspector.tsx';
import { NodeInspector } from './NodeInspector.tsx';

/**
 * The right-hand form: the selected node, the selected connection, a summary of a
 * multiple selection, or (nothing selected) the design's own settings.
 */
export function Inspector() {
  const nodeCount = useUiStore((s) => s.selectedNodeIds.length);
  const firstNode = useUiStore((s) => s.selectedNodeIds[0]);
  const edgeCount = useUiStore((s) => s.selectedEdgeIds.length);
  const firstEdge = useUiStore((s) => s.selectedEdgeIds[0]);
  // A selection may outlive its node for a moment (deleted, undone): fall back to the design.
  const nodeExists = useDesignStore((s) => firstNode !== undefined && s.design.nodes.some((n) => n.id === firstNode));
  const edgeExists = useDesignStore((s) => firstEdge !== undefined && s.design.edges.some((e) => e.id === firstEdge));

  // A shared design is read-only: every field and button of the form is disabled at once.
  const viewOnly = useDesignStore((s) => s.viewOnly);

  let body;
  if (nodeCount === 1 && edgeCount === 0 && nodeExists) body = <NodeInspector key={firstNode} nodeId={firstNode!} />;
  else if (nodeCount === 0 && edgeCount === 1 && edgeExists) body = <EdgeInspector key={firstEdge} edgeId={firstEdge!} />;
  else if (nodeCount + edgeCount > 1) body = <MultipleSelection />;
  else body = <DesignSettings />;

  return (
    <section
      aria-label="Inspector"
      className={`h-full overflow-y-auto bg-white text-slate-900 dark:bg-slate-900 dark:text-slate-100 ${viewOnly ? '[&_:disabled]:cursor-not-allowed [&_:disabled]:opacity-60' : ''}`}
    >
      <fieldset disabled={viewOnly} className="contents">
        {body}
      </fieldset>
    </section>
  );
}

function MultipleSelection() {
  const ids = useUiStore(useShallow((s) => s.selectedNodeIds));
  const edgeCount = useUiStore((s) => s.selectedEdgeIds.length);
  const select = useUiStore((s) => s.select);
  const nodes = useDesignStore(useShallow((s) => s.design.nodes.filter((n) => ids.includes(n.id))));
  return (
    <div className="px-3 pt-3 pb-4">
      <p className="text-[11px] font-medium tracking-wide text-slate-500 uppercase dark:text-slate-400">Selection</p>
      <h2 className="text-sm font-semibold">
        {nodes.length} node{nodes.length === 1 ? '' : 's'}
        {edgeCount ? ` and ${edgeCount} connection${edgeCount === 1 ? '' : 's'}` : ''}
      </h2>
      <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">Choose one to edit it.</p>
      <ul className="mt-2.5 space-y-1">
        {nodes.map((n) => (
          <li key={n.id}>
            <button
              type="button"
              onClick={() => select([n.id])}
              className="flex w-full items-center gap-2 rounded-md border border-slate-200 px-2 py-1 text-left hover:border-accent-400 dark:border-slate-800 dark:hover:border-accent-600"
            >
              <KindGlyph kind={n.kind} size={18} />
              <span className="min-w-0 flex-1 truncate text-[13px]">{KINDS[n.kind].displayName(n)}</span>
              <span className="text-[11px] text-slate-500 dark:text-slate-400">{KINDS[n.kind].label}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
