import type { Locator, Page } from '@playwright/test';
import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

// Flow 7 of issue #3: a design built without the mouse.

/**
 * Presses Tab (or Shift+Tab, to go back) until `target` has the focus, as a keyboard user
 * would. Going back matters: Tab inside Monaco indents rather than leaving the editor.
 */
async function tabTo(page: Page, target: Locator, { back = false, limit = 120 } = {}): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Palette: type in the filter, Tab to the first match, Enter adds it at the centre of the view. */
async function addWithKeyboard(page: Page, app: App, label: string): Promise<void> {
  const nodes = await page.locator('.react-flow__node').count();
  const filter = page.getByRole('navigation', { name: 'Palette' }).getByRole('searchbox');
  await tabTo(page, filter, { back: true });
  await page.keyboard.press('Control+a');
  await page.keyboard.type(label);
  // The filter also matches descriptions, so the item may not be the first one left.
  await tabTo(page, app.paletteItem(label), { limit: 6 });
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__node')).toHaveCount(nodes + 1);
  // The new node is in sight and clear of the ones already there: no pile to untangle.
  await expect.poll(() => placement(page)).toEqual({ inView: true, overlaps: [] });
}

/** Where the selected node is drawn: inside the canvas? on top of another node (not its frame or content)? */
function placement(page: Page): Promise<{ inView: boolean; overlaps: string[] }> {
  return page.evaluate(() => {
    const canvas = document.querySelector('.react-flow')!.getBoundingClientRect();
    const selected = document.querySelector('.react-flow__node.selected');
    if (!selected) return { inView: false, overlaps: ['nothing selected'] };
    const r = selected.getBoundingClientRect();
    const inView = r.left >= canvas.left && r.top >= canvas.top && r.right <= canvas.right && r.bottom <= canvas.bottom;
    const overlaps = [...document.querySelectorAll('.react-flow__node')]
      .filter((el) => el !== selected && !el.contains(selected) && !selected.contains(el))
      .filter((el) => {
        const o = el.getBoundingClientRect();
        const nested = (a: DOMRect, b: DOMRect) => a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;
        if (nested(r, o) || nested(o, r)) return false; // a container in its task definition
        return r.left < o.right && o.left < r.right && r.top < o.bottom && o.top < r.bottom;
      })
      .map((el) => el.getAttribute('data-id') ?? '?');
    return { inView, overlaps };
  });
}

async function connectWithKeyboard(page: Page, app: App, relation: string): Promise<void> {
  const edges = await page.locator('.react-flow__edge').count();
  await tabTo(page, app.inspector.getByRole('button', { name: `Connect (${relation})` }));
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__edge')).toHaveCount(edges + 1);
}

test('keyboard only: add nodes from the palette with Enter and connect them in the inspector', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await tabTo(page, page.getByRole('banner').getByRole('button', { name: 'New', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'New design' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'New design' }), { limit: 5 });
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);

  await addWithKeyboard(page, app, 'Cluster');
  await addWithKeyboard(page, app, 'Fargate');
  await connectWithKeyboard(page, app, 'Capacity of');
  await addWithKeyboard(page, app, 'Task definition');
  await addWithKeyboard(page, app, 'Container'); // added into the selected task definition
  await addWithKeyboard(page, app, 'Service');
  await connectWithKeyboard(page, app, 'Runs in');
  await connectWithKeyboard(page, app, 'Runs task definition');

  await app.expectActiveFile('services/web.json');
  await expect(app.editor).toContainText('"cluster": "app-cluster"');
  await expect(app.editor).toContainText('"taskDefinition": "app"');
  await app.screenshot('keyboard-only');
});
