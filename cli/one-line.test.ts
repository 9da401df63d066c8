import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './fuzz/in-process.ts';
import { oneLine } from './format.ts';

const dir = mkdtempSync(join(tmpdir(), 'ecs-designer-one-line-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The CLI's output is one line per message, whatever the input's keys and names hold. */
describe('one line per message', () => {
  it('oneLine escapes control characters and line separators as JSON does, and keeps the rest', () => {
    expect(oneLine('a\nb\tc\r\u0001\u007f\u2028 é 🚀')).toBe('a\\nb\\tc\\r\\u0001\\u007f\\u2028 é 🚀');
  });

  it('fuzz case: clusters/capacity-provider-asg.json replaced by {"\\t\\n ": 257 nested arrays}: the refusal is one line', async () => {
    const file = join(dir, 'deep.json');
    writeFileSync(file, `{"\\t\\n ": ${'['.repeat(257)}${']'.repeat(257)}}`);
    const r = await runCli(['import', file, '-o', join(dir, 'design.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('JSON pointer /\\t\\n /0/0');
  });

  it('a cluster name with a newline: validate prints the problem on one line', async () => {
    const file = join(dir, 'design.json');
    const design = { version: 1, nodes: [{ id: 'c', kind: 'cluster', position: { x: 0, y: 0 }, data: { clusterName: 'prod\nweb' } }], edges: [] };
    writeFileSync(file, JSON.stringify(design));
    const r = await runCli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n')).toEqual([expect.stringContaining('NAME-CLUSTER') as string]);
    expect(r.stdout).toContain('"prod\\nweb"');
  });
});
