import type { Design } from '../core/model/design.ts';
import { replaceDocument, useDesignStore } from './design-store.ts';
import { restoreDesign, saveDesign, type StorageLike } from './persistence.ts';
import { whenIdle, type Schedule } from './scheduling.ts';
import { useUiStore } from './ui-store.ts';

export function browserStorage(): StorageLike | undefined {
  try {
    return typeof window !== 'undefined' ? window.localStorage : undefined;
  } catch {
    return undefined; // storage disabled by the browser's privacy settings
  }
}

/**
 * Saving a large design (stringify + localStorage) takes milliseconds; done inside the
 * commit it would delay the frame that shows the edit. So it waits for idle time, at most
 * a second.
 */
const SAVE_SOON = whenIdle(1000);

/**
 * Opens the autosaved design (or the sample) and saves every committed change from then
 * on: soon after the commit, in idle time, and at once when the page is hidden or closed
 * so the last change never waits for idle time that does not come. Changes made before a
 * save runs are saved together. A failed save is said once until a save succeeds again;
 * the design stays in memory. The returned function saves what is pending and stops.
 */
export function startAutosave(storage: StorageLike | undefined = browserStorage(), schedule: Schedule = SAVE_SOON): () => void {
  const restored = restoreDesign(storage);
  replaceDocument(restored.design, 'Open');
  const { notify } = useUiStore.getState();
  if (restored.warning) notify({ level: 'warning', message: restored.warning });
  if (!storage || !restored.autosave) return () => {};
  let failing = false;
  let pending: Design | undefined;
  let cancel: (() => void) | undefined;

  const flush = () => {
    cancel?.();
    cancel = undefined;
    if (!pending) return;
    const design = pending;
    pending = undefined;
    const outcome = saveDesign(storage, design);
    if (!outcome.ok && !failing) notify({ level: 'error', message: outcome.message });
    failing = !outcome.ok;
  };

  const unsubscribe = useDesignStore.subscribe((state, previous) => {
    // A shared design shown read-only is not the user's: their saved design stays as it is
    // until Make a copy ends the read-only view, which saves the copy.
    if (state.viewOnly) return;
    if (state.design === previous.design && !previous.viewOnly) return;
    pending = state.design;
    if (cancel) return; // a save is already scheduled and will take this design
    let ran = false;
    const cancelTask = schedule(() => {
      ran = true;
      cancel = undefined;
      flush();
    });
    if (!ran) cancel = cancelTask; // a scheduler may run the task at once
  });

  const onHidden = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  const hasPage = typeof window !== 'undefined' && typeof document !== 'undefined';
  if (hasPage) {
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
  }
  return () => {
    flush();
    unsubscribe();
    if (hasPage) {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
    }
  };
}
