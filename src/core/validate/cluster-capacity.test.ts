import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design.ts';
import { clusterCapacityRules } from './cluster-capacity.ts';
import { applyFix, ec2Design, findings, sample } from './service-test-designs.ts';

const check = (design: Design, ruleId: string) => findings(clusterCapacityRules, design, ruleId);

describe('cluster capacity rules', () => {
  it('FGCP-ASSOC: a service on Fargate Spot the cluster does not list is an error; the fix associates it', () => {
    const t = sample();
    const svc = t.first('service');
    const spot = t.add('capacity-fargate-spot');
    t.link(svc, spot);
    const [p] = check(t.design, 'FGCP-ASSOC');
    expect(p).toMatchObject({ severity: 'error', nodeId: svc, pointer: '/capacityProviderStrategy/0' });
    const fixed = applyFix(p, t.design);
    expect(fixed.edges.some((e) => e.kind === 'in-cluster' && e.source === spot)).toBe(true);
    expect(check(fixed, 'FGCP-ASSOC')).toEqual([]);
    expect(check(sample().design, 'FGCP-ASSOC')).toEqual([]);
  });

  it('CL-CP-ASSOC: an Auto Scaling group provider missing from the cluster is an error (fix connects it); unknown names have no fix', () => {
    const t = ec2Design();
    const extra = t.add('capacity-ec2', { name: 'asg-extra', maxSize: 2 });
    t.link(t.ids.service!, extra);
    const [p] = check(t.design, 'CL-CP-ASSOC');
    expect(p).toMatchObject({ severity: 'error', nodeId: t.ids.service, pointer: '/capacityProviderStrategy/1' });
    expect(check(applyFix(p, t.design), 'CL-CP-ASSOC')).toEqual([]);

    const literal = ec2Design();
    literal.set(literal.ids.cluster!, 'defaultCapacityProviderStrategy', [{ capacityProvider: 'elsewhere', weight: 1 }]);
    const [q] = check(literal.design, 'CL-CP-ASSOC');
    expect(q).toMatchObject({ nodeId: literal.ids.cluster, pointer: '/defaultCapacityProviderStrategy/1' });
    expect(q!.fix).toBeUndefined();
    expect(check(ec2Design().design, 'CL-CP-ASSOC')).toEqual([]);
  });

  it('EXT-CP: external capacity marked as a default strategy member is an error; the fix unmarks it', () => {
    const t = ec2Design();
    const ext = t.add('capacity-external');
    const edge = t.link(ext, t.ids.cluster!);
    expect(check(t.design, 'EXT-CP')).toEqual([]);
    t.setEdge(edge, { defaultStrategy: { weight: 1 } });
    const [p] = check(t.design, 'EXT-CP');
    expect(p).toMatchObject({ severity: 'error', nodeId: t.ids.cluster, pointer: '/defaultCapacityProviderStrategy' });
    expect(check(applyFix(p, t.design), 'EXT-CP')).toEqual([]);
  });

  it('EXT-CP: a service on external instances and a capacity provider at once is an error', () => {
    const t = ec2Design();
    const ext = t.add('capacity-external');
    t.link(ext, t.ids.cluster!);
    t.link(t.ids.service!, ext);
    expect(check(t.design, 'EXT-CP')).toMatchObject([{ severity: 'error', nodeId: t.ids.service }]);
    t.unlink('capacity', t.ids.service!);
    t.link(t.ids.service!, ext);
    expect(check(t.design, 'EXT-CP')).toEqual([]);
  });

  it('CAS-LT: launchType EC2 on a cluster with Auto Scaling group capacity is a warning; the fix uses the provider', () => {
    const t = ec2Design();
    t.unlink('capacity', t.ids.service!);
    t.set(t.ids.service!, 'launchType', 'EC2');
    const [p] = check(t.design, 'CAS-LT');
    expect(p).toMatchObject({ severity: 'warning', nodeId: t.ids.service, pointer: '/launchType' });
    const fixed = applyFix(p, t.design);
    expect(fixed.edges.some((e) => e.kind === 'capacity' && e.source === t.ids.service && e.target === t.ids.asg)).toBe(true);
    expect(check(fixed, 'CAS-LT')).toEqual([]);
    expect(check(ec2Design().design, 'CAS-LT')).toEqual([]);
  });

  it('CL-MAXCP: more than 20 providers on a cluster is an error', () => {
    const names = (n: number) => Array.from({ length: n }, (_, i) => `asg-${i}`);
    const t = sample();
    const cluster = t.first('cluster');
    expect(check(t.set(cluster, 'capacityProviders', names(20)).design, 'CL-MAXCP')).toMatchObject([{ severity: 'error', pointer: '/capacityProviders' }]);
    expect(check(t.set(cluster, 'capacityProviders', names(19)).design, 'CL-MAXCP')).toEqual([]);
  });

  it('CL-CI: a setting other than containerInsights, or a bad value, is an error; the fix corrects the case', () => {
    const t = sample();
    const cluster = t.first('cluster');
    t.set(cluster, 'settings', [{ name: 'containerInsights', value: 'Enabled' }]);
    const [p] = check(t.design, 'CL-CI');
    expect(p).toMatchObject({ severity: 'error', nodeId: cluster, pointer: '/settings/0/value' });
    expect(check(applyFix(p, t.design), 'CL-CI')).toEqual([]);
    expect(check(t.set(cluster, 'settings', [{ name: 'insights', value: 'enabled' }]).design, 'CL-CI')).toMatchObject([{ pointer: '/settings/0/name' }]);
    expect(check(t.set(cluster, 'settings', [{ name: 'containerInsights', value: 'enhanced' }]).design, 'CL-CI')).toEqual([]);
  });
});
