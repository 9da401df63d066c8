import { describe, expect, it } from 'vitest';
import { parseJsonText } from './field-values.ts';

describe('inspector JSON field over the limits', () => {
  it('refuses deep or out-of-range JSON with the limit and the place, and takes what is within', () => {
    const deep = parseJsonText(`[${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}]`);
    expect(deep).toEqual({
      ok: false,
      message: 'Nested more than 248 levels deep (the limit for a JSON field) at line 1, column 1237, JSON pointer /0/a/a/a/a/…/a/a',
    });
    expect(parseJsonText('['.repeat(248) + ']'.repeat(248)).ok).toBe(true);
    expect(parseJsonText('[{"Effect": "Allow", "Max": 1e400}]')).toEqual({
      ok: false,
      message: 'Number too large: 1e400 at line 1, column 29 is beyond what a JSON field can hold (about ±1.8e308)',
    });
  });

  it('broken JSON says where, and a __proto__ key is left out', () => {
    expect(parseJsonText('[{')).toEqual({ ok: false, message: expect.stringMatching(/^Not valid JSON: .* at line 1, column 3$/) });
    const parsed = parseJsonText('[{"__proto__": {"polluted": true}, "Effect": "Allow"}]');
    expect(parsed).toEqual({ ok: true, value: [{ Effect: 'Allow' }] });
  });
});
