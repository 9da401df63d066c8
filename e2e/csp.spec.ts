import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Download, Page } from '@playwright/test';
import { App } from './app.ts';
import { expect, recordCspViolations, test } from './fixtures.ts';

// Issue 8, item 4: the production build ships a strict Content-Security-Policy, and every
// feature works under it. The fixtures' guard fails any spec in which the policy refuses
// something; this spec reads the policy itself, checks it is enforced, and walks through
// every feature with the list of refusals in view.

const CSP_META = 'meta[http-equiv="Content-Security-Policy"]';
const FIXTURE = fileURLToPath(new URL('../fixtures/ecs/task-definitions/appmesh-envoy.json', import.meta.url));

function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

async function savedText(download: Download, dir: string): Promise<string> {
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return readFileSync(path, 'latin1');
}

async function transform(page: Page, id: string): Promise<string> {
  return page.locator(`.react-flow__node[data-id="${id}"]`).evaluate((el) => (el as HTMLElement).style.transform);
}

/**
 * Headless Chromium never shows the File System Access dialogs (their promises just wait),
 * so these tests take the app's other path: an <input type=file> and an <a download> of a
 * blob: URL, which Playwright drives like a person would.
 */
async function withoutFileSystemAccess(page: Page): Promise<void> {
  await page.addInitScript(() => {
    for (const name of ['showOpenFilePicker', 'showSaveFilePicker']) {
      delete (Window.prototype as unknown as Record<string, unknown>)[name];
      delete (window as unknown as Record<string, unknown>)[name];
    }
  });
}

test.use({ viewport: { width: 1440, height: 900 } });

test('the built page carries a strict policy, ahead of everything it governs', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  expect(meta, 'a Content-Security-Policy meta tag in index.html').not.toBeNull();
  const policy = parsePolicy(meta![1]!);

  // A meta policy covers only what comes after it: nothing may load before it.
  const first = html.search(/<script|<link\b[^>]*rel="(?:stylesheet|modulepreload)"|<style/);
  expect(meta!.index).toBeLessThan(first);
  // No inline script for 'self' to refuse (the theme is set by /theme.js).
  for (const script of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    expect(script[1], 'every script is a file').toMatch(/\ssrc="\/[^"]+"/);
    expect(script[2]!.trim()).toBe('');
  }

  expect(policy.get('default-src')).toEqual(["'none'"]);
  expect(policy.get('script-src')).toEqual(["'self'"]);
  expect(policy.get('worker-src')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'none'"]);
  expect(policy.get('form-action')).toEqual(["'none'"]);
  for (const [name, sources] of policy) {
    for (const source of sources) {
      // No eval in any form, no host or scheme that reaches beyond the page's own files;
      // the two exceptions are Monaco's run-time styles and its data: background images.
      const allowed = ["'self'", "'none'"].includes(source) || (name === 'style-src' && source === "'unsafe-inline'") || (name === 'img-src' && source === 'data:');
      expect(allowed, `${name} ${source}`).toBe(true);
    }
  }

  // What the browser runs is that policy.
  const app = new App(page);
  await app.open();
  expect(await page.locator(CSP_META).getAttribute('content')).toBe(meta![1]);
});

/** The directives that refused something, from the events (the console lines repeat them). */
const refusedDirectives = (violations: string[]) => new Set(violations.filter((v) => !v.startsWith('console')).map((v) => v.split(' ')[0]));

test('the browser enforces the policy, and a policy that blocked a feature would not pass unseen', async ({ browser, baseURL }) => {
  test.setTimeout(90_000); // two pages of the app on a shared two-core machine
  // A page of its own: the refusals here are provoked, while the guard watches `page`.
  const context = await browser.newContext({ baseURL: baseURL! });
  const strict = await context.newPage();
  const provoked = await recordCspViolations(strict);
  await new App(strict).open();
  const ran = await strict.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const flags = window as unknown as Record<string, unknown>;
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true';
        document.head.append(script);
        const button = document.createElement('button');
        button.setAttribute('onclick', 'window.__handlerRan = true');
        document.body.append(button);
        button.click();
        button.remove();
        // Outside the evaluate call itself, which DevTools runs past the policy.
        setTimeout(() => {
          const results = [flags.__inlineRan ? 'inline script ran' : '', flags.__handlerRan ? 'inline handler ran' : ''];
          try {
            eval('1');
            results.push('eval ran');
          } catch {
            // EvalError: refused, as it should be.
          }
          try {
            new Function('return 1')();
            results.push('new Function ran');
          } catch {
            // Refused too.
          }
          resolve(results.filter(Boolean));
        }, 0);
      }),
  );
  expect(ran).toEqual([]);
  await expect.poll(() => refusedDirectives(provoked), { timeout: 20_000 }).toEqual(new Set(['script-src', 'script-src-attr', 'script-src-elem']));

  // The app served with fonts, workers and run-time styles refused: each refusal is
  // recorded, as the guard of every other spec would record it and fail.
  const tightened = await context.newPage();
  const refused = await recordCspViolations(tightened);
  await tightened.route('/', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/(<meta http-equiv="Content-Security-Policy" content=")[^"]*/, "$1default-src 'self'; style-src 'self'; font-src 'none'; worker-src 'none'");
    await route.fulfill({ response, body });
  });
  const app = new App(tightened);
  await app.open();
  await app.node('td-1').click();
  // Opening the file is enough: Monaco fetches its icon font and starts the JSON worker for
  // the model's diagnostics. No click in the editor: with its inline styles refused, its
  // lines are not where they would be, and a click there can wait for ever.
  await expect(app.editor).toContainText('"family": "web"');
  // Containing, not equal: the policy may refuse more than these on another machine (an
  // image, say), which is just as well recorded.
  await expect
    .poll(() => [...refusedDirectives(refused)], { timeout: 20_000 })
    .toEqual(expect.arrayContaining(['style-src-elem', 'style-src-attr', 'font-src', 'worker-src']));
  await context.close();
});

test('every feature works under the policy: canvas, Monaco and its workers, layout, theme, files, history', async ({ page, baseURL, cspViolations }) => {
  test.setTimeout(120_000); // a long walk on a shared two-core machine
  await withoutFileSystemAccess(page);
  const app = new App(page);
  const origin = new URL(baseURL!).origin;
  const dir = mkdtempSync(join(tmpdir(), 'ecs-csp-'));
  await app.open();

  // The canvas draws the sample: nodes, their relations, the minimap.
  await expect(app.nodeNamed('web-cluster').first()).toBeVisible();
  await expect(page.getByRole('group', { name: 'Edge from svc-1 to td-1' }).locator('.react-flow__edge-path')).toBeVisible();
  await expect(page.locator('.react-flow__minimap')).toBeVisible();

  // Monaco: coloured tokens need the <style> it writes at run time.
  const td = app.node('td-1');
  await td.click();
  await app.expectActiveFile('task-definitions/web.json');
  const key = app.editor.locator('.view-line span span', { hasText: /^"family"$/ });
  const value = app.editor.locator('.view-line span span', { hasText: /^"web"$/ }).first();
  const colour = (l: typeof key) => l.evaluate((el) => getComputedStyle(el).color);
  expect(await colour(key)).not.toBe(await colour(value));

  // The JSON worker answers: schema hover docs, and completion of enum values (with codicons).
  await (await app.editorLine('"networkMode": "awsvpc"')).locator('span', { hasText: '"networkMode"' }).last().hover();
  await expect(page.locator('.monaco-hover').filter({ hasText: 'Docker networking mode' })).toBeVisible();
  await page.mouse.move(0, 0);
  // The cursor just inside the value's opening quote: every enum value matches what is typed.
  await (await app.editorLine('"networkMode": "awsvpc"')).click();
  await page.keyboard.press('End');
  for (let i = 0; i < 'awsvpc",'.length; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Control+Space');
  const suggestions = page.locator('.suggest-widget');
  await expect(suggestions).toContainText('bridge');
  await expect(suggestions.locator('.codicon').first()).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'codicon').map((f) => f.status)))
    .toEqual(['loaded']);
  await app.screenshot('csp-monaco-completion');
  await page.keyboard.press('Escape');

  // Typing in Monaco changes the diagram.
  await app.editLineEnd('"cpu": "256"', '"256",'.length, '"1024",');
  await expect(td).toContainText('1 vCPU · 2048 MiB');

  // Both of Monaco's workers start, from the page's own files (the editor worker on the
  // first format, which leaves the generated text as it is).
  await page.keyboard.press('Shift+Alt+F');
  await expect
    .poll(() => page.workers().map((w) => new URL(w.url()).pathname.replace(/-[\w-]+\.js$/, '.js')).sort())
    .toEqual(expect.arrayContaining(['/assets/editor.worker.js', '/assets/json.worker.js']));
  for (const worker of page.workers()) expect(new URL(worker.url()).origin).toBe(origin);

  // Download (a blob: URL opened by an <a download>) and Download all (a zip).
  const [file] = await Promise.all([page.waitForEvent('download'), app.code.getByRole('button', { name: 'Download file' }).click()]);
  expect(JSON.parse(await savedText(file, dir))).toMatchObject({ family: 'web', cpu: '1024' });
  const [zip] = await Promise.all([page.waitForEvent('download'), app.code.getByRole('button', { name: 'Download all (.zip)' }).click()]);
  expect(zip.suggestedFilename()).toMatch(/\.zip$/);
  expect((await savedText(zip, dir)).slice(0, 2)).toBe('PK');

  // Inspector edit, then undo and redo.
  const cluster = app.node('cluster-1');
  await cluster.click();
  const name = app.inspector.getByLabel('Cluster name');
  await name.fill('csp-cluster');
  await name.press('Enter');
  await expect(cluster).toContainText('csp-cluster');
  await app.focusCanvas();
  await page.keyboard.press('Control+z');
  await expect(cluster).toContainText('web-cluster');
  await page.getByRole('banner').getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(cluster).toContainText('csp-cluster');

  // Drag a service from the palette, connect it to the cluster, and auto-layout (elkjs).
  const before = new Set(await page.locator('.react-flow__node').evaluateAll((els) => els.map((el) => el.getAttribute('data-id'))));
  await app.dropFromPalette('Service', 150, 500);
  const ids = await page.locator('.react-flow__node').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
  const service = ids.find((id) => id && !before.has(id))!;
  await app.connect(service, 'cluster-1');
  const dropped = await transform(page, service);
  await page.getByRole('button', { name: 'Auto-layout' }).click();
  await expect.poll(() => transform(page, service)).not.toBe(dropped);

  // Dark theme: the app and Monaco's theme (again a run-time <style>) follow.
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect.poll(() => app.editor.evaluate((el) => getComputedStyle(el.querySelector('.monaco-editor-background') ?? el).backgroundColor)).toBe('rgb(15, 23, 42)');
  await app.screenshot('csp-dark');
  await page.getByRole('button', { name: 'Light theme' }).click();
  await expect(page.locator('html')).not.toHaveClass(/dark/);

  // Save… downloads the design; New empties the canvas; Open… brings the file back.
  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('banner').getByRole('button', { name: 'Save…' }).click()]);
  const designPath = join(dir, saved.suggestedFilename());
  await saved.saveAs(designPath);
  expect(designPath).toMatch(/\.ecs-design\.json$/);
  await app.newDesign();
  await app.pickFiles('Open…', designPath);
  await expect(app.node('cluster-1')).toContainText('csp-cluster');
  await expect(app.node(service)).toBeVisible();

  // Import… of a real task definition.
  await app.pickFiles('Import…', FIXTURE);
  await expect(app.nodeNamed('colorteller-mesh').first()).toBeVisible();
  await app.screenshot('csp-all-features');

  expect(cspViolations).toEqual([]);
});
