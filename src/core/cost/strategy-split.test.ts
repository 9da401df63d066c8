import { describe, expect, it } from 'vitest';
import { splitByStrategy } from './strategy-split.ts';

const tasksOf = (split: ReturnType<typeof splitByStrategy>) => Object.fromEntries(split.shares.map((s) => [s.capacityProvider, s.tasks]));

describe('capacity provider strategy split (CPS-BASE, CPS-WEIGHT, CPS-ZERO)', () => {
  it('CPS-BASE: the base comes first, the rest by weight (FARGATE base 1 weight 1 + FARGATE_SPOT weight 3, 10 tasks)', () => {
    // 1 base on FARGATE; 9 left at 1:3 = 2.25 : 6.75 → floors 2 and 6, the leftover task to the larger fraction (SPOT).
    const split = splitByStrategy([{ capacityProvider: 'FARGATE', base: 1, weight: 1 }, { capacityProvider: 'FARGATE_SPOT', weight: 3 }], 10);
    expect(tasksOf(split)).toEqual({ FARGATE: 3, FARGATE_SPOT: 7 });
    expect(split.unplaced).toBe(0);
  });

  it('fewer tasks than the base: all on the base provider', () => {
    expect(tasksOf(splitByStrategy([{ capacityProvider: 'FARGATE', base: 2, weight: 1 }, { capacityProvider: 'FARGATE_SPOT', weight: 1 }], 2))).toEqual({ FARGATE: 2, FARGATE_SPOT: 0 });
  });

  it('equal weights with an odd count: the earlier item takes the tie', () => {
    expect(tasksOf(splitByStrategy([{ capacityProvider: 'A', weight: 1 }, { capacityProvider: 'B', weight: 1 }], 3))).toEqual({ A: 2, B: 1 });
  });

  it('CPS-ZERO: a weight-0 provider gets only its base', () => {
    expect(tasksOf(splitByStrategy([{ capacityProvider: 'FARGATE', base: 1, weight: 0 }, { capacityProvider: 'FARGATE_SPOT', weight: 2 }], 5))).toEqual({ FARGATE: 1, FARGATE_SPOT: 4 });
  });

  it('CPS-WEIGHT: every weight 0 leaves the tasks beyond the base unplaced', () => {
    const split = splitByStrategy([{ capacityProvider: 'A', base: 1 }, { capacityProvider: 'B' }], 4);
    expect(tasksOf(split)).toEqual({ A: 1, B: 0 });
    expect(split.unplaced).toBe(3);
  });

  it('a strategy of one provider takes every task whatever its weight (CPS-DEF: the API default weight is 0)', () => {
    expect(tasksOf(splitByStrategy([{ capacityProvider: 'FARGATE' }], 4))).toEqual({ FARGATE: 4 });
  });

  it('counts always add up to the tasks, for any weights', () => {
    for (let count = 0; count <= 40; count++) {
      const split = splitByStrategy([{ capacityProvider: 'A', base: 3, weight: 2 }, { capacityProvider: 'B', weight: 5 }, { capacityProvider: 'C', weight: 1 }], count);
      expect(split.shares.reduce((sum, s) => sum + s.tasks, 0)).toBe(count);
    }
  });

  it('a hostile count (negative, fractional, NaN) is read as whole tasks ≥ 0', () => {
    expect(tasksOf(splitByStrategy([{ capacityProvider: 'A', weight: 1 }], -3))).toEqual({ A: 0 });
    expect(tasksOf(splitByStrategy([{ capacityProvider: 'A', weight: 1 }], 2.7))).toEqual({ A: 2 });
    expect(tasksOf(splitByStrategy([{ capacityProvider: 'A', weight: 1 }], Number.NaN))).toEqual({ A: 0 });
  });
});
