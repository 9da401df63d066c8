import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit, minimalEdit } from './text-edit.ts';

describe('minimalEdit', () => {
  it('is undefined for equal texts', () => {
    expect(minimalEdit('{"a": 1}', '{"a": 1}')).toBeUndefined();
  });

  it('replaces only the changed characters', () => {
    expect(minimalEdit('{\n  "cpu": "256",\n  "memory": "512"\n}', '{\n  "cpu": "1024",\n  "memory": "512"\n}')).toEqual({
      start: 12,
      end: 15,
      text: '1024',
    });
  });

  it('handles pure insertions and deletions', () => {
    expect(minimalEdit('abc', 'abXbc')).toEqual({ start: 2, end: 2, text: 'Xb' });
    expect(minimalEdit('abXbc', 'abc')).toEqual({ start: 2, end: 4, text: '' });
    expect(minimalEdit('', 'x')).toEqual({ start: 0, end: 0, text: 'x' });
  });

  it('does not split a surrogate pair or a CRLF', () => {
    const edit = minimalEdit('a\uD83D\uDE00b', 'a\uD83D\uDE01b')!;
    expect(edit.start).toBe(1);
    expect(edit.text).toBe('\uD83D\uDE01');
    const crlf = minimalEdit('a\r\nb', 'a\r\r\nb')!;
    expect(applyEdit('a\r\nb', crlf)).toBe('a\r\r\nb');
    expect(crlf.start).not.toBe(2);
  });

  it('always turns the old text into the new one', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const edit = minimalEdit(a, b);
        expect(applyEdit(a, edit)).toBe(b);
        if (edit) expect(edit.end - edit.start + edit.text.length).toBeLessThanOrEqual(a.length + b.length);
      }),
    );
  });
});
