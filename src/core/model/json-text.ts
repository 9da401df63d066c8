import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { checkJsonLimits, ECS_JSON_LIMITS, lineColumn, type JsonLimits, type LimitViolation } from './json-limits.ts';

export type ParseResult =
  | { ok: true; value: unknown; /** Pointers of `__proto__` keys that were left out. */ dropped: string[] }
  | {
      ok: false;
      error: string;
      offset: number;
      length: number;
      /** Set when the text is refused for a limit (too large, too deep, a number out of range) rather than broken. */
      limit?: LimitViolation['limit'];
    };

/**
 * Parses JSON text; errors carry the offset so the editor can mark the spot. The limits
 * (size, depth, finite numbers) are checked first, here, so that every reader of JSON text
 * gets them wherever it runs. A key named `__proto__` is left out (and reported):
 * JavaScript objects cannot hold it as data, and a hostile file must not reach the
 * prototypes of the objects built from it.
 */
export function parseJsonText(text: string, limits: JsonLimits = ECS_JSON_LIMITS): ParseResult {
  const violation = checkJsonLimits(text, limits);
  if (violation) return { ok: false, error: violation.message, offset: violation.offset, length: violation.length, limit: violation.limit };
  if (text.trim() === '') return { ok: false, error: 'The file is empty', offset: 0, length: 0 };
  let value: unknown;
  try {
    // JSON.parse first: several times faster than jsonc-parser on valid text (a large design
    // opens or restores quickly); jsonc-parser is only asked where a broken text breaks.
    value = JSON.parse(text);
  } catch (e) {
    return brokenAt(text) ?? { ok: false, error: (e as Error).message, offset: 0, length: 0 };
  }
  // Only a text that spells __proto__, plainly or with \u escapes, can hold the key: others skip the copy.
  if (!text.includes('__proto__') && !text.includes('\\u')) return { ok: true, value, dropped: [] };
  const dropped: string[] = [];
  return { ok: true, value: withoutProtoKeys(value, '', dropped), dropped };
}

/** The first syntax error, with its place, as jsonc-parser finds it. */
function brokenAt(text: string): Extract<ParseResult, { ok: false }> | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, { allowTrailingComma: false, disallowComments: true });
  const first = errors[0];
  if (!first) return undefined;
  const { line, column } = lineColumn(text, first.offset);
  return {
    ok: false,
    error: `${describeParseError(printParseErrorCode(first.error))} at line ${line}, column ${column}`,
    offset: first.offset,
    length: first.length,
  };
}

/** "not valid JSON: …" for broken text; a limit's message says what it is by itself. */
export function describeParseFailure(failure: Extract<ParseResult, { ok: false }>): string {
  return failure.limit ? failure.error : `not valid JSON: ${failure.error}`;
}

// Recursive, which is safe: the limits above keep the depth to a few hundred levels.
function withoutProtoKeys(value: unknown, at: string, dropped: string[]): unknown {
  if (Array.isArray(value)) return value.map((v, i) => withoutProtoKeys(v, `${at}/${i}`, dropped));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const path = `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (key === '__proto__') dropped.push(path);
    else out[key] = withoutProtoKeys((value as Record<string, unknown>)[key], path, dropped);
  }
  return out;
}

function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase()).replace(/ (\w)/g, (_, c: string) => ' ' + c.toLowerCase());
}
