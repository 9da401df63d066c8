import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * ARCHITECTURE principle 2: src/core is plain TypeScript. It must not import the UI stack
 * (React, zustand, React Flow, Monaco), so that it runs in Node, in the CLI and in tests.
 */
const CORE = fileURLToPath(new URL('.', import.meta.url));
const FORBIDDEN = [/^react$/, /^react\//, /^react-dom(\/|$)/, /^zustand(\/|$)/, /^@xyflow\//, /^monaco-editor(\/|$)/, /^@monaco-editor\//];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs|cjs|jsx)$/.test(name) ? [path] : [];
  });
}

/** Module specifiers of static imports, re-exports, dynamic imports and require calls. */
export function importSpecifiers(source: string): string[] {
  const patterns = [
    /\bimport\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bexport\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((re) => [...source.matchAll(re)].map((m) => m[1]!));
}

describe('core boundary (ARCHITECTURE principle 2)', () => {
  it('the import scanner finds every form of import', () => {
    // Built from parts so that this file does not itself read as a core file importing them.
    const q = (name: string) => `'${name}'`;
    const sample = [
      `import React from ${q('react')};`,
      `import type { Node } from ${q('@xyflow/react')};`,
      `import { create } from\n  ${q('zustand')};`,
      `import ${q('monaco-editor/esm/vs/editor/editor.api')};`,
      `export { x } from ${q('@monaco-editor/react')};`,
      `const m = await import(${q('react-dom/client')});`,
      `const r = require(${q('react-dom')});`,
    ].join('\n');
    expect(importSpecifiers(sample).sort()).toEqual(
      ['react', '@xyflow/react', 'zustand', 'monaco-editor/esm/vs/editor/editor.api', '@monaco-editor/react', 'react-dom/client', 'react-dom'].sort(),
    );
  });

  it('no file under src/core imports react, react-dom, zustand, @xyflow/*, monaco-editor or @monaco-editor/*', () => {
    const offenders: string[] = [];
    // This file spells forbidden imports inside strings for the scanner's own test.
    const self = fileURLToPath(import.meta.url);
    const files = sourceFiles(CORE).filter((f) => f !== self);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      for (const spec of importSpecifiers(readFileSync(file, 'utf8'))) {
        if (FORBIDDEN.some((re) => re.test(spec))) offenders.push(`${relative(CORE, file)} imports ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
