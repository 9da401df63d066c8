import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasMotoServer, MOTO_CREDENTIALS, startMotoServer, type MotoServer } from '../scripts/moto-server.ts';
import { createMotoAccount } from '../cli/pull/moto-account.ts';
import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

// Issue 10: a cluster pulled from an account (moto_server here) opens in the editor laid
// out, with the network drawn as frames around what runs in it.

// The SDK's multi-line Node 20 notice (the account is set up in this process).
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

test.use({ viewport: { width: 1440, height: 900 } });
test.setTimeout(120_000);
test.skip(!hasMotoServer, 'moto_server is not installed');

let moto: MotoServer;
let dir: string;
let design: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  moto = await startMotoServer();
  await createMotoAccount(moto.endpoint);
  dir = mkdtempSync(join(tmpdir(), 'ecs-designer-pull-e2e-'));
  design = join(dir, 'orders.ecs-design.json');
  // The real binary, as a person runs it, with the emulator's credentials and nothing of the machine's.
  const env = { PATH: process.env.PATH, HOME: dir, ...MOTO_CREDENTIALS, AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null', AWS_EC2_METADATA_DISABLED: 'true' };
  const bin = join(import.meta.dirname, '../cli/bin.mjs');
  await new Promise<void>((resolve, reject) =>
    execFile(process.execPath, [bin, 'pull', '--cluster', 'orders', '--endpoint-url', moto.endpoint, '-o', design], { env, timeout: 120_000 }, (error, _out, stderr) =>
      error ? reject(new Error(`pull failed: ${stderr}`)) : resolve(),
    ),
  );
});

test.afterAll(async () => {
  await moto?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('open a pulled cluster: the awsvpc service and the load balancer in the VPC frame with its subnets and group, all connected to cluster, task definitions, roles', async ({ page }) => {
  const app = new App(page);
  await app.usePlainFileInput();
  await app.open();
  await app.pickFiles('Open…', design);
  // Services are pulled in name order: orders-api is the first.
  await expect(app.node('svc-1')).toContainText('orders-api');
  await app.fitView();

  for (const name of ['orders-vpc', 'orders-private-a', 'orders-private-b']) {
    await expect(page.locator('.ecs-frame-header').filter({ hasText: name })).toBeVisible();
  }
  for (const name of ['orders-worker', 'orders-alb', 'orders-task-role', 'orders-execution-role', 'orders-asg']) {
    await expect(app.nodeNamed(name).first()).toBeVisible();
  }
  // Every connection of the design is drawn.
  const edges = await page.evaluate(() => document.querySelectorAll('.react-flow__edge').length);
  expect(edges).toBeGreaterThan(15);
  await app.screenshot('pull-orders');

  // The service's file is what the account runs: its target group ARN and subnets are the real ones.
  await app.node('svc-1').click();
  await expect(await app.editorLine('"targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/orders-api/')).toBeVisible();
  await expect(await app.editorLine('"subnet-')).toBeVisible();
  await app.screenshot('pull-orders-service');
});
