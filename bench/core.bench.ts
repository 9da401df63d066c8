import { performance } from 'node:perf_hooks';
import { derive, DeriveContext } from '../src/core/derive/index.ts';
import type { Design } from '../src/core/model/design.ts';
import { validate } from '../src/core/validate/index.ts';
import { generateDesign } from './generate.ts';

/**
 * How long the editor's recompute takes (derive + validate run after every change): the
 * budget is a frame's worth of the main thread, so 1,000 nodes must stay within 5 ms.
 */
const TARGET = { nodes: 1000, totalMs: 5 };
const SIZES = [100, 1000, 5000];

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

function measure(design: Design): Timing {
  // Enough runs for a stable p95 without making 5,000 nodes take minutes.
  const runs = design.nodes.length >= 5000 ? 30 : 100;
  const warmups = Math.max(5, runs / 5);
  const d: number[] = [];
  const v: number[] = [];
  const t: number[] = [];
  let artifacts = 0;
  let problems = 0;
  for (let i = 0; i < warmups + runs; i++) {
    const t0 = performance.now();
    const ctx = new DeriveContext(design);
    const files = derive(design, ctx);
    const t1 = performance.now();
    const found = validate(design, files, ctx);
    const t2 = performance.now();
    artifacts = files.length;
    problems = found.length;
    if (i < warmups) continue;
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

const rows = SIZES.map((size) => measure(generateDesign(size)));
const header = ['nodes', 'edges', 'artifacts', 'problems', 'derive ms', 'validate ms', 'total ms'];
const table = [header, ...rows.map((r) => [r.nodes, r.edges, r.artifacts, r.problems, ms(r.derive), ms(r.validate), ms(r.total)].map(String))];
const widths = header.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
console.log('derive + validate, median / p95 over repeated runs after warm-up\n');
for (const [i, row] of table.entries()) {
  console.log(row.map((cell, j) => (j < 4 ? cell.padStart(widths[j]!) : cell.padEnd(widths[j]!))).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
const target = rows.find((r) => r.nodes >= TARGET.nodes && r.nodes < TARGET.nodes * 1.1);
const met = target !== undefined && target.total.median <= TARGET.totalMs;
console.log(
  `\nTarget: ${TARGET.nodes.toLocaleString('en')} nodes ≤ ${TARGET.totalMs} ms total (median): ` +
    (target ? `${target.total.median.toFixed(2)} ms — ${met ? 'met' : 'MISSED'}` : 'no row of that size'),
);
