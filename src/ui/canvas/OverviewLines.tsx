import { ViewportPortal } from '@xyflow/react';
import { memo, useId, useMemo } from 'react';
import type { CanvasEdge, CanvasNode } from './flow-mapping.ts';
import { overviewLineClip, overviewLines } from './overview-lines.ts';

/**
 * The relation lines while the canvas is zoomed out (level-of-detail.ts): a few SVG paths
 * in the viewport, for lines that are seen there but too thin to pick (React Flow gets no
 * edges then: use-flow-elements.ts). They lie above the nodes, clipped around the boxes so
 * they look drawn under them as React Flow's edges are (overviewLineClip says why).
 */
export const OverviewLines = memo(function OverviewLines({ nodes, edges }: { nodes: readonly CanvasNode[]; edges: readonly CanvasEdge[] }) {
  const groups = useMemo(() => overviewLines(nodes, edges), [nodes, edges]);
  const clip = useMemo(() => overviewLineClip(nodes), [nodes]);
  const clipId = useId();
  return (
    <ViewportPortal>
      <svg className="ecs-overview-lines" aria-hidden="true">
        <defs>
          <clipPath id={clipId}>
            <path d={clip} clipRule="evenodd" />
          </clipPath>
        </defs>
        <g clipPath={`url(#${CSS.escape(clipId)})`}>
          {groups.map((g) => (
            <g key={g.key} className={g.className}>
              <path className="ecs-overview-line" d={g.lines} stroke={g.colour} />
              <path d={g.arrows} fill={g.colour} />
            </g>
          ))}
        </g>
      </svg>
    </ViewportPortal>
  );
});
