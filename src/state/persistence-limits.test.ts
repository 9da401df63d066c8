import { describe, expect, it } from 'vitest';
import { emptyDesign } from '../core/model/design.ts';
import { AUTOSAVE_KEY, BACKUP_PREFIX, restoreDesign } from './persistence.ts';

function storageWith(saved: string) {
  const items = new Map([[AUTOSAVE_KEY, saved]]);
  return { items, getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
}

describe('restoring an autosave over the limits', () => {
  it('a save nested 10,000 levels deep is kept under a backup key and the sample opens, saying why', () => {
    const saved = JSON.stringify(emptyDesign('Deep')).replace(/}$/, `,"x":${'['.repeat(10_000)}${']'.repeat(10_000)}}`);
    const storage = storageWith(saved);
    const restored = restoreDesign(storage, 42);
    expect(restored.design.name).toBe('Fargate web service');
    expect(restored.autosave).toBe(true);
    expect(storage.items.get(`${BACKUP_PREFIX}42`)).toBe(saved);
    expect(restored.warning).toMatch(
      /^The saved design could not be read \(nested more than 264 levels deep \(the limit for a design file\) at line 1, column \d+, JSON pointer \/x\/0\/0\/0\/0\/…\/0\/0\)\. It was kept in local storage as "ecs-designer:unreadable:42"/,
    );
  });

  it('a save just within the design depth limit is restored', () => {
    const saved = JSON.stringify(emptyDesign('Deep enough')).replace(/}$/, `,"x":${'['.repeat(263)}${']'.repeat(263)}}`);
    expect(restoreDesign(storageWith(saved)).design.name).toBe('Deep enough');
  });
});
