import type { SimProvider } from './types.ts';

/**
 * Which provider each of `count` tasks goes to, by a capacity provider strategy (ECS
 * "Capacity provider strategies"): the `base` tasks first go to the providers that set a
 * base (the API lets one item have it; more are taken in order), then the rest are shared
 * by weight. Sharing by weight hands each next task to the provider furthest below its
 * share (fewest tasks per unit of weight so far, ties to the earlier item), so weights 1
 * and 3 give the first one task of every four. With no weight left (all 0) the rest have nowhere to
 * go: -1.
 */
export function splitByProviders(count: number, providers: readonly SimProvider[]): number[] {
  const out: number[] = [];
  providers.forEach((p, i) => {
    for (let k = 0; k < p.base && out.length < count; k++) out.push(i);
  });
  const shares = providers.map(() => 0);
  const weighted = providers.map((p, i) => ({ i, weight: p.weight })).filter((p) => p.weight > 0);
  while (out.length < count) {
    if (!weighted.length) {
      out.push(-1);
      continue;
    }
    let best = weighted[0]!;
    for (const p of weighted) {
      // (shares+1)/weight compared without dividing: a/b < c/d ⇔ a·d < c·b for positive b, d.
      if ((shares[p.i]! + 1) * best.weight < (shares[best.i]! + 1) * p.weight) best = p;
    }
    shares[best.i]!++;
    out.push(best.i);
  }
  return out;
}
