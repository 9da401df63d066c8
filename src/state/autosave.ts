import { replaceDocument, useDesignStore } from './design-store.ts';
import { restoreDesign, saveDesign, type StorageLike } from './persistence.ts';
import { useUiStore } from './ui-store.ts';

function browserStorage(): StorageLike | undefined {
  try {
    return typeof window !== 'undefined' ? window.localStorage : undefined;
  } catch {
    return undefined; // storage disabled by the browser's privacy settings
  }
}

/**
 * Opens the autosaved design (or the sample) and saves every committed change from then
 * on. A failed save is said once until a save succeeds again; the design stays in memory.
 */
export function startAutosave(storage: StorageLike | undefined = browserStorage()): () => void {
  const restored = restoreDesign(storage);
  replaceDocument(restored.design, 'Open');
  const { notify } = useUiStore.getState();
  if (restored.warning) notify({ level: 'warning', message: restored.warning });
  if (!storage || !restored.autosave) return () => {};
  let failing = false;
  return useDesignStore.subscribe((state, previous) => {
    if (state.design === previous.design) return;
    const outcome = saveDesign(storage, state.design);
    if (!outcome.ok && !failing) notify({ level: 'error', message: outcome.message });
    failing = !outcome.ok;
  });
}
