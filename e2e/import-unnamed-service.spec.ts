import { fileURLToPath } from 'node:url';
import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/ecs/services/codedeploy-pipeline-without-name.json', import.meta.url));

test.beforeEach(async ({ page }) => {
  await new App(page).usePlainFileInput();
});

test('a CodeDeploy service file without serviceName imports under its file name, with a warning, and is named in the inspector', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.newDesign();
  await app.pickFiles('Import…', FIXTURE);
  await expect(page.getByText(/No serviceName: the service is called "codedeploy-pipeline-without-name"/)).toBeVisible();

  const service = app.nodeNamed('codedeploy-pipeline-without-name');
  await expect(service).toHaveCount(1);
  await expect(app.problems.getByText(/has no serviceName, as in the file it came from/)).toBeVisible();
  // The generated file has no serviceName until the user gives one.
  await app.expectActiveFile('services/codedeploy-pipeline-without-name.json');
  await expect(app.editor.locator('.view-line').filter({ hasText: '"serviceName"' })).toHaveCount(0);

  await app.inspector.getByLabel('Service name').fill('orders-api');
  await app.inspector.getByLabel('Service name').press('Enter');
  await expect(app.nodeNamed('orders-api')).toHaveCount(1);
  await expect(app.problems.getByText(/has no serviceName/)).toHaveCount(0);
  await app.expectActiveFile('services/orders-api.json');
  await expect(await app.editorLine('"serviceName": "orders-api"')).toBeVisible();
});
