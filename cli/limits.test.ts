import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyDesign } from '../src/core/model/design.ts';
import { DESIGN_JSON_LIMITS, ECS_JSON_LIMITS } from '../src/core/model/json-limits.ts';

// The real CLI in a child process: the crash being guarded against was a stack overflow
// in a fresh node process, which only a real process reproduces faithfully.
const BIN = resolve(import.meta.dirname, 'bin.mjs');
const dir = mkdtempSync(join(tmpdir(), 'ecs-designer-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stderr: string;
}

/** Runs the CLI; runs that do not depend on each other go in parallel (about a second each). */
function run(...args: string[]): Promise<Run> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((done) => child.on('close', (code) => done({ code, stderr })));
}

/** Generous: the machine running the tests may be busy. */
const SLOW = 30_000;

const write = (name: string, text: string) => writeFileSync(join(dir, name), text);

/** A task definition whose `xDeep` field makes the file `depth` levels deep. */
function taskDefinition(depth: number): string {
  const inner = '{"k":'.repeat(depth - 1) + '"end"' + '}'.repeat(depth - 1);
  return `{"family":"deep","containerDefinitions":[{"name":"app","image":"busybox:1.36","essential":true,"memory":128}],"xDeep":${inner}}`;
}

/** Exit 2, exactly one line naming the file, no stack trace. */
function expectRefused(result: Run, file: string, message: RegExp) {
  expect(result.code).toBe(2);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^ecs-designer: ${file.replace('.', '\\.')}: `));
  expect(lines[0]!.slice(`ecs-designer: ${file}: `.length)).toMatch(message);
  expect(result.stderr).not.toMatch(/\n\s+at |internal error|RangeError/);
}

describe('ecs-designer input limits', () => {
  it('imports, validates and exports a definition 256 levels deep', async () => {
    write('ok.json', taskDefinition(256));
    expect((await run('import', 'ok.json', '-o', 'ok-design.json')).code).toBe(0);
    // xDeep is no field of the API, which validate may report (exit 1): what matters is no refusal (2) or crash (3).
    const [validated, exported] = await Promise.all([run('validate', 'ok-design.json'), run('export', 'ok-design.json', '-o', 'ok-out', '--force')]);
    expect(validated.code).toBeLessThan(2);
    expect(exported.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'ok-out/task-definitions/deep.json'), 'utf8'))).toEqual(JSON.parse(taskDefinition(256)));
  }, SLOW);

  it('import refuses a definition too deep, too large or with a number out of range: exit 2, one line, nothing written', async () => {
    write('deep257.json', taskDefinition(257));
    write('deep10k.json', taskDefinition(10_000));
    write('huge-number.json', '{\n  "family": "x",\n  "cpu": 1e400,\n  "containerDefinitions": []\n}\n');
    write('large.json', `{"family":"x","containerDefinitions":[],"xPad":"${'a'.repeat(ECS_JSON_LIMITS.maxChars)}"}`);
    write('fine.json', taskDefinition(3));
    const depth = /^nested more than 256 levels deep \(the limit for ECS JSON\) at line 1, column \d+, JSON pointer \/xDeep\/k\/k\/k\/k\/…\/k\/k$/;
    const [deep257, deep10k, hugeNumber, large] = await Promise.all([
      run('import', 'fine.json', 'deep257.json', '-o', 'out1.json'),
      run('import', 'deep10k.json', '-o', 'out2.json'),
      run('import', 'huge-number.json', '-o', 'out3.json'),
      run('import', 'large.json', '-o', 'out4.json'),
    ]);
    expectRefused(deep257, 'deep257.json', depth);
    expectRefused(deep10k, 'deep10k.json', depth);
    expectRefused(hugeNumber, 'huge-number.json', /^number too large: 1e400 at line 3, column 10 /);
    expectRefused(large, 'large.json', /^too large: 4,194,\d{3} bytes, over the 4 MiB limit for ECS JSON$/);
    for (const out of ['out1.json', 'out2.json', 'out3.json', 'out4.json']) expect(existsSync(join(dir, out))).toBe(false);
  }, SLOW);

  it('validate and export refuse a design file too deep or too large: exit 2, one line, nothing written', async () => {
    const design = emptyDesign('deep');
    write('deep.ecs-design.json', JSON.stringify(design).replace(/}$/, `,"xDeep":${'['.repeat(10_000)}${']'.repeat(10_000)}}`));
    write('large.ecs-design.json', JSON.stringify({ ...design, name: 'a'.repeat(DESIGN_JSON_LIMITS.maxChars) }));
    const depth = /^nested more than 264 levels deep \(the limit for a design file\) at line 1, column \d+, JSON pointer \/xDeep\/0\/0\/0\/0\/…\/0\/0$/;
    const [validated, exported, large] = await Promise.all([
      run('validate', 'deep.ecs-design.json'),
      run('export', 'deep.ecs-design.json', '-o', 'deep-out'),
      run('export', 'large.ecs-design.json', '-o', 'large-out'),
    ]);
    expectRefused(validated, 'deep.ecs-design.json', depth);
    expectRefused(exported, 'deep.ecs-design.json', depth);
    expectRefused(large, 'large.ecs-design.json', /^too large: 16,777,\d{3} bytes, over the 16 MiB limit for a design file$/);
    for (const out of ['deep-out', 'large-out']) expect(existsSync(join(dir, out))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  }, SLOW);
});
