import type { Artifact } from '../../core/model/artifact.ts';
import type { Design } from '../../core/model/design.ts';
import { strToU8, zipSync } from 'fflate';

/** A file for the zip; `executable` marks a script (deploy.sh) as such for unzip on Unix. */
export interface ZipEntry {
  path: string;
  text: string;
  executable?: boolean;
}

/** rwxr-xr-x regular file, as the high half of a zip entry's external attributes (made on Unix, os 3). */
const EXECUTABLE_ATTRS = (0o100755 << 16) >>> 0;

/** One zip of every generated file, at its artifact path. */
export function zipFiles(files: readonly ZipEntry[]): Uint8Array {
  const entries: Record<string, Uint8Array | [Uint8Array, { os: number; attrs: number }]> = {};
  for (const f of files) entries[f.path] = f.executable ? [strToU8(f.text), { os: 3, attrs: EXECUTABLE_ATTRS }] : strToU8(f.text);
  return zipSync(entries, { level: 6 });
}

/** The design's name made safe for every file system (`design` when nothing is left). */
export function designSlug(designName: string): string {
  const slug = designName
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return slug || 'design';
}

/** `<design-name>-ecs.zip`. */
export function zipFileName(designName: string): string {
  return `${designSlug(designName)}-ecs.zip`;
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

/** Where the zip holds the AWS CLI script. */
export const SCRIPT_PATH = 'cli/deploy.sh';

/** The design as deploy.sh, the same text `ecs-designer export --format cli` writes. */
export async function scriptFile(design: Design, artifacts: readonly Artifact[]): Promise<ZipEntry> {
  const { toCliScript } = await import('../../core/export/cli-script/script.ts');
  return { path: SCRIPT_PATH, text: toCliScript(design, artifacts).text, executable: true };
}
