import { memo } from 'react';
import { KINDS } from '../../../core/kinds/registry.ts';
import type { NodeKind } from '../../../core/model/design.ts';
import { useNodeProblemSummary } from '../../../state/derived.ts';
import { GROUP_TONE } from '../kind-tone.ts';

/**
 * A node as seen zoomed out: a tinted box with its name in large type and a dot when it
 * has problems. Two elements instead of a dozen, for designs seen whole. Square, and it does
 * not clip its content (the name truncates itself): Chromium repaints the boxes on each frame
 * of a pan, and rounded corners and a clip to them made that twice the work (bench/browser,
 * 1,000 nodes); zoomed out this far the corners were a pixel or two anyway.
 */
export const OverviewCard = memo(function OverviewCard({
  id,
  kind,
  name,
  selected,
  frame,
}: {
  id: string;
  kind: NodeKind;
  name: string;
  selected: boolean;
  /** A task definition: name at the top, its containers below. */
  frame?: boolean;
}) {
  const summary = useNodeProblemSummary(id);
  const [errors = 0, warnings = 0] = summary ? summary.split(':').map(Number) : [];
  const dot = errors ? 'bg-red-500' : warnings ? 'bg-amber-400' : '';
  return (
    <div
      className={`relative flex h-full w-full border-2 px-4 ${GROUP_TONE[KINDS[kind].group].overview} ${
        frame ? 'items-start pt-2' : 'items-center'
      } ${selected ? 'ring-4 ring-accent-500' : ''}`}
    >
      <span className="truncate pr-6 text-[26px] leading-tight font-semibold">{name}</span>
      {dot && <span className={`absolute top-2 right-2 size-5 rounded-full ${dot}`} />}
    </div>
  );
});
