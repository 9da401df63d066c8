import type { ImportFile } from '../../core/io/import.ts';
import { emptyDesign } from '../../core/model/design.ts';
import { DESIGN_JSON_LIMITS, ECS_JSON_LIMITS } from '../../core/model/json-limits.ts';
import { commit, getDesign } from '../../state/design-store.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { placeImport } from '../canvas/import-placement.ts';
import { designFileName, readDesignFile, serializeDesign } from './design-file.ts';
import { FileTooLargeError, pickJsonFiles, saveTextFile, type PickedFile } from './file-access.ts';
import { importSummary } from './import-sources.ts';
import { importReport, useImportReport } from './import-report.ts';

/**
 * The header's document actions. New and Open are committed as ordinary undoable changes
 * rather than replacing the history: autosave keeps only the current design, so undo is
 * the one way back from a New or an Open made by mistake.
 */

const notify = (level: 'info' | 'warning' | 'error', message: string) => useUiStore.getState().notify({ level, message });

function failed(e: unknown): void {
  notify('error', `Something went wrong reading or writing the file: ${(e as Error).message ?? String(e)}. Your design is unchanged.`);
}

/** What the user is told when a file to open or import could not be read (too large, or a read error). */
export function readFailedMessage(e: unknown, action: 'open' | 'import'): string {
  if (e instanceof FileTooLargeError) return `Could not ${action} ${e.fileName}: ${e.message}. Your design is unchanged.`;
  return `Something went wrong reading the file: ${(e as Error).message ?? String(e)}. Your design is unchanged.`;
}

export function newDesign(): void {
  commit(emptyDesign(), 'New design');
  useUiStore.getState().select([]);
}

/** Opens a design file picked by the user. */
export async function openDesignFromPicker(): Promise<void> {
  try {
    const files = await pickJsonFiles({ multiple: false, id: 'ecs-designs', limits: DESIGN_JSON_LIMITS });
    if (files?.[0]) openDesignFile(files[0]);
  } catch (e) {
    notify('error', readFailedMessage(e, 'open'));
  }
}

/** Opens one design file's text; a bad file is reported by name and changes nothing. */
export function openDesignFile(file: PickedFile): void {
  const read = readDesignFile(file.name, file.text);
  if (!read.ok) {
    notify('error', read.message);
    return;
  }
  commit(read.design, `Open ${file.name}`);
  useUiStore.getState().select([]);
  if (read.warning) notify('warning', read.warning);
  else notify('info', `Opened ${file.name}.`);
}

export async function saveDesignToFile(): Promise<void> {
  const design = getDesign();
  try {
    const outcome = await saveTextFile(designFileName(design.name), serializeDesign(design), 'ecs-designs');
    if (outcome.saved) notify('info', `Saved ${outcome.name}.`);
  } catch (e) {
    failed(e);
  }
}

export async function importFromPicker(): Promise<void> {
  try {
    const files = await pickJsonFiles({ multiple: true, id: 'ecs-imports', limits: ECS_JSON_LIMITS, yaml: true });
    if (files?.length) await importEcsJson(files);
  } catch (e) {
    notify('error', readFailedMessage(e, 'import'));
  }
}

/**
 * Imports ECS JSON (task definitions, services, clusters, describe outputs) or compose files into free space
 * near the centre of the view as one undoable change, and selects what came in. All or
 * nothing: a bad file is named with what is wrong with it, and the design stays as it was.
 * The readers (YAML, compose, CloudFormation) load on the first import: most sessions never
 * import, and they are a tenth of the editor's JavaScript.
 */
export async function importEcsJson(files: readonly ImportFile[]): Promise<boolean> {
  let readers: typeof import('../../core/io/cloudformation/import-any.ts');
  try {
    readers = await import('../../core/io/cloudformation/import-any.ts');
  } catch (e) {
    notify('error', `Could not import ${files.map((f) => f.name).join(', ')}: the import code did not load (${(e as Error).message}). Reload the page and try again; your design is unchanged.`);
    return false;
  }
  const ui = useUiStore.getState();
  const before = getDesign();
  let result: ReturnType<typeof readers.importFilesOrTemplates>;
  try {
    result = readers.importFilesOrTemplates(before, files);
  } catch (e) {
    // A bug in a reader must not take the editor down; the design is untouched.
    notify('error', `Could not import ${files.map((f) => f.name).join(', ')}: ${(e as Error).message}`);
    return false;
  }
  if (!result.ok) {
    notify('error', `Could not import ${result.file}: ${result.error}`);
    return false;
  }
  const names = files.map((f) => f.name);
  commit(placeImport(before, result.design, result.nodeIds, ui.viewCenter, { keepArrangement: result.mapped !== undefined }), names.length === 1 ? `Import ${names[0]}` : `Import ${names.length} files`);
  ui.select(result.nodeIds);
  if (result.mapped) {
    // A compose file: its report is long, and every line of it matters.
    const report = importReport(names, result.nodeIds.length, result.mapped, result.notices);
    ui.notify({ level: 'info', message: `${report.title}.` });
    useImportReport.getState().show(report);
  } else {
    for (const notice of importSummary(names, result.nodeIds.length, result.notices)) ui.notify(notice);
  }
  return true;
}
