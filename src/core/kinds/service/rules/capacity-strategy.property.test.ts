import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../../model/json.ts';
import { capacityStrategyRules } from './capacity-strategy.ts';
import { runModule, TestDesign } from '../../../validate/service-test-designs.ts';

const PROVIDERS = ['FARGATE', 'FARGATE_SPOT', 'asg-a', 'asg-b'];

const item = fc.record({
  capacityProvider: fc.constantFrom(...PROVIDERS),
  base: fc.integer({ min: 0, max: 3 }),
  weight: fc.integer({ min: 0, max: 5 }),
});

/** A service whose (literal) strategy is `items`, in a cluster that has all providers. */
function serviceWith(items: JsonObject[]) {
  const t = new TestDesign();
  const cluster = t.add('cluster', { clusterName: 'c', capacityProviders: PROVIDERS });
  const service = t.add('service', { serviceName: 's', desiredCount: 1, capacityProviderStrategy: items });
  t.link(service, cluster);
  return t.design;
}

describe('capacity provider strategy properties', () => {
  it('CPS-BASE fires iff more than one item has a base; CPS-DUP iff a provider repeats', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 6 }), (items) => {
        const problems = runModule(capacityStrategyRules, serviceWith(items));
        const fired = (id: string) => problems.some((p) => p.ruleId === id);
        const bases = items.filter((i) => i.base > 0).length;
        const providers = items.map((i) => i.capacityProvider);
        expect(fired('CPS-BASE')).toBe(bases > 1);
        expect(fired('CPS-DUP')).toBe(new Set(providers).size < providers.length);
      }),
      { numRuns: 300 },
    );
  });
});
