import { describe, expect, it } from 'vitest';
import { readThemeChoice, saveThemeChoice, THEME_KEY } from './theme-choice.ts';

const memory = () => {
  const items = new Map<string, string>();
  return { items, getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
};

describe('theme choice', () => {
  it('remembers light and dark, and defaults to following the system', () => {
    const storage = memory();
    expect(readThemeChoice(storage)).toBe('system');
    saveThemeChoice(storage, 'dark');
    expect(readThemeChoice(storage)).toBe('dark');
    storage.items.set(THEME_KEY, 'purple');
    expect(readThemeChoice(storage)).toBe('system');
  });

  it('a blocked or full storage neither throws nor changes the theme', () => {
    const blocked = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    };
    expect(readThemeChoice(blocked)).toBe('system');
    expect(() => saveThemeChoice(blocked, 'light')).not.toThrow();
    expect(readThemeChoice(undefined)).toBe('system');
  });
});
