import type { JsonObject, JsonValue } from '../../model/json.ts';
import type { ComposeNotes } from './notes.ts';
import { durationSeconds, integer, isObject } from './values.ts';

/**
 * `healthcheck` → the container's healthCheck. `test` is `["CMD", …]`, `["CMD-SHELL", "…"]`,
 * `["NONE"]` or a string (run by the shell, as CMD-SHELL). Durations (`1m30s`) become
 * whole seconds, brought within what ECS takes (and reported when they had to move).
 * Values not given are left to ECS's defaults (interval 30 s, timeout 5 s, 3 retries).
 */

const RANGES: Record<string, { field: string; min: number; max: number }> = {
  interval: { field: 'interval', min: 5, max: 300 },
  timeout: { field: 'timeout', min: 2, max: 60 },
  start_period: { field: 'startPeriod', min: 0, max: 300 },
};

const RETRIES = { min: 1, max: 10 };

export function healthCheck(value: JsonValue, notes: ComposeNotes, at: string): JsonObject | undefined {
  if (!isObject(value)) {
    notes.warn(at, 'healthcheck is not a map: left out');
    return undefined;
  }
  if (value.disable === true) {
    notes.info(`${at}/disable`, 'disabled: no health check');
    return undefined;
  }
  const test = value.test;
  let command: string[] | undefined;
  if (typeof test === 'string') command = ['CMD-SHELL', test];
  else if (Array.isArray(test) && test.length && test.every((t) => typeof t === 'string')) {
    const [kind, ...rest] = test as string[];
    if (kind === 'NONE') {
      notes.info(`${at}/test`, 'NONE: no health check');
      return undefined;
    }
    if ((kind === 'CMD' || kind === 'CMD-SHELL') && rest.length) command = test as string[];
  }
  if (test === undefined) {
    notes.warn(`${at}/test`, 'no test: the image’s own HEALTHCHECK is not used by ECS; left out');
    return undefined;
  }
  if (!command) {
    notes.warn(`${at}/test`, `${JSON.stringify(test)} is not a health check command (CMD, CMD-SHELL or NONE): left out`);
    return undefined;
  }
  const check: JsonObject = { command };
  for (const [key, range] of Object.entries(RANGES)) {
    if (value[key] === undefined) continue;
    const seconds = durationSeconds(value[key]);
    if (seconds === undefined) {
      notes.warn(`${at}/${key}`, `${JSON.stringify(value[key])} is not a duration: left out`);
      continue;
    }
    const whole = Math.round(seconds);
    const within = Math.min(range.max, Math.max(range.min, whole));
    if (within !== whole) notes.warn(`${at}/${key}`, `${whole} seconds is outside what ECS takes (${range.min}–${range.max}): ${within}`);
    check[range.field] = within;
  }
  if (value.retries !== undefined) {
    const r = integer(value.retries);
    if (r === undefined) notes.warn(`${at}/retries`, `${JSON.stringify(value.retries)} is not a number: left out`);
    else {
      const within = Math.min(RETRIES.max, Math.max(RETRIES.min, r));
      if (within !== r) notes.warn(`${at}/retries`, `${r} is outside what ECS takes (${RETRIES.min}–${RETRIES.max}): ${within}`);
      check.retries = within;
    }
  }
  if (value.start_interval !== undefined) notes.warn(`${at}/start_interval`, 'left out: ECS has no separate interval during the start period');
  for (const key of Object.keys(value)) {
    if (!['test', 'interval', 'timeout', 'start_period', 'retries', 'start_interval', 'disable'].includes(key)) notes.warn(`${at}/${key}`, 'left out: not a health check key');
  }
  return check;
}
