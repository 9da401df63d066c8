import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

// Issue 11 (explanations): the Learn tab explains the selection (for roles: which role does
// what in this design), an inspector field's "?" and a problem's rule, with AWS docs links.

test.use({ viewport: { width: 1600, height: 1000 } });

test('Learn explains the selected role and what it does here, a field, and a rule', async ({ page }) => {
  const app = new App(page);
  await app.open();
  const learn = page.getByRole('region', { name: 'Learn' });

  // Nothing selected: the tab says what it does and lists the kinds.
  await app.problems.getByRole('button', { name: 'Learn', exact: true }).click();
  await expect(learn.locator('[data-learn-index]')).toContainText('Select a box or a connection');
  await learn.getByRole('button', { name: 'Cluster', exact: true }).click();
  await expect(learn.locator('[data-learn-topic="kind"] [data-part="what"]').first()).toContainText('capacity providers');

  // The sample's execution role: what the kind is, and what it does for this task definition.
  await app.nodeNamed('web-task-execution-role').click();
  const selection = learn.locator('[data-learn-selection="role-execution"]');
  await expect(selection.locator('h2')).toContainText('web-task-execution-role');
  await expect(selection.locator('[data-part="ecs"]').first()).not.toBeEmpty();
  const story = selection.locator('[data-role-story]');
  await expect(story).toContainText('It is the execution role of web');
  await expect(story).toContainText('/ecs/web');
  const docs = selection.getByRole('link').first();
  await expect(docs).toHaveAttribute('href', /^https:\/\/docs\.aws\.amazon\.com\//);
  await expect(docs).toHaveAttribute('target', '_blank');
  await app.screenshot('learn-execution-role');

  // "Show" selects the task definition the sentence is about; Learn follows the selection.
  await story.getByRole('button', { name: 'Show' }).first().click();
  const td = learn.locator('[data-learn-selection="task-definition"]');
  await expect(td.locator('[data-role-story]')).toContainText('web-task-role');

  // An inspector field's "?" explains that field.
  await app.node('svc-1').click();
  await app.inspector.locator('[data-learn-more="Desired tasks"]').click();
  const field = learn.locator('[data-learn-topic="field"]');
  await expect(field.locator('h2')).toContainText('Desired tasks');
  await expect(field.locator('[data-part="why"]')).not.toBeEmpty();
  await app.screenshot('learn-field');

  // A problem's Explain explains its rule: make one (a cluster name ECS refuses).
  await app.nodeNamed('web-cluster').click();
  const name = app.inspector.getByLabel('Cluster name');
  await name.fill('web cluster');
  await name.press('Enter');
  await app.problems.getByRole('button', { name: /^Problems/ }).click();
  const explain = app.problems.locator('[data-explain-rule="NAME-CLUSTER"]');
  await app.screenshot('learn-problem-explain');
  await explain.click();
  const rule = learn.locator('[data-learn-topic="rule"]');
  await expect(rule.locator('h2')).toContainText('Rule NAME-CLUSTER');
  await expect(rule.locator('[data-part="what"]')).not.toBeEmpty();
  await app.screenshot('learn-rule');
  await rule.getByRole('button', { name: 'Back to the selection' }).click();
  await expect(learn.locator('[data-learn-selection="cluster"] h2')).toContainText('web cluster');
});
