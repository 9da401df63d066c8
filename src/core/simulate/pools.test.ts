import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulatePlacement } from './place.ts';
import { group, input, service } from './test-inputs.ts';
import type { SimStrategy } from './types.ts';

const ranking: SimStrategy[] = [
  { type: 'binpack', field: 'memory' },
  { type: 'binpack', field: 'cpu' },
  { type: 'spread', field: 'instanceId' },
  { type: 'spread', field: 'attribute:ecs.availability-zone' },
];

describe('placement pools (pools.ts) choose what looking at every instance chooses', () => {
  it('for random designs of groups, services, strategies, constraints, ports and ENIs', () => {
    const serviceArb = fc.record({
      desiredCount: fc.integer({ min: 0, max: 40 }),
      cpu: fc.constantFrom(128, 256, 512, 1024),
      memoryMiB: fc.constantFrom(256, 512, 1024, 3072),
      networkMode: fc.constantFrom('bridge' as const, 'awsvpc' as const, 'host' as const),
      staticPorts: fc.constantFrom<number[]>([], [80], [80, 443]),
      strategies: fc.array(fc.constantFrom(...ranking), { maxLength: 3 }),
      distinct: fc.boolean(),
      memberOf: fc.constantFrom(undefined, 'attribute:ecs.availability-zone != us-east-1c'),
      providers: fc.constantFrom('none', 'split'),
    });
    fc.assert(
      fc.property(fc.array(serviceArb, { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 7 }), (specs, countA, countB) => {
        const groups = [group({ id: 'a', name: 'a', count: countA }), group({ id: 'b', name: 'b', count: countB, zones: ['us-east-1a', 'us-east-1c'] })];
        const services = specs.map((s, i) =>
          service({
            ...s,
            id: `s${i}`,
            name: `s${i}`,
            staticPorts: s.networkMode === 'awsvpc' ? [] : s.staticPorts,
            constraints: [...(s.distinct ? [{ type: 'distinctInstance' as const }] : []), ...(s.memberOf ? [{ type: 'memberOf' as const, expression: s.memberOf }] : [])],
            providers: s.providers === 'split' ? [{ groupId: 'a', base: 1, weight: 1 }, { groupId: 'b', base: 0, weight: 2 }] : [],
          }),
        );
        const sim = input(groups, services);
        expect(simulatePlacement(sim)).toEqual(simulatePlacement(sim, { scan: true }));
      }),
      { numRuns: 150 },
    );
  });
});
