import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

// Issue 9: an S3 bucket dragged onto the sample and connected to its container gives the
// container an environment file (the key set on the connection) and the execution role
// exactly s3:GetObject on that object and s3:GetBucketLocation on the bucket.

/**
 * Pages down from the top of the file (the editor has the focus) until a line with `text`
 * shows, without clicking lines the editor's sticky headers can cover.
 */
async function showLine(app: App, text: string): Promise<void> {
  const line = app.editor.locator('.view-line').filter({ hasText: text }).first();
  for (let i = 0; i < 30 && !(await line.isVisible()); i++) await app.page.keyboard.press('PageDown');
  await expect(line).toBeVisible();
}

async function toTop(app: App): Promise<void> {
  await app.editor.click();
  await app.page.keyboard.press('Control+Home');
}

test.use({ viewport: { width: 1600, height: 1000 } });

test('connect the sample container to an S3 bucket and set the key: environmentFiles and the execution role follow', async ({ page }) => {
  const app = new App(page);
  await app.open();

  await app.dropFromPalette('S3 bucket', 420, 620);
  await app.connect('ctr-1', 'bucket-1');

  await page.getByRole('group', { name: 'Edge from ctr-1 to bucket-1' }).locator('.react-flow__edge-interaction').click({ force: true });
  await expect(app.inspector.getByText('Container loads an environment file from S3 bucket')).toBeVisible();
  const key = app.inspector.getByLabel('Object key');
  await key.fill('config/app.env');
  await key.press('Enter');
  // The key shows on the line.
  await expect(page.locator('.ecs-edge-label').filter({ hasText: /^config\/app\.env$/ })).toBeVisible();
  await app.screenshot('env-file-connection');

  await app.node('td-1').click();
  await app.expectActiveFile('task-definitions/web.json');
  await toTop(app);
  await showLine(app, '"environmentFiles"');
  await showLine(app, '"value": "arn:aws:s3:::app-bucket/config/app.env"');
  await app.screenshot('env-file-task-definition');

  await app.node('execrole-1').click();
  await app.expectActiveFile('iam-roles/web-task-execution-role.json');
  await toTop(app);
  await showLine(app, '"Action": "s3:GetObject"');
  await showLine(app, '"arn:aws:s3:::app-bucket/config/app.env"');
  await showLine(app, '"Action": "s3:GetBucketLocation"');
  await expect(app.editor).not.toContainText('s3:*');
  await app.screenshot('env-file-execution-role');
});
