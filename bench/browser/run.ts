import type { Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { APPLY_DELAY_MS } from '../../src/ui/code/code-session.ts';
import { buildPages } from './build.ts';
import { benchDesign } from './design.ts';
import { initialJs } from './initial-js.ts';
import { launchChromium, loadPage } from './pages.ts';
import { printReport, type MonacoOrder, type SizeResult } from './report.ts';
import { inspectorToMonaco, monacoLoadOrder, monacoToCanvas, panAfterOpen, selectTaskDefinition } from './scenarios.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { stats } from './stats.ts';

/**
 * `npm run bench:browser`: the editor against a bare React Flow page in headless Chromium,
 * on production builds served from a temporary directory. A benchmark, not a test: it
 * prints figures and targets, and exits non-zero only when it cannot run.
 */
const SIZES = [500, 1000];
const LOADS = 7; // page loads per page and size (time to mount)
const EDIT_RUNS = { inspector: 15, monaco: 10, warmups: 2 };
const TIME_LIMIT_MS = 300_000;

const started = Date.now();
const log = (message: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

async function measureSize(browser: Browser, server: StaticServer, nodes: number, monacoFiles: string[]): Promise<{ row: SizeResult; order: MonacoOrder }> {
  const design = benchDesign(nodes);
  const appMount: number[] = [];
  const bareMount: number[] = [];
  let canvas = { width: 0, height: 0 };
  let appDrawn = 0;
  let bareDrawn = 0;
  // Frame deltas of a pan on every load of each page, pooled: one second of frames is too
  // few for a p95, and loads alternate, so both pages' pans saw the same machine load.
  const appPan: number[] = [];
  const barePan: number[] = [];
  const panStarts: number[] = [];
  // Each page loads alone: a page left open in the background (the editor still loading
  // Monaco, say) would slow the other page's load and flatter the ratio.
  for (let i = 0; i < LOADS; i++) {
    const app = await loadPage(browser, `${server.origin}/`, { kind: 'app', design });
    appMount.push(app.mountMs);
    appDrawn = app.drawn;
    if (i === 0) canvas = await app.page.evaluate(() => document.querySelector('.react-flow')!.getBoundingClientRect().toJSON() as { width: number; height: number });
    const pan = await panAfterOpen(app.page, app.mountMs);
    appPan.push(...pan.deltas);
    panStarts.push(pan.startedAfterMs);
    await app.context.close();
    const bare = await loadPage(browser, `${server.origin}/bare/`, {
      kind: 'bare',
      bare: { positions: design.nodes.map((n) => n.position), width: canvas.width, height: canvas.height },
    });
    bareMount.push(bare.mountMs);
    bareDrawn = bare.drawn;
    barePan.push(...(await panAfterOpen(bare.page, bare.mountMs)).deltas);
    await bare.context.close();
  }
  log(`${nodes} nodes: mounted and panned ${LOADS}× each`);
  // The editor's edit scenarios run on a page loaded once more (not timed).
  const app = await loadPage(browser, `${server.origin}/`, { kind: 'app', design });

  const { page } = app;
  const order = await monacoLoadOrder(page, monacoFiles);
  const td = await selectTaskDefinition(page, design);
  const inspector = await inspectorToMonaco(page, EDIT_RUNS.inspector, EDIT_RUNS.warmups);
  const monaco = await monacoToCanvas(page, td, EDIT_RUNS.monaco, EDIT_RUNS.warmups);
  await app.context.close();
  log(`${nodes} nodes: edits done`);
  return {
    order,
    row: {
      nodes,
      actualNodes: design.nodes.length,
      appMount: stats(appMount),
      bareMount: stats(bareMount),
      appDrawn,
      bareDrawn,
      appPan: stats(appPan),
      barePan: stats(barePan),
      panStartMs: stats(panStarts).median,
      inspector: stats(inspector.ms),
      inspectorTimedOut: inspector.timedOut,
      monaco: stats(monaco.ms),
      monacoTimedOut: monaco.timedOut,
      monacoRefocused: monaco.refocused,
      debounceMs: APPLY_DELAY_MS,
    },
  };
}

async function main() {
  log('building the editor and the bare React Flow page (production)');
  const builds = await buildPages();
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const limit = setTimeout(() => {
    console.error(`browser bench: over ${TIME_LIMIT_MS / 1000} s, stopping`);
    void Promise.allSettled([browser?.close(), server?.close(), builds.remove()]).then(() => process.exit(1));
  }, TIME_LIMIT_MS);
  try {
    const js = initialJs(builds.appDir);
    server = await serveStatic({ '/': builds.appDir, '/bare/': builds.bareDir });
    browser = await launchChromium();
    const rows: SizeResult[] = [];
    let order: MonacoOrder | undefined;
    for (const nodes of SIZES) {
      const measured = await measureSize(browser, server, nodes, js.monacoFiles);
      rows.push(measured.row);
      order ??= measured.order;
    }
    const xyflow = JSON.parse(readFileSync(new URL('../../node_modules/@xyflow/react/package.json', import.meta.url), 'utf8')) as { version: string };
    printReport(
      rows,
      js,
      order!,
      `Browser: headless Chromium ${browser.version()}, production builds, window 1440×900, @xyflow/react ${xyflow.version}; ` +
        `mount over ${LOADS} fresh loads each, pan frames pooled over a 1 s pan on each load, edits over ${EDIT_RUNS.inspector} / ${EDIT_RUNS.monaco} runs after ${EDIT_RUNS.warmups} warm-ups`,
    );
    log('done');
  } finally {
    clearTimeout(limit);
    await browser?.close();
    await server?.close();
    await builds.remove();
  }
}

await main();
