import { setNodeField } from '../src/core/commands/design-commands.ts';
import { IncrementalDeriver } from '../src/core/derive/incremental.ts';
import { DeriveContext } from '../src/core/derive/index.ts';
import { FileProblemsMemo, validate } from '../src/core/validate/index.ts';
import { generateDesign } from './generate.ts';

/**
 * The after-an-edit row of core.bench.ts as a fixed amount of work, for instruction counts
 * and CPU profiles, which stay comparable on a shared machine when wall-clock times do not:
 * `warmups` edits, then `runs` timed edits (one service's desiredCount each, as the bench).
 * Instructions per edit = (count with W warm-ups and R runs − count with W and 0) / R:
 *
 *   npx esbuild bench/edit-loop.ts --bundle --platform=node --format=esm --keep-names --outfile=/tmp/edit-loop.mjs
 *   valgrind --tool=callgrind node --single-threaded /tmp/edit-loop.mjs 100 100
 *
 * Usage: node --import tsx bench/edit-loop.ts [warmups=300] [runs=100] [nodes=1000]
 */
const warmups = Number(process.argv[2] ?? 300);
const runs = Number(process.argv[3] ?? 100);
const start = generateDesign(Number(process.argv[4] ?? 1000));
const services = start.nodes.filter((n) => n.kind === 'service');
const deriver = new IncrementalDeriver();
const memo = new FileProblemsMemo();
validate(start, deriver.derive(start), undefined, memo);
let design = start;
// What the runs found, printed so that two builds can be seen to agree.
let problems = 0;
const samples: number[] = [];
for (let i = 0; i < warmups + runs; i++) {
  const edited = setNodeField(design, services[i % services.length]!.id, ['desiredCount'], 1 + (i % 5));
  if (!edited.ok) throw new Error(edited.reason);
  design = edited.design;
  const t0 = performance.now();
  const ctx = new DeriveContext(design);
  problems += validate(design, deriver.derive(design, ctx), ctx, memo).length;
  if (i >= warmups) samples.push(performance.now() - t0);
}
samples.sort((a, b) => a - b);
const mean = samples.reduce((a, b) => a + b, 0) / Math.max(1, samples.length);
console.log(`median ${samples[samples.length >> 1]?.toFixed(3)} ms, mean ${mean.toFixed(3)} ms over ${runs} edits; ${problems} problems in all`);
