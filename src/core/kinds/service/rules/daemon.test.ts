import { describe, expect, it } from 'vitest';
import type { Design } from '../../../model/design.ts';
import { daemonRules } from './daemon.ts';
import { applyFix, ec2Design, findings, sample } from '../../../validate/service-test-designs.ts';

const check = (design: Design, ruleId: string) => findings(daemonRules, design, ruleId);

/** A DAEMON service on EC2 with the settings a daemon should have. */
function daemon() {
  const t = ec2Design({ service: { schedulingStrategy: 'DAEMON' } });
  t.set(t.ids.service!, 'desiredCount', undefined);
  t.set(t.ids.service!, ['deploymentConfiguration', 'maximumPercent'], 100);
  return t;
}

describe('daemon service rules', () => {
  it('a well-formed DAEMON service on EC2 reports nothing', () => {
    const t = daemon();
    expect(['DAEMON-FG', 'DAEMON-PS', 'DAEMON-MAX', 'DAEMON-COUNT', 'DAEMON-CTRL'].flatMap((id) => check(t.design, id))).toEqual([]);
  });

  it('DAEMON-FG: a DAEMON service on Fargate is an error', () => {
    const t = sample();
    const svc = t.first('service');
    t.set(svc, 'schedulingStrategy', 'DAEMON');
    expect(check(t.design, 'DAEMON-FG')).toMatchObject([{ severity: 'error', nodeId: svc, pointer: '/schedulingStrategy' }]);
    expect(check(daemon().design, 'DAEMON-FG')).toEqual([]);
  });

  it('DAEMON-PS: a placement strategy on a DAEMON service is an error; the fix removes it', () => {
    const t = daemon();
    t.set(t.ids.service!, 'placementStrategy', [{ type: 'spread', field: 'instanceId' }]);
    const [p] = check(t.design, 'DAEMON-PS');
    expect(p).toMatchObject({ severity: 'error', pointer: '/placementStrategy' });
    expect(check(applyFix(p, t.design), 'DAEMON-PS')).toEqual([]);
    // constraints are fine
    const constrained = daemon();
    expect(check(constrained.set(constrained.ids.service!, 'placementConstraints', [{ type: 'distinctInstance' }]).design, 'DAEMON-PS')).toEqual([]);
  });

  it('DAEMON-MAX: maximumPercent other than 100 (e.g. the REPLICA default 200) is an error; the fix sets 100', () => {
    const t = daemon();
    t.set(t.ids.service!, ['deploymentConfiguration', 'maximumPercent'], 200);
    const [p] = check(t.design, 'DAEMON-MAX');
    expect(p).toMatchObject({ severity: 'error', pointer: '/deploymentConfiguration/maximumPercent' });
    expect(check(applyFix(p, t.design), 'DAEMON-MAX')).toEqual([]);
  });

  it('DAEMON-COUNT: desiredCount on a DAEMON service is a warning; the fix removes it', () => {
    const t = daemon();
    t.set(t.ids.service!, 'desiredCount', 3);
    const [p] = check(t.design, 'DAEMON-COUNT');
    expect(p).toMatchObject({ severity: 'warning', pointer: '/desiredCount' });
    expect(check(applyFix(p, t.design), 'DAEMON-COUNT')).toEqual([]);
  });

  it('DAEMON-CTRL: DAEMON with the CODE_DEPLOY or EXTERNAL controller is an error; ECS passes', () => {
    const t = daemon();
    for (const type of ['CODE_DEPLOY', 'EXTERNAL']) {
      expect(check(t.set(t.ids.service!, 'deploymentController', { type }).design, 'DAEMON-CTRL')).toMatchObject([{ severity: 'error', pointer: '/deploymentController/type' }]);
    }
    expect(check(t.set(t.ids.service!, 'deploymentController', { type: 'ECS' }).design, 'DAEMON-CTRL')).toEqual([]);
  });
});
