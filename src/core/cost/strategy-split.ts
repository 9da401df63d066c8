/**
 * How a capacity provider strategy shares a number of tasks among its providers
 * (developerguide/cluster-capacity-providers.html, ECS_RULES §4.2): the provider with a
 * base gets the first `base` tasks; the rest are shared in proportion to the weights. ECS
 * places whole tasks, so the shares are whole numbers: each provider gets the floor of its
 * proportional share and the tasks left over go to the largest fractions (ties: the earlier
 * item), so the counts always add up to the tasks placed.
 */

export interface StrategyShareItem {
  capacityProvider: string;
  base?: number;
  weight?: number;
}

export interface ProviderShare {
  capacityProvider: string;
  base: number;
  weight: number;
  /** Tasks this provider runs: its base part plus its weighted part. */
  tasks: number;
}

export interface StrategySplit {
  shares: ProviderShare[];
  /** Tasks no provider takes: beyond the base when every weight is 0 (CPS-WEIGHT, CPS-ZERO). */
  unplaced: number;
}

const whole = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0);

export function splitByStrategy(items: readonly StrategyShareItem[], count: number): StrategySplit {
  const total = whole(count);
  const shares: ProviderShare[] = items.map((item) => ({ capacityProvider: item.capacityProvider, base: whole(item.base), weight: whole(item.weight), tasks: 0 }));
  let left = total;
  // Only one item may have a base (CPS-BASE); should there be more, they are served in order.
  for (const share of shares) {
    const take = Math.min(share.base, left);
    share.tasks += take;
    left -= take;
  }
  // A strategy of one provider places every task there whatever its weight (a weight of 0 is
  // refused only when it leaves several providers all at 0, CPS-WEIGHT).
  if (shares.length === 1 && !shares[0]!.weight) shares[0]!.weight = 1;
  const weights = shares.reduce((sum, s) => sum + s.weight, 0);
  if (!left || !weights) return { shares, unplaced: weights ? 0 : left };
  const exact = shares.map((s) => (left * s.weight) / weights);
  const floors = exact.map(Math.floor);
  let rest = left - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((value, i) => ({ i, fraction: value - floors[i]! })).sort((a, b) => b.fraction - a.fraction || a.i - b.i);
  for (const { i } of order) {
    if (!rest) break;
    floors[i]! += 1;
    rest -= 1;
  }
  shares.forEach((share, i) => (share.tasks += floors[i]!));
  return { shares, unplaced: 0 };
}
