import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { benchDesign } from './design.ts';
import { serveStatic } from './static-server.ts';

/**
 * The editor in headless Chromium against a bare React Flow page: mount, pan frame time,
 * inspector edit → Monaco, Monaco edit → canvas, and the initial JS size. A benchmark, not
 * a test: it prints figures and the targets, and never fails a build.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const APP_DIST = join(ROOT, 'dist');
const BARE_DIST = join(ROOT, 'node_modules/.cache/bench-bare');
const SIZES = [500, 1000];
const RUNS = 3;
const CODE_DEBOUNCE_MS = 300; // src/ui/code/code-session.ts APPLY_DELAY_MS
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function build(): void {
  const vite = join(ROOT, 'node_modules/.bin/vite');
  execFileSync(vite, ['build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync(vite, ['build', '-c', 'bench/browser/vite.bare.config.ts'], { cwd: ROOT, stdio: 'inherit' });
}

/** Gzip size of the JS the page loads before first paint: the entry script and its modulepreloads. */
function initialJsGzip(): number {
  const html = readFileSync(join(APP_DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map((m) => m[1]!);
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(APP_DIST, f.replace(/^\//, '')))).length, 0);
}

async function page(browser: Browser, origin: string, path: string, storage: Record<string, string>): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  // tsx (esbuild keepNames) wraps the functions we send to the page in __name(): give the page one.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  await context.addInitScript((items) => {
    if (sessionStorage.getItem('bench:seeded')) return;
    for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v);
    sessionStorage.setItem('bench:seeded', '1');
  }, storage);
  const p = await context.newPage();
  await p.goto(`${origin}${path}`);
  return p;
}

/**
 * ms from navigation start until the canvas has settled: React Flow nodes are in the DOM and
 * their number has not changed for 20 frames (both pages cull nodes outside the view, so
 * the count at rest is what the user sees). Returns the moment the final count was reached.
 */
async function mountTime(p: Page): Promise<{ ms: number; nodes: number }> {
  return p.evaluate(
    () =>
      new Promise<{ ms: number; nodes: number }>((resolve) => {
        let count = 0;
        let since = 0;
        let stable = 0;
        const frame = () => {
          const now = document.querySelectorAll('.react-flow__node').length;
          if (now !== count) {
            count = now;
            since = performance.now();
            stable = 0;
          } else if (count > 0 && ++stable >= 20) {
            return resolve({ ms: since, nodes: count });
          }
          requestAnimationFrame(frame);
        };
        frame();
      }),
  );
}

/** Frame times while the pane is dragged for about a second (from an empty corner). */
async function panFrames(p: Page): Promise<number[]> {
  const pane = (await p.locator('.react-flow__pane').boundingBox())!;
  await p.evaluate(() => {
    const w = window as unknown as { frames_: number[] };
    w.frames_ = [];
    let last = performance.now();
    const tick = (t: number) => {
      w.frames_.push(t - last);
      last = t;
      if (w.frames_.length < 400) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const x = pane.x + 8;
  const y = pane.y + 8;
  await p.mouse.move(x, y);
  await p.mouse.down();
  for (let i = 1; i <= 60; i++) await p.mouse.move(x + i * 4, y + i * 3);
  await p.mouse.up();
  return p.evaluate(() => (window as unknown as { frames_: number[] }).frames_.slice(2));
}

/** Waits until Monaco's rendered lines contain `text` (Monaco renders spaces as no-break spaces). */
async function monacoShows(p: Page, text: string): Promise<void> {
  await p.waitForFunction((t) => document.querySelector('.monaco-editor .view-lines')?.textContent?.replace(/\u00a0/g, ' ').includes(t), text, { timeout: 20_000 });
}

/**
 * Inspector edit → Monaco: set a service's desired count in the inspector; time from the
 * Enter key to the moment Monaco's rendered lines show the new value.
 */
async function inspectorToMonaco(p: Page, serviceId: string, count: number): Promise<number> {
  await p.locator(`.react-flow__node[data-id="${serviceId}"]`).click();
  await monacoShows(p, '"serviceName"');
  const input = p.getByRole('region', { name: 'Inspector' }).getByLabel('Desired tasks');
  await input.fill(String(count));
  await p.waitForTimeout(300); // let the page settle, so only the edit itself is timed
  return p.evaluate(
    ([value]) =>
      new Promise<number>((resolve) => {
        const field = document.activeElement as HTMLInputElement;
        const start = performance.now();
        const check = () => {
          const text = document.querySelector('.monaco-editor .view-lines')?.textContent?.replace(/\u00a0/g, ' ');
          if (text?.includes(`"desiredCount": ${value}`)) resolve(performance.now() - start);
          else requestAnimationFrame(check);
        };
        field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        check();
      }),
    [count],
  );
}

/** Monaco edit → canvas: type one character into the family; time until the node shows it. */
async function monacoToCanvas(p: Page, nodeId: string, family: string): Promise<number> {
  // The frame's top edge: its containers cover the rest of it when zoomed out.
  await p.locator(`.react-flow__node[data-id="${nodeId}"]`).click({ position: { x: 6, y: 3 } });
  await monacoShows(p, `"family": "${family}"`);
  const line = p.locator('.monaco-editor .view-line').filter({ hasText: `"family": "${family}"` }).first();
  await line.click();
  await p.keyboard.press('End');
  await p.keyboard.press('ArrowLeft');
  await p.keyboard.press('ArrowLeft'); // before the closing quote and the comma
  await p.evaluate((id) => {
    const w = window as unknown as { start_: number };
    document.addEventListener('keydown', () => (w.start_ = performance.now()), { once: true, capture: true });
    void id;
  }, nodeId);
  await p.keyboard.type('z');
  await p.waitForFunction(([id, f]) => document.querySelector(`.react-flow__node[data-id="${id}"]`)?.textContent?.includes(`${f}z`), [nodeId, family] as const, { polling: 'raf', timeout: 20_000 });
  return p.evaluate(() => performance.now() - (window as unknown as { start_: number }).start_);
}

function stats(values: number[]): { median: number; p95: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

const f = (n: number) => n.toFixed(1).padStart(7);

async function main(): Promise<void> {
  build();
  const server = await serveStatic({ '/': APP_DIST, '/bare/': BARE_DIST });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  const rows: string[] = [];
  const verdicts: string[] = [];
  try {
    for (const size of SIZES) {
      const design = benchDesign(size);
      const positions = JSON.stringify(design.nodes.map((n) => ({ id: n.id, x: n.position.x, y: n.position.y })));
      const td = design.nodes.find((n) => n.kind === 'task-definition')!;
      const service = design.nodes.find((n) => n.kind === 'service')!;
      const family = String(td.data.family);
      const shown = { app: 0, bare: 0 };
      const m = { app: [] as number[], bare: [] as number[], appPan: [] as number[], barePan: [] as number[], edit: [] as number[], code: [] as number[] };
      for (let run = 0; run < RUNS; run++) {
        process.stderr.write(`  ${size} nodes, run ${run + 1}/${RUNS}\n`);
        const bare = await page(browser, server.origin, '/bare/', { 'bench:positions': positions });
        const bareMount = await mountTime(bare);
        m.bare.push(bareMount.ms);
        shown.bare = bareMount.nodes;
        m.barePan.push(...(await panFrames(bare)));
        await bare.context().close();
        const app = await page(browser, server.origin, '/', { 'ecs-designer:design': JSON.stringify(design) });
        const appMount = await mountTime(app);
        m.app.push(appMount.ms);
        shown.app = appMount.nodes;
        m.appPan.push(...(await panFrames(app)));
        m.edit.push(await inspectorToMonaco(app, service.id, 7 + run));
        m.code.push(await monacoToCanvas(app, td.id, family));
        await app.context().close();
      }
      const [app, bare, appPan, barePan, edit, code] = [m.app, m.bare, m.appPan, m.barePan, m.edit, m.code].map(stats);
      rows.push(
        `${String(size).padStart(5)}  mount ms app ${f(app!.median)} bare ${f(bare!.median)} ratio ${(app!.median / bare!.median).toFixed(2)} (nodes in view: app ${shown.app}, bare ${shown.bare})` +
          `  | pan frame ms app ${f(appPan!.median)}/${f(appPan!.p95)} bare ${f(barePan!.median)}/${f(barePan!.p95)}` +
          `  | inspector→Monaco ${f(edit!.median)}/${f(edit!.p95)}  | Monaco→canvas ${f(code!.median)}/${f(code!.p95)} (${f(code!.median - CODE_DEBOUNCE_MS)} without the ${CODE_DEBOUNCE_MS} ms debounce)`,
      );
      verdicts.push(`${size} nodes: mount ≤ 1.3× bare React Flow: ${(app!.median / bare!.median).toFixed(2)}× — ${app!.median <= 1.3 * bare!.median ? 'met' : 'MISSED'}`);
      if (size === 500) verdicts.push(`500 nodes: inspector edit → Monaco ≤ 16 ms: ${edit!.median.toFixed(1)} ms median — ${edit!.median <= 16 ? 'met' : 'MISSED'}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const js = initialJsGzip() / 1024;
  console.log('\nBrowser benchmark (headless Chromium, 1440×900, production build; median/p95 over runs)');
  for (const row of rows) console.log(row);
  console.log(`Initial JS (entry + modulepreload, gzip): ${js.toFixed(1)} KB — target ≤ 200 KB: ${js <= 200 ? 'met' : 'MISSED'}`);
  for (const v of verdicts) console.log(v);
}

await main();
