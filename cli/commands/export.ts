import { join } from 'node:path';
import { artifactText } from '../../src/core/derive/index.ts';
import { toCloudFormation } from '../../src/core/export/cloudformation/template.ts';
import { templateText, type TemplateFormat } from '../../src/core/export/cloudformation/serialize.ts';
import { SCRIPT_FILE, toCliScript } from '../../src/core/export/cli-script/script.ts';
import { toTerraform } from '../../src/core/export/terraform/configuration.ts';
import { EXIT, InputError } from '../errors.ts';
import { inside, writeAll, type OutputFile } from '../files.ts';
import { oneLine } from '../format.ts';
import { checkedDesign } from './checked-design.ts';

export interface ExportOptions {
  output: string;
  force?: boolean;
  /** `json` (default): the folder of API inputs; `cfn`: one CloudFormation template; `terraform`: main.tf and variables.tf; `cli`: deploy.sh, AWS CLI calls. */
  format?: string;
  /** For `cfn`: `yaml` (default) or `json`. */
  templateFormat?: string;
}

const FORMATS = ['json', 'cfn', 'terraform', 'cli'] as const;
const TEMPLATE_FORMATS = ['yaml', 'json'] as const;

/**
 * Writes every generated file of a design under the output folder, or (--format cfn) one
 * CloudFormation template, template.yaml / template.json, in it, (--format terraform) a
 * Terraform configuration, main.tf and variables.tf, or (--format cli) deploy.sh, a bash
 * script of AWS CLI calls. A design with error-level
 * problems would not register or create in AWS, so it is refused unless --force (then the
 * errors are printed as warnings and the files written anyway). What a template or
 * configuration cannot hold (a RunTask call), or the script does not create, is printed as
 * a warning: nothing is left out silently.
 */
export function exportCommand(file: string, options: ExportOptions): number {
  const format = options.format ?? 'json';
  if (!(FORMATS as readonly string[]).includes(format)) throw new InputError('--format', `unknown format "${format}" (use ${FORMATS.join(', ')})`);
  const templateFormat = options.templateFormat ?? 'yaml';
  if (!(TEMPLATE_FORMATS as readonly string[]).includes(templateFormat)) throw new InputError('--template-format', `unknown template format "${templateFormat}" (use yaml or json)`);
  const checked = checkedDesign(file, options.force, 'nothing written', 'export');
  if (!checked) return EXIT.problems;
  const { design, artifacts, ctx } = checked;
  let outputs: OutputFile[];
  if (format === 'cfn') {
    const { template, leftOut } = toCloudFormation(design, {}, artifacts, ctx);
    for (const l of leftOut) process.stderr.write(oneLine(`${file}: warning: ${l.path} is not in the template: ${l.reason}`) + '\n');
    const name = `template.${templateFormat}`;
    inside(options.output, name);
    outputs = [{ path: join(options.output, name), text: templateText(template, templateFormat as TemplateFormat) }];
  } else if (format === 'cli') {
    const { text, notScripted } = toCliScript(design, artifacts, ctx);
    for (const n of notScripted) process.stderr.write(oneLine(`${file}: warning: ${n.path} is not in ${SCRIPT_FILE}: ${n.reason}`) + '\n');
    inside(options.output, SCRIPT_FILE);
    outputs = [{ path: join(options.output, SCRIPT_FILE), text, mode: 0o755 }];
  } else if (format === 'terraform') {
    const { files, leftOut } = toTerraform(design, artifacts, ctx);
    for (const l of leftOut) process.stderr.write(oneLine(`${file}: warning: ${l.path} is not in main.tf: ${l.reason}`) + '\n');
    outputs = Object.entries(files).map(([name, text]) => {
      inside(options.output, name);
      return { path: join(options.output, name), text };
    });
  } else {
    // Check every path before writing any file.
    outputs = artifacts.map((a) => {
      inside(options.output, a.path);
      return { path: join(options.output, a.path), text: artifactText(a) };
    });
  }
  writeAll(outputs);
  for (const o of outputs) process.stdout.write(`wrote ${o.path}\n`);
  return EXIT.ok;
}
