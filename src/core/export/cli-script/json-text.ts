/**
 * JSON text for the script's `--cli-input-json` documents, with holes for shell variables.
 * A string value is a list of segments: literal text, or a variable (`${WebAlbArn}`) the
 * script fills in once AWS has assigned it. In the text, every literal `$` is written as
 * the JSON escape `\u0024`, so the only `${` left in a document are the holes: the script
 * can fill them without ever mistaking a design's own text (`$HOME`, `${FOO}`) for one.
 */

export type Segment = string | { variable: string };

/** A string value with holes. */
export class Holed {
  constructor(readonly segments: readonly Segment[]) {}
}

/** The JSON syntax of a value, as segments: literal parts are JSON text. */
export function jsonSegments(value: unknown, indent = 0, depth = 0): Segment[] {
  if (value instanceof Holed) {
    return ['"', ...value.segments.map((s) => (typeof s === 'string' ? JSON.stringify(s).slice(1, -1) : s)), '"'];
  }
  if (Array.isArray(value)) {
    if (!value.length) return ['[]'];
    return wrap('[', ']', value.map((v) => jsonSegments(v, indent, depth + 1)), indent, depth);
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (!entries.length) return ['{}'];
    const colon = indent ? ': ' : ':';
    return wrap('{', '}', entries.map(([k, v]) => [JSON.stringify(k) + colon, ...jsonSegments(v, indent, depth + 1)]), indent, depth);
  }
  return [JSON.stringify(value ?? null)];
}

function wrap(open: string, close: string, items: Segment[][], indent: number, depth: number): Segment[] {
  if (!indent) return [open, ...items.flatMap((item, i) => (i ? [',', ...item] : item)), close];
  const inner = '\n' + ' '.repeat(indent * (depth + 1));
  return [open, ...items.flatMap((item, i) => [(i ? ',' : '') + inner, ...item]), '\n' + ' '.repeat(indent * depth) + close];
}

/** A value as a JSON string whose content is itself a JSON document (IAM policy documents), holes kept. */
export function embeddedJson(value: unknown): Holed {
  return new Holed(jsonSegments(value));
}

/** Segments as the text of the heredoc: literal `$` escaped, holes as `${NAME}`. */
export function holedText(segments: readonly Segment[]): string {
  return segments.map((s) => (typeof s === 'string' ? s.replaceAll('$', '\\u0024') : `\${${s.variable}}`)).join('');
}

/** The variables a document's holes name, in order of first use. */
export function variablesOf(segments: readonly Segment[]): string[] {
  return [...new Set(segments.flatMap((s) => (typeof s === 'string' ? [] : [s.variable])))];
}
