import type { JsonObject } from '../model/json.ts';
import { stripNulls } from './common.ts';

/**
 * The members of an edited file, nulls dropped, without `except` (the members the caller
 * maps itself). For kinds whose node holds its API input as it is: every other key, known
 * to the designer or not, is kept (ARCHITECTURE principle 4).
 */
export function keysExcept(content: JsonObject, except: readonly string[] = []): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(content)) {
    if (value === undefined || value === null || except.includes(key)) continue;
    out[key] = stripNulls(value);
  }
  return out;
}
