import { describe, expect, it } from 'vitest';
import { formatRange, formatUsd, readNumberInput } from './format.ts';

describe('cost panel formatting', () => {
  it('dollars in cents; under a dollar with four decimals so small figures stay readable', () => {
    expect(formatUsd(18.02005)).toBe('$18.02');
    expect(formatUsd(1234.5)).toBe('$1,234.50');
    expect(formatUsd(0.29622)).toBe('$0.2962');
    expect(formatUsd(0)).toBe('$0.00');
  });

  it('a range is one figure when both ends agree to the cent', () => {
    expect(formatRange({ min: 18.02, max: 72.08 })).toBe('$18.02–$72.08');
    expect(formatRange({ min: 16.425, max: 16.4251 })).toBe('$16.43');
  });

  it('typed numbers: empty is undefined, junk is NaN, a leading $ is allowed', () => {
    expect(readNumberInput('  ')).toBeUndefined();
    expect(readNumberInput('$0.04')).toBe(0.04);
    expect(readNumberInput('abc')).toBeNaN();
  });
});
