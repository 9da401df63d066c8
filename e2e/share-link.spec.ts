import type { Page } from '@playwright/test';
import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

// Issue 11 (share by link): a link holds the design; opened, it is read-only until Make a
// copy, and the user's own autosaved design is not replaced behind their back. A cut-off
// link is refused with a message and the user's design is still there.

test.use({ viewport: { width: 1600, height: 1000 } });
test.setTimeout(120_000);

const savedDesign = (page: Page) => page.evaluate(() => localStorage.getItem('ecs-designer:design') ?? '');

async function setDesired(app: App, count: number): Promise<void> {
  await app.node('svc-1').click();
  const desired = app.inspector.getByLabel('Desired tasks');
  await desired.fill(String(count));
  await desired.press('Enter');
  await expect(app.node('svc-1')).toContainText(`desired ${count}`);
}

test('share link round trip: copy, open in a new page read-only, make a copy, edit', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  const app = new App(page);
  await app.open();
  await setDesired(app, 3);

  await page.getByRole('banner').getByRole('button', { name: 'Share link' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Link copied/ })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#share=[A-Za-z0-9+$-]+$/);
  expect(link.length).toBeLessThan(8192);

  // The user's own design moves on (desired 5) and is autosaved.
  await setDesired(app, 5);
  await expect.poll(() => savedDesign(page)).toContain('"desiredCount":5');

  // The link in a new page: the shared design (desired 3), read-only.
  const shared = await context.newPage();
  const viewer = new App(shared);
  await shared.goto(link);
  const banner = shared.getByRole('region', { name: 'Shared design' });
  await expect(banner).toContainText('Shared design “Fargate web service”, read-only');
  await expect(viewer.node('svc-1')).toContainText('desired 3');

  // No edits: the inspector's fields are disabled...
  await viewer.node('svc-1').click();
  await expect(viewer.inspector.getByLabel('Desired tasks')).toBeDisabled();
  // ...nodes do not move...
  const node = viewer.node('svc-1');
  const start = await node.evaluate((el) => (el as HTMLElement).style.transform);
  const box = (await node.boundingBox())!;
  await shared.mouse.move(box.x + box.width / 2, box.y + 12);
  await shared.mouse.down();
  await shared.mouse.move(box.x + 80, box.y + 160, { steps: 10 });
  await shared.mouse.up();
  expect(await node.evaluate((el) => (el as HTMLElement).style.transform)).toBe(start);
  // ...and the code pane does not take typing.
  await viewer.expectActiveFile('services/web.json');
  const line = await viewer.editorLine('"desiredCount": 3');
  await line.click();
  await shared.keyboard.press('End');
  await shared.keyboard.type('9');
  await expect(viewer.editor.locator('.view-line').filter({ hasText: '"desiredCount": 3' }).first()).toBeVisible();
  await expect(viewer.editor.locator('.view-line').filter({ hasText: '"desiredCount": 39' })).toHaveCount(0);
  await expect(viewer.code).toContainText('Read-only: a shared design');
  await viewer.screenshot('share-read-only');
  // The user's own autosave is untouched by opening the link.
  expect(await savedDesign(shared)).toContain('"desiredCount":5');

  // Make a copy: the autosave has a design with nodes, so it asks first.
  await banner.getByRole('button', { name: 'Make a copy' }).click();
  const dialog = shared.getByRole('dialog', { name: 'Replace your saved design?' });
  await expect(dialog).toContainText('Your own design in this browser (8 nodes) will be replaced by this copy');
  await dialog.getByRole('button', { name: 'Replace with the copy' }).click();
  await expect(banner).toHaveCount(0);
  expect(new URL(shared.url()).hash).toBe('');
  await expect.poll(() => savedDesign(shared)).toContain('"desiredCount":3');

  // Now it edits like any design, and is saved.
  await setDesired(viewer, 6);
  await expect.poll(() => savedDesign(shared)).toContain('"desiredCount":6');
  await viewer.screenshot('share-copied');
});

test('a truncated share link says so, and the user’s own design is still there', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  const app = new App(page);
  await app.open();
  await setDesired(app, 5);
  await expect.poll(() => savedDesign(page)).toContain('"desiredCount":5');

  // A real link, cut in half (as a chat tool might).
  await page.getByRole('banner').getByRole('button', { name: 'Share link' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Link copied/ })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const at = link.indexOf('#share=') + '#share='.length;
  const cut = link.slice(0, at + Math.floor((link.length - at) / 2));

  // Opened in a new page: the message, and the user's own design (desired 5), editable.
  const other = await context.newPage();
  const second = new App(other);
  await other.goto(cut);
  await expect(other.getByRole('alert').filter({ hasText: /^This share link is damaged or incomplete/ })).toContainText('Your own design is unchanged.');
  await expect(other.getByRole('region', { name: 'Shared design' })).toHaveCount(0);
  await expect(second.node('svc-1')).toContainText('desired 5');
  await second.node('svc-1').click();
  await expect(second.inspector.getByLabel('Desired tasks')).toBeEnabled();
  expect(await savedDesign(other)).toContain('"desiredCount":5');
  expect(new URL(other.url()).hash).toBe('');
  await second.screenshot('share-truncated');

  // Pasted into the address bar of an open page (no reload): the same message, nothing lost.
  await page.evaluate((hash) => (window.location.hash = hash), cut.slice(cut.indexOf('#')));
  await expect(page.getByRole('alert').filter({ hasText: /^This share link is damaged or incomplete/ })).toBeVisible();
  await expect(app.node('svc-1')).toContainText('desired 5');
});
