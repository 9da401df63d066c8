import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../core/io/import.ts';
import { fargateWebSample } from '../../core/templates/fargate-web.ts';
import { topLevelBoxes, type Box } from './free-space.ts';
import { containment } from './geometry.ts';
import { placeImport } from './import-placement.ts';

const COMPOSE = readFileSync(new URL('../../../fixtures/compose/shop/compose.yaml', import.meta.url), 'utf8');
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('placeImport keeping the importer’s arrangement (compose imports)', () => {
  it('moves the whole group by one offset into free space, so its rows stay as laid out and nothing is covered', () => {
    const before = fargateWebSample();
    const result = importFiles(before, [{ name: 'compose.yaml', text: COMPOSE }]);
    if (!result.ok) throw new Error(result.error);
    const placed = placeImport(before, result.design, result.nodeIds, { x: 300, y: 200 }, { keepArrangement: true });

    const old = new Set(before.nodes.map((n) => n.id));
    const moved = placed.nodes.filter((n) => !old.has(n.id));
    const original = new Map(result.design.nodes.map((n) => [n.id, n.position]));
    const deltas = new Set(moved.map((n) => `${n.position.x - original.get(n.id)!.x},${n.position.y - original.get(n.id)!.y}`));
    expect(deltas.size).toBe(1);
    expect([...deltas][0]).not.toBe('0,0');

    // topLevelBoxes lists the nodes not drawn inside a frame, in design order.
    const boxes = topLevelBoxes(placed);
    const nested = containment(placed).parentOf;
    const tops = placed.nodes.filter((n) => !nested.has(n.id));
    const existing = boxes.filter((_, i) => old.has(tops[i]!.id));
    const added = boxes.filter((_, i) => !old.has(tops[i]!.id));
    expect(added.length).toBeGreaterThan(5);
    for (const [i, a] of added.entries()) for (const e of existing) expect(overlap(a, e), `added box ${i}`).toBe(false);
  });
});
