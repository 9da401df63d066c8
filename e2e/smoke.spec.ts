import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

const screenshotPath = fileURLToPath(new URL('../test-results/smoke.png', import.meta.url));

test('the app loads the sample design, shows its generated files and talks to no other origin', async ({ page, baseURL }) => {
  // The designer is local-first: every request must stay on the page's own origin.
  const ownOrigin = new URL(baseURL ?? 'http://localhost:4173').origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== ownOrigin) foreign.push(request.url());
  });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'ECS Designer' })).toBeVisible();
  // The sample design's generated definitions are listed and can be opened.
  const files = page.getByRole('navigation', { name: 'Generated files' });
  await files.getByRole('button', { name: 'task-definitions/web.json' }).click();
  const contents = page.getByRole('region', { name: 'File contents' });
  await expect(contents).toContainText('"family": "web"');
  await expect(contents).toContainText('"requiresCompatibilities"');
  await files.getByRole('button', { name: 'services/web.json' }).click();
  await expect(contents).toContainText('"serviceName": "web"');
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: screenshotPath, fullPage: true });

  expect(foreign, 'requests to other origins').toEqual([]);
  expect(pageErrors, 'uncaught page errors').toEqual([]);
});
