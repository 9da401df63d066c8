import { BaseEdge, EdgeLabelRenderer, getBezierPath, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import { memo } from 'react';
import { edgeColour } from './edge-appearance.ts';
import { edgeEndpoints, type Rect } from './edge-geometry.ts';
import type { CanvasEdge } from './flow-mapping.ts';

function rectOf(node: InternalNode): Rect {
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width: node.measured.width ?? node.width ?? 0, height: node.measured.height ?? node.height ?? 0 };
}

/**
 * A relation line between the facing sides of its two nodes (edge-geometry.ts), styled
 * per relation kind (edge-appearance.ts), with its small label as HTML. Only drawn zoomed
 * in: zoomed out, OverviewLines draws all lines together.
 */
export const RelationEdge = memo(function RelationEdge({
  id,
  source,
  target,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  markerEnd,
  label,
  selected,
  interactionWidth,
  data,
}: EdgeProps<CanvasEdge>) {
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  const ends =
    sourceNode && targetNode
      ? edgeEndpoints(rectOf(sourceNode), rectOf(targetNode))
      : { sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition };
  const [path, labelX, labelY] = getBezierPath(ends);
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        interactionWidth={interactionWidth}
        style={data ? { stroke: edgeColour(data.relation) } : undefined}
      />
      {label ? (
        <EdgeLabelRenderer>
          <div
            className={`ecs-edge-label absolute rounded border px-1.5 py-px font-mono text-[10.5px] leading-4 whitespace-nowrap ${
              selected
                ? 'border-accent-400 bg-accent-50 text-accent-800 dark:border-accent-500 dark:bg-accent-950 dark:text-accent-200'
                : 'border-slate-200 bg-white text-slate-600 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-300'
            }`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {label}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
});
