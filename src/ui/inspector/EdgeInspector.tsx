import { removeEdges } from '../../core/commands/design-commands.ts';
import { kindLabel } from '../../core/kinds/registry.ts';
import { RELATIONS } from '../../core/model/relations.ts';
import { getDesign, runCommand, useDesignStore } from '../../state/design-store.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { KindGlyph } from '../palette/KindGlyph.tsx';
import { nodeName } from './connections.ts';
import { SectionTitle, SmallButton } from './controls.tsx';
import { EdgeDataFields } from './EdgeDataFields.tsx';
import { edgeFields } from './edge-data.ts';

/** A selected connection: what it links, its data, and a way to remove it. */
export function EdgeInspector({ edgeId }: { edgeId: string }) {
  const edge = useDesignStore((s) => s.design.edges.find((e) => e.id === edgeId));
  const design = useDesignStore((s) => s.design);
  const select = useUiStore((s) => s.select);
  if (!edge) return null;
  const source = design.nodes.find((n) => n.id === edge.source);
  const target = design.nodes.find((n) => n.id === edge.target);
  if (!source || !target) return null;
  const spec = RELATIONS[edge.kind];
  const end = (node: typeof source) => (
    <button
      type="button"
      onClick={() => select([node.id])}
      title={`Select ${nodeName(node)}`}
      className="flex w-full min-w-0 items-center gap-2 rounded-md border border-slate-200 bg-white px-2 py-1.5 text-left hover:border-accent-400 dark:border-slate-800 dark:bg-slate-900/60 dark:hover:border-accent-600"
    >
      <KindGlyph kind={node.kind} size={22} />
      <span className="min-w-0">
        <span className="block text-[11px] text-slate-500 dark:text-slate-400">{kindLabel(node.kind)}</span>
        <span className="block truncate text-[13px] font-medium text-slate-900 dark:text-slate-100">{nodeName(node)}</span>
      </span>
    </button>
  );
  return (
    <div className="pb-4">
      <header className="px-3 pt-3 pb-2.5">
        <p className="text-[11px] font-medium tracking-wide text-slate-500 uppercase dark:text-slate-400">Connection</p>
        <h2 className="text-sm font-semibold text-slate-900 dark:text-slate-50">
          {kindLabel(source.kind)} {spec.label} {kindLabel(target.kind)}
        </h2>
        <div className="mt-2.5 space-y-1">
          {end(source)}
          <p className="pl-3 text-[11px] text-slate-500 dark:text-slate-400">↓ {spec.label}</p>
          {end(target)}
        </div>
      </header>
      {edgeFields(design, edge).length > 0 && (
        <>
          <SectionTitle>Settings</SectionTitle>
          <EdgeDataFields edge={edge} />
        </>
      )}
      <div className="px-3 pt-3">
        <SmallButton
          onClick={() => {
            runCommand(removeEdges(getDesign(), [edge.id]));
            select([]);
          }}
          className="text-red-700 dark:text-red-400"
        >
          Remove connection
        </SmallButton>
      </div>
    </div>
  );
}
