import { useMemo, useState } from 'react';
import { connect, removeEdges } from '../../core/commands/design-commands.ts';
import type { DesignNode } from '../../core/model/design.ts';
import { getDesign, runCommand, useDesignStore } from '../../state/design-store.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { KindGlyph } from '../palette/KindGlyph.tsx';
import { relationSlots, type RelationSlot } from './connections.ts';
import { moveIntoNewFrame } from '../canvas/connect-logic.ts';
import { RemoveButton, SELECT, SmallButton } from './controls.tsx';
import { EdgeDataFields } from './EdgeDataFields.tsx';
import { edgeFields } from './edge-data.ts';

/**
 * The node's relations, one block per relation kind it can take part in: what it is
 * connected to (with the relation's own data, and a remove button), and a select of the
 * nodes it could be connected to. The keyboard way of drawing an edge.
 */
export function Connections({ node }: { node: DesignNode }) {
  const design = useDesignStore((s) => s.design);
  const slots = useMemo(() => relationSlots(design, node), [design, node]);
  return (
    <div className="space-y-3 px-3 pt-0.5 pb-2">
      {slots.map((slot) => (
        <RelationBlock key={`${slot.role}-${slot.relation}`} node={node} slot={slot} />
      ))}
    </div>
  );
}

function RelationBlock({ node, slot }: { node: DesignNode; slot: RelationSlot }) {
  const design = useDesignStore((s) => s.design);
  const select = useUiStore((s) => s.select);
  const [chosen, setChosen] = useState('');
  const selectId = `connect-${node.id}-${slot.role}-${slot.relation}`;
  const target = slot.candidates.some((c) => c.id === chosen) ? chosen : (slot.candidates[0]?.id ?? '');

  const onConnect = () => {
    if (!target) return;
    const [source, dest] = slot.role === 'source' ? [node.id, target] : [target, node.id];
    const before = getDesign();
    const result = connect(before, source, dest);
    // Like a line drawn on the canvas: what the connection puts in a frame moves into it.
    runCommand(result.ok ? { ...result, design: moveIntoNewFrame(before, result.design, source) } : result);
  };

  return (
    <div>
      <div className="flex items-baseline justify-between gap-2">
        {slot.candidates.length ? (
          <label id={`${selectId}-label`} htmlFor={selectId} className="text-xs font-medium text-slate-700 dark:text-slate-200">
            {slot.label}
          </label>
        ) : (
          <span id={`${selectId}-label`} className="text-xs font-medium text-slate-700 dark:text-slate-200">
            {slot.label}
          </span>
        )}
        {showKind(slot) && <span className="truncate text-[11px] text-slate-400 dark:text-slate-500">{slot.otherLabel}</span>}
      </div>

      {slot.existing.length > 0 && (
        <ul className="mt-1 space-y-1">
          {slot.existing.map(({ edge, other, name }) => (
            <li key={edge.id} className="rounded-md border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900/60">
              <div className="flex items-center gap-2 py-0.5 pr-0.5 pl-2">
                <KindGlyph kind={other.kind} size={18} />
                <button
                  type="button"
                  onClick={() => select([other.id])}
                  title={`Select ${name}`}
                  className="min-w-0 flex-1 truncate text-left text-[13px] text-slate-800 hover:text-accent-700 hover:underline dark:text-slate-100 dark:hover:text-accent-400"
                >
                  {name}
                </button>
                <RemoveButton aria-label={`Remove connection to ${name}`} onClick={() => runCommand(removeEdges(getDesign(), [edge.id]))} />
              </div>
              {edgeFields(design, edge).length > 0 && (
                <div className="border-t border-slate-100 dark:border-slate-800">
                  <EdgeDataFields edge={edge} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}

      {slot.candidates.length > 0 ? (
        <div className="mt-1 flex gap-1">
          <select id={selectId} value={target} onChange={(e) => setChosen(e.target.value)} className={SELECT}>
            {slot.candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <SmallButton aria-label={`Connect (${slot.label})`} onClick={onConnect}>
            Connect
          </SmallButton>
        </div>
      ) : (
        slot.note && <p className="mt-1 text-[11px] leading-snug text-slate-500 dark:text-slate-400">{slot.note}</p>
      )}
    </div>
  );
}

/** The other end's kind, for relations this node starts ("Runs in · Cluster"); the others name it already. */
function showKind(slot: RelationSlot): boolean {
  return slot.role === 'source' && !slot.otherLabel.includes(' / ') && !slot.label.toLowerCase().includes(slot.otherLabel.toLowerCase());
}
