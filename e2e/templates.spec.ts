import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { derive } from '../src/core/derive/index.ts';
import { ARTIFACT_API } from '../src/core/model/artifact-apis.ts';
import type { Design } from '../src/core/model/design.ts';
import { TEMPLATES } from '../src/core/templates/catalog.ts';
import { apiInputCheck, hasBotocore } from '../src/core/test-support/api-input-check.ts';
import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

// Issue 11: "New from template…" lists the templates; choosing one replaces the design
// (after a question when there is work to lose), undoably, and shows it whole.

test.use({ viewport: { width: 1440, height: 900 } });

const templateFile = (id: string) => JSON.parse(readFileSync(new URL(`../src/core/templates/files/${id}.ecs-design.json`, import.meta.url), 'utf8')) as Design;

const dialog = (page: Page) => page.getByRole('dialog', { name: 'New from template' });

/** The autosaved design, once it is the one named `name`. */
async function autosaved(page: Page, name: string): Promise<Design> {
  await expect.poll(() => page.evaluate(() => localStorage.getItem('ecs-designer:design') ?? ''), { timeout: 20_000 }).toContain(`"name":${JSON.stringify(name)}`);
  return JSON.parse((await page.evaluate(() => localStorage.getItem('ecs-designer:design')))!) as Design;
}

/** Every node of the design is drawn, inside the visible canvas (the view was fitted). */
async function expectDrawnWhole(app: App, design: Design): Promise<void> {
  await expect(app.canvas.locator('.react-flow__node')).toHaveCount(design.nodes.length);
  const canvas = (await app.canvas.boundingBox())!;
  for (const n of design.nodes) {
    const box = (await app.node(n.id).boundingBox())!;
    expect(box.x, `${n.id} left`).toBeGreaterThanOrEqual(canvas.x - 1);
    expect(box.y, `${n.id} top`).toBeGreaterThanOrEqual(canvas.y - 1);
    expect(box.x + box.width, `${n.id} right`).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
    expect(box.y + box.height, `${n.id} bottom`).toBeLessThanOrEqual(canvas.y + canvas.height + 1);
  }
}

/** The Problems panel's counts say no errors and no warnings (notes are fine). */
async function expectNoErrorsOrWarnings(app: App): Promise<void> {
  const counts = app.problems.getByRole('button', { name: /^Problems:/ });
  await expect(counts).toBeVisible();
  await expect(counts).not.toHaveAccessibleName(/error|warning/);
}

/** Download all: the zip holds exactly the design's files, and every API input among them passes botocore. */
async function expectDownloadPassesBotocore(app: App, design: Design): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ecs-e2e-'));
  const [zip] = await Promise.all([app.page.waitForEvent('download'), app.code.getByRole('button', { name: 'Download all (.zip)' }).click()]);
  const zipPath = join(dir, zip.suggestedFilename());
  await zip.saveAs(zipPath);
  const files = Object.fromEntries(Object.entries(unzipSync(new Uint8Array(readFileSync(zipPath)))).map(([path, bytes]) => [path, strFromU8(bytes)]));
  const artifacts = derive(design);
  // The API inputs, with the CloudFormation template and the AWS CLI script beside them.
  expect(Object.keys(files).sort()).toEqual([...artifacts.map((a) => a.path), 'cloudformation/template.yaml', 'cli/deploy.sh'].sort());
  if (!hasBotocore) return;
  const inputs = artifacts.flatMap((a) => {
    const api = ARTIFACT_API[a.type];
    return api ? [{ file: a.path, ...api, text: files[a.path]! }] : [];
  });
  expect(inputs.length).toBeGreaterThan(8);
  expect(apiInputCheck(inputs).filter((r) => !r.ok)).toEqual([]);
}

test('New from template…: pick two templates by keyboard and mouse, see them drawn whole without problems, download files that pass botocore, undo back', async ({ page }) => {
  test.setTimeout(120_000);
  const app = new App(page);
  await app.open();

  // By keyboard: the header button opens the dialog with the first template focused.
  const button = page.getByRole('banner').getByRole('button', { name: 'New from template…' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  // Escape closes it and changes nothing; the focus goes back to the button.
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  const items = dialog(page).getByRole('list', { name: 'Templates' }).getByRole('button');
  await expect(items).toHaveCount(TEMPLATES.length);
  await expect(items.first()).toBeFocused();
  await expect(items.nth(1)).toContainText('binpack');
  await expect(items.nth(1)).toContainText('Bridge network mode, dynamic host ports');
  // The thumbnails are drawn once the files have loaded.
  await expect(dialog(page).locator('svg rect').first()).toBeVisible();
  await app.screenshot('templates-dialog');
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');

  // The sample is on the canvas: replacing it is asked first, Cancel (focused) the safe answer.
  const confirm = page.getByRole('dialog', { name: 'Replace the current design?' });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Open template' }).click();

  const ec2 = templateFile('ec2-binpack-alb');
  await expect(page.getByRole('banner').getByLabel('Design name')).toHaveValue(ec2.name);
  await expectDrawnWhole(app, ec2);
  // The Auto Scaling group sits in the VPC frame (placed in both private subnets), the container in its task definition.
  const vpc = (await app.nodeNamed('ec2-vpc').first().boundingBox())!;
  const asg = (await app.nodeNamed('api-asg').first().boundingBox())!;
  expect(asg.x).toBeGreaterThan(vpc.x);
  expect(asg.y + asg.height).toBeLessThan(vpc.y + vpc.height);
  await expectNoErrorsOrWarnings(app);
  await app.screenshot('template-ec2-binpack-alb');
  await expectDownloadPassesBotocore(app, await autosaved(page, ec2.name));

  // By mouse, a second one: the template just opened is unchanged, so no question this time.
  await button.click();
  await dialog(page).getByRole('button', { name: /Microservices with Service Connect/ }).click();
  await expect(confirm).toBeHidden();
  const shop = templateFile('service-connect-shop');
  await expect(page.getByRole('banner').getByLabel('Design name')).toHaveValue(shop.name);
  await expectDrawnWhole(app, shop);
  await expectNoErrorsOrWarnings(app);
  await app.screenshot('template-service-connect-shop');
  await expectDownloadPassesBotocore(app, await autosaved(page, shop.name));

  // Opening a template is one undoable change, as Open… is.
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(page.getByRole('banner').getByLabel('Design name')).toHaveValue(ec2.name);
  await expect(app.canvas.locator('.react-flow__node')).toHaveCount(ec2.nodes.length);
});

test('every template opens drawn whole, with no errors or warnings in the Problems panel', async ({ page }) => {
  test.setTimeout(180_000);
  const app = new App(page);
  await app.open();
  await app.newDesign();
  for (const t of TEMPLATES) {
    await page.getByRole('banner').getByRole('button', { name: 'New from template…' }).click();
    await dialog(page).getByRole('button', { name: new RegExp(`^${t.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
    const design = templateFile(t.id);
    await expect(page.getByRole('banner').getByLabel('Design name')).toHaveValue(design.name);
    await expectDrawnWhole(app, design);
    await expectNoErrorsOrWarnings(app);
    await app.screenshot(`template-${t.id}`);
  }
});
