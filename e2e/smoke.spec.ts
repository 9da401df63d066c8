import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

test('the app opens the sample design: canvas, inspector, generated files, no problems', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await expect(page.getByRole('heading', { name: 'ECS Designer' }).or(page.getByText('ECS Designer').first())).toBeVisible();
  for (const name of ['FARGATE', 'web-cluster', 'web-alb', 'web-task-role', 'web-task-execution-role']) {
    await expect(app.nodeNamed(name).first()).toBeVisible();
  }
  await expect(app.editor).toBeVisible();
  await app.expectActiveFile('task-definitions/web.json');
  await expect(app.editor).toContainText('"family": "web"');
  await expect(app.problems).toContainText('No problems');
  await app.screenshot('smoke');
});
