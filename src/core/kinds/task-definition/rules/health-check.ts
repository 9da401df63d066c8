import { isPlainObject } from '../../../model/json.ts';
import type { RuleModule } from '../../../validate/context.ts';
import { taskDefinitions } from '../../../validate/helpers.ts';
import { containerName, num, reportContainer } from './task-platform.ts';
import { textOf } from '../../../model/text.ts';

/** HealthCheck ranges from API_HealthCheck.html; `fallback` is what ECS uses when the field is omitted. */
const RANGES = [
  { field: 'interval', ruleId: 'HC-INT', min: 5, max: 300, unit: ' s', fallback: 30 },
  { field: 'timeout', ruleId: 'HC-TO', min: 2, max: 60, unit: ' s', fallback: 5 },
  { field: 'retries', ruleId: 'HC-RET', min: 1, max: 10, unit: '', fallback: 3 },
  { field: 'startPeriod', ruleId: 'HC-SP', min: 0, max: 300, unit: ' s', fallback: 0 },
] as const;
const COMMAND_TYPES = ['CMD', 'CMD-SHELL'];

/** HC-CMD, HC-INT, HC-TO, HC-RET, HC-SP, HC-TOINT, HC-ESS (ECS_RULES §2.7). */
export const healthCheckRules: RuleModule = {
  area: 'health check',
  rules: { 'HC-CMD': 'error', 'HC-INT': 'error', 'HC-TO': 'error', 'HC-RET': 'error', 'HC-SP': 'error', 'HC-TOINT': 'warning', 'HC-ESS': 'warning' },
  check(ctx) {
    for (const td of taskDefinitions(ctx)) {
      const checked = td.containers.filter((c) => isPlainObject(c.def.healthCheck));
      for (const c of checked) {
        const hc = c.def.healthCheck as Record<string, unknown>;
        const name = containerName(c);
        const command = hc.command;
        if (!Array.isArray(command) || command.length === 0 || !COMMAND_TYPES.includes(textOf(command[0]))) {
          reportContainer(ctx, td, c, {
            ruleId: 'HC-CMD',
            path: '/healthCheck/command',
            message: `The health check of ${name} needs a command starting with CMD or CMD-SHELL, e.g. ["CMD-SHELL", "curl -f http://localhost/ || exit 1"].`,
          });
        }
        for (const r of RANGES) {
          const value = hc[r.field];
          if (value === undefined) continue;
          const n = num(value);
          if (n !== undefined && Number.isInteger(n) && n >= r.min && n <= r.max) continue;
          reportContainer(ctx, td, c, {
            ruleId: r.ruleId,
            path: `/healthCheck/${r.field}`,
            message: `Health check ${r.field} of ${name} is ${textOf(value)}; it must be ${r.min}–${r.max}${r.unit}.`,
          });
        }
        const interval = num(hc.interval) ?? RANGES[0].fallback;
        const timeout = num(hc.timeout) ?? RANGES[1].fallback;
        if (timeout >= interval) {
          reportContainer(ctx, td, c, {
            ruleId: 'HC-TOINT',
            path: hc.timeout === undefined ? '/healthCheck' : '/healthCheck/timeout',
            message: `The health check of ${name} times out after ${timeout} s but runs every ${interval} s: checks overlap. Keep the timeout below the interval.`,
          });
        }
      }
      // Task health comes from essential containers only: checks on sidecars alone leave it UNKNOWN.
      if (checked.length && checked.every((c) => c.def.essential === false)) {
        const first = checked[0]!;
        reportContainer(ctx, td, first, {
          ruleId: 'HC-ESS',
          path: '/healthCheck',
          message: `Only non-essential containers (${checked.map(containerName).join(', ')}) have health checks, so the task's health stays UNKNOWN. Add one to an essential container.`,
        });
      }
    }
  },
};
