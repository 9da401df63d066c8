import { AUTOSAVE_KEY } from '../src/state/persistence.ts';
import { benchDesign } from '../bench/browser/design.ts';
import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

// A large design (the browser bench's 500 nodes) opens whole and zoomed out, drawn as boxes;
// zooming in shows full cards whose facts include what the design implies, and the side
// panes and problems arrive once the diagram is drawn.

test('a 500-node design opens as boxes seen whole; zoomed in, cards show derived facts', async ({ page }) => {
  const design = benchDesign(500);
  await page.addInitScript(([key, text]) => localStorage.setItem(key!, text!), [AUTOSAVE_KEY, JSON.stringify(design)]);
  const app = new App(page);
  await page.goto('/');

  // Seen zoomed out: boxes with the node names, no full cards (they carry title tooltips).
  const tasks = page.locator('.react-flow__node-task');
  await expect(tasks.first()).toBeVisible();
  await expect(tasks.first()).toContainText(/^svc-\d+/);
  await expect(page.locator('.react-flow__node [title]')).toHaveCount(0);
  // The side panes and the rule check come after the diagram.
  await expect(app.inspector.getByText('503 nodes')).toBeVisible();
  await expect(app.problems).toContainText('No problems');
  await expect(app.editor).toContainText('"family"');
  await app.screenshot('large-design-whole');

  // Zoom in on a task definition in view: its card shows the implied Fargate size.
  const id = (await tasks.nth(Math.floor((await tasks.count()) / 2)).getAttribute('data-id'))!;
  const td = app.node(id);
  const box = (await td.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 10; i++) {
    await page.mouse.wheel(0, -150);
    await page.waitForTimeout(50);
  }
  await expect(td).toContainText(/vCPU · \d+ MiB/);
  await app.screenshot('large-design-zoomed-in');
});
