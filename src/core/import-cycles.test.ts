import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * No import cycle anywhere under src/. A cycle means two modules can only be understood,
 * tested and loaded together (and ES modules then see each other half-initialised), and it
 * is how a kind's derive and apply drifted into one knot. Every relative import counts,
 * `import type` included: a type-only cycle is harmless at run time, but it is the same
 * tangle of responsibilities, and counting it keeps the rule simple to state.
 *
 * When this test was written it found five cycles, each kind's derive and apply importing
 * each other (cluster, service, capacity provider, task definition, load balancer); a kind's
 * kind.ts now joins its derive.ts and apply.ts instead.
 */
const SRC = fileURLToPath(new URL('..', import.meta.url));

/** Relative module specifiers of static imports, re-exports (type-only too) and dynamic imports. */
export function relativeImports(source: string): string[] {
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((re) => [...source.matchAll(re)].map((m) => m[1]!)).filter((spec) => spec.startsWith('.'));
}

/** The file a relative specifier names, among `files`; assets (CSS, ?worker, JSON) are not modules here. */
function resolveImport(from: string, spec: string, files: ReadonlySet<string>): string | undefined {
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => files.has(candidate));
}

/**
 * Groups of files that import each other in a circle (strongly connected components of the
 * import graph with more than one file, or a file importing itself), each sorted, as paths
 * relative to `root`. Tarjan's algorithm: one pass over the graph.
 */
export function importCycles(sources: ReadonlyMap<string, string>, root: string): string[][] {
  const files = new Set(sources.keys());
  const graph = new Map<string, string[]>();
  for (const [file, source] of sources) {
    graph.set(file, relativeImports(source).flatMap((spec) => resolveImport(file, spec, files) ?? []));
  }
  let counter = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    order.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file)!) {
      if (!order.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file)!, order.get(next)!));
      }
    }
    if (low.get(file) !== order.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || graph.get(file)!.includes(file)) cycles.push(component.map((f) => relative(root, f)).sort());
  };
  for (const file of [...files].sort()) if (!order.has(file)) visit(file);
  return cycles.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('import cycles', () => {
  it('the walker finds a cycle through imports, type imports and re-exports, over several lines', () => {
    const root = '/virtual';
    const tree = new Map([
      ['/virtual/a.ts', `import {\n  b,\n} from './b.ts';`],
      ['/virtual/b.ts', `import type { C } from './dir/c';`],
      ['/virtual/dir/c.ts', `export { a } from '../a.ts';\nimport './styles.css';`],
      ['/virtual/d.ts', `import { a } from './a.ts';\nconst e = await import('./e.tsx');`],
      ['/virtual/e.tsx', `import { d } from './d.ts';`],
      ['/virtual/f.ts', `import { f } from './f.ts';`],
      ['/virtual/g.ts', `import { a } from './a.ts';\nimport x from 'some-package';`],
    ]);
    expect(importCycles(tree, root)).toEqual([['a.ts', 'b.ts', 'dir/c.ts'], ['d.ts', 'e.tsx'], ['f.ts']]);
  });

  it('no file under src/ is part of an import cycle', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(100);
    const sources = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
    expect(importCycles(sources, SRC)).toEqual([]);
  });
});
