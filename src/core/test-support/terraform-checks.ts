import { parse } from '@cdktf/hcl2json';
import { escapeString, quote } from '../export/terraform/hcl.ts';
import type { TerraformExport } from '../export/terraform/configuration.ts';
import ALLOWED from '../export/terraform/provider-arguments.json' with { type: 'json' };

/**
 * Checks of a Terraform export through a real HCL parser (@cdktf/hcl2json, which reads
 * HCL into Terraform's JSON syntax): references, documented arguments, and literal values.
 */

export type Body = Record<string, unknown>;
export interface Parsed {
  resource?: Record<string, Record<string, Body[]>>;
  variable?: Record<string, Array<{ default?: unknown }>>;
}

interface ResourceDoc {
  arguments: string[];
  exported?: string[];
  added?: { arguments: string[] };
}
const DOCS = ALLOWED.resources as Record<string, ResourceDoc>;

export async function parsedFiles(out: TerraformExport): Promise<{ main: Parsed; variables: Parsed }> {
  return { main: (await parse('main.tf', out.files['main.tf']!)) as Parsed, variables: (await parse('variables.tf', out.files['variables.tf']!)) as Parsed };
}

function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* strings(v);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) yield* strings(v);
}

/** The `${…}` interpolations of a string in Terraform's JSON syntax (`$${` is a literal). */
export function interpolations(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text.startsWith('$${', i)) {
      i += 2;
      continue;
    }
    if (!text.startsWith('${', i)) continue;
    let depth = 0;
    let j = i + 1;
    for (; j < text.length; j++) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}' && --depth === 0) break;
    }
    out.push(text.slice(i + 2, j));
    i = j;
  }
  return out;
}

const REFERENCE = /(?<![\w.])(aws_[a-z0-9_]+)\.([a-z0-9_]+)(?:\.([a-z0-9_]+))?|(?<![\w.])var\.([a-z0-9_]+)/g;

/** References that name no resource or variable of the files, or an attribute the resource does not document. */
export function referenceProblems(main: Parsed, variables: Parsed): { problems: string[]; count: number } {
  const resources = main.resource ?? {};
  const vars = variables.variable ?? {};
  const problems: string[] = [];
  let count = 0;
  for (const [type, byName] of Object.entries(resources)) {
    for (const [label, bodies] of Object.entries(byName)) {
      for (const text of strings(bodies)) {
        for (const expression of interpolations(text)) {
          for (const m of expression.matchAll(REFERENCE)) {
            count++;
            const at = `${type}.${label} names ${m[0]}`;
            if (m[4]) {
              if (!vars[m[4]]) problems.push(`${at}: no such variable`);
              continue;
            }
            const [, refType, refName, attribute] = m;
            if (!resources[refType!]?.[refName!]) problems.push(`${at}: no such resource`);
            const doc = DOCS[refType!];
            if (attribute && ![...(doc?.arguments ?? []), ...(doc?.exported ?? [])].includes(attribute)) problems.push(`${at}: ${attribute} is not documented for ${refType}`);
          }
        }
      }
    }
  }
  return { problems, count };
}

/** Arguments and blocks (dotted paths) that provider-arguments.json does not list for their resource type. */
export function argumentProblems(main: Parsed): string[] {
  const problems: string[] = [];
  const check = (type: string, body: Body, prefix: string) => {
    const doc = DOCS[type];
    if (!doc) return problems.push(`${type} has no entry in provider-arguments.json`);
    for (const [key, value] of Object.entries(body)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (!prefix && key === 'depends_on') continue;
      if (![...doc.arguments, ...(doc.added?.arguments ?? [])].includes(path)) problems.push(`${type} ${path}`);
      // Nested blocks parse as lists of objects; attributes of object type (tags) as an object.
      if (Array.isArray(value) && value.every((v) => v && typeof v === 'object' && !Array.isArray(v))) for (const v of value) check(type, v as Body, path);
    }
  };
  for (const [type, byName] of Object.entries(main.resource ?? {})) for (const bodies of Object.values(byName)) for (const body of bodies) check(type, body, '');
  return problems;
}

/**
 * An HCL literal expression (the argument of jsonencode) as its JSON value: references
 * are put back as the text they stand for, then the HCL parser reads it, and Terraform's
 * JSON-syntax escapes are undone. An interpolation that is not a known reference fails.
 */
export async function evaluateLiteral(expression: string, references: ReadonlyMap<string, string>, variables: Record<string, string>): Promise<unknown> {
  const text = (e: string): string => {
    const m = /^var\.([a-z0-9_]+)$/.exec(e);
    const value = m ? variables[m[1]!] : references.get(e);
    if (value === undefined) throw new Error(`unknown reference ${e}`);
    return value;
  };
  const literal = expression
    .replace(/(?<!\$)\$\{([^}]+)\}/g, (_, e: string) => escapeString(text(e)))
    .replace(/(?<![\w."])((?:aws_[a-z0-9_]+\.[a-z0-9_]+\.[a-z0-9_]+)|var\.[a-z0-9_]+)(?![\w"])/g, (_, e: string) => quote(text(e)));
  const json = (await parse('literal.tf', `value = ${literal}\n`)) as { value: unknown };
  const unescape = (v: unknown): unknown => {
    if (typeof v === 'string') {
      if (interpolations(v).length) throw new Error(`interpolation left in ${v}`);
      if (/%\{/.test(v.replaceAll('%%{', ''))) throw new Error(`directive in ${v}`);
      return v.replaceAll('$${', '${').replaceAll('%%{', '%{');
    }
    if (Array.isArray(v)) return v.map(unescape);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, unescape(x)]));
    return v;
  };
  return unescape(json.value);
}
