/**
 * A small HCL (Terraform configuration syntax) model and its writer: just what main.tf
 * needs (blocks, attributes, literals, tuples, objects, references, string templates and
 * function calls). Strings are escaped the way HCL reads them back: `${` and `%{` start
 * interpolations and directives in any quoted string, so literal text doubles them.
 */

/** An expression written as it is: a reference (`aws_ecs_cluster.web.arn`, `var.x`) or a function call. */
export class Raw {
  constructor(readonly text: string) {}
}

/** A quoted string with interpolations: literal parts and expressions. */
export class Template {
  constructor(readonly parts: ReadonlyArray<string | Raw>) {}
}

/** `name(args...)`: a function call whose arguments are values (jsonencode, base64encode). */
export class Call {
  constructor(
    readonly name: string,
    readonly args: readonly HclValue[],
  ) {}
}

export type HclValue = string | number | boolean | null | Raw | Template | Call | HclValue[] | HclObject;
export interface HclObject {
  [key: string]: HclValue | undefined;
}

export interface Attribute {
  name: string;
  value: HclValue;
}

export interface Block {
  type: string;
  labels: string[];
  body: BodyItem[];
}

export type BodyItem = Attribute | Block;

export const isBlock = (item: BodyItem): item is Block => 'body' in item;

/** Text of a quoted HCL string literal part: quotes, backslashes, control characters, `${` and `%{` escaped. */
export function escapeString(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const next = text[i + 1];
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if ((ch === '$' || ch === '%') && next === '{') out += ch + ch;
    else if (ch < ' ' || ch === '\u007f') out += `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out;
}

export function quote(text: string): string {
  return `"${escapeString(text)}"`;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Bare object keys are read as strings, except these, which HCL reads as literals. */
const KEYWORDS = new Set(['true', 'false', 'null']);

function objectKey(key: string): string {
  return IDENTIFIER.test(key) && !KEYWORDS.has(key) ? key : quote(key);
}

const pad = (depth: number) => '  '.repeat(depth);

/** One value as HCL text at an indentation depth (nested objects and lists go on their own lines). */
export function valueText(value: HclValue, depth = 0): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`HCL has no literal for ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Raw) return value.text;
  if (value instanceof Template) return `"${value.parts.map((p) => (typeof p === 'string' ? escapeString(p) : `\${${p.text}}`)).join('')}"`;
  if (value instanceof Call) return `${value.name}(${value.args.map((a) => valueText(a, depth)).join(', ')})`;
  if (Array.isArray(value)) {
    if (!value.length) return '[]';
    if (value.every((v) => v === null || typeof v !== 'object' || v instanceof Raw || v instanceof Template)) {
      const flat = `[${value.map((v) => valueText(v, depth)).join(', ')}]`;
      if (flat.length <= 100) return flat;
    }
    return `[\n${value.map((v) => `${pad(depth + 1)}${valueText(v, depth + 1)},`).join('\n')}\n${pad(depth)}]`;
  }
  const entries = Object.entries(value).filter((e): e is [string, HclValue] => e[1] !== undefined);
  if (!entries.length) return '{}';
  return `{\n${entries.map(([k, v]) => `${pad(depth + 1)}${objectKey(k)} = ${valueText(v, depth + 1)}`).join('\n')}\n${pad(depth)}}`;
}

function bodyText(body: readonly BodyItem[], depth: number): string {
  return body.map((item) => (isBlock(item) ? blockText(item, depth) : `${pad(depth)}${item.name} = ${valueText(item.value, depth)}\n`)).join('');
}

export function blockText(block: Block, depth = 0): string {
  const head = [block.type, ...block.labels.map(quote)].join(' ');
  if (!block.body.length) return `${pad(depth)}${head} {}\n`;
  return `${pad(depth)}${head} {\n${bodyText(block.body, depth + 1)}${pad(depth)}}\n`;
}

/** A whole file: top-level blocks separated by blank lines. */
export function fileText(blocks: readonly Block[]): string {
  return blocks.map((b) => blockText(b)).join('\n');
}
