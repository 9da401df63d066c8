import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

// Issue 11 (guided tour): a first-time user builds a service with the tour. Each building
// step waits for the user, moves on by itself once done, and what was built stays.

test.use({ viewport: { width: 1600, height: 1000 } });

test('the tour walks through building a service and moves on as each step is done', async ({ page }) => {
  const app = new App(page);
  await app.open();
  const popover = page.locator('.driver-popover');
  const title = popover.locator('.driver-popover-title');
  const next = popover.getByRole('button', { name: 'Next' });

  await page.getByRole('banner').getByRole('button', { name: 'Tour' }).click();
  await expect(title).toHaveText('Build an ECS service');
  await next.click();
  await expect(title).toHaveText('The pieces of an ECS design');
  await next.click();

  // 1–2: add a service and a task definition by dragging from the palette (the sample has svc-1, td-1).
  await expect(title).toHaveText('1. Add a service');
  await app.screenshot('tour-add-service');
  await app.dropFromPalette('Service', 160, 470);
  await expect(title).toHaveText('2. Add a task definition');
  await app.dropFromPalette('Task definition', 420, 470);
  await expect(title).toHaveText('3. Connect the service to the task definition');

  // 3–5: connect them on the canvas, drop a container in, place the service in the cluster.
  await app.connect('svc-2', 'td-2');
  await expect(title).toHaveText('4. Put a container in it');
  const td = (await app.node('td-2').boundingBox())!;
  const canvas = (await app.canvas.boundingBox())!;
  await app.dropFromPalette('Container', td.x - canvas.x + td.width / 2, td.y - canvas.y + td.height / 2);
  await expect(title).toHaveText('5. Place the service in a cluster');
  await app.screenshot('tour-cluster-step');
  await app.connect('svc-2', 'cluster-1');

  // The rest points at the editor's parts; Done ends the tour and what was built stays.
  await expect(title).toHaveText('Settings of the selection');
  await next.click();
  await expect(title).toHaveText('The ECS definitions, live');
  await next.click();
  await expect(title).toHaveText('Checked against the ECS rules');
  await next.click();
  await expect(title).toHaveText('Take it to AWS');
  await popover.getByRole('button', { name: 'Done' }).click();
  await expect(popover).toHaveCount(0);
  await app.node('svc-2').click();
  await app.expectActiveFile('services/web-2.json');
});

test('Next skips a step the user does not want to do', async ({ page }) => {
  const app = new App(page);
  await app.open();
  const popover = page.locator('.driver-popover');
  const title = popover.locator('.driver-popover-title');
  await page.getByRole('banner').getByRole('button', { name: 'Tour' }).click();
  for (let i = 0; i < 3; i++) await popover.getByRole('button', { name: 'Next' }).click();
  await expect(title).toHaveText('2. Add a task definition');
  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);
  await expect(app.canvas.locator('.react-flow__node')).toHaveCount(8);
});
