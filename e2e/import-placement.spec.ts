import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { App } from './app.ts';

const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/ecs/${path}`, import.meta.url));
type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test.beforeEach(async ({ page }) => {
  await new App(page).usePlainFileInput();
});

test('an import lands in free space beside the sample, in view, covering nothing', async ({ page }) => {
  const app = new App(page);
  await app.open();
  const nodes = page.locator('.react-flow__node');
  const before = await nodes.evaluateAll((els) => els.map((el) => el.getAttribute('data-id')!));
  const boxes = await Promise.all(before.map(async (id) => (await app.node(id).boundingBox())!));

  // Twice: the second import must also avoid the first one.
  for (const [round, file] of ['task-definitions/fargate-web-awslogs.json', 'services/fargate-alb.json'].entries()) {
    await app.pickFiles('Import…', fixture(file));
    await expect(page.getByText(/^Imported \d+ nodes? from /).last()).toBeVisible();

    const ids = await nodes.evaluateAll((els) => els.map((el) => el.getAttribute('data-id')!));
    const added = ids.filter((id) => !before.includes(id));
    expect(added.length, `round ${round}`).toBeGreaterThan(0);
    const view = (await app.canvas.boundingBox())!;
    for (const id of added) {
      const box = (await app.node(id).boundingBox())!;
      for (const [i, old] of boxes.entries()) expect(overlap(box, old), `${id} covers ${before[i]}`).toBe(false);
      // A person sees what came in without hunting for it.
      expect(box.x).toBeGreaterThanOrEqual(view.x);
      expect(box.x + box.width).toBeLessThanOrEqual(view.x + view.width);
    }
    for (const id of added) {
      before.push(id);
      boxes.push((await app.node(id).boundingBox())!);
    }
  }
  await app.screenshot('import-placement');
});
