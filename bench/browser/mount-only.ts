import { buildPages } from './build.ts';
import { benchDesign } from './design.ts';
import { launchChromium, loadPage } from './pages.ts';
import { serveStatic } from './static-server.ts';
import { stats } from './stats.ts';

/**
 * `node --import tsx bench/browser/mount-only.ts [nodes] [loads]`: only the time to mount,
 * editor against bare React Flow, alternating loads. For working on mount time without
 * waiting for the whole browser bench.
 */
const nodes = Number(process.argv[2] ?? 500);
const loads = Number(process.argv[3] ?? 7);
const builds = await buildPages();
const server = await serveStatic({ '/': builds.appDir, '/bare/': builds.bareDir });
const browser = await launchChromium();
try {
  const design = benchDesign(nodes);
  const app: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < loads; i++) {
    const a = await loadPage(browser, `${server.origin}/`, { kind: 'app', design });
    app.push(a.mountMs);
    const canvas = await a.page.evaluate(() => document.querySelector('.react-flow')!.getBoundingClientRect().toJSON() as { width: number; height: number });
    await a.context.close();
    const b = await loadPage(browser, `${server.origin}/bare/`, {
      kind: 'bare',
      bare: { positions: design.nodes.map((n) => n.position), width: canvas.width, height: canvas.height },
    });
    bare.push(b.mountMs);
    await b.context.close();
  }
  const a = stats(app);
  const b = stats(bare);
  // Loads alternate, so each pair saw the same machine load: their ratios drift less than the medians.
  const paired = stats(app.map((t, i) => t / bare[i]!));
  console.log(
    `${nodes} nodes, ${loads} loads each: editor ${a.median.toFixed(0)} ms, bare ${b.median.toFixed(0)} ms, ` +
      `ratio of medians ${(a.median / b.median).toFixed(2)}×, median of paired ratios ${paired.median.toFixed(2)}×`,
  );
  console.log(`editor: ${app.map((t) => t.toFixed(0)).join(' ')}\nbare:   ${bare.map((t) => t.toFixed(0)).join(' ')}`);
} finally {
  await browser.close();
  await server.close();
  await builds.remove();
}
