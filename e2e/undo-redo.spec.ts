import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

// Flow 4 of issue #3: one history across canvas, inspector and code edits.

test('undo and redo span canvas moves, inspector edits and Monaco edits', async ({ page }) => {
  const app = new App(page);
  await app.open();
  const service = app.node('svc-1');
  const start = await service.evaluate((el) => (el as HTMLElement).style.transform);

  // 1. Canvas: a drag is one history entry.
  const box = (await service.boundingBox())!;
  await page.mouse.move(box.x + 60, box.y + 15);
  await page.mouse.down();
  await page.mouse.move(box.x + 60, box.y + 200, { steps: 12 });
  await page.mouse.up();
  const moved = await service.evaluate((el) => (el as HTMLElement).style.transform);
  expect(moved).not.toBe(start);

  // 2. Inspector: desired count.
  await service.click();
  const desired = app.inspector.getByLabel('Desired tasks');
  await desired.fill('5');
  await desired.press('Enter');
  await expect(service).toContainText('desired 5');

  // 3. Monaco: the service's file, desiredCount 5 → 7.
  await app.expectActiveFile('services/web.json');
  await app.editLineEnd('"desiredCount": 5', '5,'.length, '7,');
  await expect(service).toContainText('desired 7');

  // Undo all three with Ctrl+Z from outside the editor, newest first.
  await app.focusCanvas();
  await page.keyboard.press('Control+z');
  await expect(service).toContainText('desired 5');
  await page.keyboard.press('Control+z');
  await expect(service).toContainText('desired 2');
  await page.keyboard.press('Control+z');
  await expect.poll(() => service.evaluate((el) => (el as HTMLElement).style.transform)).toBe(start);

  // Redo with Ctrl+Shift+Z, Ctrl+Y and the header's Redo button.
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => service.evaluate((el) => (el as HTMLElement).style.transform)).toBe(moved);
  await page.keyboard.press('Control+y');
  await expect(service).toContainText('desired 5');
  const header = page.getByRole('banner');
  await header.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(service).toContainText('desired 7');
  await expect(header.getByRole('button', { name: 'Redo', exact: true })).toBeDisabled();
  await header.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(service).toContainText('desired 5');
  await app.screenshot('undo-redo');
});
