import { describe, expect, it } from 'vitest';
import type { FieldSpec } from '../../core/kinds/types.ts';
import { formatJson, formatScalar, parseJsonText, parseNumber, parseScalar, parseSelect, valueAt } from './field-values.ts';

const cpu: FieldSpec = { path: ['cpu'], label: 'Task CPU', type: 'text', numberAsString: true, help: '' };
const count: FieldSpec = { path: ['desiredCount'], label: 'Desired tasks', type: 'number', min: 0, help: '' };
const name: FieldSpec = { path: ['family'], label: 'Family', type: 'text', help: '' };

describe('inspector scalar values', () => {
  it('reads nested values by path', () => {
    const data = { networkConfiguration: { awsvpcConfiguration: { assignPublicIp: 'DISABLED' } } };
    expect(valueAt(data, ['networkConfiguration', 'awsvpcConfiguration', 'assignPublicIp'])).toBe('DISABLED');
    expect(valueAt(data, ['networkConfiguration', 'missing', 'x'])).toBeUndefined();
  });

  it('text: trims, and empty removes the field', () => {
    expect(parseScalar(name, '  web ')).toEqual({ ok: true, value: 'web' });
    expect(parseScalar(name, '   ')).toEqual({ ok: true, value: undefined });
  });

  it('number-as-string: task cpu "256" stays a string, normalised', () => {
    expect(parseScalar(cpu, ' 0256 ')).toEqual({ ok: true, value: '256' });
    expect(parseScalar(cpu, '1 vCPU')).toEqual({ ok: true, value: '1 vCPU' });
    expect(parseScalar(cpu, '')).toEqual({ ok: true, value: undefined });
  });

  it('number: parses, checks min/max, and refuses text', () => {
    expect(parseScalar(count, '3')).toEqual({ ok: true, value: 3 });
    expect(parseScalar(count, '')).toEqual({ ok: true, value: undefined });
    expect(parseScalar(count, 'two')).toEqual({ ok: false, message: 'Enter a number.' });
    expect(parseScalar(count, '-1')).toEqual({ ok: false, message: 'Must be at least 0.' });
    expect(parseNumber('101', { max: 100 })).toEqual({ ok: false, message: 'Must be at most 100.' });
  });

  it('select: the "(not set)" choice removes the field', () => {
    expect(parseSelect('')).toBeUndefined();
    expect(parseSelect('awsvpc')).toBe('awsvpc');
  });

  it('json: valid text applies, invalid is reported, empty removes', () => {
    expect(parseJsonText('[{"Effect":"Allow"}]')).toEqual({ ok: true, value: [{ Effect: 'Allow' }] });
    expect(parseJsonText(' ')).toEqual({ ok: true, value: undefined });
    const bad = parseJsonText('[{');
    expect(bad.ok).toBe(false);
    expect(formatJson([1])).toBe('[\n  1\n]');
  });

  it('formats stored values for inputs', () => {
    expect(formatScalar(undefined)).toBe('');
    expect(formatScalar(512)).toBe('512');
    expect(formatScalar('256')).toBe('256');
  });
});
