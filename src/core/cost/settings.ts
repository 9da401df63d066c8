import { isPricePath, isPriceValue, type Price, type PriceOverrides } from './prices.ts';

/**
 * What the user may change about the estimate: hours in a month, load balancer capacity
 * units per hour, and their own prices. Kept in local storage (see prices.ts for why not
 * in the design) and read back through `readCostSettings`, which keeps only what is valid.
 */
export interface CostSettings {
  /** 730 = 8,760 hours a year / 12, the figure AWS's pricing pages use. */
  hoursPerMonth: number;
  /** LCUs (ALB) / NLCUs (NLB) each load balancer uses per hour on average; undefined = leave LCU charges out, with a note. */
  lcuPerHour: number | undefined;
  /** How long one run of a scheduled standalone task lasts; undefined = not priced, with a note. */
  minutesPerRun: number | undefined;
  prices: PriceOverrides;
}

export const DEFAULT_HOURS_PER_MONTH = 730;
/** A month has at most 31 × 24 hours. */
export const MAX_HOURS_PER_MONTH = 744;
export const MAX_LCU_PER_HOUR = 100_000;
/** A run longer than a month is not a scheduled job. */
export const MAX_MINUTES_PER_RUN = MAX_HOURS_PER_MONTH * 60;
/** More regions or prices than the list has are a hostile or broken store, not the user's figures. */
const MAX_OVERRIDE_REGIONS = 50;
const MAX_OVERRIDES_PER_REGION = 200;

export function defaultCostSettings(): CostSettings {
  return { hoursPerMonth: DEFAULT_HOURS_PER_MONTH, lcuPerHour: undefined, minutesPerRun: undefined, prices: {} };
}

/** Settings from stored JSON (any value): what is out of range or of the wrong type falls back to the default. */
export function readCostSettings(value: unknown): CostSettings {
  const settings = defaultCostSettings();
  if (!value || typeof value !== 'object' || Array.isArray(value)) return settings;
  const v = value as Record<string, unknown>;
  if (isHours(v.hoursPerMonth)) settings.hoursPerMonth = v.hoursPerMonth;
  if (isLcu(v.lcuPerHour)) settings.lcuPerHour = v.lcuPerHour;
  if (isMinutes(v.minutesPerRun)) settings.minutesPerRun = v.minutesPerRun;
  if (v.prices && typeof v.prices === 'object' && !Array.isArray(v.prices)) {
    for (const [region, paths] of Object.entries(v.prices as Record<string, unknown>).slice(0, MAX_OVERRIDE_REGIONS)) {
      if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region) || !paths || typeof paths !== 'object' || Array.isArray(paths)) continue;
      const own: Record<string, Price> = {};
      for (const [path, price] of Object.entries(paths as Record<string, unknown>).slice(0, MAX_OVERRIDES_PER_REGION)) {
        if (isPricePath(path) && isPriceValue(price)) own[path] = price;
      }
      if (Object.keys(own).length) settings.prices[region] = own;
    }
  }
  return settings;
}

export function isHours(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= MAX_HOURS_PER_MONTH;
}

export function isLcu(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_LCU_PER_HOUR;
}

export function isMinutes(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= MAX_MINUTES_PER_RUN;
}

/** The settings with one price of one region set (a number) or cleared back to the file's figure (undefined). */
export function withPrice(settings: CostSettings, region: string, path: string, value: Price | undefined): CostSettings {
  const own = { ...settings.prices[region] };
  if (value === undefined) delete own[path];
  else own[path] = value;
  const prices = { ...settings.prices };
  if (Object.keys(own).length) prices[region] = own;
  else delete prices[region];
  return { ...settings, prices };
}
