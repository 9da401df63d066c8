import { useStore } from 'zustand';
import { redo, undo, useDesignStore } from '../../state/design-store.ts';
import { isMacPlatform, redoTitle, undoTitle } from './history-titles.ts';
import { RedoIcon, UndoIcon } from './icons.tsx';
import { ToolbarButton } from './ToolbarButton.tsx';

const mac = typeof navigator !== 'undefined' && isMacPlatform(navigator.platform);

/** Undo and redo, named after the change they would undo or redo. */
export function HistoryButtons() {
  const canUndo = useStore(useDesignStore.temporal, (s) => s.pastStates.length > 0);
  // Redo re-applies the newest future state; its label is the change that made it.
  const redoLabel = useStore(useDesignStore.temporal, (s) => s.futureStates.at(-1)?.label);
  const currentLabel = useDesignStore((s) => s.label);
  const undoLabel = canUndo ? currentLabel : undefined;

  return (
    <div className="flex items-center">
      <ToolbarButton icon={<UndoIcon />} aria-label="Undo" title={undoTitle(undoLabel, mac)} disabled={!canUndo} onClick={undo} />
      <ToolbarButton icon={<RedoIcon />} aria-label="Redo" title={redoTitle(redoLabel, mac)} disabled={redoLabel === undefined} onClick={redo} />
    </div>
  );
}
