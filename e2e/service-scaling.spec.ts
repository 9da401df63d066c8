import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

// Issue 9: service auto scaling dragged onto the sample, edited in the inspector and in
// Monaco, checked by the AS-* rules.

test.use({ viewport: { width: 1440, height: 900 } });

test('service auto scaling: connect to the sample service, set min/max and a CPU target, edit the target in Monaco, fix AS-DESIRED', async ({ page }) => {
  const app = new App(page);
  await app.open();

  await app.dropFromPalette('Service auto scaling', 330, 620);
  const scaling = app.node('scaling-1');
  await expect(scaling).toContainText('2–8 tasks');
  await app.connect('scaling-1', 'svc-1');

  // Min / max and the CPU target in the inspector.
  await scaling.click();
  const inspector = app.inspector;
  await inspector.getByLabel('Minimum tasks').fill('2');
  await inspector.getByLabel('Maximum tasks').fill('6');
  await inspector.getByLabel('Maximum tasks').press('Enter');
  await expect(scaling).toContainText('2–6 tasks');
  const policy = inspector.getByRole('group', { name: 'Target tracking policies 1' });
  await expect(policy.getByLabel('Metric', { exact: true })).toHaveValue('ECSServiceAverageCPUUtilization');
  await policy.getByLabel('Target value', { exact: true }).fill('60');
  await policy.getByLabel('Target value', { exact: true }).press('Enter');
  await expect(scaling).toContainText('CPU → 60 %');

  // RegisterScalableTarget: the node's own file, named by the service's connections.
  await app.expectActiveFile('scalable-targets/web.json');
  await expect(await app.editorLine('"ResourceId": "service/web-cluster/web"')).toBeVisible();
  await expect(await app.editorLine('"MaxCapacity": 6')).toBeVisible();

  // PutScalingPolicy, and the target value edited there comes back to the inspector.
  await app.openFile('scaling-policies/web-cpu-target-tracking.json');
  await expect(await app.editorLine('"PredefinedMetricType": "ECSServiceAverageCPUUtilization"')).toBeVisible();
  await app.editLineEnd('"TargetValue": 60', '60,'.length, '45,');
  await expect(scaling).toContainText('CPU → 45 %');
  await scaling.click();
  await expect(app.inspector.getByRole('group', { name: 'Target tracking policies 1' }).getByLabel('Target value', { exact: true })).toHaveValue('45');

  // A minimum above the service's desired count (2): AS-DESIRED, fixed on the service.
  await app.inspector.getByLabel('Minimum tasks').fill('3');
  await app.inspector.getByLabel('Minimum tasks').press('Enter');
  const problem = app.problems.getByRole('button', { name: /AS-DESIRED/ });
  await expect(problem).toBeVisible();
  await app.screenshot('service-scaling-problem');
  await app.problems.getByRole('listitem').filter({ hasText: 'AS-DESIRED' }).getByRole('button', { name: /^Fix/ }).click();
  await expect(problem).toHaveCount(0);
  await expect(app.node('svc-1')).toContainText('desired 3');
  await scaling.click();
  await app.inspector.getByRole('group', { name: 'Target tracking policies 1' }).scrollIntoViewIfNeeded();
  await app.screenshot('service-scaling');
});

test('service auto scaling: a scheduled action added as a card becomes its PutScheduledAction file', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.dropFromPalette('Service auto scaling', 330, 620);
  await app.connect('scaling-1', 'svc-1');
  await app.node('scaling-1').click();

  await app.inspector.getByRole('button', { name: 'Add scheduled action' }).click();
  const card = app.inspector.getByRole('group', { name: 'Scheduled actions 1' });
  await card.getByLabel('Name', { exact: true }).fill('business-hours');
  await card.getByLabel('Schedule', { exact: true }).fill('cron(0 8 ? * MON-FRI *)');
  await card.getByLabel('Timezone', { exact: true }).fill('Europe/Berlin');
  await card.getByLabel('Min tasks', { exact: true }).fill('4');
  await card.getByLabel('Max tasks', { exact: true }).fill('12');
  await card.getByLabel('Max tasks', { exact: true }).press('Enter');
  await expect(app.node('scaling-1')).toContainText('1 scheduled');

  await app.openFile('scheduled-actions/web-business-hours.json');
  await expect(await app.editorLine('"Schedule": "cron(0 8 ? * MON-FRI *)"')).toBeVisible();
  await expect(await app.editorLine('"MaxCapacity": 12')).toBeVisible();
  await card.scrollIntoViewIfNeeded();
  await app.screenshot('service-scaling-scheduled');
});

test('service deployments: BLUE_GREEN in the inspector asks for a bake time and an alternate target group', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.node('svc-1').click();
  await app.inspector.getByLabel('Deployment strategy').selectOption('BLUE_GREEN');
  await expect(app.problems.getByRole('button', { name: /DEP-STRAT/ })).toBeVisible();
  await expect(app.problems.getByRole('button', { name: /DEP-BG-LB/ })).toBeVisible();
  await app.inspector.getByLabel('Bake time (min)').fill('15');
  await app.inspector.getByLabel('Bake time (min)').press('Enter');
  await expect(app.problems.getByRole('button', { name: /DEP-STRAT/ })).toHaveCount(0);
  await expect(await app.editorLine('"strategy": "BLUE_GREEN"')).toBeVisible();
  await expect(await app.editorLine('"bakeTimeInMinutes": 15')).toBeVisible();
  await app.inspector.getByLabel('Bake time (min)').scrollIntoViewIfNeeded();
  await app.screenshot('service-deployment-blue-green');
});
