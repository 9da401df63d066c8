import type { Design } from '../../core/model/design.ts';
import { DESIGN_JSON_LIMITS } from '../../core/model/json-limits.ts';
import { parseJsonText } from '../../core/model/json-text.ts';
import { parseDesign } from '../../core/model/migrate.ts';

/** The design file: the document itself, as JSON, under a suffix that says what it holds. */
export const DESIGN_FILE_SUFFIX = '.ecs-design.json';

/** "Fargate web service" → "fargate-web-service.ecs-design.json". */
export function designFileName(designName: string): string {
  const slug = designName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return `${slug || 'design'}${DESIGN_FILE_SUFFIX}`;
}

export function serializeDesign(design: Design): string {
  return `${JSON.stringify(design, null, 2)}\n`;
}

export type DesignFileRead = { ok: true; design: Design; warning?: string } | { ok: false; message: string };

/**
 * Reads an opened file into a trusted design, or says what is wrong with it, naming the
 * file. ECS definitions opened by mistake get a pointer to Import….
 */
export function readDesignFile(fileName: string, text: string): DesignFileRead {
  const json = parseJsonText(text, DESIGN_JSON_LIMITS);
  if (!json.ok) {
    const problem = json.limit ? json.error : `it is not valid JSON (${json.error})`;
    return { ok: false, message: `Could not open ${fileName}: ${problem}. Your design is unchanged.` };
  }
  const value = json.value;
  const parsed = parseDesign(value);
  if (!parsed.ok) {
    const hint = looksLikeEcsJson(value) ? ' To bring in ECS task definitions, services or clusters, use Import….' : '';
    return { ok: false, message: `Could not open ${fileName}: ${parsed.error}.${hint}` };
  }
  return parsed.warnings.length
    ? { ok: true, design: parsed.design, warning: `${fileName} was opened with repairs: ${parsed.warnings.join('; ')}.` }
    : { ok: true, design: parsed.design };
}

const ECS_KEYS = ['family', 'containerDefinitions', 'taskDefinition', 'taskDefinitions', 'serviceName', 'services', 'clusterName', 'clusters'];

function looksLikeEcsJson(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && ECS_KEYS.some((k) => k in value);
}
