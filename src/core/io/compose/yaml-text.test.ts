import { describe, expect, it } from 'vitest';
import { ECS_JSON_LIMITS } from '../../model/json-limits.ts';
import { parseYamlText, yamlDepthBound } from './yaml-text.ts';

const read = (text: string) => parseYamlText(text, { ...ECS_JSON_LIMITS, what: 'a compose file' });

describe('YAML within the import limits', () => {
  it('reads YAML with anchors and merge keys into plain JSON', () => {
    const text = 'x-base: &base\n  image: a\n  environment: [A=1]\nservices:\n  web:\n    <<: *base\n    image: b\n';
    expect(read(text)).toEqual({
      ok: true,
      value: { 'x-base': { image: 'a', environment: ['A=1'] }, services: { web: { image: 'b', environment: ['A=1'] } } },
      notes: [],
    });
  });

  it('refuses alias expansion past the cap (billion laughs) with a message', () => {
    const laughs = ['a: &a [1,2,3,4,5,6,7,8,9]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`)].join('\n');
    const started = performance.now();
    expect(read(laughs)).toEqual({ ok: false, error: expect.stringMatching(/^too many aliases: the anchors and aliases expand to more than 100 nodes/) });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('refuses nesting deeper than the JSON limit before the YAML library sees it (it runs out of memory on some shapes)', () => {
    for (const text of ['- '.repeat(10_000) + 'x', '['.repeat(10_000) + ']'.repeat(10_000), '{a: '.repeat(300) + '1' + '}'.repeat(300)]) {
      expect(read(text)).toEqual({ ok: false, error: 'nested more than 256 levels deep (the limit for a compose file) at line 1' });
    }
    // Block nesting by indentation counts too.
    const indented = Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' end';
    expect(read(indented)).toMatchObject({ ok: false, error: expect.stringMatching(/^nested more than 256 levels deep .* at line 25\d$/) });
    // Well within it: a real compose file is a handful of levels.
    expect(yamlDepthBound('services:\n  web:\n    ports:\n      - "80:80"\n    labels: {a: [1, 2]}\n', 256)).toBeUndefined();
    expect(read('- '.repeat(100) + 'x').ok).toBe(true);
  });

  it('refuses a file over the size limit, numbers out of range and broken YAML, saying where', () => {
    expect(read('a: ' + 'x'.repeat(ECS_JSON_LIMITS.maxChars))).toEqual({ ok: false, error: expect.stringMatching(/^too large: 4,194,30\d characters, over the 4 MiB limit for a compose file$/) });
    expect(read('services:\n  web:\n    cpus: 1e400\n')).toEqual({ ok: false, error: 'number out of range at /services/web/cpus: Infinity is not a number ECS JSON can hold' });
    expect(read('services:\n  web: [\n')).toMatchObject({ ok: false, error: expect.stringMatching(/^not valid YAML: .* at line \d+, column \d+$/) });
    expect(read('a: 1\na: 2\n')).toEqual({ ok: false, error: 'not valid YAML: Map keys must be unique at line 2, column 1' });
    expect(read('')).toEqual({ ok: false, error: 'the file is empty' });
  });

  it('leaves out __proto__ keys and binary values, and says so', () => {
    const out = read('a:\n  __proto__: {polluted: 1}\n  b: !!binary aGVsbG8=\n');
    expect(out).toEqual({
      ok: true,
      value: { a: { b: null } },
      notes: [
        { pointer: '/a/__proto__', message: 'Left out the key __proto__ at /a/__proto__ (not supported)' },
        { pointer: '/a/b', message: 'Left out the binary (!!binary) value at /a/b: compose has no use for one' },
      ],
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
