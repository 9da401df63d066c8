import { isPlainObject, type JsonValue } from '../../model/json.ts';

/**
 * Variable interpolation of the Compose specification (`$VAR`, `${VAR}`, `${VAR:-default}`,
 * `${VAR-default}`, `${VAR:?error}`, `${VAR:+alternative}`, `$$` for a literal `$`).
 *
 * Compose takes the values from the shell and a `.env` file at `docker compose up` time. The
 * importer never reads the shell (a design file must not pick up whatever secrets happen to
 * be exported), only the variables it is given (the CLI passes the `.env` file next to the
 * compose file). A variable without a value takes its default when the expression has one;
 * otherwise the expression is kept literally, and reported, so that the user fills it in.
 */

export interface Interpolation {
  pointer: string;
  /** The expression as written, e.g. `${TAG:-1.27}`. */
  expression: string;
  variable: string;
  outcome: 'value' | 'default' | 'kept';
}

export function interpolate(value: JsonValue, variables: ReadonlyMap<string, string>, at = '', found: Interpolation[] = []): { value: JsonValue; found: Interpolation[] } {
  const walk = (v: JsonValue, p: string): JsonValue => {
    if (typeof v === 'string') return v.includes('$') ? interpolateText(v, variables, p, found) : v;
    if (Array.isArray(v)) return v.map((item, i) => walk(item, `${p}/${i}`));
    if (isPlainObject(v)) {
      const out: Record<string, JsonValue> = {};
      for (const [k, child] of Object.entries(v)) out[k] = walk(child as JsonValue, `${p}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      return out;
    }
    return v;
  };
  return { value: walk(value, at), found };
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

export function interpolateText(text: string, variables: ReadonlyMap<string, string>, pointer: string, found: Interpolation[]): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c !== '$') {
      out += c;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === '$') {
      out += '$';
      i += 2;
      continue;
    }
    if (next === '{') {
      const end = closingBrace(text, i + 2);
      if (end < 0) {
        out += text.slice(i);
        break;
      }
      out += braced(text.slice(i, end + 1), variables, pointer, found);
      i = end + 1;
      continue;
    }
    const name = NAME.exec(text.slice(i + 1))?.[0];
    if (!name) {
      out += '$';
      i++;
      continue;
    }
    const expression = `$${name}`;
    const set = variables.get(name);
    found.push({ pointer, expression, variable: name, outcome: set === undefined ? 'kept' : 'value' });
    out += set ?? expression;
    i += 1 + name.length;
  }
  return out;
}

/** Index of the `}` closing a `${` whose body starts at `from` (braces inside a default nest). */
function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function braced(expression: string, variables: ReadonlyMap<string, string>, pointer: string, found: Interpolation[]): string {
  const body = expression.slice(2, -1);
  const name = NAME.exec(body)?.[0];
  if (!name) {
    found.push({ pointer, expression, variable: body, outcome: 'kept' });
    return expression;
  }
  const rest = body.slice(name.length);
  const set = variables.get(name);
  const m = /^(:?)([-?+])([\s\S]*)$/.exec(rest);
  if (!rest || !m) {
    found.push({ pointer, expression, variable: name, outcome: set === undefined || rest ? 'kept' : 'value' });
    return set !== undefined && !rest ? set : expression;
  }
  const colon = m[1] === ':';
  const operator = m[2]!;
  const word = m[3]!;
  const has = set !== undefined && (!colon || set !== '');
  if (operator === '-') {
    if (has) {
      found.push({ pointer, expression, variable: name, outcome: 'value' });
      return set;
    }
    found.push({ pointer, expression, variable: name, outcome: 'default' });
    return interpolateText(word, variables, pointer, found);
  }
  if (operator === '+') {
    found.push({ pointer, expression, variable: name, outcome: has ? 'value' : 'default' });
    return has ? interpolateText(word, variables, pointer, found) : '';
  }
  // `?`: required. Without a value Compose refuses to start; the expression stays for the user.
  found.push({ pointer, expression, variable: name, outcome: has ? 'value' : 'kept' });
  return has ? set : expression;
}
