import type { Design, DesignNode } from '../../src/core/model/design.ts';
import { CONTAINER_HEIGHT, NODE_WIDTH, TASK_CONTENT_TOP, TASK_PAD, containment } from '../../src/ui/canvas/geometry.ts';
import { generateDesign } from '../generate.ts';

/** Space between cards, and between containers stacked in a task definition (as the canvas stacks them). */
const GAP = 64;
const CONTAINER_GAP = 12;
/** Plain cards are at most this tall (header and three fact lines); rows are sized for it. */
const PLAIN_HEIGHT = 117;

/**
 * The core bench's generated design, laid out as a person (or auto-layout) would have it:
 * the generator's grid places containers far from their task definition, which on the
 * canvas would make every task definition frame thousands of pixels wide. Here the
 * top-level cards sit on a grid in design order (a service next to its task definition
 * and roles) and each task definition's containers are stacked inside its frame.
 * Positions stay absolute, as the design keeps them, so the bare React Flow page can put
 * its default nodes at exactly the same places.
 */
export function benchDesign(nodes: number): Design {
  const design = generateDesign(nodes);
  const { childrenOf, parentOf } = containment(design);
  const topLevel = design.nodes.filter((n) => !parentOf.has(n.id));
  const columns = Math.round(Math.sqrt(topLevel.length) * 1.2);
  const height = (n: DesignNode) => {
    const children = childrenOf.get(n.id)?.length ?? 0;
    return n.kind === 'task-definition' ? TASK_CONTENT_TOP + children * (CONTAINER_HEIGHT + CONTAINER_GAP) - CONTAINER_GAP + TASK_PAD : PLAIN_HEIGHT;
  };
  const placed = new Map<string, { x: number; y: number }>();
  let y = 0;
  for (let row = 0; row * columns < topLevel.length; row++) {
    const cards = topLevel.slice(row * columns, (row + 1) * columns);
    cards.forEach((n, column) => {
      const origin = { x: column * (NODE_WIDTH + GAP + TASK_PAD * 2), y };
      placed.set(n.id, origin);
      (childrenOf.get(n.id) ?? []).forEach((child, i) =>
        placed.set(child.id, { x: origin.x + TASK_PAD, y: origin.y + TASK_CONTENT_TOP + i * (CONTAINER_HEIGHT + CONTAINER_GAP) }),
      );
    });
    y += Math.max(...cards.map(height)) + GAP;
  }
  return { ...design, nodes: design.nodes.map((n) => ({ ...n, position: placed.get(n.id) ?? n.position })) };
}
