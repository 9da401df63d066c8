/**
 * How often a schedule expression starts a task in a month of `hoursPerMonth` hours, for
 * the cost estimate. EventBridge and Scheduler take rate(N unit), cron(minutes hours
 * day-of-month month day-of-week year) and (Scheduler) at(…) for one run. Only a cron that
 * fires the same way every day (day-of-month, month, day-of-week and year all `*` or `?`)
 * is counted; anything else is left to the user, with the reason.
 */
export type ScheduleRuns = { runs: number; description: string } | { unknown: string };

const UNIT_MINUTES: Record<string, number> = { minute: 1, minutes: 1, hour: 60, hours: 60, day: 1440, days: 1440 };

export function runsPerMonth(expression: unknown, hoursPerMonth: number): ScheduleRuns {
  if (typeof expression !== 'string' || !expression.trim()) return { unknown: 'no schedule expression' };
  const text = expression.trim();
  const rate = /^rate\(\s*(\d+)\s+([a-z]+)\s*\)$/.exec(text);
  if (rate) {
    const every = Number(rate[1]);
    const minutes = UNIT_MINUTES[rate[2]!];
    if (!minutes || !every) return { unknown: `${text} is not a rate EventBridge takes` };
    return { runs: (hoursPerMonth * 60) / (every * minutes), description: `${text}: every ${every * minutes} minutes` };
  }
  if (/^at\(.+\)$/.test(text)) return { runs: 1, description: `${text}: one run` };
  const cron = /^cron\((.+)\)$/.exec(text);
  if (!cron) return { unknown: `${text} is not a rate, cron or at expression` };
  const fields = cron[1]!.trim().split(/\s+/);
  if (fields.length !== 6) return { unknown: `${text} does not have the 6 fields of a cron expression` };
  const [minute, hour, dom, month, dow, year] = fields as [string, string, string, string, string, string];
  if (![dom, month, dow, year].every((f) => f === '*' || f === '?')) {
    return { unknown: `${text} does not run every day, so its runs in a month are not counted here` };
  }
  const minutes = values(minute, 0, 59);
  const hours = values(hour, 0, 23);
  if (minutes === undefined || hours === undefined) return { unknown: `${text}: its minutes or hours are not read here` };
  const perDay = minutes * hours;
  return { runs: (perDay * hoursPerMonth) / 24, description: `${text}: ${perDay} run${perDay === 1 ? '' : 's'} a day` };
}

/** How many values a cron field matches between `min` and `max`: `*`, `n`, `a-b`, `*\/k`, `a/k`, `a-b/k`, and lists of them. */
function values(field: string, min: number, max: number): number | undefined {
  const matched = new Set<number>();
  for (const part of field.split(',')) {
    const m = /^(\*|\d+)(?:-(\d+))?(?:\/(\d+))?$/.exec(part);
    if (!m) return undefined;
    const from = m[1] === '*' ? min : Number(m[1]);
    const to = m[2] !== undefined ? Number(m[2]) : m[1] === '*' || m[3] !== undefined ? max : from;
    const step = m[3] !== undefined ? Number(m[3]) : 1;
    if (from < min || to > max || from > to || step < 1) return undefined;
    for (let v = from; v <= to; v += step) matched.add(v);
  }
  return matched.size;
}
