import { ViewportPortal } from '@xyflow/react';
import { memo, useMemo } from 'react';
import type { CanvasEdge, CanvasNode } from './flow-mapping.ts';
import { overviewLines } from './overview-lines.ts';

/**
 * The relation lines while the canvas is zoomed out (level-of-detail.ts): a few SVG paths
 * in the viewport, under the nodes like React Flow's edges, for lines that are seen there
 * but too thin to pick (React Flow gets no edges then: use-flow-elements.ts).
 */
export const OverviewLines = memo(function OverviewLines({ nodes, edges }: { nodes: readonly CanvasNode[]; edges: readonly CanvasEdge[] }) {
  const groups = useMemo(() => overviewLines(nodes, edges), [nodes, edges]);
  return (
    <ViewportPortal>
      <svg className="ecs-overview-lines" aria-hidden="true">
        {groups.map((g) => (
          <g key={g.key} className={g.className}>
            <path className="ecs-overview-line" d={g.lines} stroke={g.colour} />
            <path d={g.arrows} fill={g.colour} />
          </g>
        ))}
      </svg>
    </ViewportPortal>
  );
});
