import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

// Issue 9: task placement in the inspector. The sample runs on Fargate, which places tasks
// itself, so a binpack strategy set there is PL-FG, and its quick fix takes it away again.

test.use({ viewport: { width: 1440, height: 900 } });

test('placement strategy: add binpack on the Fargate sample service, see PL-FG, apply its fix', async ({ page }) => {
  const app = new App(page);
  await app.open();

  await app.node('svc-1').click();
  const strategies = app.inspector.getByRole('group', { name: 'Placement strategy' });
  await strategies.getByRole('button', { name: 'Add strategy' }).click();
  await strategies.getByRole('textbox', { name: 'Field 1' }).fill('memory');
  await strategies.getByRole('combobox', { name: 'Type 1' }).selectOption('binpack');
  await expect(strategies.getByRole('textbox', { name: 'Field 1' })).toHaveValue('memory');

  // Emitted as written into CreateService …
  await app.expectActiveFile('services/web.json');
  await expect(await app.editorLine('"type": "binpack"')).toBeVisible();

  // … and refused for Fargate, pinned beside the field.
  const problem = app.problems.getByRole('listitem').filter({ hasText: 'PL-FG' });
  await expect(problem).toBeVisible();
  await expect(problem).toContainText('Fargate places tasks itself');
  await expect(app.inspector.getByText(/Fargate places tasks itself/).first()).toBeVisible();
  await app.screenshot('placement-pl-fg');

  await problem.getByRole('button', { name: /^Fix/ }).click();
  await expect(problem).toHaveCount(0);
  await expect(strategies.getByRole('combobox', { name: 'Type 1' })).toHaveCount(0);
  await app.screenshot('placement-fixed');
});
