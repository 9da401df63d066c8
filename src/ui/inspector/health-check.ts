import { isPlainObject, type JsonObject, type JsonValue } from '../../core/model/json.ts';
import { formatScalar, parseNumber } from './field-values.ts';

/**
 * The container health check is edited like the ECS console does it: the command as one
 * line "CMD-SHELL, curl -f http://localhost/ || exit 1", plus the four timings.
 */
export const DEFAULT_HEALTH_CHECK_COMMAND = ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'];

export const HEALTH_CHECK_TIMINGS = [
  { key: 'interval', label: 'Interval (s)', placeholder: '30', help: 'Between checks; 5–300.' },
  { key: 'timeout', label: 'Timeout (s)', placeholder: '5', help: 'Before a check fails; 2–60.' },
  { key: 'retries', label: 'Retries', placeholder: '3', help: 'Failures before unhealthy; 1–10.' },
  { key: 'startPeriod', label: 'Start period (s)', placeholder: 'off', help: 'Failures ignored after start; 0–300.' },
] as const;

export type TimingKey = (typeof HEALTH_CHECK_TIMINGS)[number]['key'];

export interface HealthCheckDraft {
  orig: JsonObject;
  command: string;
  timings: Record<TimingKey, string>;
}

/** The command array as one line of text. */
export function formatCommand(command: JsonValue | undefined): string {
  if (!Array.isArray(command)) return '';
  const items = command.map((c) => formatScalar(c));
  // Shell form is ["CMD-SHELL", "<whole command line>"]: commas inside it stay as typed.
  if (items[0] === 'CMD-SHELL' && items.length === 2) return `CMD-SHELL, ${items[1]}`;
  return items.join(', ');
}

/**
 * One line of text to the command array. "CMD-SHELL, <line>" keeps the line whole (it may
 * contain commas); "CMD, a, b" splits on commas (exec form); a JSON array is taken as is;
 * anything else is a shell command line.
 */
export function parseCommand(text: string): { ok: true; value: string[] | undefined } | { ok: false; message: string } {
  const raw = text.trim();
  if (raw === '') return { ok: true, value: undefined };
  if (raw.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(raw);
      if (Array.isArray(parsed) && parsed.every((p) => typeof p === 'string')) return { ok: true, value: parsed };
    } catch {
      // reported below
    }
    return { ok: false, message: 'A JSON command must be an array of strings, e.g. ["CMD", "/healthcheck"].' };
  }
  const shell = /^CMD-SHELL\s*(?:,\s*(.*))?$/s.exec(raw);
  if (shell) return { ok: true, value: shell[1] ? ['CMD-SHELL', shell[1].trim()] : ['CMD-SHELL'] };
  if (/^CMD\s*(,|$)/.test(raw)) {
    return { ok: true, value: raw.split(',').map((part) => part.trim()).filter((part) => part !== '') };
  }
  return { ok: true, value: ['CMD-SHELL', raw] };
}

export function toHealthCheckDraft(value: JsonValue | undefined): HealthCheckDraft {
  const orig = isPlainObject(value) ? value : {};
  return {
    orig,
    command: formatCommand(orig.command),
    timings: {
      interval: formatScalar(orig.interval),
      timeout: formatScalar(orig.timeout),
      retries: formatScalar(orig.retries),
      startPeriod: formatScalar(orig.startPeriod),
    },
  };
}

export type HealthCheckParsed =
  | { ok: true; value: JsonObject }
  | { ok: false; errors: Partial<Record<'command' | TimingKey, string>> };

/** The draft back to a healthCheck object (range checks are the validator's HC-* rules). */
export function fromHealthCheckDraft(draft: HealthCheckDraft): HealthCheckParsed {
  const errors: Partial<Record<'command' | TimingKey, string>> = {};
  const out: JsonObject = { ...draft.orig };
  const command = parseCommand(draft.command);
  if (command.ok) {
    if (command.value) out.command = command.value;
    else delete out.command;
  } else errors.command = command.message;
  for (const { key } of HEALTH_CHECK_TIMINGS) {
    const parsed = parseNumber(draft.timings[key], { min: 0 });
    if (!parsed.ok) errors[key] = parsed.message;
    else if (parsed.value === undefined) delete out[key];
    else out[key] = parsed.value;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: out };
}
