import { useState, type DragEvent, type ReactNode } from 'react';
import { DESIGN_JSON_LIMITS, ECS_JSON_LIMITS } from '../../core/model/json-limits.ts';
import { importEcsJson, openDesignFile, readFailedMessage } from './design-actions.ts';
import { readFile } from './file-access.ts';
import { isFileDrag, planDrop } from './import-sources.ts';
import { ImportIcon } from './icons.tsx';
import { useUiStore } from '../../state/ui-store.ts';

/**
 * Wraps the canvas so JSON files dropped on it are imported (a design file is opened).
 * Palette drags pass through untouched: the canvas, inside, handles those first.
 */
export function CanvasDropZone({ children }: { children: ReactNode }) {
  const [over, setOver] = useState(false);

  const onDragOver = (e: DragEvent<HTMLDivElement>) => {
    if (!isFileDrag([...e.dataTransfer.types])) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    if (!over) setOver(true);
  };

  const onDragLeave = (e: DragEvent<HTMLDivElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    setOver(false);
    if (!isFileDrag([...e.dataTransfer.types])) return;
    e.preventDefault();
    void importDropped([...e.dataTransfer.files]);
  };

  return (
    <div className="relative h-full min-h-0" onDragOver={onDragOver} onDragLeave={onDragLeave} onDrop={onDrop}>
      {children}
      {over && (
        <div className="pointer-events-none absolute inset-2 z-20 grid place-items-center rounded-lg border-2 border-dashed border-accent-500 bg-accent-50/80 dark:bg-accent-950/60">
          <p className="flex items-center gap-2 text-sm font-medium text-accent-800 dark:text-accent-200">
            <ImportIcon size={18} />
            Drop ECS JSON to import it here
          </p>
        </div>
      )}
    </div>
  );
}

async function importDropped(files: File[]): Promise<void> {
  const notify = useUiStore.getState().notify;
  const plan = planDrop(files);
  try {
    if (plan.action === 'refuse') return notify({ level: 'error', message: plan.message });
    if (plan.action === 'open') return openDesignFile(await readFile(plan.file, DESIGN_JSON_LIMITS));
    const read = await Promise.all(plan.files.map((f) => readFile(f, ECS_JSON_LIMITS)));
    if ((await importEcsJson(read)) && plan.skipped.length) {
      notify({ level: 'warning', message: `Skipped ${plan.skipped.map((f) => f.name).join(', ')}: only .json files can be imported.` });
    }
  } catch (e) {
    notify({ level: 'error', message: readFailedMessage(e, plan.action === 'open' ? 'open' : 'import') });
  }
}
