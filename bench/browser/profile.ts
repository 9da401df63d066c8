import type { CDPSession, Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPages } from './build.ts';
import { benchDesign } from './design.ts';
import { launchChromium, loadPage } from './pages.ts';
import { measuredWindows, sourceMapLocator, summariseCpuProfile, summariseTrace, type CpuProfile, type Hot, type TraceEvent } from './profile-summary.ts';
import { inspectorToMonaco, monacoToCanvas, panFrames, selectTaskDefinition } from './scenarios.ts';
import { serveStatic } from './static-server.ts';

/**
 * `node --import tsx bench/browser/profile.ts [nodes] [--top N] [--only mount|pan|inspector|monaco]`: where the editor's time goes in the
 * browser bench's scenarios (mount, pan, inspector edit → Monaco, Monaco edit → canvas), for when a target is
 * missed. The production build with source maps, so the profile names source files and
 * lines; CPU profile (V8 sampling, by function and module) plus a trace of the main thread
 * (style, layout, paint…), both cut to the measured intervals. Writes the raw .cpuprofile
 * and trace files for DevTools.
 */
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const top = Number(option('--top') ?? 15);
const only = option('--only');
const runs = (part: string) => only === undefined || only === part;
const nodes = Number(args[0] ?? 500);
const out = await mkdtemp(join(tmpdir(), 'ecs-designer-profile-'));
const builds = await buildPages();
const locate = sourceMapLocator(builds.appDir);
const server = await serveStatic({ '/': builds.appDir, '/bare/': builds.bareDir });
const browser = await launchChromium();

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'].join(',');

async function start(cdp: CDPSession): Promise<() => Promise<{ profile: CpuProfile; trace: TraceEvent[] }>> {
  const trace: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => trace.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    return { profile: profile as unknown as CpuProfile, trace };
  };
}

const frameSummary = (frames: number[]) => {
  const sorted = [...frames].sort((a, b) => a - b);
  return `${frames.length} frames, median ${sorted[sorted.length >> 1]?.toFixed(1)} ms, p95 ${sorted[Math.ceil(sorted.length * 0.95) - 1]?.toFixed(1)} ms`;
};
const ms = (h: Hot) => `${h.ms.toFixed(1).padStart(8)} ms  ${h.name}`;

function report(title: string, name: string, result: { profile: CpuProfile; trace: TraceEvent[] }) {
  writeFileSync(join(out, `${name}.cpuprofile`), JSON.stringify(result.profile));
  writeFileSync(join(out, `${name}.trace.json`), JSON.stringify({ traceEvents: result.trace }));
  // Only what the figures measured: not the bench's own page queries between them.
  const windows = measuredWindows(result.trace);
  const cpu = summariseCpuProfile(result.profile, locate, windows, top);
  const trace = summariseTrace(result.trace, windows);
  const span = windows.reduce((sum, [a, b]) => sum + (b - a) / 1000, 0);
  console.log(
    `\n## ${title}\n${windows.length} measured intervals, ${span.toFixed(0)} ms in all: main thread busy ${trace.mainThreadMs.toFixed(0)} ms (trace), JS sampled ${cpu.busyMs.toFixed(0)} ms`,
  );
  console.log('main thread by trace event (self):\n' + trace.byName.map(ms).join('\n'));
  console.log('JS self time by function:\n' + cpu.self.map(ms).join('\n'));
  console.log('JS inclusive time by function:\n' + cpu.inclusive.map(ms).join('\n'));
  console.log('JS self time by module:\n' + cpu.modules.map(ms).join('\n'));
}

try {
  const design = benchDesign(nodes);
  let stop: Awaited<ReturnType<typeof start>> | undefined;
  let cdp: CDPSession | undefined;
  const app = await loadPage(browser, `${server.origin}/`, { kind: 'app', design }, async (page: Page) => {
    cdp = await page.context().newCDPSession(page);
    stop = await start(cdp);
  });
  await app.page.evaluate((end) => window.__bench.markWindow(0, end), app.mountMs);
  if (runs('mount')) report(`mount, ${design.nodes.length} nodes (navigation start → ${app.mountMs.toFixed(0)} ms)`, 'mount', await stop!());
  else await stop!();

  if (runs('mount')) {
    // The bare page's mount, for comparison: the same trace, and what each page puts in the DOM.
    const canvas = await app.page.evaluate(() => document.querySelector('.react-flow')!.getBoundingClientRect().toJSON() as { width: number; height: number });
    let bareStop: Awaited<ReturnType<typeof start>> | undefined;
    const bare = await loadPage(
      browser,
      `${server.origin}/bare/`,
      { kind: 'bare', bare: { positions: design.nodes.map((n) => n.position), width: canvas.width, height: canvas.height } },
      async (page: Page) => {
        bareStop = await start(await page.context().newCDPSession(page));
      },
    );
    await bare.page.evaluate((end) => window.__bench.markWindow(0, end), bare.mountMs);
    const bareTrace = summariseTrace((await bareStop!()).trace);
    console.log(`\n## bare React Flow mount (navigation start → ${bare.mountMs.toFixed(0)} ms), main thread busy ${bareTrace.mainThreadMs.toFixed(0)} ms:`);
    console.log(bareTrace.byName.map(ms).join('\n'));
    const countElements = () =>
      Object.fromEntries(
        ['.react-flow__nodes', '.react-flow__edges', '.react-flow__edgelabel-renderer', '.react-flow__minimap', '.react-flow__background', 'body'].map((s) => [
          s,
          document.querySelector(s)?.querySelectorAll('*').length ?? 0,
        ]),
      );
    console.log(`DOM elements, editor: ${JSON.stringify(await app.page.evaluate(countElements))}`);
    console.log(`DOM elements, bare:   ${JSON.stringify(await bare.page.evaluate(countElements))}`);
    await bare.context.close();
  }

  if (runs('pan')) {
    stop = await start(cdp!);
    const frames = await panFrames(app.page);
    report(`pan, 1 s drag (${frameSummary(frames)})`, 'pan', await stop());
    // The bare page's pan, for comparison, also started once its canvas has settled.
    const canvas = await app.page.evaluate(() => document.querySelector('.react-flow')!.getBoundingClientRect().toJSON() as { width: number; height: number });
    const bare = await loadPage(browser, `${server.origin}/bare/`, {
      kind: 'bare',
      bare: { positions: design.nodes.map((n) => n.position), width: canvas.width, height: canvas.height },
    });
    const bareStop = await start(await bare.page.context().newCDPSession(bare.page));
    const bareFrames = await panFrames(bare.page);
    const bareResult = await bareStop();
    const bareTrace = summariseTrace(bareResult.trace, measuredWindows(bareResult.trace));
    console.log(`\n## bare React Flow pan (${frameSummary(bareFrames)}), main thread busy ${bareTrace.mainThreadMs.toFixed(0)} ms:`);
    console.log(bareTrace.byName.map(ms).join('\n'));
    await bare.context.close();
  }

  if (runs('inspector')) {
    await selectTaskDefinition(app.page, design);
    await inspectorToMonaco(app.page, 0, 1); // scrolls Monaco to the memory line, outside the profile
    stop = await start(cdp!);
    const edits = await inspectorToMonaco(app.page, 10, 0);
    report(`inspector edit → Monaco, 10 edits (${edits.ms.map((m) => m.toFixed(0)).join(', ')} ms; 120 ms pauses)`, 'inspector-edit', await stop());
  }
  if (runs('monaco')) {
    const td = await selectTaskDefinition(app.page, design);
    await monacoToCanvas(app.page, td, 0, 2); // puts the cursor in the family, outside the profile
    stop = await start(cdp!);
    const edits = await monacoToCanvas(app.page, td, 8, 0);
    report(`Monaco edit → canvas, 8 edits (${edits.ms.map((m) => m.toFixed(0)).join(', ')} ms with the debounce; 120 ms pauses)`, 'monaco-edit', await stop());
  }
  console.log(`\nraw profiles and traces (open in Chrome DevTools → Performance): ${out}`);
} finally {
  await browser.close();
  await server.close();
  await builds.remove();
}
