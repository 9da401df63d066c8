/**
 * Schedule expressions as EventBridge rules and Scheduler schedules take them. Both take
 * rate() and six-field cron(); only the Scheduler takes at() (one run). Returns why an
 * expression is wrong, or undefined when it is fine.
 */
export function scheduleExpressionProblem(expression: string, service: 'events' | 'scheduler'): string | undefined {
  const rate = /^rate\((.*)\)$/.exec(expression);
  if (rate) {
    const m = /^(\d+) (minute|minutes|hour|hours|day|days)$/.exec(rate[1]!);
    if (!m) return `${expression}: a rate is rate(N minutes|hours|days), e.g. rate(1 hour) or rate(15 minutes).`;
    const value = Number(m[1]);
    const unit = m[2]!;
    if (value < 1) return `${expression}: the rate must be at least 1.`;
    const singular = !unit.endsWith('s');
    // AWS rejects rate(1 hours) and rate(2 hour).
    if (value === 1 && !singular) return `${expression}: a rate of 1 takes the singular unit, rate(1 ${unit.slice(0, -1)}).`;
    if (value > 1 && singular) return `${expression}: a rate above 1 takes the plural unit, rate(${value} ${unit}s).`;
    return undefined;
  }
  const cron = /^cron\((.*)\)$/.exec(expression);
  if (cron) {
    const fields = cron[1]!.trim().split(/\s+/);
    if (fields.length !== 6) {
      return `${expression}: cron takes six fields (minutes hours day-of-month month day-of-week year), e.g. cron(0 2 * * ? *); this has ${fields.length}.`;
    }
    if (!fields.every((f) => /^[0-9A-Za-z*?,/#LW-]+$/.test(f))) return `${expression}: a cron field holds only digits, names, * ? , - / L W #.`;
    if (fields[2] !== '?' && fields[4] !== '?') return `${expression}: one of day-of-month (3rd field) and day-of-week (5th) must be ?, e.g. cron(0 2 * * ? *).`;
    return undefined;
  }
  if (/^at\(/.test(expression)) {
    if (service === 'events') return `${expression}: EventBridge rules take rate() or cron(); one-off at() runs need a Scheduler schedule.`;
    if (!/^at\(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\)$/.test(expression)) return `${expression}: a one-off run is at(yyyy-mm-ddThh:mm:ss), e.g. at(2026-12-31T23:00:00).`;
    return undefined;
  }
  return `"${expression}" is not a schedule expression: use rate(1 hour), cron(0 2 * * ? *)${service === 'scheduler' ? ' or at(2026-12-31T23:00:00)' : ''}.`;
}
