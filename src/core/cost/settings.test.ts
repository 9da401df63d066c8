import { describe, expect, it } from 'vitest';
import { DEFAULT_PRICES, getPrice, regionPrices } from './prices.ts';
import { defaultCostSettings, readCostSettings, withPrice } from './settings.ts';

describe('cost settings from local storage', () => {
  it('defaults: 730 hours a month, LCUs left out, no own prices', () => {
    expect(readCostSettings(undefined)).toEqual({ hoursPerMonth: 730, lcuPerHour: undefined, minutesPerRun: undefined, prices: {} });
  });

  it('keeps valid values and drops out-of-range or wrongly typed ones', () => {
    const read = readCostSettings({
      hoursPerMonth: 800, // over the 744 hours of a 31-day month
      lcuPerHour: 3,
      minutesPerRun: 0, // a run of no time is not a run
      prices: {
        'us-east-1': { 'fargate/linuxX86/vcpuHour': 0.05, 'fargate/linuxX86/gbHour': -1, 'ec2/m6i.large': 0.1, 'no/such/path': 1 },
        'not a region': { 'fargate/linuxX86/vcpuHour': 1 },
        'eu-west-1': 'nope',
      },
    });
    expect(read.hoursPerMonth).toBe(730);
    expect(read.lcuPerHour).toBe(3);
    expect(read.minutesPerRun).toBeUndefined();
    expect(read.prices).toEqual({ 'us-east-1': { 'fargate/linuxX86/vcpuHour': 0.05, 'ec2/m6i.large': 0.1 } });
  });

  it('a store that is not an object is the defaults', () => {
    for (const bad of [null, 42, 'x', [], [1, 2]]) expect(readCostSettings(bad)).toEqual(defaultCostSettings());
  });

  it("withPrice sets and clears one price; cleared, the file's figure is used again", () => {
    const set = withPrice(defaultCostSettings(), 'us-east-1', 'fargate/linuxX86/vcpuHour', 0.05);
    expect(getPrice(regionPrices('us-east-1', set.prices)!, 'fargate/linuxX86/vcpuHour')).toBe(0.05);
    const cleared = withPrice(set, 'us-east-1', 'fargate/linuxX86/vcpuHour', undefined);
    expect(cleared.prices).toEqual({});
    expect(getPrice(regionPrices('us-east-1', cleared.prices)!, 'fargate/linuxX86/vcpuHour')).toBe(0.04048);
  });

  it('the price file is dated, names its sources, and lists us-east-1 and four more regions', () => {
    expect(DEFAULT_PRICES.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Object.keys(DEFAULT_PRICES.sources).length).toBeGreaterThan(3);
    expect(Object.keys(DEFAULT_PRICES.regions)).toEqual(['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-1']);
  });
});
