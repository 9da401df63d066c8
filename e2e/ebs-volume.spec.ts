import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

// Issue 9 (storage): an EBS volume configured at launch. The task definition gets the
// volume, the service that runs it the volume's settings in volumeConfigurations, and an
// edit of those settings in the service file goes back to the volume.

/** Puts the editor's cursor at the top of the file, so lines are searched from the start. */
async function toTop(app: App): Promise<void> {
  await app.editor.click();
  await app.page.keyboard.press('Control+Home');
}

test.use({ viewport: { width: 1600, height: 1000 } });

test('drag an EBS volume onto a task definition run by a service: configuredAtLaunch, volumeConfigurations, and sizeInGiB edited in Monaco', async ({ page }) => {
  test.setTimeout(120_000); // a long walk on a shared two-core machine
  const app = new App(page);
  await app.open();
  await app.newDesign();

  // Ids in order of creation: svc-1, td-1, ctr-1, ebs-1, infrarole-1.
  await app.dropFromPalette('Service', 130, 200);
  await app.dropFromPalette('Task definition', 420, 200);
  const td = (await app.node('td-1').boundingBox())!;
  const canvas = (await app.canvas.boundingBox())!;
  await app.dropFromPalette('Container', td.x - canvas.x + td.width / 2, td.y - canvas.y + td.height / 2);
  await app.dropFromPalette('EBS volume', 700, 200);
  await app.dropFromPalette('Infrastructure role', 130, 420);
  await app.connect('svc-1', 'td-1');
  await app.connect('td-1', 'ebs-1');
  await app.connect('infrarole-1', 'svc-1');

  // Size and type in the volume's inspector; the node shows them.
  await app.node('ebs-1').click();
  await expect(app.inspector.getByText('EBS volume', { exact: true }).first()).toBeVisible();
  await app.inspector.getByLabel('Volume type').selectOption('io2');
  const iops = app.inspector.getByLabel('IOPS');
  await iops.fill('4000');
  await iops.press('Enter');
  const size = app.inspector.getByLabel('Size (GiB)');
  await size.fill('100');
  await size.press('Enter');
  await expect(app.node('ebs-1')).toContainText('io2 · 100 GiB');

  // The task definition: a volume configured at launch, named after the volume.
  await app.node('td-1').click();
  await app.expectActiveFile('task-definitions/app.json');
  await toTop(app);
  await expect(await app.editorLine('"configuredAtLaunch": true')).toBeVisible();
  await app.screenshot('ebs-volume-task-definition');

  // The service: the volume's settings, with the infrastructure role ECS creates it with.
  await app.node('svc-1').click();
  await app.expectActiveFile('services/web.json');
  await toTop(app);
  await expect(await app.editorLine('"volumeConfigurations": [')).toBeVisible();
  await expect(await app.editorLine('"volumeType": "io2"')).toBeVisible();
  await expect(await app.editorLine('"roleArn": "arn:aws:iam::123456789012:role/ecsInfrastructureRole"')).toBeVisible();
  await expect(app.problems).not.toContainText('EBS-');

  // Edit the size in the service file: the volume follows.
  await app.editLineEnd('"sizeInGiB": 100', '100,'.length, '250,');
  await expect(app.node('ebs-1')).toContainText('io2 · 250 GiB');
  await app.node('ebs-1').click();
  await expect(app.inspector.getByLabel('Size (GiB)')).toHaveValue('250');
  await app.screenshot('ebs-volume-service-edit');

  // The role serves the volume: it has the volumes policy.
  await app.node('infrarole-1').click();
  await app.expectActiveFile('iam-roles/ecsInfrastructureRole.json');
  await toTop(app);
  await expect(await app.editorLine('AmazonECSInfrastructureRolePolicyForVolumes')).toBeVisible();
});
