import { AUTOSAVE_KEY } from '../src/state/persistence.ts';
import { validate } from '../src/core/validate/index.ts';
import { benchDesign } from '../bench/browser/design.ts';
import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

// A large design (the browser bench's 500 nodes) opens whole and zoomed out, drawn as boxes
// and lines; zooming in shows full cards whose facts include what the design implies, and
// lines as edges; the side panes and problems arrive once the diagram is drawn.

test('a 500-node design opens as boxes seen whole; zoomed in, cards show derived facts', async ({ page }) => {
  test.setTimeout(120_000); // 500 nodes on a loaded 2-core machine
  const design = benchDesign(500);
  await page.addInitScript(([key, text]) => localStorage.setItem(key!, text!), [AUTOSAVE_KEY, JSON.stringify(design)]);
  const app = new App(page);
  await page.goto('/');

  // Seen zoomed out: boxes with the node names, no full cards (they carry title tooltips).
  const tasks = page.locator('.react-flow__node-task');
  await expect(tasks.first()).toBeVisible();
  await expect(tasks.filter({ hasText: /^svc-\d+/ }).first()).toBeVisible();
  await expect(page.locator('.react-flow__node [title]')).toHaveCount(0);
  // Its lines are drawn together (a few paths), not as an edge each.
  await expect(page.locator('.ecs-overview-lines path').first()).toBeAttached();
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  // The side panes and the rule check come after the diagram.
  await expect(app.inspector.getByText(`${design.nodes.length} nodes`)).toBeVisible();
  // The bench design has no errors or warnings, only the notes the core finds too (AS-DEPLOY on scaled services).
  const problems = validate(design);
  expect(problems.filter((p) => p.severity !== 'info')).toEqual([]);
  await expect(app.problems.getByRole('button', { name: `Problems: ${problems.length} notes` })).toBeVisible();
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
  // Zoomed in, lines are edges again, with their labels, and nodes have handles to draw new ones.
  await expect(page.locator('.ecs-overview-lines')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge').first()).toBeVisible();
  await expect(page.locator('.ecs-edge-label').first()).toBeVisible();
  await expect(td.locator('.react-flow__handle')).toHaveCount(2);
  await app.screenshot('large-design-zoomed-in');

  // A line can be drawn from a node first drawn zoomed out, without handles: here onto a new
  // service, dropped where no node is (below a card shorter than its row, as in the bench layout).
  const view = (await app.canvas.boundingBox())!;
  const spot = await page.evaluate(
    ({ left, top, right, bottom }) => {
      const free = (x: number, y: number) =>
        x > left && x < right && y > top && y < bottom && !document.elementsFromPoint(x, y).some((el) => el.closest('.react-flow__node'));
      for (const card of document.querySelectorAll('.react-flow__node-kind')) {
        const r = card.getBoundingClientRect();
        const [x, y] = [r.left + r.width / 2, r.bottom + 50];
        if ([-80, 0, 80].every((dx) => [-40, 0, 40].every((dy) => free(x + dx, y + dy)))) return { x: x - left, y: y - top };
      }
      return undefined;
    },
    { left: view.x, top: view.y, right: view.x + view.width, bottom: view.y + view.height },
  );
  expect(spot, 'room for a new node in view').toBeDefined();
  const before = new Set(await page.locator('.react-flow__node').evaluateAll((els) => els.map((el) => el.getAttribute('data-id'))));
  await app.dropFromPalette('Service', spot!.x, spot!.y);
  const added = (await page.locator('.react-flow__node').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')))).find((n) => !before.has(n))!;
  await app.connect(id, added);
});
