import { describe, expect, it } from 'vitest';
import { historyShortcut, ownsTextEditing, type KeyPress } from './keyboard.ts';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('historyShortcut', () => {
  it('Ctrl+Z and Cmd+Z undo', () => {
    expect(historyShortcut(press('z', { ctrlKey: true }))).toBe('undo');
    expect(historyShortcut(press('z', { metaKey: true }))).toBe('undo');
  });

  it('Ctrl/Cmd+Shift+Z and Ctrl+Y redo', () => {
    expect(historyShortcut(press('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(historyShortcut(press('Z', { metaKey: true, shiftKey: true }))).toBe('redo');
    expect(historyShortcut(press('y', { ctrlKey: true }))).toBe('redo');
  });

  it('ignores plain letters, Alt combinations and other shortcuts', () => {
    expect(historyShortcut(press('z'))).toBeNull();
    expect(historyShortcut(press('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(historyShortcut(press('c', { ctrlKey: true }))).toBeNull();
    expect(historyShortcut(press('y', { ctrlKey: true, shiftKey: true }))).toBeNull();
  });
});

describe('ownsTextEditing', () => {
  const el = (tagName: string, extra: Record<string, unknown> = {}) => ({ tagName, closest: () => null, ...extra });

  it('text inputs, textareas, selects and editable elements keep their own undo', () => {
    expect(ownsTextEditing(el('INPUT'))).toBe(true);
    expect(ownsTextEditing(el('input', { type: 'number' }))).toBe(true);
    expect(ownsTextEditing(el('TEXTAREA'))).toBe(true);
    expect(ownsTextEditing(el('SELECT'))).toBe(true);
    expect(ownsTextEditing(el('DIV', { isContentEditable: true }))).toBe(true);
  });

  it('anything inside the Monaco editor keeps its own undo', () => {
    const inMonaco = el('TEXTAREA', { closest: (s: string) => (s === '.monaco-editor' ? {} : null) });
    expect(ownsTextEditing(inMonaco)).toBe(true);
    expect(ownsTextEditing(el('DIV', { closest: (s: string) => (s === '.monaco-editor' ? {} : null) }))).toBe(true);
  });

  it('buttons, checkboxes, the canvas and the page body do not', () => {
    expect(ownsTextEditing(el('BUTTON'))).toBe(false);
    expect(ownsTextEditing(el('INPUT', { type: 'checkbox' }))).toBe(false);
    expect(ownsTextEditing(el('DIV'))).toBe(false);
    expect(ownsTextEditing(null)).toBe(false);
  });
});
