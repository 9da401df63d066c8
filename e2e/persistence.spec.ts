import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

// Flow 5 of issue #3: the design survives a reload, layout included; a bad store does not crash.

test('a reload restores the design exactly, including where the nodes were moved', async ({ page }) => {
  const app = new App(page);
  await app.open();
  const cluster = app.node('cluster-1');
  await cluster.click();
  const name = app.inspector.getByLabel('Cluster name');
  await name.fill('prod-cluster');
  await name.press('Enter');
  await expect(cluster).toContainText('prod-cluster');
  const box = (await cluster.boundingBox())!;
  await page.mouse.move(box.x + 60, box.y + 15);
  await page.mouse.down();
  await page.mouse.move(box.x + 60, box.y + 160, { steps: 8 });
  await page.mouse.up();
  const moved = await cluster.evaluate((el) => (el as HTMLElement).style.transform);

  await page.reload();
  await expect(app.node('cluster-1')).toContainText('prod-cluster');
  expect(await app.node('cluster-1').evaluate((el) => (el as HTMLElement).style.transform)).toBe(moved);
  await app.screenshot('reload-restored');
});

test('a corrupted store opens the sample with a warning and keeps the unreadable text', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await page.evaluate(() => localStorage.setItem('ecs-designer:design', '{"version": 1, "nodes": [ broken'));
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toBeVisible();
  await expect(app.node('td-1')).toBeVisible();
  const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ecs-designer:unreadable:')));
  expect(backups).toHaveLength(1);
  await app.screenshot('corrupted-store');
});
