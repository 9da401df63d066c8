import { describe, expect, it } from 'vitest';
import { runsPerMonth } from './schedule-runs.ts';

const runs = (expression: string, hours = 730) => {
  const r = runsPerMonth(expression, hours);
  return 'runs' in r ? r.runs : r.unknown;
};

describe('runs a month of a schedule expression', () => {
  it('rate(): the month divided by the interval', () => {
    expect(runs('rate(1 hour)')).toBe(730);
    expect(runs('rate(5 minutes)')).toBe(730 * 12);
    expect(runs('rate(1 day)')).toBeCloseTo(730 / 24, 10);
    expect(runs('rate(2 days)')).toBeCloseTo(730 / 48, 10);
  });

  it('cron() that fires the same way every day: runs a day × days in the month', () => {
    expect(runs('cron(0 2 * * ? *)')).toBeCloseTo(730 / 24, 10); // 02:00 daily
    expect(runs('cron(0/15 * * * ? *)')).toBeCloseTo(96 * (730 / 24), 10); // every 15 minutes
    expect(runs('cron(0,30 8-17 ? * * *)')).toBeCloseTo(2 * 10 * (730 / 24), 10); // twice an hour, 08:00–17:30
    expect(runs('cron(*/10 9 * * ? *)')).toBeCloseTo(6 * (730 / 24), 10);
  });

  it('at(): one run', () => {
    expect(runs('at(2026-12-31T23:00:00)')).toBe(1);
  });

  it('what is not counted says why', () => {
    expect(runs('cron(0 8 ? * MON-FRI *)')).toMatch(/does not run every day/);
    expect(runs('cron(0 8 1 * ? *)')).toMatch(/does not run every day/);
    expect(runs('cron(0 8 * *)')).toMatch(/does not have the 6 fields/);
    expect(runs('cron(61 8 * * ? *)')).toMatch(/minutes or hours are not read/);
    expect(runs('rate(0 minutes)')).toMatch(/not a rate EventBridge takes/);
    expect(runs('rate(3 weeks)')).toMatch(/not a rate EventBridge takes/);
    expect(runs('every hour')).toMatch(/not a rate, cron or at expression/);
    expect(runsPerMonth(undefined, 730)).toEqual({ unknown: 'no schedule expression' });
  });
});
