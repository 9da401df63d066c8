import { templateFileName } from '../../core/templates/catalog.ts';
import { readDesignFile, type DesignFileRead } from '../shell/design-file.ts';

/**
 * The template design files, each loaded only when asked for (a chunk of its own), so the
 * editor's first download does not grow with the number of templates.
 */
const FILES = import.meta.glob<string>('../../core/templates/files/*.ecs-design.json', { query: '?raw', import: 'default' });
const PREFIX = '../../core/templates/files/';

/** The ids of the template files there are (the catalog's test checks each has an entry). */
export const TEMPLATE_FILE_IDS: readonly string[] = Object.keys(FILES).map((path) => path.slice(PREFIX.length).replace(/\.ecs-design\.json$/, ''));

/** A template's file read as Open… reads a file the user picked. */
export async function readTemplate(id: string): Promise<DesignFileRead> {
  const name = templateFileName(id);
  const load = FILES[PREFIX + name];
  if (!load) return { ok: false, message: `There is no template ${id}. Your design is unchanged.` };
  return readDesignFile(name, await load());
}
