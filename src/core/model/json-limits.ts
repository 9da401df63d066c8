/**
 * Limits on the JSON the app reads (ECS files, edited text, design files, autosave), and
 * the check that applies them BEFORE any recursive parser sees the text. jsonc-parser and
 * every walk over the parsed value recurse once or more per nesting level, so a file nested
 * ten thousand levels deep overflows the stack; the check below is one linear loop.
 */

export interface JsonLimits {
  /** What the text is, for messages: "ECS JSON", "a design file". */
  what: string;
  /** Most characters (UTF-16 code units) of text; a file's byte size is checked against the same number. */
  maxChars: number;
  /** Most nested objects and lists: `{}` is 1, `{"a": []}` is 2. */
  maxDepth: number;
  /** Longest string, as written (escapes count as written). */
  maxStringChars: number;
}

/** No real ECS definition nests more than a dozen levels; 256 leaves room for any hand-written policy or label map. */
export const MAX_JSON_DEPTH = 256;

const MIB = 1024 * 1024;

/**
 * A whole task definition is at most 64 KiB, so no real value comes near 1 MiB; a longer
 * one (a family three million characters long) is shown on the canvas, in the inspector
 * and in problem messages, and costs the browser seconds to lay out each time.
 */
const MAX_STRING_CHARS = MIB;

/**
 * ECS definitions, the code pane's files and inspector JSON fields. AWS caps a task
 * definition at 64 KiB and describe-services returns at most 10 services (with their
 * events, well under 1 MiB); 4 MiB is far beyond any of them and small enough to parse,
 * show in Monaco and walk in a few hundred milliseconds.
 */
export const ECS_JSON_LIMITS: JsonLimits = { what: 'ECS JSON', maxChars: 4 * MIB, maxDepth: MAX_JSON_DEPTH, maxStringChars: MAX_STRING_CHARS };

/**
 * Design files, autosave and copied canvas fragments. A 5,000-node design (more than the
 * editor is built for) is 3.7 MB as saved, so 16 MiB leaves room without letting a stray
 * huge file freeze the tab. A design holds a definition's fields at most three levels
 * deeper than its file does (design → nodes → node → data), so a design file gets that
 * much more depth (with room to spare): whatever was imported can be saved and opened again.
 */
export const DESIGN_JSON_LIMITS: JsonLimits = { what: 'a design file', maxChars: 16 * MIB, maxDepth: MAX_JSON_DEPTH + 8, maxStringChars: MAX_STRING_CHARS };

/**
 * A JSON field of the inspector (a role's policy statements). Its value lands a few levels
 * down in its file (Policies → item → PolicyDocument → Statement is four), so it gets less
 * depth than a file, with room to spare: the file stays within the limit and can still be
 * edited in the code pane.
 */
export const FIELD_JSON_LIMITS: JsonLimits = { ...ECS_JSON_LIMITS, what: 'a JSON field', maxDepth: MAX_JSON_DEPTH - 8 };

/**
 * Containers one task definition may bring in. Each becomes a node on the canvas, and
 * adding nodes one by one costs more the more there are: a 4 MiB file of bare containers
 * (100,000 of them) would keep the tab or the CLI busy for a quarter of an hour. ECS itself takes at most
 * 10 per task definition, so 100 refuses only what can never be registered anyway.
 */
export const MAX_CONTAINERS_PER_TASK_DEFINITION = 100;

/**
 * Definitions one file may bring in (a describe-services output lists several). The same
 * reason as for containers: each is a node, and 40,000 services (minutes of work) fit in 4 MiB. AWS returns
 * at most 10 services per describe-services call.
 */
export const MAX_DEFINITIONS_PER_FILE = 100;

export interface LimitViolation {
  limit: 'size' | 'depth' | 'number' | 'string';
  /** One line for the user, starting lower case so it reads after "file.json: ". */
  message: string;
  /** Where in the text (for an editor marker). */
  offset: number;
  length: number;
  /** JSON pointer of the value that goes too deep, or of the string that is too long. */
  pointer?: string;
}

/** "4 MiB": the limits are whole mebibytes. */
export function formatSize(units: number): string {
  return `${Math.round((units / MIB) * 10) / 10} MiB`;
}

const count = (n: number) => n.toLocaleString('en-US');

/** The message for a file of `bytes` that is over the size limit (checked before reading it), or undefined. */
export function fileSizeViolation(bytes: number, limits: JsonLimits): string | undefined {
  if (bytes <= limits.maxChars) return undefined;
  return `too large: ${count(bytes)} bytes, over the ${formatSize(limits.maxChars)} limit for ${limits.what}`;
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const SLASH = 0x2f;
const STAR = 0x2a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_LIST = 0x5b;
const CLOSE_LIST = 0x5d;
const COMMA = 0x2c;
const MINUS = 0x2d;

/** A number without an exponent up to this long is always finite (Infinity needs 310 digits), so it is not converted. */
const SAFE_PLAIN_NUMBER_LENGTH = 308;

/**
 * Checks text against the limits without building anything: its length, how deep its
 * objects and lists nest, and that every number is finite (JSON.parse turns 1e400 into
 * Infinity, which would be saved back as null). Brackets inside strings (escaped quotes
 * included) and comments do not count. Broken JSON is not reported here: the parser does
 * that, with its own position, once the text is known to be safe to give it.
 */
export function checkJsonLimits(text: string, limits: JsonLimits): LimitViolation | undefined {
  if (text.length > limits.maxChars) {
    return {
      limit: 'size',
      message: `too large: ${count(text.length)} characters, over the ${formatSize(limits.maxChars)} limit for ${limits.what}`,
      offset: 0,
      length: 0,
    };
  }
  const max = limits.maxDepth;
  // Per open container: list or object, the current item index, and where the current key is.
  const isList = new Uint8Array(max);
  const index = new Uint32Array(max);
  const keyStart = new Int32Array(max);
  const keyEnd = new Int32Array(max);
  let depth = 0;
  let expectKey = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (end - i - 1 > limits.maxStringChars) {
        return stringViolation(text, i, end - i - 1, limits, pointerOf(text, depth, isList, index, keyStart, keyEnd));
      }
      if (expectKey) {
        keyStart[depth - 1] = i;
        keyEnd[depth - 1] = end;
        expectKey = false;
      }
      i = end;
    } else if (c === OPEN_OBJECT || c === OPEN_LIST) {
      if (depth === max) return depthViolation(text, i, limits, pointerOf(text, depth, isList, index, keyStart, keyEnd));
      isList[depth] = c === OPEN_LIST ? 1 : 0;
      index[depth] = 0;
      keyStart[depth] = -1;
      depth++;
      expectKey = c === OPEN_OBJECT;
    } else if (c === CLOSE_OBJECT || c === CLOSE_LIST) {
      if (depth > 0) depth--;
      expectKey = false;
    } else if (c === COMMA) {
      if (depth > 0 && isList[depth - 1]) index[depth - 1]!++;
      else if (depth > 0) expectKey = true;
    } else if (c === SLASH) {
      i = commentEnd(text, i);
    } else if (c === MINUS || (c >= 0x30 && c <= 0x39)) {
      const end = numberEnd(text, i);
      const token = text.slice(i, end);
      const mayOverflow = token.length > SAFE_PLAIN_NUMBER_LENGTH || token.includes('e') || token.includes('E');
      if (mayOverflow && Math.abs(Number(token)) === Infinity) {
        return numberViolation(text, i, token, limits);
      }
      i = end - 1;
    }
  }
  return undefined;
}

/** Index of the closing quote of the string opening at `start` (or the end of the text). */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) return i;
  }
  return text.length;
}

/** Last index of a `//` or `/* *\/` comment starting at `start`; a lone slash is itself. */
function commentEnd(text: string, start: number): number {
  const next = text.charCodeAt(start + 1);
  if (next === SLASH) {
    const end = text.indexOf('\n', start);
    return end === -1 ? text.length : end;
  }
  if (next === STAR) {
    const end = text.indexOf('*/', start + 2);
    return end === -1 ? text.length : end + 1;
  }
  return start;
}

/** End of a number token: digits, sign, point and exponent characters (the parser checks their order). */
function numberEnd(text: string, start: number): number {
  let i = start + 1;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const numeric = (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2b || c === MINUS || c === 0x65 || c === 0x45;
    if (!numeric) break;
  }
  return i;
}

function pointerOf(text: string, depth: number, isList: Uint8Array, index: Uint32Array, keyStart: Int32Array, keyEnd: Int32Array): string[] {
  const segments: string[] = [];
  for (let d = 0; d < depth; d++) {
    if (isList[d]) segments.push(String(index[d]));
    else segments.push(keyStart[d]! < 0 ? '' : decodeKey(text.slice(keyStart[d], keyEnd[d]! + 1)));
  }
  return segments;
}

function decodeKey(quoted: string): string {
  try {
    const key: unknown = JSON.parse(quoted);
    return typeof key === 'string' ? key : quoted;
  } catch {
    return quoted.slice(1, -1);
  }
}

const escapeSegment = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
const fullPointer = (segments: readonly string[]) => segments.map((s) => '/' + escapeSegment(s)).join('');

/** A pointer 256 segments long is no use in a message: the first few and the last ones say where. */
function shortPointer(segments: readonly string[]): string {
  const shown = segments.length > 8 ? [...segments.slice(0, 5), '…', ...segments.slice(-2)] : segments;
  return shown.map((s) => '/' + (s === '…' ? s : escapeSegment(s))).join('');
}

function depthViolation(text: string, offset: number, limits: JsonLimits, segments: string[]): LimitViolation {
  const { line, column } = lineColumn(text, offset);
  const pointer = fullPointer(segments);
  return {
    limit: 'depth',
    message: `nested more than ${limits.maxDepth} levels deep (the limit for ${limits.what}) at line ${line}, column ${column}, JSON pointer ${shortPointer(segments) || '/'}`,
    offset,
    length: 1,
    pointer,
  };
}

function stringViolation(text: string, offset: number, length: number, limits: JsonLimits, segments: string[]): LimitViolation {
  const { line, column } = lineColumn(text, offset);
  return {
    limit: 'string',
    message: `string too long: ${count(length)} characters at line ${line}, column ${column}, JSON pointer ${shortPointer(segments) || '/'}, over the ${formatSize(limits.maxStringChars)} limit for a string in ${limits.what}`,
    offset,
    length: 1,
    pointer: fullPointer(segments),
  };
}

function numberViolation(text: string, offset: number, token: string, limits: JsonLimits): LimitViolation {
  const { line, column } = lineColumn(text, offset);
  const shown = token.length > 24 ? `${token.slice(0, 12)}…${token.slice(-8)}` : token;
  return {
    limit: 'number',
    message: `number too large: ${shown} at line ${line}, column ${column} is beyond what ${limits.what} can hold (about ±1.8e308)`,
    offset,
    length: token.length,
  };
}
