import type { Notice } from '../../apply/types.ts';
import type { Design } from '../../model/design.ts';
import { isComposeFile } from '../compose/detect-compose.ts';
import { importFiles, type ImportFile, type ImportOptions, type ImportResult } from '../import.ts';
import { isCloudFormationTemplate, looksLikeTemplateText } from './detect.ts';
import { importTemplate } from './import-template.ts';
import { parseTemplateText } from './parse.ts';

/**
 * The import the CLI and the editor call: CloudFormation templates (YAML or JSON) among the
 * files are read as templates, the rest by io/import.ts (ECS JSON and docker-compose files).
 * A YAML file that is neither a template nor a compose file is an error here.
 */
export function importFilesOrTemplates(design: Design, files: readonly ImportFile[], at?: { x: number; y: number }, options?: ImportOptions): ImportResult {
  const rest: ImportFile[] = [];
  let current = design;
  const notices: Notice[] = [];
  const nodeIds: string[] = [];
  for (const file of files) {
    const yaml = /\.(ya?ml|template)$/i.test(file.name);
    // A compose file is YAML too: io/import.ts reads it.
    if ((!yaml && !looksLikeTemplateText(file.text)) || (!looksLikeTemplateText(file.text) && isComposeFile(file.name, file.text))) {
      rest.push(file);
      continue;
    }
    const parsed = parseTemplateText(file.text);
    if (!parsed.ok) return { ok: false, error: parsed.error, file: file.name };
    if (!isCloudFormationTemplate(parsed.value)) {
      if (!yaml) {
        rest.push(file);
        continue;
      }
      return { ok: false, error: 'not a CloudFormation template (no AWSTemplateFormatVersion, and no Resources with a Type of AWS::…)', file: file.name };
    }
    const result = importTemplate(current, file.name, parsed.value, at);
    if (!result.ok) return result;
    current = result.design;
    notices.push(...result.notices);
    nodeIds.push(...result.nodeIds);
  }
  if (!rest.length) return { ok: true, design: current, notices, nodeIds };
  const result = importFiles(current, rest, at, options);
  return result.ok ? { ...result, notices: [...notices, ...result.notices], nodeIds: [...nodeIds, ...result.nodeIds] } : result;
}
