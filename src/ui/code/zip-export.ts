import type { Artifact } from '../../core/model/artifact.ts';
import type { Design } from '../../core/model/design.ts';
import { strToU8, zipSync } from 'fflate';

/** One zip of every generated file, at its artifact path. */
export function zipFiles(files: readonly { path: string; text: string }[]): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const f of files) entries[f.path] = strToU8(f.text);
  return zipSync(entries, { level: 6 });
}

/** `<design-name>-ecs.zip`, with the name made safe for every file system. */
export function zipFileName(designName: string): string {
  const slug = designName
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return `${slug || 'design'}-ecs.zip`;
}

/** Where the zip holds the design's CloudFormation template (beside the API input folders). */
export const TEMPLATE_PATH = 'cloudformation/template.yaml';

/**
 * The design as one CloudFormation template, for the zip: the same text `ecs-designer
 * export --format cfn` writes. Loaded with the zip only (the YAML writer is not needed before).
 */
export async function templateFile(design: Design, artifacts: readonly Artifact[]): Promise<{ path: string; text: string }> {
  const [{ toCloudFormation }, { templateText }] = await Promise.all([import('../../core/export/cloudformation/template.ts'), import('../../core/export/cloudformation/serialize.ts')]);
  return { path: TEMPLATE_PATH, text: templateText(toCloudFormation(design, {}, artifacts).template) };
}
