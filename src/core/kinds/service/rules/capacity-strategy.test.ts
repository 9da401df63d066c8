import { describe, expect, it } from 'vitest';
import type { Design } from '../../../model/design.ts';
import type { JsonObject } from '../../../model/json.ts';
import { capacityStrategyRules, strategyFindings } from './capacity-strategy.ts';
import { findings, sample } from '../../../validate/service-test-designs.ts';

const check = (design: Design, ruleId: string) => findings(capacityStrategyRules, design, ruleId);
const ids = (items: JsonObject[]) => strategyFindings(items).map((f) => `${f.ruleId}@${f.index ?? '-'}`);

/** The sample with Fargate Spot associated and the service placed on both Fargate providers. */
function fargateAndSpot(fargate: JsonObject, spot: JsonObject) {
  const t = sample();
  const svc = t.first('service');
  const spotNode = t.add('capacity-fargate-spot');
  t.link(spotNode, t.first('cluster'));
  t.link(svc, t.first('capacity-fargate'), fargate);
  t.link(svc, spotNode, spot);
  return t;
}

describe('capacity provider strategy rules', () => {
  it('a strategy of FARGATE base 1 weight 1 + FARGATE_SPOT weight 3 is clean', () => {
    expect(ids([{ capacityProvider: 'FARGATE', base: 1, weight: 1 }, { capacityProvider: 'FARGATE_SPOT', weight: 3 }])).toEqual([]);
  });

  it('CPS-MAX: more than 20 items is an error', () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => ({ capacityProvider: `asg-${i}`, weight: 1 }));
    expect(ids(items(21))).toEqual(['CPS-MAX@-']);
    expect(ids(items(20))).toEqual([]);
  });

  it('CPS-BASE: two items with a base, or a base out of range, are errors; pinned to the item on the service', () => {
    expect(ids([{ capacityProvider: 'FARGATE', base: 100001, weight: 1 }])).toEqual(['CPS-BASE@0']);
    const t = fargateAndSpot({ base: 1, weight: 1 }, { base: 2, weight: 1 });
    expect(check(t.design, 'CPS-BASE')).toMatchObject([
      { severity: 'error', nodeId: t.first('service'), artifactPath: 'services/web.json', pointer: '/capacityProviderStrategy/1' },
    ]);
    expect(check(fargateAndSpot({ base: 1, weight: 1 }, { weight: 1 }).design, 'CPS-BASE')).toEqual([]);
  });

  it('CPS-WEIGHT: a weight over 1000, or several items all of weight 0, are errors; one item of weight 0 is fine', () => {
    expect(ids([{ capacityProvider: 'FARGATE', weight: 1001 }])).toEqual(['CPS-WEIGHT@0']);
    expect(ids([{ capacityProvider: 'FARGATE', base: 1 }, { capacityProvider: 'FARGATE_SPOT' }])).toEqual(['CPS-WEIGHT@-']);
    expect(ids([{ capacityProvider: 'FARGATE', weight: 0 }])).toEqual([]);
    const t = fargateAndSpot({ weight: 0 }, { weight: 0 });
    expect(check(t.design, 'CPS-WEIGHT')).toMatchObject([{ severity: 'error', pointer: '/capacityProviderStrategy' }]);
  });

  it('CPS-ZERO: an item with weight 0 and no base never gets tasks (warning); with a base it is the on-demand pattern', () => {
    const t = fargateAndSpot({ weight: 1 }, { weight: 0 });
    expect(check(t.design, 'CPS-ZERO')).toMatchObject([{ severity: 'warning', pointer: '/capacityProviderStrategy/1' }]);
    expect(check(fargateAndSpot({ base: 2, weight: 0 }, { weight: 1 }).design, 'CPS-ZERO')).toEqual([]);
  });

  it('CPS-MIX: Fargate and Auto Scaling group providers in one strategy are an error', () => {
    expect(ids([{ capacityProvider: 'FARGATE', weight: 1 }, { capacityProvider: 'asg-capacity', weight: 1 }])).toEqual(['CPS-MIX@1']);
    expect(ids([{ capacityProvider: 'asg-a', weight: 1 }, { capacityProvider: 'asg-b', weight: 1 }])).toEqual([]);
    const t = sample();
    const asg = t.add('capacity-ec2');
    t.link(asg, t.first('cluster'));
    t.link(t.first('service'), t.first('capacity-fargate'));
    t.link(t.first('service'), asg);
    expect(check(t.design, 'CPS-MIX')).toMatchObject([{ severity: 'error', pointer: '/capacityProviderStrategy/1' }]);
  });

  it('CPS-DUP: the same provider twice is an error (a literal item repeating a drawn one)', () => {
    expect(ids([{ capacityProvider: 'FARGATE', weight: 1 }, { capacityProvider: 'FARGATE', weight: 2 }])).toEqual(['CPS-DUP@1']);
    const t = sample();
    const svc = t.first('service');
    t.link(svc, t.first('capacity-fargate'));
    expect(check(t.design, 'CPS-DUP')).toEqual([]);
    t.set(svc, 'capacityProviderStrategy', [{ capacityProvider: 'FARGATE', weight: 1 }]);
    expect(check(t.design, 'CPS-DUP')).toMatchObject([{ severity: 'error', pointer: '/capacityProviderStrategy/1' }]);
  });

  it('CPS-*: the cluster default strategy is checked too, pinned to the cluster', () => {
    const t = sample();
    const cluster = t.first('cluster');
    t.set(cluster, 'defaultCapacityProviderStrategy', [{ capacityProvider: 'FARGATE', weight: 1 }]);
    expect(check(t.design, 'CPS-DUP')).toMatchObject([{ nodeId: cluster, artifactPath: 'clusters/web-cluster.json', pointer: '/defaultCapacityProviderStrategy/1' }]);
  });

  it('CPS-SPOT-ONLY: a load-balanced service entirely on Fargate Spot is a warning; an on-demand base passes', () => {
    const spotOnly = fargateAndSpot({ weight: 0 }, { weight: 1 });
    expect(check(spotOnly.design, 'CPS-SPOT-ONLY')).toMatchObject([{ severity: 'warning', nodeId: spotOnly.first('service') }]);
    expect(check(fargateAndSpot({ base: 1, weight: 0 }, { weight: 1 }).design, 'CPS-SPOT-ONLY')).toEqual([]);
    // without a load balancer (a worker), all-Spot is a fine cost choice
    const worker = fargateAndSpot({ weight: 0 }, { weight: 1 }).unlink('routes-to');
    expect(check(worker.design, 'CPS-SPOT-ONLY')).toEqual([]);
  });
});
