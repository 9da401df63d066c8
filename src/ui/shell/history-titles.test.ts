import { describe, expect, it } from 'vitest';
import { isMacPlatform, redoTitle, undoTitle } from './history-titles.ts';

describe('history titles', () => {
  it('name the change and the shortcut of the platform', () => {
    expect(undoTitle('Add Service', false)).toBe('Undo Add Service (Ctrl+Z)');
    expect(undoTitle('Add Service', true)).toBe('Undo Add Service (⌘Z)');
    expect(redoTitle('Edit cpu', false)).toBe('Redo Edit cpu (Ctrl+Y)');
    expect(redoTitle('Edit cpu', true)).toBe('Redo Edit cpu (⇧⌘Z)');
  });

  it('say when there is nothing to undo or redo', () => {
    expect(undoTitle(undefined, false)).toBe('Nothing to undo');
    expect(redoTitle(undefined, true)).toBe('Nothing to redo');
  });

  it('recognises Apple platforms', () => {
    expect(isMacPlatform('MacIntel')).toBe(true);
    expect(isMacPlatform('Linux x86_64')).toBe(false);
  });
});
