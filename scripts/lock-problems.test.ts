import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs module without types: it runs before node_modules exists
import { lockProblems } from './lock-problems.mjs';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'));
const pkg = read('package.json');
const lock = read('package-lock.json');

// A small lock in the shape npm writes (lockfileVersion 3).
function smallLock() {
  return {
    lockfileVersion: 3,
    packages: {
      '': { dependencies: { a: '^1.0.0' }, devDependencies: { b: '^2.0.0' } },
      'node_modules/a': { version: '1.2.0', dependencies: { c: '^1.0.0' }, optionalDependencies: { 'a-linux-x64': '1.2.0', 'a-darwin-arm64': '1.2.0' } },
      'node_modules/a-linux-x64': { version: '1.2.0', optional: true, os: ['linux'] },
      'node_modules/a-darwin-arm64': { version: '1.2.0', optional: true, os: ['darwin'] },
      'node_modules/a/node_modules/c': { version: '1.0.1' },
      'node_modules/b': { version: '2.0.0', dev: true, devDependencies: { 'not-installed': '1' } },
    },
  };
}
const smallPkg = { dependencies: { a: '^1.0.0' }, devDependencies: { b: '^2.0.0' } };

describe('package-lock.json', () => {
  it('is in sync with package.json and lists every platform package (npm ci accepts it anywhere)', () => {
    expect(lockProblems(pkg, lock)).toEqual([]);
  });
});

describe('lockProblems', () => {
  it('accepts a complete lock, resolving nested packages as Node does', () => {
    expect(lockProblems(smallPkg, smallLock())).toEqual([]);
  });

  it('names an optional platform package missing from the lock (what made npm ci refuse)', () => {
    const l = smallLock();
    delete (l.packages as Record<string, unknown>)['node_modules/a-darwin-arm64'];
    expect(lockProblems(smallPkg, l)).toEqual(['a-darwin-arm64 (optional dependency of a) is not in the lock']);
  });

  it('names a range changed in package.json but not in the lock', () => {
    expect(lockProblems({ ...smallPkg, dependencies: { a: '^1.3.0' } }, smallLock())).toEqual([
      'a is ^1.3.0 in package.json but ^1.0.0 in the lock',
    ]);
  });

  it('names dependencies added to or removed from package.json', () => {
    expect(lockProblems({ dependencies: { a: '^1.0.0', d: '1' }, devDependencies: {} }, smallLock())).toEqual([
      'd (dependencies in package.json) is not in the lock',
      "b is in the lock's devDependencies but not in package.json",
    ]);
  });

  it('does not look up a package nested under another one from outside it', () => {
    const l = smallLock();
    (l.packages['node_modules/b'] as Record<string, unknown>).dependencies = { c: '^1.0.0' };
    expect(lockProblems(smallPkg, l)).toEqual(['c (a dependency of b) is not in the lock']);
  });

  it('refuses a lock without a packages map', () => {
    expect(lockProblems(smallPkg, { lockfileVersion: 1, dependencies: {} })).toHaveLength(1);
  });
});
