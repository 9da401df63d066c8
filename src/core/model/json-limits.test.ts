import { describe, expect, it } from 'vitest';
import { checkJsonLimits, DESIGN_JSON_LIMITS, ECS_JSON_LIMITS, fileSizeViolation, MAX_JSON_DEPTH } from './json-limits.ts';
import { describeParseFailure, parseJsonText } from './json-text.ts';

const lists = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
/** {"a":{"a":…1…}} with `depth` objects. */
const objects = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

function refused(text: string, limits = ECS_JSON_LIMITS) {
  const parsed = parseJsonText(text, limits);
  if (parsed.ok) throw new Error('expected the text to be refused');
  return parsed;
}

describe('JSON depth limit', () => {
  it('takes 256 levels and refuses 257, saying which limit and where', () => {
    expect(MAX_JSON_DEPTH).toBe(256);
    expect(parseJsonText(lists(256)).ok).toBe(true);
    expect(parseJsonText(objects(256)).ok).toBe(true);

    const list = refused(lists(257));
    expect(list.limit).toBe('depth');
    expect(list.offset).toBe(256);
    expect(list.error).toBe('nested more than 256 levels deep (the limit for ECS JSON) at line 1, column 257, JSON pointer /0/0/0/0/0/…/0/0');
    expect(checkJsonLimits(lists(257), ECS_JSON_LIMITS)?.pointer).toBe('/0'.repeat(256));

    const object = refused(objects(257));
    expect(object.error).toMatch(/^nested more than 256 levels deep \(the limit for ECS JSON\) at line 1, column 1281, JSON pointer \/a\/a\/a\/a\/a\/…\/a\/a$/);
    expect(describeParseFailure(object)).toBe(object.error);
  });

  it('points at the place in a multi-line file, with list indexes and escaped keys', () => {
    const deep = lists(254);
    const text = `{\n  "x": 1,\n  "containerDefinitions": [\n    {"name": "a"},\n    {"a/b~": ${deep}}\n  ]\n}`;
    const violation = checkJsonLimits(text, ECS_JSON_LIMITS);
    expect(violation?.limit).toBe('depth');
    expect(violation?.pointer).toBe('/containerDefinitions/1/a~1b~0' + '/0'.repeat(253));
    expect(violation?.message).toContain('at line 5, column 267, JSON pointer /containerDefinitions/1/a~1b~0/0/0/…/0/0');
  });

  it('does not count brackets inside strings (escaped quotes and backslashes included) or comments', () => {
    const noise = '"[[[{{{", "\\"[[[", "\\\\", "\\\\\\"{{"';
    const text = '['.repeat(255) + `[${noise}]` + ']'.repeat(255);
    expect(parseJsonText(text).ok).toBe(true);
    // A key with an escaped quote is still a key: the pointer decodes it.
    const keyed = `{"q\\"[": ${lists(256)}}`;
    expect(checkJsonLimits(keyed, ECS_JSON_LIMITS)?.pointer).toBe('/q"[' + '/0'.repeat(255));
    const commented = `/* [[[[ */ // {{{{\n${lists(256)}`;
    expect(checkJsonLimits(commented, ECS_JSON_LIMITS)).toBeUndefined();
    // An unterminated string hides the rest: the parser reports it, not the limit.
    expect(refused('["' + '['.repeat(1000)).limit).toBeUndefined();
  });

  it('refuses 10,000 and 1,000,000 levels quickly, without a stack overflow', () => {
    for (const depth of [10_000, 1_000_000]) {
      const started = performance.now();
      const list = refused(lists(depth));
      const object = refused(objects(depth), DESIGN_JSON_LIMITS);
      expect(performance.now() - started).toBeLessThan(500);
      expect(list.limit).toBe('depth');
      expect(object.error).toContain('more than 264 levels deep (the limit for a design file)');
    }
  });

  it('gives design files room for what a design adds around a definition', () => {
    expect(parseJsonText(lists(264), DESIGN_JSON_LIMITS).ok).toBe(true);
    expect(refused(lists(265), DESIGN_JSON_LIMITS).limit).toBe('depth');
  });
});

describe('JSON size limit', () => {
  it('takes text up to the limit and refuses one character more, before parsing', () => {
    const max = ECS_JSON_LIMITS.maxChars;
    // A list of 1 KiB strings, padded with spaces to exactly the limit.
    const item = `"${'a'.repeat(1022)}"`;
    const list = `[${Array(Math.floor(max / 1025) - 1).fill(item).join(',')}]`;
    const full = list + ' '.repeat(max - list.length);
    expect(parseJsonText(full).ok).toBe(true);
    const over = refused(`${full} `);
    expect(over.limit).toBe('size');
    expect(over.error).toBe('too large: 4,194,305 characters, over the 4 MiB limit for ECS JSON');
  });

  it('sizes files before they are read', () => {
    expect(fileSizeViolation(ECS_JSON_LIMITS.maxChars, ECS_JSON_LIMITS)).toBeUndefined();
    expect(fileSizeViolation(5 * 1024 * 1024 + 200_000, ECS_JSON_LIMITS)).toBe('too large: 5,442,880 bytes, over the 4 MiB limit for ECS JSON');
    expect(fileSizeViolation(20 * 1024 * 1024, DESIGN_JSON_LIMITS)).toBe('too large: 20,971,520 bytes, over the 16 MiB limit for a design file');
  });

  it('takes a long list', () => {
    const items = 1_000_000;
    const parsed = parseJsonText(`[${Array(items).fill('0').join(',')}]`);
    expect(parsed.ok && (parsed.value as unknown[]).length).toBe(items);
  });
});

describe('JSON string limit', () => {
  it('takes a string of 1 MiB and refuses a longer one, naming where it is', () => {
    const max = ECS_JSON_LIMITS.maxStringChars;
    expect(max).toBe(1024 * 1024);
    const fine = parseJsonText(`{"family": "${'x'.repeat(max)}"}`);
    expect(fine.ok && (fine.value as { family: string }).family.length).toBe(max);
    const text = `{\n  "containerDefinitions": [{"name": "a", "command": ["${'y'.repeat(max + 1)}"]}]\n}`;
    const long = refused(text);
    expect(long.limit).toBe('string');
    expect(long.error).toBe(
      'string too long: 1,048,577 characters at line 2, column 54, JSON pointer /containerDefinitions/0/command/0, over the 1 MiB limit for a string in ECS JSON',
    );
    expect(long.offset).toBe(text.indexOf('"yyy'));
  });
});

describe('JSON number limit', () => {
  it('refuses numbers JSON.parse would turn into Infinity, and keeps every finite one', () => {
    for (const huge of ['1e400', '-1E+400', '1' + '0'.repeat(400), '-' + '9'.repeat(309) + '.5']) {
      const text = `{\n  "memory": ${huge}\n}`;
      const parsed = refused(text);
      expect(parsed.limit).toBe('number');
      expect(parsed.error).toMatch(/^number too large: \S+ at line 2, column 13 is beyond what ECS JSON can hold/);
      expect(parsed.offset).toBe(text.indexOf(huge));
    }
    const finite = parseJsonText('[1e308, -1.7976931348623157e308, 1e-400, 0.5, -0, 123456789012345678901, "1e400"]');
    expect(finite.ok && finite.value).toEqual([1e308, -1.7976931348623157e308, 0, 0.5, -0, 1.2345678901234568e20, '1e400']);
  });
});
