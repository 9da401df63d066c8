import { describe, expect, it } from 'vitest';
import type { Design } from '../../../model/design.ts';
import { serviceLaunchRules } from './launch.ts';
import { applyFix, ec2Design, findings, sample } from '../../../validate/service-test-designs.ts';

const check = (design: Design, ruleId: string) => findings(serviceLaunchRules, design, ruleId);

describe('service launch rules', () => {
  it('SVC-REQ: a service without a name or a task definition is an error; the EXTERNAL controller needs no task definition', () => {
    const t = sample();
    const svc = t.first('service');
    expect(check(t.design, 'SVC-REQ')).toEqual([]);
    t.set(svc, 'serviceName', undefined);
    expect(check(t.design, 'SVC-REQ')).toMatchObject([{ severity: 'error', nodeId: svc, pointer: '/serviceName' }]);

    const noTd = sample();
    noTd.unlink('uses');
    expect(check(noTd.design, 'SVC-REQ')).toMatchObject([{ pointer: '/taskDefinition' }]);
    noTd.set(noTd.first('service'), 'deploymentController', { type: 'EXTERNAL' });
    expect(check(noTd.design, 'SVC-REQ')).toEqual([]);
  });

  it('SVC-TD-REF: a literal reference must be family, family:revision or a task definition ARN', () => {
    const t = sample();
    t.unlink('uses');
    const svc = t.first('service');
    for (const bad of ['web:latest', 'web:0', 'arn:aws:ecs:us-east-1:123456789012:service/web', 'my app']) {
      expect(check(t.set(svc, 'taskDefinition', bad).design, 'SVC-TD-REF')).toMatchObject([{ severity: 'error', nodeId: svc, pointer: '/taskDefinition' }]);
    }
    for (const good of ['web', 'web:3', 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:3']) {
      expect(check(t.set(svc, 'taskDefinition', good).design, 'SVC-TD-REF')).toEqual([]);
    }
    // Linked, with a revision on the relation: the value is built by the designer.
    const linked = sample();
    linked.setEdge(linked.edge('uses', linked.first('service'), linked.first('task-definition')), { revision: 4 });
    expect(check(linked.design, 'SVC-TD-REF')).toEqual([]);
  });

  it('SVC-COUNT: REPLICA without desiredCount is an error; 0 and DAEMON pass', () => {
    const t = sample();
    const svc = t.first('service');
    expect(check(t.set(svc, 'desiredCount', undefined).design, 'SVC-COUNT')).toMatchObject([{ severity: 'error', pointer: '/desiredCount' }]);
    expect(check(t.set(svc, 'desiredCount', 0).design, 'SVC-COUNT')).toEqual([]);
    const daemon = ec2Design({ service: { schedulingStrategy: 'DAEMON' } });
    expect(check(daemon.set(daemon.ids.service!, 'desiredCount', undefined).design, 'SVC-COUNT')).toEqual([]);
  });

  it('SVC-LT-CPS: a literal launchType next to a strategy is an error; the fix removes the launch type', () => {
    const t = sample();
    const svc = t.first('service');
    t.link(svc, t.first('capacity-fargate'));
    expect(check(t.design, 'SVC-LT-CPS')).toEqual([]);
    t.set(svc, 'launchType', 'FARGATE');
    const [p] = check(t.design, 'SVC-LT-CPS');
    expect(p).toMatchObject({ severity: 'error', nodeId: svc, pointer: '/launchType' });
    const fixed = applyFix(p, t.design);
    expect(fixed.nodes.find((n) => n.id === svc)!.data.launchType).toBeUndefined();
    expect(check(fixed, 'SVC-LT-CPS')).toEqual([]);
  });

  it('SVC-LT-ENUM: an unknown launch type is an error; EC2 is not', () => {
    const t = ec2Design();
    const svc = t.ids.service!;
    t.unlink('capacity');
    expect(check(t.set(svc, 'launchType', 'SERVERLESS').design, 'SVC-LT-ENUM')).toMatchObject([{ severity: 'error', pointer: '/launchType' }]);
    expect(check(t.set(svc, 'launchType', 'EC2').design, 'SVC-LT-ENUM')).toEqual([]);
  });

  it('SVC-SPOT-LT: FARGATE_SPOT as a launch type is an error; the fix places the service on the Spot capacity', () => {
    const t = sample();
    const svc = t.first('service');
    const spot = t.add('capacity-fargate-spot');
    t.link(spot, t.first('cluster'));
    t.set(svc, 'launchType', 'FARGATE_SPOT');
    const [p] = check(t.design, 'SVC-SPOT-LT');
    expect(p).toMatchObject({ severity: 'error', nodeId: svc, pointer: '/launchType' });
    expect(check(t.design, 'SVC-LT-ENUM')).toEqual([]); // reported once, by the more telling rule
    const fixed = applyFix(p, t.design);
    expect(fixed.edges.some((e) => e.kind === 'capacity' && e.source === svc && e.target === spot)).toBe(true);
    expect(check(fixed, 'SVC-SPOT-LT')).toEqual([]);
    expect(check(t.set(svc, 'launchType', 'FARGATE').design, 'SVC-SPOT-LT')).toEqual([]);
  });

  it('SVC-DEFAULT-CPS: no launch type, no strategy and a cluster without a default strategy is a warning', () => {
    const t = sample();
    expect(check(t.design, 'SVC-DEFAULT-CPS')).toEqual([]); // the cluster default (FARGATE) applies
    const inCluster = t.edge('in-cluster', t.first('capacity-fargate'), t.first('cluster'));
    t.setEdge(inCluster, undefined);
    expect(check(t.design, 'SVC-DEFAULT-CPS')).toMatchObject([{ severity: 'warning', nodeId: t.first('service') }]);
    t.link(t.first('service'), t.first('capacity-fargate'));
    expect(check(t.design, 'SVC-DEFAULT-CPS')).toEqual([]);
  });

  it('SVC-COMPAT: a Fargate service running an EC2-only task definition is an error; the fix adds FARGATE', () => {
    const t = sample();
    const td = t.first('task-definition');
    expect(check(t.design, 'SVC-COMPAT')).toEqual([]);
    t.set(td, 'requiresCompatibilities', ['EC2']);
    const [p] = check(t.design, 'SVC-COMPAT');
    expect(p).toMatchObject({ severity: 'error', nodeId: td, pointer: '/requiresCompatibilities', artifactPath: 'task-definitions/web.json' });
    const fixed = applyFix(p, t.design);
    expect(fixed.nodes.find((n) => n.id === td)!.data.requiresCompatibilities).toEqual(['EC2', 'FARGATE']);
    expect(check(fixed, 'SVC-COMPAT')).toEqual([]);
  });

  it('SVC-PV: platformVersion on an EC2 service is an error (fix removes it); on Fargate it passes', () => {
    const t = ec2Design({ service: { platformVersion: '1.4.0' } });
    const [p] = check(t.design, 'SVC-PV');
    expect(p).toMatchObject({ severity: 'error', nodeId: t.ids.service, pointer: '/platformVersion' });
    expect(check(applyFix(p, t.design), 'SVC-PV')).toEqual([]);
    const fargate = sample();
    expect(check(fargate.set(fargate.first('service'), 'platformVersion', 'LATEST').design, 'SVC-PV')).toEqual([]);
  });

  it('SCHED-ENUM: schedulingStrategy other than REPLICA or DAEMON is an error', () => {
    const t = sample();
    const svc = t.first('service');
    expect(check(t.set(svc, 'schedulingStrategy', 'SINGLETON').design, 'SCHED-ENUM')).toMatchObject([{ severity: 'error', pointer: '/schedulingStrategy' }]);
    expect(check(t.set(svc, 'schedulingStrategy', 'REPLICA').design, 'SCHED-ENUM')).toEqual([]);
  });
});
