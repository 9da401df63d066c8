import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceMapLookup, type Original, type RawSourceMap } from './source-map.ts';

/** The parts of a CDP `Profiler.Profile` this summary reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Intervals in trace time (µs) where a figure was measured. */
export type Windows = [number, number][];

const within = (windows: Windows | undefined, t: number) => !windows || windows.some(([a, b]) => t >= a && t <= b);

/** The `bench:window` user timing measures of page-probes.js, as trace intervals. */
export function measuredWindows(events: TraceEvent[]): Windows {
  const windows: Windows = [];
  const open = new Map<string, number>();
  for (const e of events) {
    if (e.name !== 'bench:window') continue;
    if (e.ph === 'X') windows.push([e.ts, e.ts + (e.dur ?? 0)]);
    else if (e.ph === 'b') open.set(`${e.pid}:${e.id}`, e.ts);
    else if (e.ph === 'e' && open.has(`${e.pid}:${e.id}`)) windows.push([open.get(`${e.pid}:${e.id}`)!, e.ts]);
  }
  return windows;
}

export interface Hot {
  name: string;
  ms: number;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Where a call frame's code comes from: its source module, and a label with the line. */
export interface Located {
  module: string;
  label: string;
  name?: string;
}

/**
 * Locates call frames of the built app's chunks through their source maps (`assets/x.js.map`);
 * frames of other scripts (the bench's own probes, browser internals) keep their URL's file name.
 */
export function sourceMapLocator(appDir: string): (url: string, line: number, column: number) => Located {
  const lookups = new Map<string, ((line: number, column: number) => Original | undefined) | undefined>();
  return (url, line, column) => {
    const file = /\/(assets\/[^/?#]+\.js)$/.exec(url)?.[1];
    if (!file) return { module: url ? url.replace(/^.*\//, '') : '', label: url ? url.replace(/^.*\//, '') : '' };
    if (!lookups.has(file)) {
      const mapFile = join(appDir, `${file}.map`);
      lookups.set(file, existsSync(mapFile) ? sourceMapLookup(JSON.parse(readFileSync(mapFile, 'utf8')) as RawSourceMap) : undefined);
    }
    const found = lookups.get(file)?.(line, column);
    if (!found) return { module: file, label: file };
    const module = relative(ROOT, resolve(dirname(join(appDir, file)), found.source)).replace(/^node_modules\//, '');
    return { module, label: `${module}:${found.line}`, ...(found.name ? { name: found.name } : {}) };
  };
}

/** Self and inclusive time by function (name and module), idle excluded; with `windows`, only samples in them. */
export function summariseCpuProfile(profile: CpuProfile, locate: (url: string, line: number, column: number) => Located, windows?: Windows, top = 15) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = new Map<number, string>();
  const moduleOf = new Map<number, string>();
  for (const n of profile.nodes) {
    const { functionName, url, lineNumber, columnNumber } = n.callFrame;
    const where = locate(url, lineNumber, columnNumber);
    keyOf.set(n.id, `${where.name ?? (functionName || '(anonymous)')}${where.label ? ` [${where.label}]` : ''}`);
    moduleOf.set(n.id, where.module || functionName);
  }
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const modules = new Map<string, number>();
  let busy = 0;
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const key = keyOf.get(id)!;
    if (key.startsWith('(idle)') || !within(windows, t)) return;
    busy += ms;
    self.set(key, (self.get(key) ?? 0) + ms);
    const module = moduleOf.get(id)!;
    modules.set(module, (modules.get(module) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = keyOf.get(at)!;
      if (seen.has(k) || !byId.has(at)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
    }
  });
  const rank = (m: Map<string, number>, skip: (k: string) => boolean = () => false): Hot[] =>
    [...m]
      .filter(([k]) => !skip(k))
      .map(([name, ms]) => ({ name, ms }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top);
  return {
    busyMs: busy,
    self: rank(self),
    // Roots and wrappers every sample passes through say nothing.
    inclusive: rank(inclusive, (k) => k.startsWith('(root)') || k.startsWith('(program)')),
    modules: rank(modules),
  };
}

/** A Chrome trace event (the fields used here). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string };
}

/**
 * Self time of the renderer main thread's trace events by name (style, layout, paint,
 * script, GC…): each event's duration minus the events nested in it. With `windows`,
 * only events that start in them (a task may run on past a window's end).
 */
export function summariseTrace(events: TraceEvent[], windows?: Windows, top = 12): { mainThreadMs: number; byName: Hot[] } {
  // The page's renderer is the one that emitted the measured windows (navigation may have started in another).
  const pid = events.find((e) => e.name === 'bench:window')?.pid;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && (pid === undefined || e.pid === pid));
  if (!main) return { mainThreadMs: 0, byName: [] };
  const spans = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined && within(windows, e.ts))
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const stack: { end: number; name: string }[] = [];
  let total = 0;
  for (const e of spans) {
    while (stack.length && stack.at(-1)!.end <= e.ts) stack.pop();
    const ms = e.dur! / 1000;
    const outer = stack.at(-1);
    if (outer) self.set(outer.name, (self.get(outer.name) ?? 0) - ms);
    else total += ms;
    self.set(e.name, (self.get(e.name) ?? 0) + ms);
    stack.push({ end: e.ts + e.dur!, name: e.name });
  }
  return {
    mainThreadMs: total,
    byName: [...self]
      .map(([name, ms]) => ({ name, ms }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top),
  };
}
