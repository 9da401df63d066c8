import { parseDocument, type ScalarTag, type CollectionTag } from 'yaml';
import { ECS_JSON_LIMITS, MAX_JSON_DEPTH } from '../../model/json-limits.ts';
import { describeParseFailure, parseJsonText } from '../../model/json-text.ts';
import type { JsonValue } from '../../model/json.ts';

/**
 * CloudFormation templates as text: JSON, or YAML with the short-form intrinsics (`!Ref X`,
 * `!GetAtt A.B`, `!Sub`, ...), each read as the long form it abbreviates so that the rest
 * of the import sees one shape. The limits are the ECS JSON ones (size, depth); YAML adds
 * aliases, whose expansion is capped so that a few lines cannot become gigabytes.
 */

/** Short-form tags and the long-form key they stand for. */
const FUNCTIONS = ['Base64', 'Cidr', 'FindInMap', 'GetAtt', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub', 'Transform', 'And', 'Equals', 'If', 'Not', 'Or', 'ToJsonString', 'Length'] as const;

/** `!GetAtt A.B` is `Fn::GetAtt: [A, B]` (the attribute may itself hold dots: `Db.Endpoint.Address`). */
const getAttScalar = (value: string): JsonValue => {
  const dot = value.indexOf('.');
  return { 'Fn::GetAtt': dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
};

function tags(): Array<ScalarTag | CollectionTag> {
  const out: Array<ScalarTag | CollectionTag> = [{ tag: '!Ref', resolve: (v: string) => ({ Ref: v }) } as ScalarTag, { tag: '!Condition', resolve: (v: string) => ({ Condition: v }) } as ScalarTag];
  for (const name of FUNCTIONS) {
    const key = `Fn::${name}`;
    const tag = `!${name}`;
    out.push({ tag, resolve: (v: string) => (name === 'GetAtt' ? getAttScalar(v) : { [key]: v }) } as ScalarTag);
    out.push({ tag, collection: 'seq', resolve: (seq: { toJSON(): unknown }) => ({ [key]: seq.toJSON() }) } as unknown as CollectionTag);
    out.push({ tag, collection: 'map', resolve: (map: { toJSON(): unknown }) => ({ [key]: map.toJSON() }) } as unknown as CollectionTag);
  }
  return out;
}

/** Aliases a template may expand: real templates use a handful; a billion-laughs file uses thousands. */
export const MAX_YAML_ALIASES = 1000;

export type TemplateParse = { ok: true; value: JsonValue; format: 'json' | 'yaml' } | { ok: false; error: string };

/** A template's text as a value: JSON if it starts like JSON, else YAML. */
export function parseTemplateText(text: string): TemplateParse {
  if (/^\s*[{[]/.test(text)) {
    const parsed = parseJsonText(text);
    return parsed.ok ? { ok: true, value: parsed.value as JsonValue, format: 'json' } : { ok: false, error: describeParseFailure(parsed) };
  }
  const limits = ECS_JSON_LIMITS;
  if (text.length > limits.maxChars) return { ok: false, error: `the template is too large: ${text.length.toLocaleString('en-US')} characters, over the limit of ${limits.maxChars.toLocaleString('en-US')}` };
  const doc = parseDocument(text, { customTags: tags(), uniqueKeys: true, prettyErrors: true, strict: false });
  if (doc.errors.length) return { ok: false, error: `not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}` };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (e) {
    const message = (e as Error).message;
    if (/alias/i.test(message)) return { ok: false, error: `the template expands YAML aliases too often (over ${MAX_YAML_ALIASES}): ${message}` };
    return { ok: false, error: `not valid YAML: ${message}` };
  }
  const depth = depthOver(value, MAX_JSON_DEPTH);
  if (depth) return { ok: false, error: `the template nests deeper than ${MAX_JSON_DEPTH} levels (at ${depth})` };
  const size = JSON.stringify(value ?? null).length;
  if (size > limits.maxChars) return { ok: false, error: `the template expands to ${size.toLocaleString('en-US')} characters, over the limit of ${limits.maxChars.toLocaleString('en-US')}` };
  return { ok: true, value: value as JsonValue, format: 'yaml' };
}

/** The pointer of the first value nested deeper than `max`, walking without recursion. */
function depthOver(root: unknown, max: number): string | undefined {
  const stack: Array<[unknown, number, string]> = [[root, 0, '']];
  while (stack.length) {
    const [v, d, at] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    if (d + 1 > max) return at || '/';
    for (const [k, child] of Object.entries(v)) stack.push([child, d + 1, `${at}/${k}`]);
  }
  return undefined;
}
