import { describe, expect, it } from 'vitest';
import type { Design } from '../../../model/design.ts';
import type { JsonValue } from '../../../model/json.ts';
import { placementRules } from './placement.ts';
import { applyFix, ec2Design, findings, runModule, sample } from '../../../validate/service-test-designs.ts';

const check = (design: Design, ruleId: string) => findings(placementRules, design, ruleId);

/** The EC2 test design with placement lists on its service. */
function placed(strategy?: JsonValue, constraints?: JsonValue) {
  const t = ec2Design();
  if (strategy !== undefined) t.set(t.ids.service!, 'placementStrategy', strategy);
  if (constraints !== undefined) t.set(t.ids.service!, 'placementConstraints', constraints);
  return t;
}

/** A standalone task beside the service, on the same EC2 capacity. */
function withTask(t: ReturnType<typeof ec2Design>, data: Record<string, JsonValue>) {
  const task = t.add('standalone-task', { name: 'job', count: 1, ...data });
  t.link(task, t.ids.cluster!);
  t.link(task, t.ids.td!);
  t.link(task, t.ids.asg!);
  return task;
}

const GOOD_STRATEGY = [{ type: 'spread', field: 'attribute:ecs.availability-zone' }];

describe('task placement rules', () => {
  it('well-formed placement on EC2 reports nothing but the defaults note', () => {
    const t = placed(GOOD_STRATEGY, [{ type: 'distinctInstance' }, { type: 'memberOf', expression: 'attribute:ecs.instance-type =~ m6i.*' }]);
    expect(runModule(placementRules, t.design)).toEqual([]);
  });

  it('PL-FG: placement on a Fargate service is an error; the fix removes it', () => {
    const t = sample();
    const svc = t.first('service');
    t.set(svc, 'placementStrategy', [{ type: 'binpack', field: 'memory' }]);
    t.set(svc, 'placementConstraints', [{ type: 'distinctInstance' }]);
    const problems = check(t.design, 'PL-FG');
    expect(problems).toMatchObject([
      { severity: 'error', nodeId: svc, pointer: '/placementStrategy' },
      { severity: 'error', nodeId: svc, pointer: '/placementConstraints' },
    ]);
    expect(check(applyFix(problems[1], applyFix(problems[0], t.design)), 'PL-FG')).toEqual([]);
    expect(check(placed(GOOD_STRATEGY).design, 'PL-FG')).toEqual([]);
  });

  it('PL-FG: placement constraints on a Fargate task definition; the fix removes them', () => {
    const t = sample();
    const td = t.first('task-definition');
    t.set(td, 'placementConstraints', [{ type: 'memberOf', expression: 'attribute:ecs.os-type == linux' }]);
    const [p] = check(t.design, 'PL-FG');
    expect(p).toMatchObject({ nodeId: td, pointer: '/placementConstraints' });
    expect(check(applyFix(p, t.design), 'PL-FG')).toEqual([]);
  });

  it('PL-FG: a standalone task on Fargate too', () => {
    const t = sample();
    const task = t.add('standalone-task', { name: 'job', launchType: 'FARGATE', placementStrategy: [{ type: 'random' }] });
    expect(check(t.design, 'PL-FG')).toMatchObject([{ nodeId: task, pointer: '/placementStrategy' }]);
  });

  it('PL-MAXC: more than 10 constraints, service and task definition together', () => {
    const c = { type: 'memberOf', expression: 'attribute:ecs.os-type == linux' };
    const t = placed(GOOD_STRATEGY, Array(6).fill(c));
    expect(check(t.design, 'PL-MAXC')).toEqual([]);
    t.set(t.ids.td!, 'placementConstraints', Array(5).fill(c));
    expect(check(t.design, 'PL-MAXC')).toMatchObject([{ severity: 'error', nodeId: t.ids.service, pointer: '/placementConstraints' }]);
    t.set(t.ids.service!, 'placementConstraints', undefined).set(t.ids.td!, 'placementConstraints', Array(11).fill(c));
    expect(check(t.design, 'PL-MAXC')).toMatchObject([{ nodeId: t.ids.td, pointer: '/placementConstraints/10' }]);
  });

  it('PL-MAXS: more than 5 strategies; the fix keeps the first 5', () => {
    const t = placed(Array(6).fill({ type: 'binpack', field: 'memory' }));
    const [p] = check(t.design, 'PL-MAXS');
    expect(p).toMatchObject({ severity: 'error', pointer: '/placementStrategy/5' });
    expect(check(applyFix(p, t.design), 'PL-MAXS')).toEqual([]);
    expect(check(placed(Array(5).fill({ type: 'binpack', field: 'memory' })).design, 'PL-MAXS')).toEqual([]);
  });

  it('PL-C-ENUM: an unknown constraint type; a case slip is fixed; a task definition takes memberOf only', () => {
    const t = placed(GOOD_STRATEGY, [{ type: 'memberof', expression: 'attribute:a == b' }, { type: 'sameZone' }]);
    const problems = check(t.design, 'PL-C-ENUM');
    expect(problems).toMatchObject([{ severity: 'error', pointer: '/placementConstraints/0/type' }, { pointer: '/placementConstraints/1/type' }]);
    expect(problems[1]!.fix).toBeUndefined();
    expect(check(applyFix(problems[0], t.design), 'PL-C-ENUM')).toHaveLength(1);
    const td = placed(GOOD_STRATEGY);
    td.set(td.ids.td!, 'placementConstraints', [{ type: 'distinctInstance' }]);
    expect(check(td.design, 'PL-C-ENUM')).toMatchObject([{ nodeId: td.ids.td, message: expect.stringMatching(/memberOf constraints only/) }]);
  });

  it('PL-C-EXPR: distinctInstance with an expression (fix removes it), memberOf without one, an expression over 2000 characters', () => {
    const t = placed(GOOD_STRATEGY, [{ type: 'distinctInstance', expression: 'x' }, { type: 'memberOf' }, { type: 'memberOf', expression: `attribute:a in [${'x,'.repeat(1000)}x]` }]);
    const problems = check(t.design, 'PL-C-EXPR');
    expect(problems).toMatchObject([
      { severity: 'error', pointer: '/placementConstraints/0/expression' },
      { pointer: '/placementConstraints/1' },
      { pointer: '/placementConstraints/2/expression', message: expect.stringMatching(/2000/) },
    ]);
    expect(check(applyFix(problems[0], t.design), 'PL-C-EXPR')).toHaveLength(2);
  });

  it('PL-S-ENUM: an unknown strategy type; Spread is fixed to spread', () => {
    const t = placed([{ type: 'Spread', field: 'instanceId' }, { type: 'pack', field: 'cpu' }]);
    const problems = check(t.design, 'PL-S-ENUM');
    expect(problems).toMatchObject([{ severity: 'error', pointer: '/placementStrategy/0/type' }, { pointer: '/placementStrategy/1/type' }]);
    expect(problems[1]!.fix).toBeUndefined();
    expect(check(applyFix(problems[0], t.design), 'PL-S-ENUM')).toHaveLength(1);
  });

  it('PL-S-FIELD: binpack CPU → cpu, spread without field or with a wrong one, random with a field', () => {
    const t = placed([
      { type: 'binpack', field: 'CPU' },
      { type: 'spread' },
      { type: 'spread', field: 'instanceid' },
      { type: 'random', field: 'cpu' },
      { type: 'binpack', field: 'disk' },
    ]);
    const problems = check(t.design, 'PL-S-FIELD');
    expect(problems.map((p) => p.pointer)).toEqual(['/placementStrategy/0/field', '/placementStrategy/1', '/placementStrategy/2/field', '/placementStrategy/3/field', '/placementStrategy/4/field']);
    expect(problems.map((p) => p.fix?.label)).toEqual(['Set the field to cpu', undefined, 'Set the field to instanceId', 'Remove the field', undefined]);
    let design = t.design;
    for (const p of problems) if (p.fix) design = p.fix.apply(design);
    expect(check(design, 'PL-S-FIELD').map((p) => p.pointer)).toEqual(['/placementStrategy/1', '/placementStrategy/4/field']);
    expect(check(placed([{ type: 'spread', field: 'host' }, { type: 'binpack', field: 'memory' }, { type: 'random' }]).design, 'PL-S-FIELD')).toEqual([]);
  });

  it('PL-CQL: a memberOf expression ECS cannot read is a warning, on a service, a task and a task definition', () => {
    const t = placed(GOOD_STRATEGY, [{ type: 'memberOf', expression: 'instanceType == t3.small' }]);
    t.set(t.ids.td!, 'placementConstraints', [{ type: 'memberOf', expression: 'attribute:ecs.os-type ==' }]);
    const task = withTask(t, { placementConstraints: [{ type: 'memberOf', expression: 'attribute:x in y' }] });
    expect(check(t.design, 'PL-CQL')).toMatchObject([
      { severity: 'warning', nodeId: t.ids.td, pointer: '/placementConstraints/0/expression' },
      { nodeId: t.ids.service, pointer: '/placementConstraints/0/expression' },
      { nodeId: task, pointer: '/placementConstraints/0/expression' },
    ]);
  });

  it('PL-CAS: spread and binpack on managed-scaling EC2 capacity is a warning; not when scaling is off', () => {
    const both = [{ type: 'spread', field: 'attribute:ecs.availability-zone' }, { type: 'binpack', field: 'memory' }];
    const t = placed(both);
    expect(check(t.design, 'PL-CAS')).toMatchObject([{ severity: 'warning', pointer: '/placementStrategy' }]);
    t.set(t.ids.asg!, ['managedScaling', 'status'], 'DISABLED');
    expect(check(t.design, 'PL-CAS')).toEqual([]);
    expect(check(placed([{ type: 'binpack', field: 'memory' }]).design, 'PL-CAS')).toEqual([]);
  });

  it('PL-WIN: a Windows task definition on capacity that mixes Windows and Linux needs os-type memberOf; the fix adds it', () => {
    const t = placed(GOOD_STRATEGY);
    t.set(t.ids.td!, ['runtimePlatform', 'operatingSystemFamily'], 'WINDOWS_SERVER_2022_CORE');
    expect(check(t.design, 'PL-WIN')).toEqual([]); // Linux capacity only: nothing to choose between
    const win = t.add('capacity-ec2', { name: 'win-capacity', instanceType: 'm6i.large', amiFamily: 'WINDOWS_SERVER_2022_CORE', minSize: 1, maxSize: 2 });
    t.link(win, t.ids.cluster!);
    t.link(t.ids.service!, win);
    const [p] = check(t.design, 'PL-WIN');
    expect(p).toMatchObject({ severity: 'warning', pointer: '/placementConstraints' });
    expect(check(applyFix(p, t.design), 'PL-WIN')).toEqual([]);
  });

  it('PL-DEF: a replica service of 2+ tasks on EC2 with no strategy is told the default; not with one, not for 1 task, not DAEMON, not Fargate', () => {
    const t = placed();
    expect(check(t.design, 'PL-DEF')).toMatchObject([{ severity: 'info', pointer: '/placementStrategy' }]);
    expect(check(placed(GOOD_STRATEGY).design, 'PL-DEF')).toEqual([]);
    const single = placed();
    expect(check(single.set(single.ids.service!, 'desiredCount', 1).design, 'PL-DEF')).toEqual([]);
    expect(check(t.set(t.ids.service!, 'schedulingStrategy', 'DAEMON').design, 'PL-DEF')).toEqual([]);
    expect(check(sample().design, 'PL-DEF')).toEqual([]);
  });
});
