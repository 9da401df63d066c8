import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useConnectHint } from '../connect-hint-store.ts';
import { useLowDetail } from '../level-of-detail.ts';
import type { CanvasNode } from '../flow-mapping.ts';
import { NodeHandles, NodeTitle } from './NodeParts.tsx';
import { OverviewCard } from './OverviewCard.tsx';

/**
 * A VPC or subnet drawn as a frame around what is in it, as AWS architecture diagrams
 * do: the VPC with a solid border, subnets dashed, public ones green and private ones
 * blue. Only the header takes the pointer (it selects and drags the frame); the body lets
 * clicks and drags through to the canvas and to the lines under it, so a large VPC does
 * not stop panning. Drop a node on the body to put it in the frame.
 */
const LOOK = {
  vpc: 'border-2 border-sky-500/70 bg-sky-500/[0.04] dark:border-sky-400/60 dark:bg-sky-400/[0.05]',
  public: 'border-2 border-dashed border-emerald-500/70 bg-emerald-500/[0.06] dark:border-emerald-400/60 dark:bg-emerald-400/[0.06]',
  private: 'border-2 border-dashed border-sky-600/60 bg-sky-600/[0.06] dark:border-sky-400/50 dark:bg-sky-400/[0.06]',
};

const EMPTY_HINT = {
  vpc: 'Drop subnets and security groups here',
  subnet: 'Drop services, tasks, load balancers or NAT gateways here',
};

export const FrameNode = memo(function FrameNode({ id, data, selected }: NodeProps<CanvasNode>) {
  const hint = useConnectHint(id);
  const lowDetail = useLowDetail();
  if (lowDetail) return <OverviewCard id={id} kind={data.kind} name={data.name} selected={selected} frame />;
  const look = data.kind === 'vpc' ? LOOK.vpc : data.publicSubnet ? LOOK.public : LOOK.private;
  const ring = selected ? 'ring-2 ring-accent-500 dark:ring-accent-400' : hint === 'valid' ? 'ring-2 ring-emerald-500/70' : '';
  // The name comes first; a subnet shows its tier and zone, its range is in the inspector.
  const facts = (data.kind === 'subnet' ? data.facts.slice(0, 2) : data.facts).join(' · ');
  return (
    <div className={`relative h-full w-full rounded-xl ${look} ${ring} ${hint === 'invalid' ? 'opacity-40' : ''}`}>
      <div className="ecs-frame-header flex max-w-full items-center pr-2">
        <div className="min-w-0 flex-1">
          <NodeTitle id={id} kind={data.kind} name={data.name} />
        </div>
        <div className="max-w-[40%] shrink-0 truncate text-[11.5px] text-slate-600 dark:text-slate-300" title={facts}>
          {facts}
        </div>
      </div>
      {data.empty && (
        <div className="pointer-events-none absolute inset-x-4 top-16 bottom-4 flex items-center justify-center rounded-md border border-dashed border-slate-300 text-center text-[11.5px] text-slate-500 dark:border-slate-700 dark:text-slate-400">
          {EMPTY_HINT[data.kind === 'vpc' ? 'vpc' : 'subnet']}
        </div>
      )}
      <NodeHandles />
    </div>
  );
});
