import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { derive } from '../src/core/derive/index.ts';
import { ARTIFACT_API } from '../src/core/model/artifact-apis.ts';
import type { Design } from '../src/core/model/design.ts';
import { apiInputCheck, hasBotocore } from '../src/core/test-support/api-input-check.ts';
import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

// Issue 10: Import… takes a CloudFormation template (YAML with short-form intrinsics),
// draws what it describes, says what became what and what was left out.

const TEMPLATE = fileURLToPath(new URL('../fixtures/cloudformation/public-alb-fargate.yaml', import.meta.url));

test.use({ viewport: { width: 1440, height: 900 } });

test.beforeEach(async ({ page }) => {
  await new App(page).usePlainFileInput();
});

test('Import… a CloudFormation template: the network, load balancer and Fargate service are drawn, the summary names what is kept only for the CloudFormation export, the files pass botocore', async ({ page }) => {
  test.setTimeout(120_000);
  const app = new App(page);
  await app.open();
  await app.newDesign();
  await app.pickFiles('Import…', TEMPLATE);

  await expect(page.getByText(/Imported \d+ nodes from public-alb-fargate\.yaml\./)).toBeVisible();
  await expect(page.getByText(/Vpc \(AWS::EC2::VPC\) → vpc node[\s\S]*…and \d+ more\./)).toBeVisible();
  await expect(page.getByText(/Kept for the CloudFormation export, not shown in the design: .*LogGroup RetentionInDays/)).toBeVisible();
  await expect(app.canvas.locator('.react-flow__node')).toHaveCount(13);
  await expect(app.nodeNamed('web')).not.toHaveCount(0);
  await app.fitView();
  await app.screenshot('cfn-import-public-alb-fargate');

  const design = JSON.parse((await page.evaluate(() => localStorage.getItem('ecs-designer:design')))!) as Design;
  expect(design.edges.some((e) => e.kind === 'routes-to')).toBe(true);

  const dir = mkdtempSync(join(tmpdir(), 'ecs-e2e-cfn-'));
  const [zip] = await Promise.all([page.waitForEvent('download'), app.code.getByRole('button', { name: 'Download all (.zip)' }).click()]);
  const zipPath = join(dir, zip.suggestedFilename());
  await zip.saveAs(zipPath);
  const files = Object.fromEntries(Object.entries(unzipSync(new Uint8Array(readFileSync(zipPath)))).map(([path, bytes]) => [path, strFromU8(bytes)]));
  expect(Object.keys(files)).toEqual(expect.arrayContaining(['task-definitions/web.json', 'services/web.json', 'clusters/demo-web.json', 'target-groups/web-targets.json']));
  test.skip(!hasBotocore, 'python3 with botocore is needed for the conformance check');
  // The downloaded text of each API input the design derives, checked with botocore's own validator.
  const inputs = derive(design).flatMap((a) => {
    const api = ARTIFACT_API[a.type];
    return api && files[a.path] !== undefined ? [{ file: a.path, ...api, text: files[a.path]! }] : [];
  });
  expect(inputs.length).toBeGreaterThan(8);
  expect(apiInputCheck(inputs).filter((r) => !r.ok)).toEqual([]);
});
