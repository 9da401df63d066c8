import { kindOf } from '../../core/kinds/registry.ts';
import type { Design } from '../../core/model/design.ts';
import { CanvasLayout } from '../canvas/canvas-layout.ts';
import { isFrameKind } from '../canvas/containment.ts';
import { GROUP_TONE } from '../canvas/kind-tone.ts';

const WIDTH = 176;
const HEIGHT = 104;

/**
 * A thumbnail of a template as the canvas draws it: frames (VPCs, subnets, task
 * definitions) as outlines, every other node as a box in its palette group's colour.
 * Decorative: the list of features beside it says the same in words.
 */
export function TemplatePreview({ design }: { design: Design | undefined }) {
  if (!design) return <div aria-hidden="true" className="h-[104px] w-[176px] shrink-0 rounded-md bg-slate-100 dark:bg-slate-800" />;
  const layout = new CanvasLayout(design);
  const boxes = design.nodes.map((n) => ({ node: n, ...layout.drawn(n.id), ...layout.size(n) }));
  const minX = Math.min(...boxes.map((b) => b.x));
  const minY = Math.min(...boxes.map((b) => b.y));
  const maxX = Math.max(...boxes.map((b) => b.x + b.width));
  const maxY = Math.max(...boxes.map((b) => b.y + b.height));
  const pad = 24;
  const viewBox = `${minX - pad} ${minY - pad} ${maxX - minX + 2 * pad} ${maxY - minY + 2 * pad}`;
  return (
    <svg aria-hidden="true" width={WIDTH} height={HEIGHT} viewBox={viewBox} preserveAspectRatio="xMidYMid meet" className="shrink-0 rounded-md bg-slate-50 dark:bg-slate-950">
      {boxes.map(({ node, x, y, width, height }) => {
        const colour = GROUP_TONE[kindOf(node.kind).group].minimap;
        return isFrameKind(node.kind) ? (
          <rect key={node.id} x={x} y={y} width={width} height={height} rx={12} fill={colour} fillOpacity={0.06} stroke={colour} strokeWidth={6} />
        ) : (
          <rect key={node.id} x={x} y={y} width={width} height={height} rx={10} fill={colour} fillOpacity={0.7} />
        );
      })}
    </svg>
  );
}
