/** Tooltips of the undo/redo buttons: what will be undone or redone, and the shortcut. */
export function undoTitle(label: string | undefined, mac: boolean): string {
  return label ? `Undo ${label} (${mac ? '⌘Z' : 'Ctrl+Z'})` : 'Nothing to undo';
}

export function redoTitle(label: string | undefined, mac: boolean): string {
  return label ? `Redo ${label} (${mac ? '⇧⌘Z' : 'Ctrl+Y'})` : 'Nothing to redo';
}

export function isMacPlatform(platform: string): boolean {
  return /mac|iphone|ipad/i.test(platform);
}
