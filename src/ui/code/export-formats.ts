import type { Artifact } from '../../core/model/artifact.ts';
import type { Design } from '../../core/model/design.ts';
import type { Problem } from '../../core/validate/types.ts';

/** What the code pane's Export menu downloads: one file per format. */
export interface ExportFile {
  name: string;
  bytes: Uint8Array;
  mime: string;
}

/** The design's files as the code pane has them (texts as the editor shows them). */
export interface ExportInput {
  design: Design;
  artifacts: readonly Artifact[];
  texts: { get(path: string): string | undefined };
}

export interface ExportFormat {
  id: string;
  /** The menu item's text. */
  label: string;
  /** What the file is, under the label. */
  detail: string;
  /** Builds the file; each loads its exporter only when asked for (its own chunk). */
  build(input: ExportInput): Promise<ExportFile>;
}

const text = (s: string) => new TextEncoder().encode(s);

/** Every API input file, the CloudFormation template and the CLI script, in one zip (Download all). */
export async function apiInputsZip({ design, artifacts, texts }: ExportInput): Promise<ExportFile> {
  const { scriptFile, templateFile, zipFileName, zipFiles } = await import('./zip-export.ts'); // fflate only when asked for
  const files = [...artifacts.map((a) => ({ path: a.path, text: texts.get(a.path)! })), await templateFile(design, artifacts), await scriptFile(design, artifacts)];
  return { name: zipFileName(design.name), bytes: zipFiles(files), mime: 'application/zip' };
}

async function cloudFormation({ design, artifacts }: ExportInput, format: 'yaml' | 'json'): Promise<ExportFile> {
  const [{ toCloudFormation }, { templateText }, { designSlug }] = await Promise.all([
    import('../../core/export/cloudformation/template.ts'),
    import('../../core/export/cloudformation/serialize.ts'),
    import('./zip-export.ts'),
  ]);
  return {
    name: `${designSlug(design.name)}-template.${format}`,
    bytes: text(templateText(toCloudFormation(design, {}, artifacts).template, format)),
    mime: format === 'json' ? 'application/json' : 'application/yaml',
  };
}

/** main.tf and variables.tf, zipped: a Terraform configuration is a folder of files. */
async function terraformZip({ design, artifacts }: ExportInput): Promise<ExportFile> {
  const [{ toTerraform }, { designSlug, zipFiles }] = await Promise.all([import('../../core/export/terraform/configuration.ts'), import('./zip-export.ts')]);
  const { files } = toTerraform(design, artifacts);
  return { name: `${designSlug(design.name)}-terraform.zip`, bytes: zipFiles(Object.entries(files).map(([path, text]) => ({ path, text }))), mime: 'application/zip' };
}

/**
 * The Export menu's formats, in menu order. Another exporter is one more entry here: a
 * label, a detail and a build that imports it lazily; the menu, its keyboard handling and
 * the error warning need no change.
 */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { id: 'api-zip', label: 'API inputs (.zip)', detail: 'Every generated file, with the template and deploy.sh', build: apiInputsZip },
  { id: 'cfn-yaml', label: 'CloudFormation template (YAML)', detail: 'One template for the whole design', build: (input) => cloudFormation(input, 'yaml') },
  { id: 'cfn-json', label: 'CloudFormation template (JSON)', detail: 'The same template as JSON', build: (input) => cloudFormation(input, 'json') },
  { id: 'terraform', label: 'Terraform configuration (.zip)', detail: 'main.tf and variables.tf for the AWS provider', build: terraformZip },
  {
    id: 'cli',
    label: 'AWS CLI script (deploy.sh)',
    detail: 'aws … --cli-input-json calls in dependency order',
    build: async ({ design, artifacts }) => {
      const { toCliScript, SCRIPT_FILE } = await import('../../core/export/cli-script/script.ts');
      return { name: SCRIPT_FILE, bytes: text(toCliScript(design, artifacts).text), mime: 'text/x-shellscript' };
    },
  },
];

/**
 * What to say when a design with error-level problems is exported. As the CLI does with
 * --force: the file is written, and the user told that AWS would refuse parts of it.
 * (The browser does not refuse: the user may want the file to finish it by hand.)
 */
export function exportWarning(problems: readonly Problem[], label: string): string | undefined {
  const errors = problems.filter((p) => p.severity === 'error');
  if (!errors.length) return undefined;
  const first = errors[0]!;
  const more = errors.length > 1 ? ` and ${errors.length - 1} more` : '';
  return `Exported ${label}, but the design has ${errors.length} error${errors.length === 1 ? '' : 's'} (${first.ruleId}: ${first.message.replace(/\.$/, '')}${more}); AWS would refuse what they concern. See the Problems list.`;
}
