import type { FieldSpec } from '../../core/kinds/types.ts';
import { isPlainObject, type JsonObject, type JsonValue } from '../../core/model/json.ts';
import { FIELD_JSON_LIMITS } from '../../core/model/json-limits.ts';
import { describeParseFailure, parseJsonText as parseJson } from '../../core/model/json-text.ts';

/**
 * Text ⇄ value conversions of the inspector's scalar inputs. Inputs hold text while the
 * user types; these decide what that text means when it is committed. An empty input
 * always means "field not set" (undefined), so the derived JSON leaves it out.
 */
export type Parsed<T> = { ok: true; value: T | undefined } | { ok: false; message: string };

export function valueAt(data: JsonObject | undefined, path: readonly string[]): JsonValue | undefined {
  let current: JsonValue | undefined = data;
  for (const key of path) {
    if (!isPlainObject(current)) return undefined;
    current = current[key];
  }
  return current;
}

/** What a text or number input shows for a stored value. */
export function formatScalar(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export function parseText(text: string): Parsed<string> {
  const value = text.trim();
  return { ok: true, value: value === '' ? undefined : value };
}

export function parseNumber(text: string, spec?: Pick<FieldSpec, 'min' | 'max'>): Parsed<number> {
  const raw = text.trim();
  if (raw === '') return { ok: true, value: undefined };
  const value = Number(raw);
  if (!Number.isFinite(value)) return { ok: false, message: 'Enter a number.' };
  if (spec?.min !== undefined && value < spec.min) return { ok: false, message: `Must be at least ${spec.min}.` };
  if (spec?.max !== undefined && value > spec.max) return { ok: false, message: `Must be at most ${spec.max}.` };
  return { ok: true, value };
}

/**
 * Numbers the ECS API takes as strings (task cpu "256", memory "512"). A plain number is
 * normalised ("0512" → "512"); unit forms the API also accepts ("1 vCPU", "2 GB") are kept
 * as typed so the validator can judge them.
 */
export function parseNumberString(text: string): Parsed<string> {
  const raw = text.trim();
  if (raw === '') return { ok: true, value: undefined };
  if (/^\d+$/.test(raw)) return { ok: true, value: String(Number(raw)) };
  return { ok: true, value: raw };
}

/** Parses a text-typed field input according to its spec (text, number, number-as-string). */
export function parseScalar(spec: FieldSpec, text: string): Parsed<JsonValue> {
  if (spec.type === 'number') return parseNumber(text, spec);
  if (spec.numberAsString) return parseNumberString(text);
  return parseText(text);
}

/** A select's stored value: the empty "(not set)" option removes the field. */
export function parseSelect(choice: string): string | undefined {
  return choice === '' ? undefined : choice;
}

/**
 * JSON textarea: empty removes the field; invalid JSON, or JSON over the limits (too
 * large, too deep, a number out of range), is reported and not applied.
 */
export function parseJsonText(text: string): Parsed<JsonValue> {
  if (text.trim() === '') return { ok: true, value: undefined };
  const parsed = parseJson(text, FIELD_JSON_LIMITS);
  if (parsed.ok) return { ok: true, value: parsed.value as JsonValue };
  const message = describeParseFailure(parsed);
  return { ok: false, message: message.charAt(0).toUpperCase() + message.slice(1) };
}

export function formatJson(value: JsonValue | undefined): string {
  return value === undefined ? '' : JSON.stringify(value, null, 2);
}
