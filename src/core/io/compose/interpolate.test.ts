import { describe, expect, it } from 'vitest';
import { interpolate, interpolateText, type Interpolation } from './interpolate.ts';

const vars = new Map([
  ['SET', 'value'],
  ['EMPTY', ''],
]);
const run = (text: string) => {
  const found: Interpolation[] = [];
  return { text: interpolateText(text, vars, '/p', found), found };
};

describe('compose variable interpolation', () => {
  it('substitutes variables that have a value, braced or not', () => {
    expect(run('a-${SET}-b').text).toBe('a-value-b');
    expect(run('$SET/x').text).toBe('value/x');
  });

  it('uses defaults for variables without a value (:- also for empty ones, - only for unset ones)', () => {
    expect(run('${UNSET:-1.27}').text).toBe('1.27');
    expect(run('${EMPTY:-fallback}').text).toBe('fallback');
    expect(run('${EMPTY-fallback}').text).toBe('');
    expect(run('${UNSET-fallback}').text).toBe('fallback');
    expect(run('${SET:-fallback}').text).toBe('value');
    expect(run('${UNSET:-${SET}}').text).toBe('value');
    expect(run('${UNSET:-x}').found).toEqual([{ pointer: '/p', expression: '${UNSET:-x}', variable: 'UNSET', outcome: 'default' }]);
  });

  it('keeps expressions without a value or default literally, and says so', () => {
    expect(run('${UNSET}').text).toBe('${UNSET}');
    expect(run('$UNSET').text).toBe('$UNSET');
    expect(run('${UNSET:?must be set}').text).toBe('${UNSET:?must be set}');
    expect(run('${UNSET}').found[0]!.outcome).toBe('kept');
  });

  it('takes the alternative only when set, and $$ as a literal dollar', () => {
    expect(run('${SET:+on}').text).toBe('on');
    expect(run('${UNSET:+on}').text).toBe('');
    expect(run('price $$5 and $$HOME').text).toBe('price $5 and $HOME');
    expect(run('price $$5').found).toEqual([]);
    expect(run('a $ alone').text).toBe('a $ alone');
  });

  it('walks a whole document, with the pointer of each value', () => {
    const found: Interpolation[] = [];
    const out = interpolate({ services: { web: { image: 'nginx:${TAG:-1.27}', ports: ['${P}:80'] } } }, vars, '', found);
    expect(out.value).toEqual({ services: { web: { image: 'nginx:1.27', ports: ['${P}:80'] } } });
    expect(found.map((f) => [f.pointer, f.outcome])).toEqual([
      ['/services/web/image', 'default'],
      ['/services/web/ports/0', 'kept'],
    ]);
  });
});
