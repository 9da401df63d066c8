import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

// Issue 8, hostile input: a file nested 10,000 levels deep used to overflow the stack
// ("Maximum call stack size exceeded"). Every way in now names the limit and the place,
// and the design stays as it was: the Undo button stays disabled (nothing was committed).

const DEPTH = 10_000;
const deepTaskDefinition = `{"family":"deep","containerDefinitions":[{"name":"app","image":"busybox:1.36","memory":64,"x":${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}}]}`;
const ecsDepthMessage = /nested more than 256 levels deep \(the limit for ECS JSON\) at line \d+, column \d+, JSON pointer \/containerDefinitions\/0\/x\/0\/0\/…\/0\/0/;
const deepDesign = `{"version":1,"name":"Deep","nodes":[],"edges":[],"x":${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}}`;
const designDepthMessage = /nested more than 264 levels deep \(the limit for a design file\) at line 1, column \d+, JSON pointer \/x\/a\/a\/a\/a\/…\/a\/a/;

test.beforeEach(async ({ page }) => {
  await new App(page).usePlainFileInput();
});

/** The sample as it opened: its node ids, and nothing to undo. */
async function expectSampleUnchanged(app: App, ids: string[]): Promise<void> {
  await expect(app.page.getByRole('banner').getByRole('button', { name: 'Undo' })).toBeDisabled();
  expect(await app.page.locator('.react-flow__node').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')))).toEqual(ids);
}

async function nodeIds(app: App): Promise<string[]> {
  return app.page.locator('.react-flow__node').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')!));
}

/** Drops a file from the desktop on the canvas (the drop zone wraps it). */
async function dropFile(app: App, name: string, text: string): Promise<void> {
  const data = await app.page.evaluateHandle(
    ([fileName, content]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName, { type: 'application/json' }));
      return transfer;
    },
    [name, text] as const,
  );
  const zone = app.canvas.locator('xpath=..');
  await zone.dispatchEvent('dragover', { dataTransfer: data });
  await zone.dispatchEvent('drop', { dataTransfer: data });
}

const alert = (app: App, text: RegExp) => app.page.getByRole('alert').filter({ hasText: text });

test('a 10,000-deep definition pasted, dropped or imported is refused with the limit and the place', async ({ page }) => {
  const app = new App(page);
  await app.open();
  const ids = await nodeIds(app);

  // Paste on the canvas.
  await app.focusCanvas();
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, deepTaskDefinition);
  await expect(alert(app, new RegExp(`^Could not import pasted text: ${ecsDepthMessage.source}`))).toBeVisible();
  await app.screenshot('limits-paste');
  await expectSampleUnchanged(app, ids);

  await dropFile(app, 'deep-drop.json', deepTaskDefinition);
  await expect(alert(app, new RegExp(`^Could not import deep-drop\\.json: ${ecsDepthMessage.source}`))).toBeVisible();
  await expectSampleUnchanged(app, ids);

  // Import… from the file dialog.
  await app.pickFiles('Import…', { name: 'deep-import.json', mimeType: 'application/json', buffer: Buffer.from(deepTaskDefinition) });
  await expect(alert(app, new RegExp(`^Could not import deep-import\\.json: ${ecsDepthMessage.source}`))).toBeVisible();
  await expectSampleUnchanged(app, ids);
});

test('a 10,000-deep design file is refused by Open… and by drop, and a too large file is not read', async ({ page }) => {
  test.slow(); // several large inputs in a row: give a busy machine time
  const app = new App(page);
  await app.open();
  const ids = await nodeIds(app);

  await app.pickFiles('Open…', { name: 'deep.ecs-design.json', mimeType: 'application/json', buffer: Buffer.from(deepDesign) });
  const refused = new RegExp(`^Could not open deep\\.ecs-design\\.json: ${designDepthMessage.source}\\. Your design is unchanged\\.`);
  await expect(alert(app, refused)).toBeVisible();
  await expectSampleUnchanged(app, ids);
  await app.page.getByRole('button', { name: 'Dismiss notification' }).first().click();
  await expect(alert(app, refused)).toHaveCount(0);

  // A single design file dropped on the canvas is opened: refused the same way.
  await dropFile(app, 'deep.ecs-design.json', deepDesign);
  await expect(alert(app, refused)).toBeVisible();
  await expectSampleUnchanged(app, ids);

  // A file over the size limit is refused from its size (5 MiB, over the 4 MiB for ECS JSON; a
  // design file over 16 MiB is refused the same way, as the unit tests check).
  await app.pickFiles('Import…', { name: 'big.json', mimeType: 'application/json', buffer: Buffer.alloc(5 * 1024 * 1024, 0x20) });
  await expect(alert(app, /^Could not import big\.json: too large: 5,242,880 bytes, over the 4 MiB limit for ECS JSON\. Your design is unchanged\./)).toBeVisible();
  await expectSampleUnchanged(app, ids);
});

test('typing a 10,000-deep value in Monaco shows the limit like a parse error and keeps the design', async ({ page }) => {
  test.slow(); // several large inputs in a row: give a busy machine time
  const app = new App(page);
  await app.open();
  const ids = await nodeIds(app);
  await app.node('td-1').click();
  await app.expectActiveFile('task-definitions/web.json');

  // After `"family": "web",` paste a field nested 10,000 lists deep (one edit, as a real
  // paste is: typing 20,000 brackets one by one is no test of the limit), then type on.
  await (await app.editorLine('"family": "web"')).click();
  await page.keyboard.press('End');
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, `\n"xDeep": ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)},`);
  // Typing goes on as usual: no page error from Monaco's JSON worker (the guard in the fixtures).
  await page.keyboard.type('\n"xMore": 1,');
  const status = app.code.getByRole('status');
  await expect(status).toContainText(/Not applied: nested more than 256 levels deep \(the limit for ECS JSON\) at line 3, column \d+, JSON pointer \/xDeep\/0\/0\/0\/0\/…\/0\/0/);
  await expect(app.editor.locator('.squiggly-error').first()).toBeVisible();
  await page.waitForTimeout(600); // longer than the apply delay: nothing may reach the design
  await app.screenshot('limits-monaco');
  await expect(app.node('td-1')).toContainText('web');
  await expectSampleUnchanged(app, ids);

  // Revert to design brings back the text the design says; the editor still works.
  await app.code.getByRole('button', { name: 'Revert to design' }).click();
  await expect(status).not.toContainText('Not applied');
  await expect(app.editor).not.toContainText('xDeep');
});

test('an inspector JSON field nested too deep is not applied and says why', async ({ page }) => {
  const app = new App(page);
  await app.open();
  const ids = await nodeIds(app);
  await app.node('taskrole-1').click();
  const field = app.inspector.getByLabel('Policy statements');
  await field.fill(`[${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}]`);
  await expect(app.inspector).toContainText(/Nested more than 248 levels deep \(the limit for a JSON field\) at line 1, column \d+, JSON pointer \/0\/a\/a\/a\/a\/…\/a\/a — not applied until it is valid\./);
  await app.screenshot('limits-inspector');
  await app.focusCanvas();
  await expectSampleUnchanged(app, ids);
});

test('an autosave nested 10,000 levels deep is kept under a backup key and the sample opens, saying why', async ({ page }) => {
  await page.addInitScript((saved) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('ecs-designer:design', saved);
      sessionStorage.setItem('seeded', '1');
    }
  }, deepDesign);
  const app = new App(page);
  await app.open();
  await expect(page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: designDepthMessage })).toBeVisible();
  await app.screenshot('limits-autosave');
  const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ecs-designer:unreadable:')).map((k) => localStorage.getItem(k)!.length));
  expect(backups).toEqual([deepDesign.length]);
});
