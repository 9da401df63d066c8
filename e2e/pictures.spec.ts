import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

// Pictures of the diagram (issue 11): PNG and SVG, whole design or selection, light or
// dark, downloaded from the canvas toolbar; and presentation mode, which shows only the
// diagram and edits nothing.

const FLOWS = fileURLToPath(new URL('../test-results/flows/', import.meta.url));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('a PNG of the whole design and an SVG of the selection in dark, from the canvas toolbar', async ({ page }) => {
  const app = new App(page);
  await app.open();
  const toolbar = page.getByRole('toolbar', { name: 'Canvas' });

  await toolbar.getByRole('button', { name: 'Picture…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Picture of the diagram' });
  await expect(dialog.getByRole('radio', { name: 'Selection' })).toBeDisabled();
  await expect(dialog.getByRole('radio', { name: 'Whole design' })).toBeChecked();
  const [png] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
  expect(png.suggestedFilename()).toBe('Fargate-web-service.png');
  const pngBytes = readFileSync((await png.path())!);
  mkdirSync(FLOWS, { recursive: true });
  writeFileSync(`${FLOWS}picture-whole-design.png`, pngBytes);
  // At full size and twice as sharp: wider than the canvas on screen, whatever its zoom.
  const size = pngSize(pngBytes);
  expect(size.width).toBeGreaterThan(1000);
  await expect(page.getByText('Picture saved as Fargate-web-service.png.')).toBeVisible();

  // The selection: one node, in dark, as SVG; the other nodes are not in it.
  await app.nodeNamed('web-alb').click();
  await toolbar.getByRole('button', { name: 'Picture…' }).click();
  await expect(dialog.getByRole('radio', { name: 'Selection' })).toBeChecked();
  await dialog.getByRole('radio', { name: 'SVG' }).check();
  await dialog.getByRole('radio', { name: 'Dark' }).check();
  const [svg] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
  expect(svg.suggestedFilename()).toBe('Fargate-web-service-selection.svg');
  const text = readFileSync((await svg.path())!, 'utf8');
  // (Booleans, not toContain: a failure would print the whole picture's markup.)
  expect(text.startsWith('<svg')).toBe(true);
  expect(text.includes('web-alb')).toBe(true);
  expect(text.includes('web-cluster')).toBe(false);
  // The dark canvas colour behind it.
  expect(/background: [^;]*rgb\(11, 17, 32\)/.test(text)).toBe(true);
  // The screen is as it was: light theme, the load balancer still selected.
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await expect(app.nodeNamed('web-alb')).toHaveClass(/selected/);
});

test('presenting shows only the diagram, moves nothing, and Escape comes back', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await page.getByRole('banner').getByRole('button', { name: 'Present' }).click();
  await expect(page.getByPlaceholder('name or purpose')).toBeHidden();
  await expect(app.inspector).toBeHidden();
  await expect(app.code).toBeHidden();
  await expect(page.getByRole('toolbar', { name: 'Canvas' }).getByRole('button', { name: 'Auto-layout' })).toHaveCount(0);
  await app.fitView();
  await app.screenshot('presentation-mode');

  // A drag pans or does nothing: the node stays where the design has it.
  const node = app.nodeNamed('web-cluster');
  const before = await node.boundingBox();
  await node.hover();
  await page.mouse.down();
  await page.mouse.move(before!.x + 200, before!.y + 120, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.press('Delete');
  await expect(app.nodeNamed('web-cluster')).toHaveCount(1);
  await page.getByRole('banner').getByRole('button', { name: 'Exit presentation' }).click();
  await expect(app.inspector).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

  await page.getByRole('banner').getByRole('button', { name: 'Present' }).click();
  await expect(app.inspector).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(app.inspector).toBeVisible();
});
