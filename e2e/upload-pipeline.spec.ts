import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { derive } from '../src/core/derive/index.ts';
import { ARTIFACT_API } from '../src/core/model/artifact-apis.ts';
import type { Design } from '../src/core/model/design.ts';
import { toCloudFormation } from '../src/core/export/cloudformation/template.ts';
import { templateText } from '../src/core/export/cloudformation/serialize.ts';
import { apiInputCheck, hasBotocore } from '../src/core/test-support/api-input-check.ts';
import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

// Issue 9: "an S3 upload → EventBridge → task writing to DynamoDB", built with the mouse;
// every file of the downloaded zip is checked with botocore.

test.use({ viewport: { width: 1440, height: 900 } });

test('drag and drop an upload pipeline (bucket → rule → task → table); every file in the zip passes botocore', async ({ page }) => {
  test.setTimeout(120_000);
  const app = new App(page);
  await app.open();
  await app.newDesign();

  // Ids follow the order of creation: fg-1, cluster-1, task-1, td-1, ctr-1, taskrole-1, rule-1, bucket-1, table-1.
  await app.dropFromPalette('Fargate', 130, 80);
  await app.dropFromPalette('Cluster', 130, 300);
  await app.dropFromPalette('Standalone task', 370, 300);
  await app.dropFromPalette('Task definition', 610, 300);
  const td = (await app.node('td-1').boundingBox())!;
  const canvas = (await app.canvas.boundingBox())!;
  await app.dropFromPalette('Container', td.x - canvas.x + td.width / 2, td.y - canvas.y + td.height / 2);
  await app.dropFromPalette('Task role', 610, 80);
  await app.dropFromPalette('EventBridge rule', 370, 80);
  await app.dropFromPalette('S3 bucket', 130, 520);
  await app.dropFromPalette('DynamoDB table', 370, 520);

  await app.connect('fg-1', 'cluster-1');
  await app.connect('task-1', 'cluster-1');
  await app.connect('task-1', 'td-1');
  await app.connect('task-1', 'fg-1');
  await app.connect('taskrole-1', 'td-1');
  await app.connect('rule-1', 'task-1');
  await app.connect('bucket-1', 'rule-1');
  await app.connect('td-1', 'table-1');

  // The task writes reports: write access on the connection to the table.
  await page.getByRole('group', { name: 'Edge from td-1 to table-1' }).locator('.react-flow__edge-interaction').click({ force: true });
  await app.inspector.getByLabel('Access').selectOption('write');

  // The rule matches uploads to exactly the drawn bucket.
  await app.node('rule-1').click();
  await app.code.getByRole('combobox', { name: 'Generated file' }).selectOption('eventbridge-rules/on-upload.json');
  await app.expectActiveFile('eventbridge-rules/on-upload.json');
  await expect(await app.editorLine('"EventPattern"')).toContainText('app-bucket');
  await app.screenshot('upload-pipeline');

  // Download all, and the design as the editor keeps it (autosaved once the editor is idle).
  const dir = mkdtempSync(join(tmpdir(), 'ecs-e2e-'));
  const [zip] = await Promise.all([page.waitForEvent('download'), app.code.getByRole('button', { name: 'Download all (.zip)' }).click()]);
  const zipPath = join(dir, zip.suggestedFilename());
  await zip.saveAs(zipPath);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('ecs-designer:design') ?? ''), { timeout: 20_000 }).toContain('"access":"write"');
  const design = JSON.parse((await page.evaluate(() => localStorage.getItem('ecs-designer:design')))!) as Design;

  const files = Object.fromEntries(Object.entries(unzipSync(new Uint8Array(readFileSync(zipPath)))).map(([path, bytes]) => [path, strFromU8(bytes)]));
  const artifacts = derive(design);
  // The zip holds exactly the files of the design, as the core derives them, its CloudFormation template and its AWS CLI script.
  expect(Object.keys(files).sort()).toEqual([...artifacts.map((a) => a.path), 'cloudformation/template.yaml', 'cli/deploy.sh'].sort());
  expect(files['cloudformation/template.yaml']).toBe(templateText(toCloudFormation(design).template));
  expect(files['cloudformation/template.yaml']).toContain('Type: AWS::Events::Rule');
  expect(Object.keys(files)).toEqual(
    expect.arrayContaining(['s3-buckets/app-bucket.json', 's3-buckets/app-bucket.notification.json', 'eventbridge-rules/on-upload.targets.json', 'tasks/batch.json', 'dynamodb-tables/app-table.json']),
  );
  expect(files['iam-roles/app-task-role.json']).toContain('dynamodb:PutItem');

  test.skip(!hasBotocore, 'python3 with botocore is needed for the conformance check');
  const inputs = artifacts.flatMap((a) => {
    const api = ARTIFACT_API[a.type];
    return api ? [{ file: a.path, ...api, text: files[a.path]! }] : [];
  });
  expect(inputs.length).toBeGreaterThan(8);
  expect(apiInputCheck(inputs).filter((r) => !r.ok)).toEqual([]);
});
