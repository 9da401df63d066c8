import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

// Issue 10: a docker-compose file through Import…, its report, and the task definitions it
// became downloaded and checked with botocore.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const COMPOSE = join(ROOT, 'fixtures/compose/shop/compose.yaml');
const hasBotocore = spawnSync('python3', ['-c', 'import botocore'], { stdio: 'ignore' }).status === 0;

async function download(page: Page, app: App, dir: string): Promise<{ path: string; json: Record<string, unknown> }> {
  const [file] = await Promise.all([page.waitForEvent('download'), app.code.getByRole('button', { name: 'Download file' }).click()]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return { path, json: JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown> };
}

test.use({ viewport: { width: 1440, height: 900 } });
test.beforeEach(async ({ page }) => {
  await new App(page).usePlainFileInput();
});

test('a compose file imported with Import… becomes services and task definitions, with a report; the task definitions pass botocore', async ({ page }) => {
  test.setTimeout(120_000);
  const app = new App(page);
  await app.open();
  await app.newDesign();
  await app.pickFiles('Import…', COMPOSE);

  // The report: what became what, and what was left out, each with its service and key.
  const report = page.getByRole('dialog', { name: /^Imported \d+ nodes from compose\.yaml$/ });
  await expect(report).toBeVisible();
  await expect(report.getByRole('heading', { name: 'What became what' })).toBeVisible();
  await expect(report.getByText('api → task definition api (container api, 123456789012.dkr.ecr.us-east-1.amazonaws.com/shop-api:2.4.1) and service api (3 tasks) in cluster shop')).toBeVisible();
  await expect(report.getByText(/^service api, build: left out: ECS runs images/)).toBeVisible();
  await expect(report.getByText(/^service db, container_name: left out/)).toBeVisible();
  await expect(report.getByText(/^service api, secrets: db_password → Secrets Manager secret shop\/db_password/)).toBeVisible();
  // The browser cannot read api.env next to the file, and says so.
  await expect(report.getByText(/^service api, env_file: api\.env could not be read/)).toBeVisible();
  await app.screenshot('compose-import-report');
  await report.getByRole('button', { name: 'Close' }).click();
  await expect(report).toBeHidden();

  // On the canvas: the cluster, a VPC holding the services, a task definition per compose service, the secrets.
  for (const name of ['shop', 'shop-vpc', 'shop/db_password', 'shop/stripe_key']) await expect(app.nodeNamed(name).first()).toBeVisible();
  const taskDefinitions = page.locator('.react-flow__node[data-id^="td-"]');
  await expect(taskDefinitions).toHaveCount(4);
  await app.fitView();
  await app.screenshot('compose-import-canvas');

  const dir = mkdtempSync(join(tmpdir(), 'ecs-e2e-compose-'));
  const files: string[] = [];
  for (const [i, family] of ['web', 'api', 'db', 'cache'].entries()) {
    // What came in is selected as a whole: the first task definition is picked from the
    // inspector's list of the selection, the others on the canvas by their header.
    if (i === 0) await app.inspector.getByRole('button', { name: `${family} Task definition`, exact: true }).click();
    else await taskDefinitions.filter({ hasText: `${family}Task definition` }).getByText('Task definition', { exact: true }).click();
    await app.expectActiveFile(`task-definitions/${family}.json`);
    const td = await download(page, app, dir);
    expect(td.json).toMatchObject({ family, networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'], containerDefinitions: [{ name: family, essential: true }] });
    files.push(td.path);
  }
  const api = JSON.parse(readFileSync(files[1]!, 'utf8')) as { cpu: string; memory: string; containerDefinitions: Array<Record<string, unknown>> };
  // deploy.resources.limits (1 CPU, 1G) on a valid Fargate size; the secrets read as variables.
  expect(api).toMatchObject({ cpu: '1024', memory: '2048' });
  expect(api.containerDefinitions[0]).toMatchObject({
    cpu: 1024,
    memory: 1024,
    memoryReservation: 512,
    command: ['node', 'server.js', '--port', '3000'],
    secrets: [
      { name: 'DB_PASSWORD', valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:shop/db_password' },
      { name: 'STRIPE_API_KEY', valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:shop/stripe_key' },
    ],
  });

  test.skip(!hasBotocore, 'python3 with botocore is needed for the conformance check');
  const check = spawnSync('python3', [join(ROOT, 'scripts/conformance.py'), '--json', ...files], { encoding: 'utf8' });
  const results = JSON.parse(check.stdout) as Array<{ file: string; ok: boolean; errors: string }>;
  expect(results.filter((r) => !r.ok)).toEqual([]);
  expect(results).toHaveLength(4);
});
