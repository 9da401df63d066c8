import { describe, expect, it } from 'vitest';
import { clusterCapacityRules } from '../../../validate/cluster-capacity.ts';
import { applyFix, findings, miDesign } from '../../../validate/service-test-designs.ts';
import { strategyFindings, capacityStrategyRules } from './capacity-strategy.ts';
import { serviceLaunchRules } from './launch.ts';
import { placementRules } from './placement.ts';

describe('services and tasks on Managed Instances', () => {
  it('SVC-MI-CPS: launchType MANAGED_INSTANCES is an error; the fix places the service on the provider instead', () => {
    const t = miDesign();
    t.unlink('capacity', t.ids.service).set(t.ids.service!, 'launchType', 'MANAGED_INSTANCES');
    const [p] = findings(serviceLaunchRules, t.design, 'SVC-MI-CPS');
    expect(p).toMatchObject({ severity: 'error', nodeId: t.ids.service, pointer: '/launchType' });
    expect(p!.fix!.label).toBe('Use mi-capacity instead');
    const fixed = applyFix(p, t.design);
    expect(findings(serviceLaunchRules, fixed, 'SVC-MI-CPS')).toEqual([]);
    expect(fixed.edges.some((e) => e.kind === 'capacity' && e.source === t.ids.service && e.target === t.ids.mi)).toBe(true);
    // Beside a strategy it is reported once, as SVC-MI-CPS (not SVC-LT-CPS too).
    t.link(t.ids.service!, t.ids.mi!);
    expect(findings(serviceLaunchRules, t.design, 'SVC-LT-CPS')).toEqual([]);
    expect(findings(serviceLaunchRules, t.design, 'SVC-MI-CPS')).toHaveLength(1);
  });

  it('SVC-COMPAT: a task definition listing only EC2 cannot run on Managed Instances; the fix adds MANAGED_INSTANCES', () => {
    const t = miDesign({ td: { requiresCompatibilities: ['EC2'], networkMode: 'awsvpc' } });
    const [p] = findings(serviceLaunchRules, t.design, 'SVC-COMPAT');
    expect(p!.message).toContain('runs on MANAGED_INSTANCES');
    expect(findings(serviceLaunchRules, applyFix(p, t.design), 'SVC-COMPAT')).toEqual([]);
  });

  it('CPS-MIX: a Managed Instances provider with Fargate or an Auto Scaling group in one strategy is an error', () => {
    const mi = new Set(['mi-capacity']);
    expect(strategyFindings([{ capacityProvider: 'mi-capacity', weight: 1 }, { capacityProvider: 'FARGATE', weight: 1 }], mi)).toMatchObject([{ ruleId: 'CPS-MIX', index: 1 }]);
    expect(strategyFindings([{ capacityProvider: 'asg', weight: 1 }, { capacityProvider: 'mi-capacity', weight: 1 }], mi)).toMatchObject([{ ruleId: 'CPS-MIX', index: 1 }]);
    // Two Managed Instances providers (e.g. on-demand and Spot) mix fine; unknown names count as Auto Scaling groups, as before.
    expect(strategyFindings([{ capacityProvider: 'mi-capacity', weight: 1 }, { capacityProvider: 'mi-spot', weight: 1 }], new Set(['mi-capacity', 'mi-spot']))).toEqual([]);
    expect(strategyFindings([{ capacityProvider: 'asg', weight: 1 }, { capacityProvider: 'mi-capacity', weight: 1 }])).toEqual([]);
    const t = miDesign();
    const fargate = t.add('capacity-fargate');
    t.link(fargate, t.ids.cluster!);
    t.link(t.ids.service!, fargate);
    expect(findings(capacityStrategyRules, t.design, 'CPS-MIX')).toMatchObject([{ nodeId: t.ids.service, pointer: '/capacityProviderStrategy/1' }]);
  });

  it('CL-CP-ASSOC: a Managed Instances provider is usable only in the cluster it is created for', () => {
    const t = miDesign();
    expect(findings(clusterCapacityRules, t.design, 'CL-CP-ASSOC')).toEqual([]);
    const other = t.add('cluster', { clusterName: 'other' });
    t.unlink('runs-in', t.ids.service).link(t.ids.service!, other);
    expect(findings(clusterCapacityRules, t.design, 'CL-CP-ASSOC')).toMatchObject([{ nodeId: t.ids.service, pointer: '/capacityProviderStrategy/0' }]);
    expect(findings(clusterCapacityRules, t.design, 'CL-CP-ASSOC')[0]!.message).toContain('created for cluster mi-cluster');
    // A provider created for no cluster: the fix connects it to the service's.
    t.unlink('in-cluster', t.ids.mi);
    const [p] = findings(clusterCapacityRules, t.design, 'CL-CP-ASSOC');
    expect(findings(clusterCapacityRules, applyFix(p, t.design), 'CL-CP-ASSOC')).toEqual([]);
  });

  it('PL-MI: memberOf constraints on attributes other than zone and subnet are a warning on Managed Instances', () => {
    const t = miDesign();
    t.set(t.ids.service!, 'placementConstraints', [{ type: 'memberOf', expression: 'attribute:ecs.availability-zone in [us-east-1a, us-east-1b]' }]);
    expect(findings(placementRules, t.design, 'PL-MI')).toEqual([]);
    t.set(t.ids.service!, 'placementConstraints', [{ type: 'memberOf', expression: 'attribute:ecs.ami-id == ami-1 and attribute:ecs.subnet-id == subnet-1' }]);
    expect(findings(placementRules, t.design, 'PL-MI')).toMatchObject([{ severity: 'warning', pointer: '/placementConstraints/0/expression' }]);
    t.set(t.ids.td!, 'placementConstraints', [{ type: 'memberOf', expression: 'attribute:stack == blue' }]);
    expect(findings(placementRules, t.design, 'PL-MI').map((p) => p.nodeId)).toEqual([t.ids.td, t.ids.service]);
  });
});
