import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

// Flow 2 and 3 of issue #3: the JSON is editable, the design follows valid edits only.

test('editing cpu/memory in Monaco updates the node and the inspector; an invalid Fargate pair is flagged and fixed', async ({ page }) => {
  const app = new App(page);
  await app.open();
  const td = app.node('td-1');
  await td.click();
  await app.expectActiveFile('task-definitions/web.json');

  // "cpu": "256" → "1024": the implied memory follows to the smallest valid size.
  await app.editLineEnd('"cpu": "256"', '"256",'.length, '"1024",');
  await expect(td).toContainText('1 vCPU · 2048 MiB');
  await expect(app.inspector.getByLabel('Task CPU (units)')).toHaveValue('1024');
  await expect(app.inspector.getByLabel('Task memory (MiB)')).toHaveAttribute('placeholder', '2048 (implied)');
  // "memory": "2048" → "3072": now set explicitly.
  await app.editLineEnd('"memory": "2048"', '"2048"'.length, '"3072"');
  await expect(td).toContainText('1 vCPU · 3072 MiB');
  await expect(app.inspector.getByLabel('Task memory (MiB)')).toHaveValue('3072');

  // 1024 CPU units with 16 GiB is no Fargate size: FG-CPU-MEM, with a fix.
  await app.editLineEnd('"memory": "3072"', '"3072"'.length, '"16384"');
  const problem = app.problems.getByRole('button', { name: /FG-CPU-MEM/ });
  await expect(problem).toBeVisible();
  await expect(td.getByText('1', { exact: true })).toBeVisible(); // the node's error badge
  await app.problems.getByRole('button', { name: /^Fix/ }).first().click();
  await expect(problem).toHaveCount(0);
  await expect(app.problems).toContainText('No problems');
  // The fix keeps the memory asked for and takes the smallest CPU that allows it.
  await expect(td).toContainText('2 vCPU · 16384 MiB');
  await expect(app.inspector.getByLabel('Task CPU (units)')).toHaveValue('2048');

  // The fix is one undo entry (Ctrl+Z with the focus outside Monaco).
  await app.focusCanvas();
  await page.keyboard.press('Control+z');
  await expect(problem).toBeVisible();
  await app.screenshot('code-edit-cpu-memory');
});

test('broken JSON is marked and leaves the diagram alone; the repaired text is applied', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.node('td-1').click();
  await app.expectActiveFile('task-definitions/web.json');

  // Delete the comma after "family": "web" and rename the family while the text is broken.
  await app.editLineEnd('"family": "web"', '"web",'.length, '"webapp"');
  await expect(app.editor.locator('.squiggly-error').first()).toBeVisible();
  await expect(app.code.getByRole('status')).toContainText(/not applied|invalid|error/i);
  await page.waitForTimeout(600); // longer than the apply delay: nothing may reach the design
  await expect(app.node('td-1')).toContainText('web');
  await expect(app.node('td-1')).not.toContainText('webapp');
  await app.screenshot('code-edit-broken');

  // Put the comma back: the text is valid again and the rename applies.
  await (await app.editorLine('"family": "webapp"')).click();
  await page.keyboard.press('End');
  await page.keyboard.insertText(',');
  await expect(app.node('td-1')).toContainText('webapp');
  await expect(app.editor.locator('.squiggly-error')).toHaveCount(0);
  await app.screenshot('code-edit-repaired');
});

test('typing a new family in Monaco renames the file under the cursor without losing the editor', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.node('td-1').click();
  await app.expectActiveFile('task-definitions/web.json');

  // Cursor just before the closing quote of "web"; each letter is applied (and renames the
  // file) before the next is typed, as when someone types slowly.
  await (await app.editorLine('"family": "web"')).click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  let family = 'web';
  for (const letter of 'api') {
    await page.keyboard.type(letter);
    family += letter;
    await expect(app.node('td-1')).toContainText(family);
    await app.expectActiveFile(`task-definitions/${family}.json`);
  }
  const focusInEditor = await page.evaluate(() => !!document.activeElement?.closest('.monaco-editor'));
  expect(focusInEditor).toBe(true);
  await expect(app.editor).toContainText('"family": "webapi"');
  await app.screenshot('code-edit-rename-typing');
});
