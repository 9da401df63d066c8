import { performance } from 'node:perf_hooks';
import { derive, DeriveContext } from '../src/core/derive/index.ts';
import { ValidateContext } from '../src/core/validate/context.ts';
import { RULE_SEVERITY } from '../src/core/validate/index.ts';
import { RULE_MODULES } from '../src/core/validate/modules.ts';
import { generateDesign } from './generate.ts';

/**
 * Where validate's time goes: the median time of each rule module over the generated
 * 1,000-node design (`node --import tsx bench/rule-modules.ts [nodes]`). For when the core
 * bench's validate figure slips: the module to look at is at the top.
 */
const nodes = Number(process.argv[2]) || 1000;
const RUNS = 300;
const WARMUP = 100;

const design = generateDesign(nodes);
const ctx = new DeriveContext(design);
const files = derive(design, ctx);
const times = new Map<string, number[]>(RULE_MODULES.map((m) => [m.area, []]));
for (let run = 0; run < RUNS; run++) {
  const vctx = new ValidateContext(design, ctx, files, (id) => RULE_SEVERITY[id] ?? 'error');
  for (const module of RULE_MODULES) {
    const start = performance.now();
    module.check(vctx);
    if (run >= WARMUP) times.get(module.area)!.push(performance.now() - start);
  }
}
const median = (ts: number[]) => ts.sort((a, b) => a - b)[Math.floor(ts.length / 2)]!;
const rows = [...times].map(([area, ts]) => ({ area, ms: median(ts) })).sort((a, b) => b.ms - a.ms);
console.log(`validate by rule module, ${design.nodes.length} nodes, ${files.length} files: median ms over ${RUNS - WARMUP} runs`);
for (const { area, ms } of rows) console.log(`${ms.toFixed(3).padStart(7)}  ${area}`);
console.log(`${rows.reduce((sum, r) => sum + r.ms, 0).toFixed(3).padStart(7)}  all`);
