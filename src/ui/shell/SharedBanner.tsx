import { useState } from 'react';
import { browserStorage } from '../../state/autosave.ts';
import { useDesignStore } from '../../state/design-store.ts';
import { autosavedNodeCount } from '../../state/persistence.ts';
import { backToOwnDesign, makeCopy } from '../../state/share-view.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';

/**
 * Shown over the panes while a shared design is open read-only: says so, and offers to
 * make it the user's own (asking first when that replaces a saved design with nodes) or
 * to go back to their own design.
 */
export function SharedBanner() {
  const viewOnly = useDesignStore((s) => s.viewOnly);
  const name = useDesignStore((s) => s.design.name);
  const [confirming, setConfirming] = useState<number | undefined>(undefined);
  if (!viewOnly) return null;

  const onCopy = () => {
    const nodes = autosavedNodeCount(browserStorage());
    if (nodes) setConfirming(nodes);
    else makeCopy();
  };

  return (
    <div
      role="region"
      aria-label="Shared design"
      className="flex shrink-0 items-center gap-3 border-b border-sky-200 bg-sky-50 px-3 py-1.5 text-[13px] text-sky-900 dark:border-sky-900 dark:bg-sky-950 dark:text-sky-100"
    >
      <p className="min-w-0 flex-1 truncate">
        <strong>Shared design “{name}”</strong>, read-only: look around, select things, read the generated files. Make a copy to edit it as your own.
      </p>
      <button type="button" onClick={onCopy} className="rounded-md bg-sky-600 px-2.5 py-1 font-medium text-white hover:bg-sky-700 dark:bg-sky-500 dark:text-slate-950 dark:hover:bg-sky-400">
        Make a copy
      </button>
      <button type="button" onClick={() => backToOwnDesign()} className="rounded-md px-2.5 py-1 font-medium hover:bg-sky-100 dark:hover:bg-sky-900">
        Back to my design
      </button>
      <ConfirmDialog
        open={confirming !== undefined}
        title="Replace your saved design?"
        message={`Your own design in this browser (${confirming ?? 0} node${confirming === 1 ? '' : 's'}) will be replaced by this copy. To keep it, cancel, choose Back to my design and Save… it to a file first.`}
        confirmLabel="Replace with the copy"
        onCancel={() => setConfirming(undefined)}
        onConfirm={() => {
          setConfirming(undefined);
          makeCopy();
        }}
      />
    </div>
  );
}
