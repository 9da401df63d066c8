import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design.ts';
import { nameRules, sanitizeTargetGroupName } from './names.ts';
import { applyFix, ec2Design, findings, sample } from './service-test-designs.ts';

const check = (design: Design, ruleId: string) => findings(nameRules, design, ruleId);

describe('name rules', () => {
  it('NAME-SERVICE: invalid characters are an error with a fix; the sample name passes', () => {
    const t = sample();
    expect(check(t.design, 'NAME-SERVICE')).toEqual([]);
    t.set(t.first('service'), 'serviceName', 'web api!');
    const [p] = check(t.design, 'NAME-SERVICE');
    expect(p).toMatchObject({ severity: 'error', nodeId: t.first('service'), pointer: '/serviceName', artifactPath: 'services/web_api_.json' });
    expect(check(applyFix(p, t.design), 'NAME-SERVICE')).toEqual([]);
  });

  it('NAME-SERVICE: two services of one name in the same cluster clash; in different clusters they do not', () => {
    const t = sample();
    const cluster = t.first('cluster');
    const td = t.first('task-definition');
    const other = t.add('service', { serviceName: 'web', desiredCount: 1 });
    t.link(other, cluster);
    t.link(other, td);
    const [p] = check(t.design, 'NAME-SERVICE');
    expect(p).toMatchObject({ severity: 'error', nodeId: other, pointer: '/serviceName' });
    expect(check(applyFix(p, t.design), 'NAME-SERVICE')).toEqual([]);

    const apart = sample();
    const second = apart.add('cluster', { clusterName: 'other' });
    const svc = apart.add('service', { serviceName: 'web', desiredCount: 1 });
    apart.link(svc, second);
    expect(check(apart.design, 'NAME-SERVICE')).toEqual([]);
  });

  it('NAME-CLUSTER: invalid characters are an error; an omitted name (default) passes', () => {
    const t = sample();
    t.set(t.first('cluster'), 'clusterName', 'web cluster');
    const [p] = check(t.design, 'NAME-CLUSTER');
    expect(p).toMatchObject({ severity: 'error', pointer: '/clusterName' });
    expect(check(applyFix(p, t.design), 'NAME-CLUSTER')).toEqual([]);
    expect(check(t.set(t.first('cluster'), 'clusterName', undefined).design, 'NAME-CLUSTER')).toEqual([]);
  });

  it('NAME-CLUSTER: two cluster nodes with one name are a warning (same cluster, same file)', () => {
    const t = sample();
    const twin = t.add('cluster', { clusterName: 'web-cluster' });
    const [p] = check(t.design, 'NAME-CLUSTER');
    expect(p).toMatchObject({ severity: 'warning', nodeId: twin, pointer: '/clusterName' });
    expect(check(applyFix(p, t.design), 'NAME-CLUSTER')).toEqual([]);
  });

  it('NAME-FAMILY: two task definitions with one family are a warning, with a rename fix', () => {
    const t = sample();
    expect(check(t.design, 'NAME-FAMILY')).toEqual([]);
    const twin = t.add('task-definition', { family: 'web' });
    const [p] = check(t.design, 'NAME-FAMILY');
    expect(p).toMatchObject({ severity: 'warning', nodeId: twin, pointer: '/family' });
    const fixed = applyFix(p, t.design);
    expect(fixed.nodes.find((n) => n.id === twin)!.data.family).toBe('web-2');
    expect(check(fixed, 'NAME-FAMILY')).toEqual([]);
  });

  it('NAME-CP: reserved prefixes (any case) and bad characters are errors; a plain name passes', () => {
    const t = ec2Design();
    expect(check(t.design, 'NAME-CP')).toEqual([]);
    for (const name of ['ecs-pool', 'AWSpool', 'Fargate-big']) {
      const [p] = check(t.set(t.ids.asg!, 'name', name).design, 'NAME-CP');
      expect(p).toMatchObject({ severity: 'error', nodeId: t.ids.asg, pointer: '/name' });
      expect(p!.message).toContain('reserved');
    }
    const [bad] = check(t.set(t.ids.asg!, 'name', 'my pool').design, 'NAME-CP');
    expect(check(applyFix(bad, t.design), 'NAME-CP')).toEqual([]);
  });

  it('NAME-TG: a target group name derived from a service name with _ is invalid; the fix names the route', () => {
    const t = sample();
    expect(check(t.design, 'NAME-TG')).toEqual([]);
    t.set(t.first('service'), 'serviceName', 'web_api');
    const [p] = check(t.design, 'NAME-TG');
    expect(p).toMatchObject({ severity: 'error', nodeId: t.first('load-balancer-alb'), artifactPath: 'target-groups/web_api-tg.json', pointer: '/Name' });
    const fixed = applyFix(p, t.design);
    expect(fixed.edges.find((e) => e.kind === 'routes-to')!.data!.targetGroupName).toBe('web-api-tg');
    expect(check(fixed, 'NAME-TG')).toEqual([]);
  });

  it('NAME-TG: an explicit name over 32 characters, and one name used twice, are errors', () => {
    const t = sample();
    const route = t.edge('routes-to', t.first('load-balancer-alb'), t.first('service'));
    t.setEdge(route, { targetGroupName: 'a-very-long-target-group-name-for-web' });
    expect(check(t.design, 'NAME-TG')).toHaveLength(1);

    const twice = sample();
    const nlb = twice.add('load-balancer-nlb', { name: 'tcp-nlb', subnets: ['subnet-1'], listeners: [{ port: 80, protocol: 'TCP' }] });
    twice.link(nlb, twice.first('service'));
    const [p] = check(twice.design, 'NAME-TG');
    expect(p).toMatchObject({ severity: 'error', nodeId: nlb });
    expect(check(applyFix(p, twice.design), 'NAME-TG')).toEqual([]);
  });

  it('NAME-TG: sanitizeTargetGroupName trims to 32 characters without a trailing -', () => {
    expect(sanitizeTargetGroupName('-web_api-')).toBe('web-api');
    expect(sanitizeTargetGroupName('a'.repeat(31) + '-b')).toBe('a'.repeat(31));
  });
});
