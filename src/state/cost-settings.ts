import { create } from 'zustand';
import { readCostSettings, type CostSettings } from '../core/cost/settings.ts';
import { browserStorage } from './autosave.ts';
import type { StorageLike } from './persistence.ts';

/**
 * The cost estimate's assumptions and the user's own prices, kept in this browser (not in
 * the design: see core/cost/prices.ts). Read once at start; written on every change.
 */
export const COST_SETTINGS_KEY = 'ecs-designer:cost';

function read(storage: StorageLike | undefined): CostSettings {
  try {
    const raw = storage?.getItem(COST_SETTINGS_KEY);
    return readCostSettings(raw ? JSON.parse(raw) : undefined);
  } catch {
    return readCostSettings(undefined);
  }
}

export const useCostSettings = create<CostSettings>()(() => read(browserStorage()));

/** Replaces the settings and saves them; a full or blocked storage keeps them for this session only. */
export function setCostSettings(settings: CostSettings, storage: StorageLike | undefined = browserStorage()): void {
  useCostSettings.setState(settings, true);
  try {
    storage?.setItem(COST_SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Not worth a message: the figures still apply until the page is closed.
  }
}
