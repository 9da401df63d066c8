import { stringify } from 'yaml';

export type TemplateFormat = 'yaml' | 'json';

/**
 * A template as text. YAML is written in block style with no line folding (long ARNs and
 * policies stay on one line) and no anchors, so the same template is the same text.
 */
export function templateText(template: Record<string, unknown>, format: TemplateFormat = 'yaml'): string {
  if (format === 'json') return `${JSON.stringify(template, null, 2)}\n`;
  // YAML 1.1 quoting: CloudFormation reads 1.1, where 2012-10-17, yes, on are not strings.
  return stringify(template, { version: '1.1', lineWidth: 0, aliasDuplicateObjects: false });
}
