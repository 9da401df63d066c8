import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { parse } from 'yaml';
import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

// Issue 10: the code pane's Export menu, by keyboard and mouse; the CloudFormation template
// and the AWS CLI script downloaded and read; an export of a design with errors warns.

test.use({ viewport: { width: 1440, height: 900 } });

async function downloadText(page: Page, choose: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = (await Promise.all([page.waitForEvent('download'), choose()])) as [Download, void];
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

test('Export menu: open it by keyboard and mouse, download the CloudFormation YAML and deploy.sh, a warning when the design has errors', async ({ page }) => {
  test.setTimeout(120_000);
  const app = new App(page);
  await app.open();
  const button = app.code.getByRole('button', { name: 'Export', exact: true });
  const menu = app.code.getByRole('menu', { name: 'Export' });

  // Keyboard: ArrowDown opens the menu on its first item, arrows move, Escape closes onto the button.
  await button.focus();
  await page.keyboard.press('ArrowDown');
  await expect(menu).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(menu.getByRole('menuitem')).toHaveText([/API inputs \(\.zip\)/, /CloudFormation template \(YAML\)/, /CloudFormation template \(JSON\)/, /Terraform configuration \(\.zip\)/, /AWS CLI script \(deploy\.sh\)/]);
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: /CloudFormation template \(YAML\)/ })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp'); // wraps to the last
  await expect(menu.getByRole('menuitem', { name: /AWS CLI script/ })).toBeFocused();
  await app.screenshot('export-menu');
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();

  // Mouse: the CloudFormation template as YAML.
  await button.click();
  const yaml = await downloadText(page, () => menu.getByRole('menuitem', { name: /CloudFormation template \(YAML\)/ }).click());
  await expect(menu).toBeHidden();
  expect(yaml.name).toBe('fargate-web-service-template.yaml');
  const template = parse(yaml.text) as { AWSTemplateFormatVersion: string; Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> };
  expect(template.AWSTemplateFormatVersion).toBe('2010-09-09');
  expect(template.Resources.WebCluster).toMatchObject({ Type: 'AWS::ECS::Cluster', Properties: { ClusterName: 'web-cluster' } });
  expect(template.Resources.WebService!.Type).toBe('AWS::ECS::Service');

  // Keyboard: End, Enter downloads the AWS CLI script. The sample has no errors: no warning.
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toBeVisible();
  await page.keyboard.press('End');
  const script = await downloadText(page, () => page.keyboard.press('Enter'));
  expect(script.name).toBe('deploy.sh');
  expect(script.text).toMatch(/^#!\/usr\/bin\/env bash\n/);
  expect(script.text).toContain('set -euo pipefail');
  expect(script.text).toContain(`WebClusterArn=$(call ecs create-cluster 'cluster.clusterArn' <<'JSON'`);
  expect(script.text).toContain('"clusterName": "web-cluster"');
  expect(script.text).toContain('"targetGroupArn": "${WebTgTargetGroupArn}"');
  await expect(page.getByRole('alert').filter({ hasText: 'but the design has' })).toHaveCount(0);

  // An impossible Fargate size in the editor is an error (FG-SIZE-REQ): the export still downloads, and says so.
  await app.openFile('task-definitions/web.json');
  await app.editLineEnd('"cpu": "256"', 5, '300",');
  const rule = app.problems.getByText(/^FG-[A-Z-]+$/).first();
  await expect(rule).toBeVisible({ timeout: 20_000 });
  const ruleId = (await rule.textContent())!;
  await button.click();
  const broken = await downloadText(page, () => menu.getByRole('menuitem', { name: /AWS CLI script/ }).click());
  expect(broken.text).toContain('"cpu": "300"');
  const warning = page.getByRole('alert').filter({ hasText: 'Exported AWS CLI script (deploy.sh), but the design has' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(ruleId);
  await app.screenshot('export-warning');
});
