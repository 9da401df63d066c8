import { App } from './app.ts';
import { expect, test } from './fixtures.ts';

// Issue 11 (cost estimate): the Cost tab of the bottom panel prices the sample, and the
// figure follows the desired count changed in the inspector.

test.use({ viewport: { width: 1600, height: 1000 } });

test('the Cost tab shows the sample per service with its assumptions, and follows the desired count', async ({ page }) => {
  const app = new App(page);
  await app.open();

  await app.problems.getByRole('button', { name: 'Cost', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Cost estimate' });
  const web = panel.locator('tr[data-cost-line="web"]');
  const alb = panel.locator('tr[data-cost-line="web-alb"]');
  // 2 tasks × (0.25 vCPU × $0.04048 + 0.5 GB × $0.004445) × 730 h = $18.02; the ALB 730 h × $0.0225 = $16.43 (16.425).
  await expect(web.locator('[data-cost-figure]')).toHaveText('$18.02');
  await expect(web).toContainText('Tasks: 2 (desired count)');
  await expect(web).toContainText('Task size: 0.25 vCPU, 0.5 GB, Linux/x86');
  await expect(web).toContainText("FARGATE weight 1 (from the cluster's default strategy) → 2 on FARGATE");
  await expect(web).toContainText('2 tasks × (0.25 vCPU × $0.04048 + 0.5 GB × $0.004445) × 730 h');
  await expect(alb).toContainText('LCU charges');
  await expect(panel.locator('[data-cost-total]')).toHaveText('$34.45');

  // The service's desired count in the inspector: 2 → 4 doubles its figure.
  await app.node('svc-1').click();
  const desired = app.inspector.getByLabel('Desired tasks');
  await desired.fill('4');
  await desired.press('Enter');
  await expect(web.locator('[data-cost-figure]')).toHaveText('$36.04');
  await expect(web).toContainText('Tasks: 4 (desired count)');
  await expect(panel.locator('[data-cost-total]')).toHaveText('$52.47');

  // LCUs as an assumption: 1 an hour adds the ALB's LCU-hours.
  const lcu = panel.getByLabel('LCUs an hour');
  await lcu.fill('1');
  await lcu.press('Enter');
  await expect(alb).toContainText('1 LCU × $0.008 × 730 h');
  await expect(alb).toContainText('LCUs: 1 per hour on average');
  await app.screenshot('cost-panel');

  // Hours a month are the user's too, and stay after a reload (kept in this browser).
  const hours = panel.getByLabel('Hours a month');
  await hours.fill('24');
  await hours.press('Enter');
  // 4 × 0.0123425 × 24 = $1.18488
  await expect(web.locator('[data-cost-figure]')).toHaveText('$1.18');
  await page.reload();
  await app.problems.getByRole('button', { name: 'Cost', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Cost estimate' }).locator('tr[data-cost-line="web"]')).toContainText('Hours: 24 a month');
});

test('prices can be edited: a price typed in is used, and clearing it goes back to the list', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.problems.getByRole('button', { name: 'Cost', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Cost estimate' });
  await panel.getByRole('button', { name: 'Prices…' }).click();
  const vcpu = panel.getByLabel('Fargate Linux/x86 vCPU per vCPU-hour');
  await expect(vcpu).toHaveAttribute('placeholder', '0.04048');
  await vcpu.fill('0.08096');
  await vcpu.press('Enter');
  // 2 × (0.25 × 0.08096 + 0.5 × 0.004445) × 730 = $32.80
  const figure = panel.locator('tr[data-cost-line="web"] [data-cost-figure]');
  await expect(figure).toHaveText('$32.80');
  await expect(panel.locator('tr[data-cost-line="web"]')).toContainText('with your own figures');
  await app.screenshot('cost-prices');
  await vcpu.fill('');
  await vcpu.press('Enter');
  await expect(figure).toHaveText('$18.02');
});
