import type { ThemeChoice } from '../../state/ui-store.ts';

/** The theme choice is a preference of this browser, not of the design: kept apart from it. */
export const THEME_KEY = 'ecs-designer:theme';

interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function readThemeChoice(storage: StorageLike | undefined): ThemeChoice {
  try {
    const value = storage?.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

/** Best effort: a full or blocked storage only means the choice is not remembered. */
export function saveThemeChoice(storage: StorageLike | undefined, choice: ThemeChoice): void {
  try {
    storage?.setItem(THEME_KEY, choice);
  } catch {
    // Not worth a message: the theme still applies for this session.
  }
}
