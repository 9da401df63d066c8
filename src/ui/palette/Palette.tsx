import { useId, useMemo, useState, type DragEvent, type KeyboardEvent } from 'react';
import { addNode } from '../../core/commands/design-commands.ts';
import type { KindModule } from '../../core/kinds/types.ts';
import { getDesign, runCommand, useDesignStore } from '../../state/design-store.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { KindGlyph } from './KindGlyph.tsx';
import { addContainerTo } from '../canvas/connect-logic.ts';
import { KIND_MIME, keyboardPosition, paletteGroups } from './palette-items.ts';

/**
 * Every kind of the registry, by group. Drag one onto the canvas to add it where it is
 * dropped, or click it / focus it and press Enter to add it at the centre of the view.
 */
export function Palette() {
  const [filter, setFilter] = useState('');
  const groups = useMemo(() => paletteGroups(filter), [filter]);
  const filterId = useId();
  const viewOnly = useDesignStore((s) => s.viewOnly);

  const onFilterKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape' && filter) {
      e.stopPropagation();
      setFilter('');
    }
  };

  return (
    <nav aria-label="Palette" className="flex h-full min-h-0 flex-col bg-white dark:bg-slate-900">
      <div className="border-b border-slate-200 p-2 dark:border-slate-800">
        <label
          htmlFor={filterId}
          className="flex h-7 items-center gap-1.5 rounded border border-slate-300 bg-white px-2 focus-within:border-accent-500 focus-within:ring-1 focus-within:ring-accent-500 dark:border-slate-700 dark:bg-slate-950"
        >
          <svg width="13" height="13" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.25" strokeLinecap="round" className="shrink-0 text-slate-400" aria-hidden="true">
            <circle cx="11" cy="11" r="7" />
            <path d="m20 20-3.5-3.5" />
          </svg>
          <span className="text-xs font-medium text-slate-500 dark:text-slate-400">Filter</span>
          <input
            id={filterId}
            type="search"
            value={filter}
            placeholder="name or purpose"
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setFilter(e.target.value)}
            onKeyDown={onFilterKey}
            className="h-full min-w-0 flex-1 bg-transparent text-[13px] text-slate-900 placeholder:text-slate-400 focus:outline-none dark:text-slate-100 dark:placeholder:text-slate-500 [&::-webkit-search-cancel-button]:hidden"
          />
        </label>
      </div>
      {viewOnly && <p className="px-3 pt-2 text-xs text-slate-500 dark:text-slate-400">A shared design is read-only: make a copy to add to it.</p>}
      {/* Inert while read-only: nothing to drag onto a design that cannot change. */}
      <div inert={viewOnly} className={`min-h-0 flex-1 overflow-y-auto px-1.5 pt-1 pb-3 ${viewOnly ? 'opacity-50' : ''}`}>
        {groups.map(({ group, kinds }) => (
          <section key={group} aria-labelledby={`${filterId}-${group}`} className="mt-2 first:mt-1">
            <h3 id={`${filterId}-${group}`} className="px-1.5 pb-1 text-[11px] font-semibold tracking-wider text-slate-500 uppercase dark:text-slate-400">
              {group}
            </h3>
            <ul className="space-y-px">
              {kinds.map((kind) => (
                <li key={kind.kind}>
                  <PaletteItem kind={kind} />
                </li>
              ))}
            </ul>
          </section>
        ))}
        {groups.length === 0 && (
          <p className="px-1.5 py-3 text-xs text-slate-500 dark:text-slate-400">
            Nothing matches “{filter}”. <kbd className="rounded border border-slate-300 px-1 text-[10px] dark:border-slate-700">Esc</kbd> clears the filter.
          </p>
        )}
      </div>
      <p className="border-t border-slate-200 px-3 py-2 text-[11px] leading-snug text-slate-500 dark:border-slate-800 dark:text-slate-400">
        Drag onto the canvas, or press Enter to add at the centre.
      </p>
    </nav>
  );
}

function addAtViewCenter(kind: KindModule): void {
  const design = getDesign();
  const ui = useUiStore.getState();
  // A container goes into the task definition being edited, as a drop onto it would.
  const selected = ui.selectedNodeIds.length === 1 ? design.nodes.find((n) => n.id === ui.selectedNodeIds[0]) : undefined;
  const result =
    kind.kind === 'container' && selected?.kind === 'task-definition'
      ? addContainerTo(design, selected.id)
      : addNode(design, kind.kind, keyboardPosition(design, ui.viewCenter));
  if (runCommand(result) && result.ok && result.id) ui.select([result.id]);
}

function onDragStart(e: DragEvent<HTMLButtonElement>, kind: KindModule): void {
  e.dataTransfer.setData(KIND_MIME, kind.kind);
  e.dataTransfer.effectAllowed = 'copy';
}

function PaletteItem({ kind }: { kind: KindModule }) {
  return (
    <button
      type="button"
      draggable
      title={kind.description}
      onDragStart={(e) => onDragStart(e, kind)}
      onClick={() => addAtViewCenter(kind)}
      className="group flex w-full cursor-grab items-center gap-2 rounded-md px-1.5 py-[3px] text-left text-[13px] text-slate-700 hover:bg-slate-100 hover:text-slate-900 active:cursor-grabbing dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white"
    >
      <KindGlyph kind={kind.kind} size={22} />
      <span className="min-w-0 flex-1 leading-tight">{kind.label}</span>
    </button>
  );
}
