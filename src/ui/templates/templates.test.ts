import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derive } from '../../core/derive/index.ts';
import type { Design } from '../../core/model/design.ts';
import { TEMPLATE_BUILDERS } from '../../core/templates/build/index.ts';
import { templateFileName, TEMPLATES } from '../../core/templates/catalog.ts';
import { apiInputFailures, hasBotocore, NO_BOTOCORE } from '../../core/test-support/api-input-check.ts';
import { validate } from '../../core/validate/index.ts';
import { CanvasLayout } from '../canvas/canvas-layout.ts';
import { serializeDesign } from '../shell/design-file.ts';
import { readTemplate, TEMPLATE_FILE_IDS } from './template-files.ts';
import { layOutTemplate } from './template-layout.ts';

const FILES_DIR = new URL('../../core/templates/files/', import.meta.url);

async function opened(id: string): Promise<Design> {
  const read = await readTemplate(id);
  if (!read.ok) throw new Error(read.message);
  expect(read.warning, 'opened without repairs').toBeUndefined();
  return read.design;
}

interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Box, frame: Box) => a.x >= frame.x && a.y >= frame.y && a.x + a.width <= frame.x + frame.width && a.y + a.height <= frame.y + frame.height;

/** Where the canvas draws each node and what each frame holds: pairs that overlap, children outside their frame. */
function layoutFaults(design: Design): string[] {
  const layout = new CanvasLayout(design);
  const box = (id: string): Box => ({ id, ...layout.drawn(id), ...layout.size(layout.node(id)!) });
  const faults: string[] = [];
  const siblings = new Map<string | undefined, Box[]>();
  for (const n of design.nodes) {
    const parent = layout.parentOf(n.id);
    siblings.set(parent, [...(siblings.get(parent) ?? []), box(n.id)]);
    if (parent !== undefined && !inside(box(n.id), box(parent))) faults.push(`${n.id} sticks out of ${parent}`);
  }
  for (const group of siblings.values())
    for (const [i, a] of group.entries()) for (const b of group.slice(i + 1)) if (overlaps(a, b)) faults.push(`${a.id} overlaps ${b.id}`);
  return faults;
}

describe('templates (New from template…)', () => {
  it('the catalog, the builders and the files are the same set, at least nine, each with a title, a description and features', () => {
    const ids = TEMPLATES.map((t) => t.id);
    expect(ids.length).toBeGreaterThanOrEqual(9);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(TEMPLATE_BUILDERS).sort()).toEqual([...ids].sort());
    expect([...TEMPLATE_FILE_IDS].sort()).toEqual([...ids].sort());
    expect(readdirSync(FILES_DIR).sort()).toEqual(ids.map(templateFileName).sort());
    for (const t of TEMPLATES) {
      expect(t.title.length, t.id).toBeGreaterThan(0);
      expect(t.description.length, t.id).toBeGreaterThan(40);
      expect(t.description.length, `${t.id}: short enough for the dialog`).toBeLessThan(240);
      expect(t.features.length, t.id).toBeGreaterThan(0);
    }
  });

  for (const t of TEMPLATES) {
    describe(t.id, () => {
      it('opens as Open… opens a file, with no error or warning problems', async () => {
        const design = await opened(t.id);
        expect(design.name).toBe(t.title);
        const problems = validate(design).filter((p) => p.severity !== 'info');
        expect(problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message}`)).toEqual([]);
      });

      it('is the file its builder and the auto-layout write (npm run gen:templates)', async () => {
        const file = readFileSync(new URL(templateFileName(t.id), FILES_DIR), 'utf8');
        expect(file).toBe(serializeDesign(await layOutTemplate(TEMPLATE_BUILDERS[t.id]!())));
      });

      it('is drawn with nothing overlapping and every frame holding what it contains', async () => {
        const design = await opened(t.id);
        expect(layoutFaults(design)).toEqual([]);
      });
    });
  }

  it.skipIf(!hasBotocore)(`every file every template derives passes botocore${NO_BOTOCORE}`, async () => {
    const artifacts = [];
    for (const t of TEMPLATES) for (const a of derive(await opened(t.id))) artifacts.push({ ...a, path: `${t.id}/${a.path}` });
    expect(artifacts.length).toBeGreaterThan(100);
    expect(apiInputFailures(artifacts)).toEqual([]);
  }, 60_000);

  it('the layout check finds nodes drawn over each other, as the builders leave them (so the test above can fail)', async () => {
    const heap = TEMPLATE_BUILDERS['ecs-anywhere']!();
    const [a, b] = heap.nodes;
    expect(layoutFaults(heap)).toContain(`${a!.id} overlaps ${b!.id}`);
  });
});
