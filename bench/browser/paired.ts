import type { Browser } from '@playwright/test';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { APPLY_DELAY_MS } from '../../src/ui/code/code-session.ts';
import { buildApp, buildPages } from './build.ts';
import { benchDesign } from './design.ts';
import { launchChromium, loadPage } from './pages.ts';
import { inspectorToMonaco, monacoToCanvas, panAfterOpen, selectTaskDefinition } from './scenarios.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { stats, type Stats } from './stats.ts';

/**
 * `node --import tsx bench/browser/paired.ts --against DIR [nodes…] [--rounds N]`: this
 * checkout's editor against the editor of another checkout (say `git worktree add /tmp/old
 * <commit>` with node_modules), and both against the bare React Flow page, in alternating
 * loads. On a shared machine whose speed drifts by 2× within minutes, only figures taken
 * side by side compare. Per round and page: a pan started a second after open (frames
 * pooled over the rounds), and for the editors a few inspector edits → Monaco and Monaco
 * edits → canvas.
 */
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const against = option('--against');
const rounds = Number(option('--rounds') ?? 5);
const EDITS_PER_LOAD = 4;
if (!against) throw new Error('usage: paired.ts --against DIR [nodes…] [--rounds N]');
const sizes = args.length ? args.map(Number) : [500, 1000];

interface Figures {
  pan: number[];
  inspector: number[];
  monaco: number[];
}

async function editorRound(browser: Browser, origin: string, nodes: number, into: Figures): Promise<void> {
  const design = benchDesign(nodes);
  const app = await loadPage(browser, `${origin}/`, { kind: 'app', design });
  into.pan.push(...(await panAfterOpen(app.page, app.mountMs)).deltas);
  const td = await selectTaskDefinition(app.page, design);
  into.inspector.push(...(await inspectorToMonaco(app.page, EDITS_PER_LOAD, 1)).ms);
  const edits = await monacoToCanvas(app.page, td, EDITS_PER_LOAD, 1);
  into.monaco.push(...edits.ms.map((ms) => ms - APPLY_DELAY_MS));
  await app.context.close();
}

async function bareRound(browser: Browser, server: StaticServer, nodes: number, canvas: { width: number; height: number }, into: number[]): Promise<void> {
  const design = benchDesign(nodes);
  const bare = await loadPage(browser, `${server.origin}/bare/`, { kind: 'bare', bare: { positions: design.nodes.map((n) => n.position), width: canvas.width, height: canvas.height } });
  into.push(...(await panAfterOpen(bare.page, bare.mountMs)).deltas);
  await bare.context.close();
}

const f = (s: Stats) => `${s.median.toFixed(1)} / ${s.p95.toFixed(1)}`;

const builds = await buildPages();
const otherDir = join(builds.appDir, '..', 'other');
await buildApp(resolve(against), otherDir);
const server = await serveStatic({ '/': builds.appDir, '/bare/': builds.bareDir });
const other = await serveStatic({ '/': otherDir });
const browser = await launchChromium();
try {
  for (const nodes of sizes) {
    const mine: Figures = { pan: [], inspector: [], monaco: [] };
    const theirs: Figures = { pan: [], inspector: [], monaco: [] };
    const bare: number[] = [];
    const canvas = { width: 0, height: 0 };
    for (let i = 0; i < rounds; i++) {
      // Which editor goes first alternates, so neither always meets a machine still busy with the other.
      const order = i % 2 ? [() => editorRound(browser, other.origin, nodes, theirs), () => editorRound(browser, server.origin, nodes, mine)] : [() => editorRound(browser, server.origin, nodes, mine), () => editorRound(browser, other.origin, nodes, theirs)];
      for (const run of order) await run();
      if (!canvas.width) {
        const probe = await loadPage(browser, `${server.origin}/`, { kind: 'app', design: benchDesign(nodes) });
        Object.assign(canvas, await probe.page.evaluate(() => document.querySelector('.react-flow')!.getBoundingClientRect().toJSON() as { width: number; height: number }));
        await probe.context.close();
      }
      await bareRound(browser, server, nodes, canvas, bare);
    }
    const b = stats(bare);
    const line = (name: string, x: Figures) => {
      const pan = stats(x.pan);
      return `${name.padEnd(8)} pan ms median / p95 ${f(pan)} (${(pan.p95 / b.p95).toFixed(2)}× bare p95), inspector edit → Monaco ms ${f(stats(x.inspector))}, Monaco edit → canvas minus debounce ms ${f(stats(x.monaco))}`;
    };
    console.log(`\n${nodes} nodes, ${rounds} rounds; bare pan median / p95 ${f(b)} (${b.n} frames)`);
    console.log(line('this', mine));
    console.log(line(against, theirs));
  }
} finally {
  await browser.close();
  await server.close();
  await other.close();
  await builds.remove();
  await rm(otherDir, { recursive: true, force: true });
}
