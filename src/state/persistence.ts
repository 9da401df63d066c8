import type { Design } from '../core/model/design.ts';
import { DESIGN_JSON_LIMITS } from '../core/model/json-limits.ts';
import { parseJsonText } from '../core/model/json-text.ts';
import { parseDesign } from '../core/model/migrate.ts';
import { fargateWebSample } from '../core/templates/fargate-web.ts';

/** Where the autosaved design lives; the version in the key is the storage layout's, not the design's. */
export const AUTOSAVE_KEY = 'ecs-designer:design';
export const BACKUP_PREFIX = 'ecs-designer:unreadable:';

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface Restored {
  design: Design;
  /** Set when the saved design could not be read; said to the user, and the raw text is kept. */
  warning?: string;
  /** Whether autosave may write (false when an unreadable save could not be backed up). */
  autosave: boolean;
}

/**
 * The design to open at start: the autosaved one, or the sample on a first start. An
 * unreadable save is never thrown away: it is copied to a backup key before anything
 * overwrites it, and if even that fails autosave stays off so the original survives.
 */
export function restoreDesign(storage: StorageLike | undefined, now = Date.now()): Restored {
  if (!storage) return { design: fargateWebSample(), autosave: false, warning: 'This browser does not allow local storage: changes will not be saved automatically. Use Save… to keep your work.' };
  let raw: string | null;
  try {
    raw = storage.getItem(AUTOSAVE_KEY);
  } catch {
    return { design: fargateWebSample(), autosave: false, warning: 'Local storage cannot be read: changes will not be saved automatically. Use Save… to keep your work.' };
  }
  if (raw === null) return { design: fargateWebSample(), autosave: true };
  let problem: string;
  // The same limits as a design file: a save that is too large or too deep is kept, not parsed.
  const json = parseJsonText(raw, DESIGN_JSON_LIMITS);
  if (json.ok) {
    const parsed = parseDesign(json.value);
    if (parsed.ok) {
      return parsed.warnings.length
        ? { design: parsed.design, autosave: true, warning: `The saved design was restored with repairs: ${parsed.warnings.join('; ')}.` }
        : { design: parsed.design, autosave: true };
    }
    problem = parsed.error;
  } else {
    problem = json.limit ? json.error : `not valid JSON (${json.error})`;
  }
  const backupKey = `${BACKUP_PREFIX}${now}`;
  try {
    storage.setItem(backupKey, raw);
  } catch {
    return {
      design: fargateWebSample(),
      autosave: false,
      warning: `The saved design could not be read (${problem}) and there is no room to back it up, so autosave is off to keep it. Opened the sample instead.`,
    };
  }
  return {
    design: fargateWebSample(),
    autosave: true,
    warning: `The saved design could not be read (${problem}). It was kept in local storage as "${backupKey}"; opened the sample instead.`,
  };
}

export type SaveOutcome = { ok: true } | { ok: false; message: string };

/** Writes the design; a full or blocked storage is reported, never thrown. */
export function saveDesign(storage: StorageLike, design: Design): SaveOutcome {
  try {
    storage.setItem(AUTOSAVE_KEY, JSON.stringify(design));
    return { ok: true };
  } catch (e) {
    const full = e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);
    return {
      ok: false,
      message: full
        ? 'Autosave failed: browser storage is full. Your design is still open here; use Save… to keep a copy.'
        : `Autosave failed (${(e as Error).message}). Your design is still open here; use Save… to keep a copy.`,
    };
  }
}

/**
 * How many nodes the autosaved design has: 0 when there is none (a first start) or it
 * cannot be read (restoreDesign has backed such a save up). Asked before a shared design's
 * copy replaces it.
 */
export function autosavedNodeCount(storage: StorageLike | undefined): number {
  let raw: string | null;
  try {
    raw = storage?.getItem(AUTOSAVE_KEY) ?? null;
  } catch {
    return 0;
  }
  if (raw === null) return 0;
  const json = parseJsonText(raw, DESIGN_JSON_LIMITS);
  if (!json.ok) return 0;
  const parsed = parseDesign(json.value);
  return parsed.ok ? parsed.design.nodes.length : 0;
}
