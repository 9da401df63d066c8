import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../../model/json.ts';
import { healthCheckRules } from './health-check.ts';
import { container, problemsOf, taskDesign } from './task-test-designs.ts';

const check = (design: Parameters<typeof problemsOf>[1], ruleId: string) => problemsOf(healthCheckRules, design, ruleId);
const COMMAND = ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'];
/** One essential container with this health check. */
const withCheck = (healthCheck: JsonObject) => taskDesign({ containers: [container('app', { healthCheck })] });

describe('health check rules', () => {
  it('HC-CMD: the command must start with CMD or CMD-SHELL', () => {
    const bad = withCheck({ command: ['curl', '-f', 'http://localhost/'] });
    expect(check(bad.design, 'HC-CMD')).toMatchObject([{ severity: 'error', nodeId: bad.containers[0], pointer: '/containerDefinitions/0/healthCheck/command' }]);
    expect(check(withCheck({}).design, 'HC-CMD')).toHaveLength(1);
    expect(check(withCheck({ command: ['CMD', 'true'] }).design, 'HC-CMD')).toEqual([]);
    expect(check(withCheck({ command: COMMAND }).design, 'HC-CMD')).toEqual([]);
  });

  it('HC-INT: interval 5–300 s', () => {
    expect(check(withCheck({ command: COMMAND, interval: 3 }).design, 'HC-INT')).toMatchObject([{ severity: 'error', pointer: '/containerDefinitions/0/healthCheck/interval' }]);
    expect(check(withCheck({ command: COMMAND, interval: 301 }).design, 'HC-INT')).toHaveLength(1);
    expect(check(withCheck({ command: COMMAND, interval: 300 }).design, 'HC-INT')).toEqual([]);
  });

  it('HC-TO: timeout 2–60 s', () => {
    expect(check(withCheck({ command: COMMAND, timeout: 1 }).design, 'HC-TO')).toMatchObject([{ severity: 'error' }]);
    expect(check(withCheck({ command: COMMAND, timeout: 2 }).design, 'HC-TO')).toEqual([]);
  });

  it('HC-RET: retries 1–10', () => {
    expect(check(withCheck({ command: COMMAND, retries: 0 }).design, 'HC-RET')).toMatchObject([{ severity: 'error' }]);
    expect(check(withCheck({ command: COMMAND, retries: 10 }).design, 'HC-RET')).toEqual([]);
  });

  it('HC-SP: startPeriod 0–300 s', () => {
    expect(check(withCheck({ command: COMMAND, startPeriod: 600 }).design, 'HC-SP')).toMatchObject([{ severity: 'error' }]);
    expect(check(withCheck({ command: COMMAND, startPeriod: 0 }).design, 'HC-SP')).toEqual([]);
  });

  it('HC-TOINT: a timeout not below the interval (defaults included) is a warning', () => {
    expect(check(withCheck({ command: COMMAND, interval: 10, timeout: 10 }).design, 'HC-TOINT')).toMatchObject([
      { severity: 'warning', pointer: '/containerDefinitions/0/healthCheck/timeout' },
    ]);
    // timeout 40 against the default interval of 30
    expect(check(withCheck({ command: COMMAND, timeout: 40 }).design, 'HC-TOINT')).toHaveLength(1);
    expect(check(withCheck({ command: COMMAND, interval: 30, timeout: 5 }).design, 'HC-TOINT')).toEqual([]);
  });

  it('HC-ESS: health checks only on non-essential containers are a warning', () => {
    const healthCheck = { command: COMMAND };
    const bad = taskDesign({ containers: [container('app'), container('sidecar', { essential: false, healthCheck })] });
    expect(check(bad.design, 'HC-ESS')).toMatchObject([{ severity: 'warning', nodeId: bad.containers[1] }]);
    const ok = taskDesign({ containers: [container('app', { healthCheck }), container('sidecar', { essential: false, healthCheck })] });
    expect(check(ok.design, 'HC-ESS')).toEqual([]);
  });
});
