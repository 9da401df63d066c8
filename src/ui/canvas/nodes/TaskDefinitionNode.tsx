import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useConnectHint } from '../connect-hint-store.ts';
import { useLowDetail } from '../level-of-detail.ts';
import type { CanvasNode } from '../flow-mapping.ts';
import { TASK_CONTENT_TOP, TASK_PAD } from '../geometry.ts';
import { NodeHandles, NodeTitle, cardClass } from './NodeParts.tsx';
import { OverviewCard } from './OverviewCard.tsx';

/**
 * A task definition is a frame: its header, and below it the area where React Flow draws
 * its containers (child nodes). Empty, the area invites a container to be dropped in.
 */
export const TaskDefinitionNode = memo(function TaskDefinitionNode({ id, data, selected }: NodeProps<CanvasNode>) {
  const hint = useConnectHint(id);
  const lowDetail = useLowDetail();
  // Zoomed out, no handles: too small to grab, and the lines are drawn without them (OverviewLines).
  if (lowDetail) return <OverviewCard id={id} kind={data.kind} name={data.name} selected={selected} frame />;
  const facts = data.facts.join(' · ');
  return (
    <div className={`relative h-full w-full rounded-lg ${cardClass(selected, hint)}`}>
      <NodeTitle id={id} kind={data.kind} name={data.name} />
      <div className="truncate px-3 text-[11.5px] leading-[18px] text-slate-600 dark:text-slate-300" title={facts}>
        {facts}
      </div>
      <div
        className="absolute inset-x-0 bottom-0 rounded-b-lg border-t border-slate-100 bg-slate-50 dark:border-slate-800 dark:bg-slate-950/50"
        style={{ top: TASK_CONTENT_TOP - 10 }}
      >
        {data.empty && (
          <div
            className="absolute flex items-center justify-center rounded-md border border-dashed border-slate-300 text-[11.5px] text-slate-500 dark:border-slate-700 dark:text-slate-400"
            style={{ inset: TASK_PAD }}
          >
            Drop a Container here
          </div>
        )}
      </div>
      <NodeHandles />
    </div>
  );
});
