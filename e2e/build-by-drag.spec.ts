import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

// Flow 1 of issue #3: build a Fargate web service from an empty canvas with the mouse.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const hasBotocore = spawnSync('python3', ['-c', 'import botocore'], { stdio: 'ignore' }).status === 0;

async function download(page: Page, app: App, dir: string): Promise<{ path: string; json: Record<string, unknown> }> {
  const [file] = await Promise.all([page.waitForEvent('download'), app.code.getByRole('button', { name: 'Download file' }).click()]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return { path, json: JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown> };
}

test.use({ viewport: { width: 1440, height: 900 } });

test('drag and drop a Fargate service behind an ALB with roles; the downloaded definitions are valid API input', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.newDesign();

  // Ids are given in order of creation: fg-1, cluster-1, svc-1, td-1, ctr-1, alb-1, ...
  await app.dropFromPalette('Fargate', 140, 90);
  await app.dropFromPalette('Cluster', 140, 270);
  await app.dropFromPalette('Service', 400, 270);
  await app.dropFromPalette('Task definition', 650, 270);
  const td = (await app.node('td-1').boundingBox())!;
  const canvas = (await app.canvas.boundingBox())!;
  // A container dropped onto a task definition becomes one of its containers.
  await app.dropFromPalette('Container', td.x - canvas.x + td.width / 2, td.y - canvas.y + td.height / 2);
  await app.dropFromPalette('Application Load Balancer', 400, 90);
  await app.dropFromPalette('Task role', 650, 70);
  await app.dropFromPalette('Task execution role', 650, 500);

  await app.connect('fg-1', 'cluster-1');
  await app.connect('svc-1', 'cluster-1');
  await app.connect('svc-1', 'td-1');
  await app.connect('alb-1', 'svc-1');
  await app.connect('taskrole-1', 'td-1');
  await app.connect('execrole-1', 'td-1');
  await expect(app.node('ctr-1')).toContainText('nginx');
  await app.screenshot('build-by-drag');

  const dir = mkdtempSync(join(tmpdir(), 'ecs-e2e-'));
  await app.node('td-1').click();
  await app.expectActiveFile('task-definitions/app.json');
  const taskDefinition = await download(page, app, dir);
  expect(taskDefinition.json).toMatchObject({
    family: 'app',
    taskRoleArn: 'arn:aws:iam::123456789012:role/app-task-role',
    executionRoleArn: 'arn:aws:iam::123456789012:role/app-task-execution-role',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    containerDefinitions: [{ name: 'app', image: 'public.ecr.aws/nginx/nginx:1.27', essential: true, portMappings: [{ containerPort: 80 }] }],
  });

  await app.node('svc-1').click();
  await app.expectActiveFile('services/web.json');
  const service = await download(page, app, dir);
  expect(service.json).toMatchObject({
    cluster: 'app-cluster',
    serviceName: 'web',
    taskDefinition: 'app',
    loadBalancers: [{ containerName: 'app', containerPort: 80 }],
    desiredCount: 2,
  });
  expect(String((service.json.loadBalancers as Array<{ targetGroupArn: string }>)[0]!.targetGroupArn)).toContain(':targetgroup/web-tg/');

  test.skip(!hasBotocore, 'python3 with botocore is needed for the conformance check');
  const check = spawnSync('python3', [join(ROOT, 'scripts/conformance.py'), '--json', taskDefinition.path, service.path], { encoding: 'utf8' });
  const results = JSON.parse(check.stdout) as Array<{ file: string; ok: boolean; errors: string }>;
  expect(results.map((r) => ({ ok: r.ok, errors: r.errors }))).toEqual([
    { ok: true, errors: expect.anything() },
    { ok: true, errors: expect.anything() },
  ]);
});
