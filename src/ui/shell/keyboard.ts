/**
 * Which key presses the shell treats as global undo/redo, and which focus targets keep
 * their own. Pure (duck-typed targets) so it can be tested without a DOM.
 */

export type HistoryAction = 'undo' | 'redo';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Ctrl/Cmd+Z undoes; Ctrl/Cmd+Shift+Z and Ctrl+Y redo. Anything with Alt is left alone. */
export function historyShortcut(press: KeyPress): HistoryAction | null {
  if (press.altKey || !(press.ctrlKey || press.metaKey)) return null;
  const key = press.key.toLowerCase();
  if (key === 'z') return press.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && press.ctrlKey && !press.shiftKey) return 'redo';
  return null;
}

/** The parts of an element the check reads; a DOM Element satisfies it. */
export interface TargetLike {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
  closest?(selector: string): unknown;
}

// Inputs that hold no text have no undo of their own, so global shortcuts still apply there.
const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'range', 'color', 'file', 'image', 'reset', 'submit']);

/**
 * True when the focus is somewhere that has its own undo, copy and paste: a text field,
 * an editable element, or the Monaco editor (whose own undo stack must not be bypassed).
 */
export function ownsTextEditing(target: unknown): boolean {
  if (!target || typeof target !== 'object') return false;
  const el = target as TargetLike;
  if (typeof el.closest === 'function' && el.closest('.monaco-editor')) return true;
  if (el.isContentEditable) return true;
  const tag = el.tagName?.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !NON_TEXT_INPUTS.has((el.type ?? 'text').toLowerCase());
  return false;
}
