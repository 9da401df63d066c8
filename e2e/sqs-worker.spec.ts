import type { Locator } from '@playwright/test';
import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

/**
 * Brings the line holding `text` into view the way a person finds text in an editor: the
 * find widget (Ctrl+F), which scrolls to the first match. (Paging down was flaky: Monaco
 * renders lines a frame late, and the sticky scroll header takes clicks.)
 */
async function showLine(app: App, text: string): Promise<Locator> {
  const line = app.editor.locator('.view-line').filter({ hasText: text }).first();
  await app.editor.click({ position: { x: 300, y: 150 } });
  await app.page.keyboard.press('Control+Home');
  await app.page.keyboard.press('Control+F');
  const find = app.editor.getByRole('textbox', { name: 'Find' });
  await find.fill(text);
  await find.press('Enter');
  await app.page.keyboard.press('Escape');
  await expect(line).toBeVisible();
  return line;
}

const visibleLine = (app: App, text: string) => app.editor.locator('.view-line').filter({ hasText: text }).first();

/** Scrolls the editor so that `line` is its last full line (a screenshot then shows what leads to it). */
async function scrollToBottom(app: App, line: Locator): Promise<void> {
  const editor = (await app.editor.boundingBox())!;
  const box = (await line.boundingBox())!;
  await app.page.mouse.move(editor.x + editor.width / 2, editor.y + editor.height / 2);
  await app.page.mouse.wheel(0, box.y + box.height - (editor.y + editor.height) + 24);
  // Monaco scrolls smoothly: wait until the line has settled where it was sent.
  await expect.poll(async () => (await line.boundingBox())!.y + box.height, { timeout: 5000 }).toBeLessThan(editor.y + editor.height);
}

// Issue 9: the SQS worker design built by drag and drop; the queue connection gives the
// task role exactly the SQS actions a consumer needs, on that queue's ARN only.

test.use({ viewport: { width: 1440, height: 900 } });

const QUEUE_ARN = 'arn:aws:sqs:us-east-1:123456789012:app-queue';

test('drag and drop an SQS worker; the task role policy holds the sqs statements scoped to the queue', async ({ page }) => {
  // Paging through the role file line by line takes a while on a loaded machine.
  test.setTimeout(90_000);
  const app = new App(page);
  await app.open();
  await app.newDesign();

  // Ids are given in order of creation per kind: fg-1, cluster-1, svc-1, td-1, ctr-1, taskrole-1, queue-1.
  // Three columns left of the inspector, the queue under the service (clear of the minimap).
  await app.dropFromPalette('Fargate', 130, 90);
  await app.dropFromPalette('Cluster', 130, 300);
  await app.dropFromPalette('Service', 370, 300);
  await app.dropFromPalette('Task definition', 600, 300);
  const td = (await app.node('td-1').boundingBox())!;
  const canvas = (await app.canvas.boundingBox())!;
  await app.dropFromPalette('Container', td.x - canvas.x + td.width / 2, td.y - canvas.y + td.height / 2);
  await app.dropFromPalette('Task role', 600, 80);
  await app.dropFromPalette('SQS queue', 370, 520);
  await expect(app.node('queue-1')).toContainText('app-queue');

  await app.connect('fg-1', 'cluster-1');
  await app.connect('svc-1', 'cluster-1');
  await app.connect('svc-1', 'td-1');
  await app.connect('taskrole-1', 'td-1');
  await app.connect('td-1', 'queue-1');

  // The connection starts as read (a consumer); try read-write in the edge inspector, then back to read.
  await page.getByRole('group', { name: 'Edge from td-1 to queue-1' }).locator('.react-flow__edge-interaction').click({ force: true });
  const access = app.inspector.getByLabel('Access');
  await expect(access).toHaveValue('read');
  await app.screenshot('sqs-worker-access');
  await access.selectOption('read-write');
  await app.node('taskrole-1').click();
  await app.expectActiveFile('iam-roles/app-task-role.json');
  await showLine(app, '"Sid": "SqsReadWrite"');
  await showLine(app, 'sqs:SendMessage');

  await page.getByRole('group', { name: 'Edge from td-1 to queue-1' }).locator('.react-flow__edge-interaction').click({ force: true });
  await app.inspector.getByLabel('Access').selectOption('read');
  await app.node('taskrole-1').click();
  await app.expectActiveFile('iam-roles/app-task-role.json');
  for (const action of ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ChangeMessageVisibility', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl']) {
    await showLine(app, action);
  }
  await showLine(app, `"Resource": "${QUEUE_ARN}"`);
  // Nothing else: paging through the whole file never shows SendMessage.
  const send = visibleLine(app, 'sqs:SendMessage');
  for (let page = 0; page < 8; page++) {
    await expect(send).toHaveCount(0);
    await app.page.keyboard.press('PageDown');
  }
  await scrollToBottom(app, await showLine(app, `"Resource": "${QUEUE_ARN}"`));
  await expect(visibleLine(app, '"Sid": "SqsRead"')).toBeVisible();
  await expect(page.locator('.ecs-edge-label').filter({ hasText: /^read$/ })).toBeVisible();
  await app.screenshot('sqs-worker');

  // The task definition references the drawn task role, and the queue's own file is there to edit.
  await app.node('queue-1').click();
  await app.expectActiveFile('sqs-queues/app-queue.json');
  await expect(await showLine(app, '"QueueName": "app-queue"')).toBeVisible();
});

test('the data kinds from the palette: a bucket shows its settings and its four files', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.newDesign();
  await app.dropFromPalette('S3 bucket', 200, 200);
  await app.dropFromPalette('DynamoDB table', 450, 200);
  await app.dropFromPalette('SNS topic', 200, 420);
  await app.connect('topic-1', 'bucket-1').catch(() => undefined);
  // A topic cannot be connected to a bucket: nothing was drawn.
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  await app.node('bucket-1').click();
  await expect(app.inspector.getByLabel('Bucket name')).toHaveValue('app-bucket');
  await expect(app.inspector.getByLabel('Versioning')).toHaveValue('Enabled');
  await app.expectActiveFile('s3-buckets/app-bucket.json');
  const picker = app.code.getByRole('combobox', { name: 'Generated file' });
  for (const file of ['app-bucket.encryption.json', 'app-bucket.public-access-block.json', 'app-bucket.versioning.json']) {
    await expect(picker.locator('option', { hasText: file })).toHaveCount(1);
  }
  await app.screenshot('data-kinds-bucket');
});
