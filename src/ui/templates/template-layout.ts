import { moveNodes } from '../../core/commands/design-commands.ts';
import type { Design, Position } from '../../core/model/design.ts';
import { CanvasLayout } from '../canvas/canvas-layout.ts';
import { CONTAINER_GAP, CONTAINER_HEIGHT, TASK_CONTENT_TOP, TASK_PAD } from '../canvas/geometry.ts';
import { computeAutoLayout } from '../canvas/layout/auto-layout.ts';

/**
 * Lays a template out as the editor's Auto-layout would: its builders put every node at
 * the origin, so first each task definition's containers are stacked in it (as dropping
 * them one after another does), then ELK places everything else, frames with what they hold.
 */
export async function layOutTemplate(design: Design): Promise<Design> {
  const stacked = moveNodes(design, containerStacks(design)).design;
  return moveNodes(stacked, await computeAutoLayout(stacked)).design;
}

/** Each task definition's containers one under another in its content area, in design order. */
function containerStacks(design: Design): Map<string, Position> {
  const layout = new CanvasLayout(design);
  const out = new Map<string, Position>();
  for (const td of design.nodes) {
    if (td.kind !== 'task-definition') continue;
    layout.children(td.id).forEach((c, i) => {
      out.set(c.id, { x: td.position.x + TASK_PAD, y: td.position.y + TASK_CONTENT_TOP + i * (CONTAINER_HEIGHT + CONTAINER_GAP) });
    });
  }
  return out;
}
