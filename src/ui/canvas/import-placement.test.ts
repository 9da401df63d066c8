import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../core/io/import.ts';
import { emptyDesign, type Design } from '../../core/model/design.ts';
import { fargateWebSample } from '../../core/templates/fargate-web.ts';
import { topLevelBoxes, type Box } from './free-space.ts';
import { containment } from './geometry.ts';
import { placeImport } from './import-placement.ts';

const fixture = (path: string) => ({ name: path.split('/').pop()!, text: readFileSync(new URL(`../../../fixtures/ecs/${path}`, import.meta.url), 'utf8') });

function imported(design: Design, paths: string[], center: { x: number; y: number }) {
  const result = importFiles(design, paths.map(fixture));
  if (!result.ok) throw new Error(result.error);
  return { placed: placeImport(design, result.design, result.nodeIds, center), ids: result.nodeIds };
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const centreOf = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** The drawn boxes of what the import added, and of what was there before. */
function boxesOf(before: Design, after: Design) {
  const old = new Set(before.nodes.map((n) => n.id));
  const all = topLevelBoxes(after);
  const nested = containment(after).parentOf;
  const tops = after.nodes.filter((n) => !nested.has(n.id));
  return { added: all.filter((_, i) => !old.has(tops[i]!.id)), existing: all.filter((_, i) => old.has(tops[i]!.id)) };
}

describe('placeImport', () => {
  it('puts an import aimed at the sample’s service beside it, not on it', () => {
    const sample = fargateWebSample();
    const service = topLevelBoxes(sample)[sample.nodes.filter((n) => !containment(sample).parentOf.has(n.id)).findIndex((n) => n.kind === 'service')]!;
    const { placed } = imported(sample, ['task-definitions/fargate-web-awslogs.json'], centreOf(service));
    const { added, existing } = boxesOf(sample, placed);
    expect(added).toHaveLength(1);
    for (const box of existing) expect(overlap(added[0]!, box)).toBe(false);
    // Still near where the user is looking: within a few node widths of the centre.
    const c = centreOf(added[0]!);
    expect(Math.hypot(c.x - centreOf(service).x, c.y - centreOf(service).y)).toBeLessThan(900);
  });

  it('lays several files out as a group whose members overlap neither each other nor the design', () => {
    const sample = fargateWebSample();
    const paths = ['task-definitions/multi-container-10.json', 'task-definitions/fargate-web-awslogs.json', 'services/fargate-alb.json', 'clusters/create-cluster.json', 'task-definitions/appmesh-envoy.json'];
    const { placed } = imported(sample, paths, { x: 400, y: 300 });
    const { added, existing } = boxesOf(sample, placed);
    expect(added.length).toBeGreaterThanOrEqual(paths.length);
    added.forEach((a, i) => {
      for (const b of existing) expect(overlap(a, b)).toBe(false);
      added.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false));
    });
  });

  it('moves containers with their task definition', () => {
    const design = emptyDesign();
    const result = importFiles(design, [fixture('task-definitions/multi-container-10.json')]);
    if (!result.ok) throw new Error(result.error);
    const placed = placeImport(design, result.design, result.nodeIds, { x: 5000, y: -3000 });
    const relative = (d: Design) => {
      const td = d.nodes.find((n) => n.kind === 'task-definition')!;
      return d.nodes.filter((n) => n.kind === 'container').map((n) => ({ x: n.position.x - td.position.x, y: n.position.y - td.position.y }));
    };
    expect(relative(placed)).toEqual(relative(result.design));
    expect(placed.nodes.find((n) => n.kind === 'task-definition')!.position).not.toEqual(result.design.nodes.find((n) => n.kind === 'task-definition')!.position);
  });

  it('centres the group on the view centre when nothing is drawn there', () => {
    const { placed } = imported(emptyDesign(), ['clusters/create-cluster.json'], { x: 2000, y: 1000 });
    const c = centreOf(topLevelBoxes(placed)[0]!);
    expect(Math.abs(c.x - 2000)).toBeLessThanOrEqual(16);
    expect(Math.abs(c.y - 1000)).toBeLessThanOrEqual(16);
  });

  it('goes right of the whole design when everything around the centre is taken', () => {
    // A wall of clusters, far wider than the spots tried around the centre.
    const crowded: Design = {
      ...emptyDesign(),
      nodes: Array.from({ length: 60 * 60 }, (_, i) => ({ id: `c${i}`, kind: 'cluster' as const, position: { x: (i % 60) * 250, y: Math.floor(i / 60) * 80 }, data: {} })),
    };
    const { placed } = imported(crowded, ['clusters/create-cluster.json'], { x: 7500, y: 2400 });
    const { added, existing } = boxesOf(crowded, placed);
    for (const box of existing) expect(overlap(added[0]!, box)).toBe(false);
    expect(added[0]!.x).toBeGreaterThan(Math.max(...existing.map((b) => b.x + b.width)));
  });
});
