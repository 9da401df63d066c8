import type { Fleet } from './instances.ts';
import { fits, Key, type Plan } from './plan.ts';

/**
 * Faster ways to ask "which instance next" than looking at every instance for every task.
 * Within one service only the instance a task lands on changes (its free resources, ports,
 * its count of the service's tasks), so each pool of instances keeps what it knows and
 * updates one instance per task: O(log instances) per task instead of O(instances).
 *
 * - RandomPool: random first (the strategies after it decide nothing): the instances that
 *   pass the filters in a list, one drawn per task, an instance dropped once it is full.
 * - RankedPool: an optional spread by attribute first, then binpack and spread by instance.
 *   The per-instance strategies fold into one number (each key times the range of the ones
 *   after it), and a min-tree per attribute value holds the instances by that number and
 *   launch order; the spread picks among the values with the fewest of the service's tasks.
 * Other lists (random after a ranking strategy, spread by attribute later in the list, keys
 * too large to fold exactly) return undefined: the caller looks at every instance.
 */
export interface Pool {
  /** The instance the next task goes to, -1 when none passes the filters. */
  choose(): number;
  /** The task was placed on i: take what changed into account. */
  placed(i: number): void;
}

export function poolFor(plan: Plan, fleet: Fleet, start: number, end: number, random: () => number, maxCount: number): Pool | undefined {
  const keys = plan.keys;
  if (keys[0] === Key.Random) return new RandomPool(plan, fleet, start, end, random);
  if (keys.includes(Key.Random) || keys.indexOf(Key.SpreadValue, 1) > 0) return undefined;
  const spread = keys[0] === Key.SpreadValue ? plan.spreads[0]! : undefined;
  const ranked = keys.slice(spread ? 1 : 0);
  const ranges = ranked.map((k) => {
    if (k === Key.ServiceTasks) return maxCount + 1;
    let most = 0;
    const totals = k === Key.FreeCpu ? fleet.totalCpu : fleet.totalMemory;
    for (let i = start; i < end; i++) most = Math.max(most, totals[i]!);
    return most + 1;
  });
  if (ranges.reduce((a, b) => a * b, 1) > Number.MAX_SAFE_INTEGER) return undefined;
  return new RankedPool(plan, fleet, start, end, spread, ranked, ranges);
}

class RandomPool implements Pool {
  private readonly list: number[] = [];
  private readonly at: Int32Array;

  constructor(
    private readonly plan: Plan,
    private readonly fleet: Fleet,
    start: number,
    end: number,
    private readonly random: () => number,
  ) {
    this.at = new Int32Array(fleet.size).fill(-1);
    for (let i = start; i < end; i++) {
      if (!fits(plan, fleet, i)) continue;
      this.at[i] = this.list.length;
      this.list.push(i);
    }
  }

  choose(): number {
    return this.list.length ? this.list[Math.floor(this.random() * this.list.length)]! : -1;
  }

  placed(i: number): void {
    if (fits(this.plan, this.fleet, i)) return;
    const k = this.at[i]!;
    const last = this.list.pop()!;
    if (last !== i) {
      this.list[k] = last;
      this.at[last] = k;
    }
    this.at[i] = -1;
  }
}

/** A tournament tree over leaves in launch order: the smallest key, the earliest on a tie. */
class MinTree {
  private readonly width: number;
  private readonly key: Float64Array;
  private readonly who: Int32Array;

  constructor(leaves: number) {
    let width = 1;
    while (width < leaves) width *= 2;
    this.width = width;
    this.key = new Float64Array(2 * width).fill(Infinity);
    this.who = new Int32Array(2 * width).fill(-1);
  }

  set(leaf: number, key: number, instance: number): void {
    let p = leaf + this.width;
    this.key[p] = key;
    this.who[p] = instance;
    for (p >>= 1; p >= 1; p >>= 1) {
      const l = 2 * p;
      const r = l + 1;
      // Leaves are in launch order, so on a tie the left one is the earlier instance.
      const pick = this.key[r]! < this.key[l]! ? r : l;
      this.key[p] = this.key[pick]!;
      this.who[p] = this.who[pick]!;
    }
  }

  get minKey(): number {
    return this.key[1]!;
  }
  get minInstance(): number {
    return this.who[1]!;
  }
}

class RankedPool implements Pool {
  private readonly trees: MinTree[] = [];
  /** Attribute value index of each tree (the spread's value), or 0 with no spread. */
  private readonly values: number[] = [];
  private readonly treeOf: Int32Array;
  private readonly leafOf: Int32Array;

  constructor(
    private readonly plan: Plan,
    private readonly fleet: Fleet,
    start: number,
    end: number,
    private readonly spread: { valueOf: Int32Array; counts: Int32Array } | undefined,
    private readonly ranked: Key[],
    private readonly ranges: number[],
  ) {
    this.treeOf = new Int32Array(fleet.size).fill(-1);
    this.leafOf = new Int32Array(fleet.size);
    const byValue = new Map<number, number[]>();
    for (let i = start; i < end; i++) {
      const v = spread ? spread.valueOf[i]! : 0;
      let list = byValue.get(v);
      if (!list) byValue.set(v, (list = []));
      list.push(i);
    }
    for (const [value, list] of byValue) {
      const tree = new MinTree(list.length);
      const t = this.trees.length;
      this.trees.push(tree);
      this.values.push(value);
      list.forEach((i, leaf) => {
        this.treeOf[i] = t;
        this.leafOf[i] = leaf;
        tree.set(leaf, this.keyOf(i), i);
      });
    }
  }

  /** The per-instance strategies folded into one exact number; Infinity when i is filtered out. */
  private keyOf(i: number): number {
    if (!fits(this.plan, this.fleet, i)) return Infinity;
    let key = 0;
    for (let s = 0; s < this.ranked.length; s++) {
      const k = this.ranked[s];
      const v = k === Key.FreeCpu ? this.fleet.freeCpu[i]! : k === Key.FreeMemory ? this.fleet.freeMemory[i]! : this.plan.serviceCount[i]!;
      key = key * this.ranges[s]! + v;
    }
    return key;
  }

  choose(): number {
    let best = -1;
    let bestCount = Infinity;
    let bestKey = Infinity;
    for (let t = 0; t < this.trees.length; t++) {
      const tree = this.trees[t]!;
      if (tree.minKey === Infinity) continue;
      const count = this.spread ? this.spread.counts[this.values[t]!]! : 0;
      const better = count < bestCount || (count === bestCount && (tree.minKey < bestKey || (tree.minKey === bestKey && tree.minInstance < best)));
      if (better) {
        best = tree.minInstance;
        bestCount = count;
        bestKey = tree.minKey;
      }
    }
    return best;
  }

  placed(i: number): void {
    this.trees[this.treeOf[i]!]!.set(this.leafOf[i]!, this.keyOf(i), i);
  }
}
