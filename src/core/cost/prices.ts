import PRICE_FILE from './prices.json';

/**
 * The price list of the cost estimate: the dated file beside this module (prices.json,
 * with the date and the page each figure comes from), with the user's own figures laid
 * over it. A price is a number of US dollars, or null when it is not known: the estimate
 * then leaves that part out and says which price is missing, rather than guess.
 */

export type Price = number | null;

export interface FargateRate {
  vcpuHour: Price;
  gbHour: Price;
}

export interface RegionPrices {
  fargate: {
    linuxX86: FargateRate;
    linuxArm: FargateRate;
    windowsX86: FargateRate & { osLicenceVcpuHour: Price };
    /** Per GB-hour of ephemeral storage beyond the 20 GB every task gets. */
    storageGbHour: Price;
  };
  /** Fargate Spot has no Windows (fargate-capacity-providers.html). */
  fargateSpot: { linuxX86: FargateRate; linuxArm: FargateRate };
  loadBalancer: { albHour: Price; albLcuHour: Price; nlbHour: Price; nlbLcuHour: Price };
  /** Linux on-demand price per instance-hour, by instance type, confirmed from a stored page. */
  ec2: Record<string, Price>;
  /** Well-known list prices not confirmed from a stored page (said beside the figure). */
  ec2Unconfirmed: Record<string, Price>;
}

export interface PriceList {
  date: string;
  currency: string;
  about: string;
  sources: Record<string, string>;
  regions: Record<string, RegionPrices>;
}

export const DEFAULT_PRICES: PriceList = PRICE_FILE as PriceList;

/**
 * The user's figures: per region, a price path (`fargate/linuxX86/vcpuHour`,
 * `ec2/m6i.large`; `/` since instance types hold dots) and its value. Kept in this
 * browser, not in the design: prices are the reader's assumption, not part of the
 * architecture, and a shared or saved design stays the same file whoever prices it.
 */
export type PriceOverrides = Record<string, Record<string, Price>>;

/** The prices of one region, with the user's figures applied; undefined for a region the file does not list and the user has not priced. */
export function regionPrices(region: string, overrides: PriceOverrides = {}, list: PriceList = DEFAULT_PRICES): RegionPrices | undefined {
  const base = list.regions[region];
  const own = overrides[region];
  if (!base && !own) return undefined;
  const prices: RegionPrices = structuredClone(base ?? emptyRegion());
  for (const [path, value] of Object.entries(own ?? {})) setPrice(prices, path, value);
  return prices;
}

export function emptyRegion(): RegionPrices {
  const rate = (): FargateRate => ({ vcpuHour: null, gbHour: null });
  return {
    fargate: { linuxX86: rate(), linuxArm: rate(), windowsX86: { ...rate(), osLicenceVcpuHour: null }, storageGbHour: null },
    fargateSpot: { linuxX86: rate(), linuxArm: rate() },
    loadBalancer: { albHour: null, albLcuHour: null, nlbHour: null, nlbLcuHour: null },
    ec2: {},
    ec2Unconfirmed: {},
  };
}

/** The fixed price paths (instance types come on top: `ec2/<type>`), in the order the editor lists them. */
export const PRICE_PATHS: readonly { path: string; label: string; unit: string }[] = [
  { path: 'fargate/linuxX86/vcpuHour', label: 'Fargate Linux/x86 vCPU', unit: 'per vCPU-hour' },
  { path: 'fargate/linuxX86/gbHour', label: 'Fargate Linux/x86 memory', unit: 'per GB-hour' },
  { path: 'fargate/linuxArm/vcpuHour', label: 'Fargate Linux/ARM vCPU', unit: 'per vCPU-hour' },
  { path: 'fargate/linuxArm/gbHour', label: 'Fargate Linux/ARM memory', unit: 'per GB-hour' },
  { path: 'fargate/windowsX86/vcpuHour', label: 'Fargate Windows vCPU', unit: 'per vCPU-hour' },
  { path: 'fargate/windowsX86/gbHour', label: 'Fargate Windows memory', unit: 'per GB-hour' },
  { path: 'fargate/windowsX86/osLicenceVcpuHour', label: 'Fargate Windows OS licence', unit: 'per vCPU-hour' },
  { path: 'fargate/storageGbHour', label: 'Fargate ephemeral storage over 20 GB', unit: 'per GB-hour' },
  { path: 'fargateSpot/linuxX86/vcpuHour', label: 'Fargate Spot Linux/x86 vCPU', unit: 'per vCPU-hour' },
  { path: 'fargateSpot/linuxX86/gbHour', label: 'Fargate Spot Linux/x86 memory', unit: 'per GB-hour' },
  { path: 'fargateSpot/linuxArm/vcpuHour', label: 'Fargate Spot Linux/ARM vCPU', unit: 'per vCPU-hour' },
  { path: 'fargateSpot/linuxArm/gbHour', label: 'Fargate Spot Linux/ARM memory', unit: 'per GB-hour' },
  { path: 'loadBalancer/albHour', label: 'Application Load Balancer', unit: 'per hour' },
  { path: 'loadBalancer/albLcuHour', label: 'ALB capacity unit (LCU)', unit: 'per LCU-hour' },
  { path: 'loadBalancer/nlbHour', label: 'Network Load Balancer', unit: 'per hour' },
  { path: 'loadBalancer/nlbLcuHour', label: 'NLB capacity unit (NLCU)', unit: 'per NLCU-hour' },
];

const FIXED_PATHS = new Set(PRICE_PATHS.map((p) => p.path));

/** Whether a path names a price the list has: one of PRICE_PATHS or `ec2/<instance type>`. */
export function isPricePath(path: string): boolean {
  return FIXED_PATHS.has(path) || /^ec2\/[a-z0-9][a-z0-9.-]{0,40}$/.test(path);
}

export function getPrice(prices: RegionPrices, path: string): Price {
  if (path.startsWith('ec2/')) {
    const type = path.slice(4);
    return prices.ec2[type] ?? prices.ec2Unconfirmed[type] ?? null;
  }
  let at: unknown = prices;
  for (const key of path.split('/')) at = at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined;
  return typeof at === 'number' ? at : null;
}

function setPrice(prices: RegionPrices, path: string, value: Price): void {
  if (!isPricePath(path) || !isPriceValue(value)) return;
  if (path.startsWith('ec2/')) {
    // The user's figure is their own confirmation: it moves out of the unconfirmed list.
    const type = path.slice(4);
    delete prices.ec2Unconfirmed[type];
    prices.ec2[type] = value;
    return;
  }
  const keys = path.split('/');
  let at = prices as unknown as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[keys.at(-1)!] = value;
}

export function isPriceValue(value: unknown): value is Price {
  return value === null || (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value < 1e6);
}

/** Whether an instance type's price is one of the unconfirmed list prices (said beside the figure). */
export function isUnconfirmedEc2(prices: RegionPrices, instanceType: string): boolean {
  return prices.ec2[instanceType] === undefined && prices.ec2Unconfirmed[instanceType] !== undefined;
}
