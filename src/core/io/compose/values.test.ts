import { describe, expect, it } from 'vitest';
import { byteSize, cpuUnits, durationSeconds, ecsName, integer, keyValues, mebibytes, parseEnvFile, shellWords } from './values.ts';

describe('compose value formats', () => {
  it('reads Go durations as seconds', () => {
    expect(durationSeconds('1m30s')).toBe(90);
    expect(durationSeconds('10s')).toBe(10);
    expect(durationSeconds('1h')).toBe(3600);
    expect(durationSeconds('1.5m')).toBe(90);
    expect(durationSeconds('500ms')).toBe(0.5);
    expect(durationSeconds('2h3m4s')).toBe(7384);
    expect(durationSeconds(45)).toBe(45);
    expect(durationSeconds('45')).toBe(45);
    expect(durationSeconds('soon')).toBeUndefined();
    expect(durationSeconds('10x')).toBeUndefined();
    expect(durationSeconds('')).toBeUndefined();
  });

  it('reads byte sizes with units, and MiB from bytes', () => {
    expect(byteSize('512m')).toBe(512 * 1024 ** 2);
    expect(byteSize('512M')).toBe(512 * 1024 ** 2);
    expect(byteSize('1gb')).toBe(1024 ** 3);
    expect(byteSize('1.5G')).toBe(1.5 * 1024 ** 3);
    expect(byteSize('2048k')).toBe(2 * 1024 ** 2);
    expect(byteSize(1073741824)).toBe(1024 ** 3);
    expect(byteSize('12 parsecs')).toBeUndefined();
    expect(mebibytes(1024 ** 3)).toBe(1024);
    expect(mebibytes(10)).toBe(1);
  });

  it('turns CPUs into CPU units', () => {
    expect(cpuUnits('0.5')).toBe(512);
    expect(cpuUnits(2)).toBe(2048);
    expect(cpuUnits('0.25')).toBe(256);
    expect(cpuUnits('0')).toBeUndefined();
    expect(cpuUnits('half')).toBeUndefined();
  });

  it('splits a command string into words as a shell would, expanding nothing', () => {
    expect(shellWords('redis-server --save "" --appendonly no')).toEqual(['redis-server', '--save', '', '--appendonly', 'no']);
    expect(shellWords(`sh -c 'echo "$HOME" && ls'`)).toEqual(['sh', '-c', 'echo "$HOME" && ls']);
    expect(shellWords('echo "a \\"quoted\\" word" plain\\ space')).toEqual(['echo', 'a "quoted" word', 'plain space']);
    expect(shellWords('  many   spaces\tand\ttabs ')).toEqual(['many', 'spaces', 'and', 'tabs']);
    expect(shellWords('echo $HOME | wc -c')).toEqual(['echo', '$HOME', '|', 'wc', '-c']);
    expect(shellWords('echo "unclosed')).toBeUndefined();
  });

  it('reads .env files: comments, export, quotes, inline comments, names without values', () => {
    const text = '# settings\nA=1\nexport B=two words\nC="line\\none"\nD=\'$not_expanded\'\nE=x # note\nF\n\n  G = spaced \n';
    expect(parseEnvFile(text)).toEqual([
      { key: 'A', value: '1' },
      { key: 'B', value: 'two words' },
      { key: 'C', value: 'line\none' },
      { key: 'D', value: '$not_expanded' },
      { key: 'E', value: 'x' },
      { key: 'F', value: undefined },
      { key: 'G', value: 'spaced' },
    ]);
  });

  it('reads the list and the map shapes of environment and labels alike', () => {
    expect(keyValues(['A=1', 'B', 'C=x=y'])).toEqual([
      { key: 'A', value: '1' },
      { key: 'B', value: undefined },
      { key: 'C', value: 'x=y' },
    ]);
    expect(keyValues({ A: 1, B: null, C: true })).toEqual([
      { key: 'A', value: '1' },
      { key: 'B', value: undefined },
      { key: 'C', value: 'true' },
    ]);
    expect(keyValues({ A: { nested: 1 } })).toBeUndefined();
    expect(keyValues('A=1')).toBeUndefined();
  });

  it('makes names ECS takes and reads whole numbers written as text', () => {
    expect(ecsName('my.web_app-1')).toBe('my-web_app-1');
    expect(ecsName('')).toBe('app');
    expect(ecsName('x'.repeat(300))).toHaveLength(255);
    expect(integer('3')).toBe(3);
    expect(integer(3)).toBe(3);
    expect(integer('3.5')).toBeUndefined();
    expect(integer(2.5)).toBeUndefined();
  });
});
