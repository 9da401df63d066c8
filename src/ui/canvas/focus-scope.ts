/**
 * Canvas shortcuts (Delete, Ctrl/Cmd+D/C/V) apply only when the canvas has focus or
 * nothing else does: never while the user types in a form field or in Monaco.
 */
function isEditable(el: Element): boolean {
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  return el instanceof HTMLElement && (el.isContentEditable || !!el.closest('.monaco-editor'));
}

export function canvasOwnsKeys(wrapper: HTMLElement | null, target: EventTarget | null): boolean {
  if (!wrapper) return false;
  if (target instanceof Element && target !== document.body && isEditable(target)) return false;
  const active = document.activeElement;
  if (!active || active === document.body || active === document.documentElement) return true;
  return wrapper.contains(active) && !isEditable(active);
}
