import { useEffect } from 'react';
import { redo, undo } from '../../state/design-store.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { importEcsJson } from './design-actions.ts';
import { pastedImport } from './import-sources.ts';
import { historyShortcut, ownsTextEditing } from './keyboard.ts';

/**
 * Undo/redo from anywhere except where text is edited (inputs keep their own undo, and
 * Monaco's undo must stay Monaco's), and import of ECS JSON pasted outside text fields;
 * Escape ends presentation mode. Nothing here changes the design while presenting.
 */
export function useGlobalKeys(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || ownsTextEditing(e.target)) return;
      const ui = useUiStore.getState();
      if (ui.presenting) {
        if (e.key === 'Escape') ui.setPresenting(false);
        return;
      }
      const action = historyShortcut(e);
      if (!action) return;
      e.preventDefault();
      if (action === 'undo') undo();
      else redo();
    };
    const onPaste = (e: ClipboardEvent) => {
      // A paste the canvas took (its own fragments) or one into a text field is not an import.
      if (e.defaultPrevented || ownsTextEditing(e.target) || useUiStore.getState().presenting) return;
      const file = pastedImport(e.clipboardData?.getData('text/plain') ?? '');
      if (!file) return;
      e.preventDefault();
      void importEcsJson([file]);
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('paste', onPaste);
    };
  }, []);
}
