import { looksLikeTemplateText } from '../../core/io/cloudformation/detect.ts';
import { KEPT_FOR_EXPORT } from '../../core/io/cloudformation/kept-note.ts';
import type { Notice } from '../../core/apply/types.ts';
import type { ImportFile } from '../../core/io/import.ts';
import { checkJsonLimits, DESIGN_JSON_LIMITS } from '../../core/model/json-limits.ts';
import type { UiNotice } from '../../state/ui-store.ts';
import { DESIGN_FILE_SUFFIX } from './design-file.ts';
import { isComposeFile } from '../../core/io/compose/detect-compose.ts';

/**
 * What the shell imports from the clipboard and from drops, and what it leaves to the
 * canvas (palette drops, copied canvas fragments). Pure, so the rules are testable.
 */

/** The drag type the palette sets; such drops belong to the canvas. */
export const PALETTE_DRAG_TYPE = 'application/x-ecs-designer-kind';

/** True for a drag from the palette (browsers lowercase drag types, so compare so). */
export function isPaletteDrag(types: readonly string[]): boolean {
  return types.some((t) => t.toLowerCase() === PALETTE_DRAG_TYPE);
}

/** True for a drag of files from the desktop that is not a palette drag. */
export function isFileDrag(types: readonly string[]): boolean {
  return !isPaletteDrag(types) && types.includes('Files');
}

/**
 * Pasted text to import, or undefined when it is not for the shell: empty or plain text,
 * or a fragment copied from the canvas (the canvas pastes those itself). Text that starts
 * like JSON is imported even when broken, so the user hears what is wrong with it.
 */
export function pastedImport(text: string): ImportFile | undefined {
  const trimmed = text.trim();
  // YAML: a compose file (its top-level services mapping) or a CloudFormation template (io/cloudformation); JSON ones are read below.
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
    if (looksLikeTemplateText(trimmed)) return { name: 'pasted template.yaml', text };
    return isComposeFile('pasted text', text) ? { name: 'pasted compose file', text } : undefined;
  }
  // Over even a design's limits it is no fragment of ours (the canvas refuses it too); the
  // import names the limit, where looking inside it here could overflow the stack.
  if (checkJsonLimits(trimmed, DESIGN_JSON_LIMITS)) return { name: 'pasted text', text };
  try {
    const value: unknown = JSON.parse(trimmed);
    if (typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'ecs-designer/fragment') return undefined;
  } catch {
    // Broken JSON: the import reports where.
  }
  return { name: 'pasted text', text };
}

export interface DroppedFile {
  name: string;
  type: string;
}

export type DropPlan<F extends DroppedFile> =
  | { action: 'open'; file: F }
  | { action: 'import'; files: F[]; skipped: F[] }
  | { action: 'refuse'; message: string };

/**
 * A single design file dropped opens it (what the user means); JSON and compose (YAML) files are imported;
 * other files are skipped, and said so.
 */
export function planDrop<F extends DroppedFile>(files: readonly F[]): DropPlan<F> {
  if (files.length === 1 && files[0]!.name.toLowerCase().endsWith(DESIGN_FILE_SUFFIX)) return { action: 'open', file: files[0]! };
  const json = files.filter(isJsonFile);
  const skipped = files.filter((f) => !isJsonFile(f));
  if (!json.length) {
    const names = files.map((f) => f.name).join(', ');
    return { action: 'refuse', message: `Could not import ${names || 'the drop'}: only ECS JSON files (.json), compose files and CloudFormation templates (.yml, .yaml, .template) can be imported.` };
  }
  return { action: 'import', files: json, skipped };
}

function isJsonFile(file: DroppedFile): boolean {
  // Compose files and CloudFormation templates are mostly YAML.
  return /\.(json|ya?ml|template)$/i.test(file.name) || file.type === 'application/json' || file.type === 'application/yaml';
}

/** How many warnings one toast lists before summing up the rest. */
const LISTED_WARNINGS = 3;
/** How many of a template's "resource → node" lines the summary lists. */
const LISTED_RESOURCES = 8;

/**
 * What the user is told after an import: one line of what came in, and the warnings the
 * core raised (the per-field "dropped read-only field" notes are counted, not listed).
 */
export function importSummary(fileNames: readonly string[], nodeCount: number, notices: readonly Notice[]): Array<Omit<UiNotice, 'id'>> {
  // A template's resources each say what they became ("Service (AWS::ECS::Service) → service web"); the rest are dropped fields and notes.
  const became = notices.filter((n) => n.level === 'info' && n.message.includes(' → '));
  const dropped = notices.filter((n) => n.level === 'info' && /^Dropped /.test(n.message)).length;
  const things = nodeCount === 1 ? '1 node' : `${nodeCount} nodes`;
  let info = `Imported ${things} from ${fileNames.join(', ')}.`;
  if (dropped) info += ` Left out ${dropped} read-only or empty ${dropped === 1 ? 'field' : 'fields'}.`;
  if (became.length) {
    const lines = became.slice(0, LISTED_RESOURCES).map((n) => n.message);
    if (became.length > LISTED_RESOURCES) lines.push(`…and ${became.length - LISTED_RESOURCES} more.`);
    info += `\n${lines.join('\n')}`;
  }
  // Properties of a template the design does not show but keeps for the CloudFormation export: named, so nobody looks for them in vain.
  const kept = notices.filter((n) => n.level === 'info' && n.message.endsWith(KEPT_FOR_EXPORT)).map((n) => n.message.split(' is not in the design')[0]!.replace(': ', ' '));
  if (kept.length) info += `\nKept for the CloudFormation export, not shown in the design: ${kept.slice(0, LISTED_RESOURCES).join(', ')}${kept.length > LISTED_RESOURCES ? ` and ${kept.length - LISTED_RESOURCES} more` : ''}.`;
  const out: Array<Omit<UiNotice, 'id'>> = [{ level: 'info', message: info }];
  const warnings = notices.filter((n) => n.level === 'warning');
  if (warnings.length) {
    const lines = warnings.slice(0, LISTED_WARNINGS).map((w) => `${w.file ? `${w.file}: ` : ''}${w.message}`);
    if (warnings.length > LISTED_WARNINGS) lines.push(`…and ${warnings.length - LISTED_WARNINGS} more.`);
    out.push({ level: 'warning', message: lines.join('\n') });
  }
  return out;
}
