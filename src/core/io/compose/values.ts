import { isPlainObject, type JsonObject, type JsonValue } from '../../model/json.ts';

/**
 * The small value formats of the Compose specification: durations, byte sizes, CPU counts,
 * shell words, `.env` files, and the list-or-map shapes many keys accept.
 */

const DURATION_UNITS: Record<string, number> = { us: 1e-6, µs: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };

/** `1m30s`, `10s`, `1.5h`, `500ms` (Go durations, as Compose writes them) → seconds; a bare number is seconds. */
export function durationSeconds(value: JsonValue | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  let total = 0;
  let rest = text;
  if (!rest) return undefined;
  while (rest) {
    const m = /^(\d+(?:\.\d+)?)(us|µs|ms|s|m|h)/.exec(rest);
    if (!m) return undefined;
    total += Number(m[1]) * DURATION_UNITS[m[2]!]!;
    rest = rest.slice(m[0].length);
  }
  return total;
}

const BYTE_UNITS: Record<string, number> = { b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, t: 1024 ** 4, tb: 1024 ** 4 };

/** `512m`, `1gb`, `2G`, `1073741824` (bytes) → bytes. */
export function byteSize(value: JsonValue | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(value);
  if (!m) return undefined;
  const unit = BYTE_UNITS[m[2]!.toLowerCase() || 'b'];
  return unit === undefined ? undefined : Number(m[1]) * unit;
}

/** Bytes → whole MiB, at least 1 (ECS sizes are in MiB). */
export function mebibytes(bytes: number): number {
  return Math.max(1, Math.round(bytes / 1024 ** 2));
}

/** `"0.5"` or `1.5` CPUs → ECS CPU units (1024 per vCPU). */
export function cpuUnits(value: JsonValue | undefined): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : undefined;
  return n === undefined || !Number.isFinite(n) || n <= 0 ? undefined : Math.round(n * 1024);
}

/**
 * A command string split into words as a POSIX shell would (quotes and backslashes), with
 * nothing expanded: what Compose does with a string `command` or `entrypoint`, so the
 * container gets the same argv as under Compose. Undefined for an unclosed quote.
 */
export function shellWords(text: string): string[] | undefined {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else word += c;
    } else if (quote === '"') {
      if (c === '"') quote = undefined;
      else if (c === '\\' && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1]!)) word += text[++i];
      else word += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < text.length) {
      if (text[i + 1] !== '\n') word += text[i + 1];
      i++;
      inWord = true;
    } else if (c === ' ' || c === '\t' || c === '\n') {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (quote) return undefined;
  if (inWord) words.push(word);
  return words;
}

/** A whole number, also written as text (what interpolation leaves: `replicas: ${REPLICAS:-2}`). */
export function integer(value: JsonValue | undefined): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

/** A scalar as ECS wants it in a string field: Compose accepts `PORT: 8080` or `DEBUG: true`. */
export function scalarText(value: JsonValue | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/**
 * The list-or-map shape of `environment`, `labels`, `extra_hosts`…: `["A=1", "B"]` or
 * `{A: 1, B: null}` → entries; a list item without `=` (or a map value of null) has no value.
 */
export function keyValues(value: JsonValue | undefined, separator = '='): Array<{ key: string; value: string | undefined }> | undefined {
  if (Array.isArray(value)) {
    const out: Array<{ key: string; value: string | undefined }> = [];
    for (const item of value) {
      const text = scalarText(item);
      if (text === undefined) return undefined;
      const at = text.indexOf(separator);
      out.push(at < 0 ? { key: text, value: undefined } : { key: text.slice(0, at), value: text.slice(at + separator.length) });
    }
    return out;
  }
  if (isPlainObject(value)) {
    const out: Array<{ key: string; value: string | undefined }> = [];
    for (const [key, v] of Object.entries(value)) {
      if (v === null) out.push({ key, value: undefined });
      else {
        const text = scalarText(v);
        if (text === undefined) return undefined;
        out.push({ key, value: text });
      }
    }
    return out;
  }
  return undefined;
}

/** A string or a list of strings (`dns`, `tmpfs`, `cap_add`…) → the list. */
export function stringList(value: JsonValue | undefined): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.map(String);
  return undefined;
}

/**
 * A `.env` file (env_file): `KEY=value` lines; `#` comments, blank lines and an `export `
 * prefix are allowed; single quotes keep the text as written, double quotes take `\n`
 * escapes, an unquoted value ends at ` #`. A line without `=` names a variable with no value.
 */
export function parseEnvFile(text: string): Array<{ key: string; value: string | undefined }> {
  const out: Array<{ key: string; value: string | undefined }> = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const body = line.startsWith('export ') ? line.slice(7).trimStart() : line;
    const at = body.indexOf('=');
    if (at < 0) {
      out.push({ key: body, value: undefined });
      continue;
    }
    const key = body.slice(0, at).trim();
    let value = body.slice(at + 1).trim();
    if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) value = value.slice(1, -1);
    else if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1).replace(/\\n/g, '\n').replace(/\\(["\\])/g, '$1');
    else value = value.replace(/\s+#.*$/, '');
    out.push({ key, value });
  }
  return out;
}

/** A name ECS takes for a family, container, service or cluster: letters, digits, `-` and `_`, up to 255. */
export function ecsName(name: string): string {
  const clean = name.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 255);
  return clean || 'app';
}

export const isObject = (v: JsonValue | undefined): v is JsonObject => isPlainObject(v);
