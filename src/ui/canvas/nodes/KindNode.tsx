import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useConnectHint } from '../connect-hint-store.ts';
import { useLowDetail } from '../level-of-detail.ts';
import type { CanvasNode } from '../flow-mapping.ts';
import { NodeHandles, NodeTitle, cardClass } from './NodeParts.tsx';
import { OverviewCard } from './OverviewCard.tsx';

/**
 * Any kind without a special shape: icon, name, kind, up to three facts (cpu/memory,
 * launch type, desired count, ports, role type...) and the problem badge.
 */
export const KindNode = memo(function KindNode({ id, data, selected }: NodeProps<CanvasNode>) {
  const hint = useConnectHint(id);
  const lowDetail = useLowDetail();
  // Zoomed out, no handles: too small to grab, and the lines are drawn without them (OverviewLines).
  if (lowDetail) return <OverviewCard id={id} kind={data.kind} name={data.name} selected={selected} />;
  const facts = data.facts.slice(0, 3);
  return (
    <div className={`flex h-full w-full flex-col overflow-hidden rounded-lg ${cardClass(selected, hint)}`}>
      <NodeTitle id={id} kind={data.kind} name={data.name} />
      {facts.length > 0 && (
        <ul className="border-t border-slate-100 px-3 py-1 dark:border-slate-800">
          {facts.map((fact, i) => (
            <li key={i} className="truncate text-[11.5px] leading-[18px] text-slate-600 dark:text-slate-300" title={fact}>
              {fact}
            </li>
          ))}
        </ul>
      )}
      <NodeHandles />
    </div>
  );
});
