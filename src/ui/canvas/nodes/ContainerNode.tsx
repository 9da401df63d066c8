import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useConnectHint } from '../connect-hint-store.ts';
import { useLowDetail } from '../level-of-detail.ts';
import type { CanvasNode } from '../flow-mapping.ts';
import { ProblemBadge } from './ProblemBadge.tsx';
import { IconTile } from './NodeParts.tsx';
import { OverviewCard } from './OverviewCard.tsx';

/** The image's last path segment ("nginx:1.27"): the registry path rarely fits or matters here. */
function shortImage(image: string): string {
  return image.slice(image.lastIndexOf('/') + 1) || image;
}

/**
 * A container inside its task definition: compact, with only an outgoing handle (to the
 * secrets it reads and the repository it pulls from; its task definition is the frame
 * around it). A container outside any task definition is drawn by KindNode.
 */
export const ContainerNode = memo(function ContainerNode({ id, data, selected }: NodeProps<CanvasNode>) {
  // Dimmed with its task definition while a line is drawn that neither can take.
  const dimmed = useConnectHint(id) === 'invalid';
  const lowDetail = useLowDetail();
  if (lowDetail) return <OverviewCard id={id} kind={data.kind} name={data.name} selected={selected} />;
  const [image = '', ...rest] = data.facts;
  const detail = [shortImage(image), ...rest].join(' · ');
  return (
    <div
      className={`flex h-full w-full items-center gap-2 rounded-md border bg-white px-2.5 shadow-xs transition-opacity dark:bg-slate-900 ${dimmed ? 'opacity-40' : ''} ${
        selected ? 'border-accent-500 ring-2 ring-accent-500 dark:border-accent-400 dark:ring-accent-400' : 'border-slate-200 dark:border-slate-700'
      }`}
    >
      <IconTile kind={data.kind} small />
      <div className="min-w-0 flex-1">
        <div className="truncate text-[12.5px] leading-[18px] font-semibold text-slate-900 dark:text-slate-50" title={data.name}>
          {data.name}
        </div>
        <div className="truncate font-mono text-[11px] leading-4 text-slate-500 dark:text-slate-400" title={[image, ...rest].join(' · ')}>
          {detail}
        </div>
      </div>
      <ProblemBadge id={id} />
      <Handle type="source" position={Position.Right} className="ecs-handle" />
    </div>
  );
});
