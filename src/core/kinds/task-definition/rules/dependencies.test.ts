import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../../model/json.ts';
import { dependencyRules } from './dependencies.ts';
import { container, problemsOf, taskDesign } from './task-test-designs.ts';

const check = (design: Parameters<typeof problemsOf>[1], ruleId: string) => problemsOf(dependencyRules, design, ruleId);
const dependsOn = (containerName: string, condition = 'START') => ({ dependsOn: [{ containerName, condition }] });
const HEALTH = { healthCheck: { command: ['CMD', 'true'] } };
/** An app container depending on a sidecar `init`. */
const pair = (app: JsonObject, init: JsonObject = {}) => taskDesign({ containers: [container('app', app), container('init', init)] });

describe('container dependency rules', () => {
  it('DEP-TARGET: dependsOn must name another container of the task', () => {
    const missing = pair(dependsOn('db'));
    expect(check(missing.design, 'DEP-TARGET')).toMatchObject([
      { severity: 'error', nodeId: missing.containers[0], pointer: '/containerDefinitions/0/dependsOn/0/containerName' },
    ]);
    expect(check(pair(dependsOn('app')).design, 'DEP-TARGET')).toMatchObject([{ message: 'app depends on itself.' }]);
    expect(check(pair(dependsOn('init')).design, 'DEP-TARGET')).toEqual([]);
  });

  it('DEP-COND: condition must be START, COMPLETE, SUCCESS or HEALTHY', () => {
    expect(check(pair(dependsOn('init', 'RUNNING')).design, 'DEP-COND')).toMatchObject([{ pointer: '/containerDefinitions/0/dependsOn/0/condition' }]);
    expect(check(pair(dependsOn('init', 'START')).design, 'DEP-COND')).toEqual([]);
  });

  it('DEP-ESS: COMPLETE/SUCCESS on an essential container is an error; the fix makes it non-essential', () => {
    const bad = pair(dependsOn('init', 'SUCCESS'));
    const [p] = check(bad.design, 'DEP-ESS');
    expect(p).toMatchObject({ severity: 'error' });
    const fixed = p!.fix!.apply(bad.design);
    expect(fixed.nodes.find((n) => n.id === bad.containers[1])!.data.essential).toBe(false);
    expect(check(fixed, 'DEP-ESS')).toEqual([]);
    expect(check(pair(dependsOn('init', 'COMPLETE'), { essential: false }).design, 'DEP-ESS')).toEqual([]);
  });

  it('DEP-HEALTHY: HEALTHY needs a health check on the target', () => {
    expect(check(pair(dependsOn('init', 'HEALTHY')).design, 'DEP-HEALTHY')).toMatchObject([{ severity: 'error' }]);
    expect(check(pair(dependsOn('init', 'HEALTHY'), HEALTH).design, 'DEP-HEALTHY')).toEqual([]);
  });

  it('DEP-CYCLE: a dependency cycle is reported once, naming its containers', () => {
    const bad = taskDesign({
      containers: [container('a', dependsOn('b')), container('b', dependsOn('c')), container('c', dependsOn('a')), container('d', dependsOn('a'))],
    });
    expect(check(bad.design, 'DEP-CYCLE')).toMatchObject([{ severity: 'error', nodeId: bad.containers[0], message: expect.stringContaining('a → b → c → a') }]);
    const chain = taskDesign({ containers: [container('a', dependsOn('b')), container('b', dependsOn('c')), container('c')] });
    expect(check(chain.design, 'DEP-CYCLE')).toEqual([]);
  });

  it('LINK-MODE: links need the bridge network mode; the fix removes them', () => {
    const links = { links: ['init:db'] };
    const bad = pair(links);
    const [p] = check(bad.design, 'LINK-MODE');
    expect(p).toMatchObject({ severity: 'error', pointer: '/containerDefinitions/0/links' });
    expect(check(p!.fix!.apply(bad.design), 'LINK-MODE')).toEqual([]);
    const bridge = taskDesign({ capacity: 'ec2', td: { networkMode: 'bridge' }, containers: [container('app', links), container('init')] });
    expect(check(bridge.design, 'LINK-MODE')).toEqual([]);
    // omitted networkMode on Linux EC2 is bridge
    expect(check(taskDesign({ capacity: 'ec2', containers: [container('app', links), container('init')] }).design, 'LINK-MODE')).toEqual([]);
  });
});
