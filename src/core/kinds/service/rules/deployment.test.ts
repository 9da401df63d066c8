import { describe, expect, it } from 'vitest';
import type { Design } from '../../../model/design.ts';
import { deploymentRules, deploymentStuck } from './deployment.ts';
import { applyFix, findings, sample } from '../../../validate/service-test-designs.ts';

const check = (design: Design, ruleId: string) => findings(deploymentRules, design, ruleId);

function withDeployment(desiredCount: number, minimumHealthyPercent?: number, maximumPercent?: number) {
  const t = sample();
  const svc = t.first('service');
  t.set(svc, 'desiredCount', desiredCount);
  t.set(svc, ['deploymentConfiguration', 'minimumHealthyPercent'], minimumHealthyPercent);
  t.set(svc, ['deploymentConfiguration', 'maximumPercent'], maximumPercent);
  return t;
}

describe('deployment rules', () => {
  it('DEP-STUCK: deploymentStuck follows floor(d·max/100) ≤ d and ceil(d·min/100) ≥ d', () => {
    expect(deploymentStuck(1, 100, 100)).toBe(true);
    expect(deploymentStuck(3, 75, 125)).toBe(true);
    expect(deploymentStuck(3, 50, 125)).toBe(false);
    expect(deploymentStuck(2, 100, 200)).toBe(false);
    expect(deploymentStuck(1, 100, 150)).toBe(true); // floor(1.5) = 1: no room for a second task
    expect(deploymentStuck(0, 100, 100)).toBe(false);
  });

  it('DEP-STUCK: a service whose deployment can neither add nor remove a task is a warning; defaults pass', () => {
    const [p] = check(withDeployment(1, 100, 100).design, 'DEP-STUCK');
    expect(p).toMatchObject({ severity: 'warning', pointer: '/deploymentConfiguration' });
    expect(check(withDeployment(3, 75, 125).design, 'DEP-STUCK')).toHaveLength(1);
    expect(check(withDeployment(1).design, 'DEP-STUCK')).toEqual([]); // 100 / 200
    expect(check(withDeployment(1, 0, 100).design, 'DEP-STUCK')).toEqual([]);
  });

  it('DEP-PCT-RANGE: minimumHealthyPercent outside 0–100 or maximumPercent below 100 is a warning', () => {
    expect(check(withDeployment(2, 150, 200).design, 'DEP-PCT-RANGE')).toMatchObject([
      { severity: 'warning', pointer: '/deploymentConfiguration/minimumHealthyPercent' },
    ]);
    expect(check(withDeployment(2, 50, 90).design, 'DEP-PCT-RANGE')).toMatchObject([{ pointer: '/deploymentConfiguration/maximumPercent' }]);
    expect(check(withDeployment(2, 50, 200).design, 'DEP-PCT-RANGE')).toEqual([]);
  });

  it('DEP-CB: a circuit breaker with a non-ECS controller is an error (fix removes it), as is one without rollback', () => {
    const t = sample();
    const svc = t.first('service');
    expect(check(t.design, 'DEP-CB')).toEqual([]);
    t.set(svc, 'deploymentController', { type: 'CODE_DEPLOY' });
    const [p] = check(t.design, 'DEP-CB');
    expect(p).toMatchObject({ severity: 'error', nodeId: svc, pointer: '/deploymentConfiguration/deploymentCircuitBreaker' });
    expect(check(applyFix(p, t.design), 'DEP-CB')).toEqual([]);

    const half = sample();
    half.set(half.first('service'), ['deploymentConfiguration', 'deploymentCircuitBreaker'], { enable: true });
    expect(check(half.design, 'DEP-CB')).toHaveLength(1);
  });
});
