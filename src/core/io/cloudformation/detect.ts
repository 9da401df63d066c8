import { isPlainObject, type JsonObject } from '../../model/json.ts';

/**
 * Whether a parsed file is a CloudFormation template: it says its format version, or its
 * Resources are entries with an `AWS::` Type. (docker-compose files, the other YAML the
 * import reads, have `services` and no Resources.)
 */
export function isCloudFormationTemplate(value: unknown): value is JsonObject {
  if (!isPlainObject(value)) return false;
  if (typeof value.AWSTemplateFormatVersion === 'string' || value.AWSTemplateFormatVersion instanceof Date) return true;
  const resources = value.Resources;
  if (!isPlainObject(resources)) return false;
  const entries = Object.values(resources);
  return entries.length > 0 && entries.every((r) => isPlainObject(r) && typeof r.Type === 'string') && entries.some((r) => String((r as JsonObject).Type).startsWith('AWS::'));
}

/** Whether a text looks like a template before it is parsed (a file name alone does not say: .yaml is also compose). */
export function looksLikeTemplateText(text: string): boolean {
  return /AWSTemplateFormatVersion/.test(text.slice(0, 4096)) || /(^|\n)\s*"?Resources"?\s*:/.test(text) && /Type"?\s*:\s*"?AWS::/.test(text);
}
