import type { Design } from '../../core/model/design.ts';
import { TEMPLATES } from '../../core/templates/catalog.ts';
import { commit, getDesign } from '../../state/design-store.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { readTemplate } from './template-files.ts';

/**
 * Opening a template replaces the design as Open… does: one undoable change (autosave
 * keeps only the current design, so Undo is the way back), then the view fits it.
 */

/** The design the last template opened as, to tell whether the user has worked on it since. */
let lastOpened: Design | undefined;

/**
 * Whether replacing the current design could lose work the user did, so it is asked first:
 * anything on the canvas, unless it is a template just opened and not changed since.
 */
export function replacingLosesWork(design: Design = getDesign()): boolean {
  return design.nodes.length > 0 && design !== lastOpened;
}

export async function openTemplate(id: string): Promise<boolean> {
  const ui = useUiStore.getState();
  const info = TEMPLATES.find((t) => t.id === id);
  const read = info ? await readTemplate(id) : { ok: false as const, message: `There is no template ${id}. Your design is unchanged.` };
  if (!read.ok) {
    ui.notify({ level: 'error', message: read.message });
    return false;
  }
  commit(read.design, `New from template: ${info!.title}`);
  lastOpened = read.design;
  ui.select([]);
  ui.requestFit();
  ui.notify({ level: 'info', message: `Opened the template “${info!.title}”. Undo brings back the design you had.` });
  return true;
}
