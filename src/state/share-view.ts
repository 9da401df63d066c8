import { readShareFragment } from '../core/io/share-link.ts';
import { browserStorage } from './autosave.ts';
import { endViewOnly, isViewOnly, openViewOnly, replaceDocument } from './design-store.ts';
import { restoreDesign, type StorageLike } from './persistence.ts';
import { useUiStore } from './ui-store.ts';

/**
 * Opening a share link (`#share=…`): the design it holds is shown read-only, and the
 * user's own design stays saved as it was. "Make a copy" makes the shared design theirs;
 * "Back to my design" reopens their own. A link that cannot be read is said and changes
 * nothing.
 */

const notify = (level: 'info' | 'warning' | 'error', message: string) => useUiStore.getState().notify({ level, message });

/** Takes the fragment off the address, so that a reload opens the user's own design. */
function clearFragment(): void {
  if (typeof window === 'undefined' || !window.location.hash) return;
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
}

/** Opens the share link in `fragment`, if it is one; returns whether it was a share link. */
export function openShareFragment(fragment: string): boolean {
  const read = readShareFragment(fragment);
  if (!read) return false;
  if (!read.ok) {
    notify('error', read.message);
    clearFragment();
    return true;
  }
  openViewOnly(read.design, 'Open shared design');
  useUiStore.getState().select([]);
  if (read.warning) notify('warning', read.warning);
  return true;
}

/** Makes the shared design the user's own: editable from now on, and saved over their autosave. */
export function makeCopy(): void {
  if (!isViewOnly()) return;
  endViewOnly();
  clearFragment();
  notify('info', 'This copy is now your design: you can edit it, and it is saved in this browser.');
}

/** Leaves the shared design and reopens the user's own, as autosave kept it. */
export function backToOwnDesign(storage: StorageLike | undefined = browserStorage()): void {
  if (!isViewOnly()) return;
  const restored = restoreDesign(storage);
  replaceDocument(restored.design, 'Open');
  useUiStore.getState().select([]);
  clearFragment();
  if (restored.warning) notify('warning', restored.warning);
}

/** Opens the link the page was loaded with, and any share link pasted into the address bar later. */
export function startShareLinks(): () => void {
  if (typeof window === 'undefined') return () => {};
  openShareFragment(window.location.hash);
  const onHashChange = () => void openShareFragment(window.location.hash);
  window.addEventListener('hashchange', onHashChange);
  return () => window.removeEventListener('hashchange', onHashChange);
}
