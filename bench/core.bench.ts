import { performance } from 'node:perf_hooks';
import { setNodeField } from '../src/core/commands/design-commands.ts';
import { IncrementalDeriver } from '../src/core/derive/incremental.ts';
import { derive, DeriveContext } from '../src/core/derive/index.ts';
import type { Artifact } from '../src/core/model/artifact.ts';
import type { Design } from '../src/core/model/design.ts';
import { FileProblemsMemo, validate } from '../src/core/validate/index.ts';
import { generateDesign } from './generate.ts';

/**
 * How long derive + validate take, two ways:
 * - cold: a design seen for the first time (opening a file, an import): everything derived;
 * - after an edit: the editor's recompute after every change, where the store's immutable
 *   design lets IncrementalDeriver reuse what the change did not touch. Validate runs every
 *   rule; the per-file checks (API-SHAPE, ID-WS) reuse their findings for unchanged files.
 * The budget is 5 ms at 1,000 nodes for both: a frame's worth of the main thread for the
 * recompute, and an import or an opened file that never feels slow.
 */
const TARGET = { nodes: 1000, totalMs: 5 };
const SIZES = [100, 1000, 5000];
const WARMUP_MS = 1500;
const MIN_WARMUPS = 5;

interface Timing {
  nodes: number;
  edges: number;
  artifacts: number;
  problems: number;
  derive: Stats;
  validate: Stats;
  total: Stats;
}

interface Stats {
  median: number;
  p95: number;
}

type Pass = (design: Design, ctx: DeriveContext) => Artifact[];

function measure(start: Design, mode: 'cold' | 'edit'): Timing {
  // Enough runs for a stable p95 without making 5,000 nodes take minutes.
  const runs = start.nodes.length >= 5000 ? 30 : 100;
  // Warm up for a while, not a fixed count: until V8 has optimised the hot functions (about
  // a second here), the first hundred runs at 1,000 nodes measure the compiler, not the code.
  const warmupUntil = performance.now() + WARMUP_MS;
  const d: number[] = [];
  const v: number[] = [];
  const t: number[] = [];
  let artifacts = 0;
  let problems = 0;
  let design = start;
  let pass: Pass = (x, ctx) => derive(x, ctx);
  let memo: FileProblemsMemo | undefined;
  const services = start.nodes.filter((n) => n.kind === 'service');
  if (mode === 'edit') {
    // As the editor does: files kept by the deriver, their per-file checks kept by the memo.
    const deriver = new IncrementalDeriver();
    memo = new FileProblemsMemo();
    validate(start, deriver.derive(start), undefined, memo);
    pass = (x, ctx) => deriver.derive(x, ctx);
  }
  for (let i = 0; d.length < runs; i++) {
    if (mode === 'edit') {
      // What a person does in the inspector: one service's desired count, a different one each time.
      const edited = setNodeField(design, services[i % services.length]!.id, ['desiredCount'], 1 + (i % 5));
      if (!edited.ok) throw new Error(edited.reason);
      design = edited.design;
    }
    const t0 = performance.now();
    const ctx = new DeriveContext(design);
    const files = pass(design, ctx);
    const t1 = performance.now();
    const found = validate(design, files, ctx, memo);
    const t2 = performance.now();
    artifacts = files.length;
    problems = found.length;
    if (performance.now() < warmupUntil || i < MIN_WARMUPS) continue;
    d.push(t1 - t0);
    v.push(t2 - t1);
    t.push(t2 - t0);
  }
  return { nodes: design.nodes.length, edges: design.edges.length, artifacts, problems, derive: stats(d), validate: stats(v), total: stats(t) };
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95) };
}

const ms = (s: Stats) => `${s.median.toFixed(2)} / ${s.p95.toFixed(2)}`;

function printTable(title: string, rows: Timing[]): void {
  const header = ['nodes', 'edges', 'artifacts', 'problems', 'derive ms', 'validate ms', 'total ms'];
  const table = [header, ...rows.map((r) => [r.nodes, r.edges, r.artifacts, r.problems, ms(r.derive), ms(r.validate), ms(r.total)].map(String))];
  const widths = header.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  console.log(`${title}\n`);
  for (const [i, row] of table.entries()) {
    console.log(row.map((cell, j) => (j < 4 ? cell.padStart(widths[j]!) : cell.padEnd(widths[j]!))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  console.log('');
}

/**
 * A fixed workload timed alongside, so a reader can tell a slow machine from slow code:
 * on shared machines the same build runs up to twice as slow at busy times.
 */
function referenceMs(design: Design): number {
  const samples: number[] = [];
  for (let i = 0; i < 60; i++) {
    const t0 = performance.now();
    JSON.parse(JSON.stringify(design));
    samples.push(performance.now() - t0);
  }
  return stats(samples.slice(20)).median;
}

const designs = SIZES.map((size) => generateDesign(size));
const cold = designs.map((design) => measure(design, 'cold'));
const edit = designs.map((design) => measure(design, 'edit'));
console.log(`derive + validate, median / p95 ms over repeated runs after ${WARMUP_MS / 1000} s of warm-up per row\n`);
console.log(`Machine speed reference (JSON round trip of the 1,000-node design): ${referenceMs(designs[1]!).toFixed(2)} ms\n`);
printTable('Cold: a design derived for the first time (open, import)', cold);
printTable("After an edit: the editor's recompute (one service's desired count changed; incremental derive, full validate)", edit);

// The figure: derive + validate of a 1,000-node design within 5 ms. Both ways of
// running it are held to it: cold (opening a design) and the recompute after an edit.
for (const [label, rows] of [['cold', cold], ['after an edit', edit]] as const) {
  const row = rows.find((r) => r.nodes >= TARGET.nodes && r.nodes < TARGET.nodes * 1.1);
  const met = row !== undefined && row.total.median <= TARGET.totalMs;
  console.log(
    `Target, ${label}: ${TARGET.nodes.toLocaleString('en')} nodes ≤ ${TARGET.totalMs} ms (median): ` +
      (row ? `${row.total.median.toFixed(2)} ms — ${met ? 'met' : 'MISSED'}` : 'no row of that size'),
  );
}
