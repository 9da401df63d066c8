import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

// Issue 9: "an EventBridge schedule runs a batch task every hour", built with the mouse.

test.use({ viewport: { width: 1440, height: 900 } });

test('drag and drop a schedule that runs a Fargate batch task every hour; CreateSchedule shows and edits flow back', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.newDesign();

  // Ids are given in order of creation: fg-1, cluster-1, td-1, ctr-1, task-1, schedule-1.
  await app.dropFromPalette('Fargate', 140, 90);
  await app.dropFromPalette('Cluster', 140, 330);
  await app.dropFromPalette('Task definition', 650, 330);
  const td = (await app.node('td-1').boundingBox())!;
  const canvas = (await app.canvas.boundingBox())!;
  await app.dropFromPalette('Container', td.x - canvas.x + td.width / 2, td.y - canvas.y + td.height / 2);
  await app.dropFromPalette('Standalone task', 395, 330);
  await app.dropFromPalette('EventBridge schedule', 395, 90);

  await app.connect('fg-1', 'cluster-1');
  await app.connect('task-1', 'cluster-1');
  await app.connect('task-1', 'td-1');
  await app.connect('task-1', 'fg-1');
  await app.connect('schedule-1', 'task-1');
  await expect(app.node('task-1')).toContainText('1 task per run');

  // Every hour, set in the inspector.
  await app.node('schedule-1').click();
  const expression = app.inspector.getByLabel('Schedule expression');
  await expression.fill('rate(1 hour)');
  await expression.press('Enter');
  await expect(app.node('schedule-1')).toContainText('rate(1 hour)');

  // The CreateSchedule input: the cluster, the generated role, the task's EcsParameters.
  await app.expectActiveFile('schedules/nightly.json');
  await expect(await app.editorLine('"ScheduleExpression": "rate(1 hour)"')).toBeVisible();
  await expect(await app.editorLine('"Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/app-cluster"')).toBeVisible();
  await expect(await app.editorLine('"RoleArn": "arn:aws:iam::123456789012:role/nightly-scheduler-role"')).toBeVisible();
  await expect(await app.editorLine('task-definition/app"')).toBeVisible();
  await expect(await app.editorLine('"capacityProvider": "FARGATE"')).toBeVisible();

  // Edited in Monaco: three tasks per run goes back to the standalone task.
  // Back to the top first: the line is above what the checks above scrolled to.
  await (await app.editorLine('"PropagateTags"')).click();
  await page.keyboard.press('Control+Home');
  await app.editLineEnd('"TaskCount": 1', '1,'.length, '3,');
  await expect(app.node('task-1')).toContainText('3 tasks per run');
  await app.node('task-1').click();
  await expect(app.inspector.getByLabel('Tasks per run')).toHaveValue('3');
  // The code pane stays on the schedule (it shows the task's part of it); its RunTask file has the count too.
  await app.code.getByRole('combobox', { name: 'Generated file' }).selectOption('tasks/batch.json');
  await app.expectActiveFile('tasks/batch.json');
  await expect(await app.editorLine('"count": 3')).toBeVisible();

  await app.node('schedule-1').click();
  await app.code.getByRole('combobox', { name: 'Generated file' }).selectOption('schedules/nightly.json');
  await app.expectActiveFile('schedules/nightly.json');
  await expect(await app.editorLine('"TaskCount": 3')).toBeVisible();
  await app.screenshot('scheduled-task');
});

test('an EventBridge rule starts a task when a task stops: the pattern is chosen in the inspector, the state edited in Monaco', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.newDesign();

  // Ids: td-1, ctr-1, task-1, rule-1.
  await app.dropFromPalette('Task definition', 650, 330);
  const td = (await app.node('td-1').boundingBox())!;
  const canvas = (await app.canvas.boundingBox())!;
  await app.dropFromPalette('Container', td.x - canvas.x + td.width / 2, td.y - canvas.y + td.height / 2);
  await app.dropFromPalette('Standalone task', 395, 330);
  await app.dropFromPalette('EventBridge rule', 395, 90);
  await app.connect('task-1', 'td-1');
  await app.connect('rule-1', 'task-1');
  // A task drawn without a cluster runs in the default one: said, with a fix only when there is one cluster.
  await expect(app.problems.getByText(/names no cluster, so it runs in the account's "default" cluster/)).toBeVisible();

  await app.node('rule-1').click();
  await app.inspector.getByLabel('Event pattern').selectOption('ECS task state change: STOPPED');
  await expect(app.node('rule-1')).toContainText('ECS task state change: STOPPED');
  await app.expectActiveFile('eventbridge-rules/on-upload.json');
  await expect(await app.editorLine('ECS Task State Change')).toBeVisible();

  await app.editLineEnd('"State": "ENABLED"', '"ENABLED"'.length, '"DISABLED"');
  await expect(app.node('rule-1')).toContainText('DISABLED');
  await expect(app.inspector.getByLabel('State')).toHaveValue('DISABLED');

  // The pattern is a plain JSON field too (another kind may fill it later from a connection).
  await app.inspector.getByLabel('Custom pattern').scrollIntoViewIfNeeded();
  await app.screenshot('event-rule-inspector');

  await app.code.getByRole('combobox', { name: 'Generated file' }).selectOption('eventbridge-rules/on-upload.targets.json');
  await expect(await app.editorLine('"Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/default"')).toBeVisible();
  await app.screenshot('event-rule-task');
});
