import type { InitialJs } from './initial-js.ts';
import type { Stats } from './stats.ts';

/** Targets of issue 3 ("Benchmark") and issue 8 (pan and Monaco edit → canvas). */
export const TARGETS = { mountRatio: 1.3, inspectorToMonacoMs: 16, inspectorAtNodes: 500, initialJsKb: 200, panP95Ratio: 1.2, monacoToCanvasMs: 50, monacoAtNodes: 1000 };

export interface SizeResult {
  /** The size asked of the generator, and what it made (it completes the last service). */
  nodes: number;
  actualNodes: number;
  appMount: Stats;
  bareMount: Stats;
  appDrawn: number;
  bareDrawn: number;
  appPan: Stats;
  barePan: Stats;
  /** When the pans began, after the design first appeared whole (median over the loads). */
  panStartMs: number;
  inspector: Stats;
  inspectorTimedOut: number;
  monaco: Stats;
  monacoTimedOut: number;
  /** Key presses before which Monaco had lost focus (after a family rename), given back by the bench. */
  monacoRefocused: number;
  debounceMs: number;
}

export interface MonacoOrder {
  firstPaint: number;
  monacoRequests: { file: string; t: number }[];
}

const f = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const mp = (s: Stats, digits = 1) => `${f(s.median, digits)} / ${f(s.p95, digits)}`;
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

/** Prints the table and returns whether every target is met. */
export function printReport(rows: SizeResult[], js: InitialJs, order: MonacoOrder, header: string): boolean {
  const table: string[][] = [['measure', 'nodes', 'app median / p95', 'bare median / p95', 'app/bare', 'target', 'result']];
  let allMet = true;
  const add = (cells: string[], met?: boolean) => {
    if (met === false) allMet = false;
    table.push([...cells, met === undefined ? '' : verdict(met)]);
  };
  for (const r of rows) {
    const ratio = r.appMount.median / r.bareMount.median;
    add(
      [`time to mount, ms (${r.actualNodes} nodes, drawn ${r.appDrawn} / ${r.bareDrawn})`, String(r.nodes), mp(r.appMount, 0), mp(r.bareMount, 0), `${f(ratio, 2)}×`, `≤ ${TARGETS.mountRatio}× bare`],
      ratio <= TARGETS.mountRatio,
    );
  }
  for (const r of rows) {
    const ratio = r.appPan.p95 / r.barePan.p95;
    add(
      [`pan frame time, ms (${r.appPan.n} / ${r.barePan.n} frames from ${f(r.panStartMs / 1000, 1)} s after open; ratio of p95)`, String(r.nodes), mp(r.appPan), mp(r.barePan), `${f(ratio, 2)}×`, `p95 ≤ ${TARGETS.panP95Ratio}× bare`],
      ratio <= TARGETS.panP95Ratio,
    );
  }
  for (const r of rows) {
    const target = r.nodes === TARGETS.inspectorAtNodes;
    const lost = r.inspectorTimedOut ? ` (${r.inspectorTimedOut} lost)` : '';
    add(
      [`inspector edit → Monaco text, ms${lost}`, String(r.nodes), mp(r.inspector), '', '', target ? `≤ ${TARGETS.inspectorToMonacoMs} ms` : ''],
      target ? r.inspector.median <= TARGETS.inspectorToMonacoMs && r.inspectorTimedOut === 0 : undefined,
    );
  }
  for (const r of rows) {
    const lost = r.monacoTimedOut ? ` (${r.monacoTimedOut} lost)` : '';
    const refocused = r.monacoRefocused ? `, focus lost ${r.monacoRefocused}×` : '';
    add([`Monaco edit → canvas, ms, with debounce${lost}${refocused}`, String(r.nodes), mp(r.monaco), '', '', '']);
    const without = { ...r.monaco, median: r.monaco.median - r.debounceMs, p95: r.monaco.p95 - r.debounceMs };
    const target = r.nodes === TARGETS.monacoAtNodes;
    add(
      [`Monaco edit → canvas, ms, minus ${r.debounceMs} ms debounce`, String(r.nodes), mp(without), '', '', target ? `≤ ${TARGETS.monacoToCanvasMs} ms` : ''],
      target ? without.median <= TARGETS.monacoToCanvasMs && r.monacoTimedOut === 0 : undefined,
    );
  }
  add(['initial JS, KB gzip (Monaco lazy)', '', f(js.gzip / 1024), '', '', `≤ ${TARGETS.initialJsKb} KB`], js.gzip / 1024 <= TARGETS.initialJsKb);
  const lazy = order.monacoRequests.length > 0 && order.monacoRequests.every((r) => r.t > order.firstPaint);
  add(['Monaco chunk requested after first paint', '', lazy ? 'yes' : 'NO', '', '', 'after first paint'], lazy);

  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  console.log(`\n${header}\n`);
  for (const [i, row] of table.entries()) {
    console.log(row.map((cell, j) => (j === 1 ? cell.padStart(widths[j]!) : cell.padEnd(widths[j]!))).join('  ').trimEnd());
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  console.log(
    `\ninitial JS: ${js.files.map((x) => `${x.file} ${f(x.gzip / 1024)} KB`).join(', ')}` +
      `\nMonaco: first paint at ${f(order.firstPaint, 0)} ms; chunks holding Monaco requested at ` +
      (order.monacoRequests.map((r) => `${r.file} ${f(r.t, 0)} ms`).join(', ') || 'never'),
  );
  console.log(
    `biggest parts of the initial JS, minified KB (≈ share of the gzip KB): ` +
      js.topParts.map((p) => `${p.part} ${f(p.bytes / 1024)} (≈${f(p.gzipShare / 1024)})`).join(', '),
  );
  return allMet;
}
