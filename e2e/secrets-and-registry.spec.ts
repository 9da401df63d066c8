import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

// Issue 9: a secret and an ECR repository dragged onto the sample and connected to its
// container show up in the task definition (secrets, image) and in the execution role.

/** Puts the editor's cursor at the top of the file, so lines are searched from the start. */
async function toTop(app: App): Promise<void> {
  await app.editor.click();
  await app.page.keyboard.press('Control+Home');
}

/**
 * Pages down (the editor has the focus) until a line with `text` shows. Unlike
 * App.editorLine it never clicks a line, which the editor's sticky headers can cover.
 */
async function showLine(app: App, text: string): Promise<void> {
  const line = app.editor.locator('.view-line').filter({ hasText: text }).first();
  for (let i = 0; i < 30 && !(await line.isVisible()); i++) await app.page.keyboard.press('PageDown');
  await expect(line).toBeVisible();
}

test.use({ viewport: { width: 1600, height: 1000 } });

test('connect a secret and an ECR repository to the sample container: the task definition and the execution role follow', async ({ page }) => {
  const app = new App(page);
  await app.open();

  await app.dropFromPalette('Secrets Manager secret', 120, 620);
  await app.dropFromPalette('ECR repository', 420, 620);
  await app.connect('ctr-1', 'secret-1');
  await app.connect('ctr-1', 'ecr-1');

  // The secret's connection: its variable name in the connection inspector.
  await page.getByRole('group', { name: 'Edge from ctr-1 to secret-1' }).locator('.react-flow__edge-interaction').click({ force: true });
  await expect(app.inspector.getByText('Container reads Secrets Manager secret')).toBeVisible();
  const variable = app.inspector.getByLabel('Variable name');
  await variable.fill('DB_PASSWORD');
  await variable.press('Enter');

  // The repository's connection: the image tag.
  await page.getByRole('group', { name: 'Edge from ctr-1 to ecr-1' }).locator('.react-flow__edge-interaction').click({ force: true });
  const tag = app.inspector.getByLabel('Tag');
  await tag.fill('1.4.2');
  await tag.press('Enter');

  await app.node('td-1').click();
  await app.expectActiveFile('task-definitions/web.json');
  await toTop(app);
  await expect(await app.editorLine('"image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1.4.2"')).toBeVisible();
  await expect(await app.editorLine('"name": "DB_PASSWORD"')).toBeVisible();
  await expect(await app.editorLine('"valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:app-credentials"')).toBeVisible();
  await app.screenshot('secrets-and-registry-task-definition');

  await app.node('execrole-1').click();
  await app.expectActiveFile('iam-roles/web-task-execution-role.json');
  await toTop(app);
  // In file order: the pull statement names only that repository, then the secret.
  await showLine(app, '"arn:aws:ecr:us-east-1:123456789012:repository/app"');
  await showLine(app, '"Sid": "Secrets"');
  await showLine(app, '"Action": "secretsmanager:GetSecretValue"');
  await showLine(app, '"arn:aws:secretsmanager:us-east-1:123456789012:secret:app-credentials-??????"');
  await expect(app.editor).not.toContainText('secretsmanager:*');
  await app.screenshot('secrets-and-registry-execution-role');
});
