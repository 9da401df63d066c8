import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../../model/json.ts';
import { setNodeField } from '../../../commands/design-commands.ts';
import type { Design } from '../../../model/design.ts';
import { dependencyRules } from './dependencies.ts';
import { dependencyPlatformRules } from './dependency-platform.ts';
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

  it('DEP-FIRELENS: in bridge mode a FireLens-logging container must start after the router; the fix adds the dependency', () => {
    const router = container('log_router', { essential: true, firelensConfiguration: { type: 'fluentbit' } });
    const app = (extra: JsonObject = {}) => container('app', { logConfiguration: { logDriver: 'awsfirelens', options: { Name: 'cloudwatch' } }, ...extra });
    const bad = taskDesign({ capacity: 'ec2', td: { networkMode: 'bridge' }, containers: [app(), router] });
    const [p] = check(bad.design, 'DEP-FIRELENS');
    expect(p).toMatchObject({ severity: 'warning', nodeId: bad.containers[0], pointer: '/containerDefinitions/0/dependsOn', message: expect.stringContaining('log_router') });
    const fixed = applyTo(p, bad.design);
    expect(fixed.nodes.find((n) => n.id === bad.containers[0])!.data.dependsOn).toEqual([{ containerName: 'log_router', condition: 'START' }]);
    expect(check(fixed, 'DEP-FIRELENS')).toEqual([]);
    // awsvpc (Fargate) tasks are not affected; nor is a container that already waits for the router
    expect(check(taskDesign({ containers: [app(), router] }).design, 'DEP-FIRELENS')).toEqual([]);
    expect(check(taskDesign({ capacity: 'ec2', td: { networkMode: 'bridge' }, containers: [app(dependsOn('log_router', 'HEALTHY')), router] }).design, 'DEP-FIRELENS')).toEqual([]);
  });

  it('DEP-PLAT: dependsOn on Fargate Linux pinned below 1.3.0 is an error; the fix unpins the version', () => {
    const pinned = (version: string, extra: JsonObject = dependsOn('init')) => {
      const t = pair(extra);
      const r = setNodeField(t.design, t.service!, ['platformVersion'], version);
      if (!r.ok) throw new Error(r.reason);
      return { ...t, design: r.design };
    };
    const old = pinned('1.2.0');
    const [p] = problemsOf(dependencyPlatformRules, old.design, 'DEP-PLAT');
    expect(p).toMatchObject({ severity: 'error', nodeId: old.service, pointer: '/platformVersion', message: expect.stringContaining('dependsOn') });
    expect(problemsOf(dependencyPlatformRules, applyTo(p, old.design), 'DEP-PLAT')).toEqual([]);
    expect(problemsOf(dependencyPlatformRules, pinned('1.2.0', { stopTimeout: 30 }).design, 'DEP-PLAT')).toHaveLength(1);
    expect(problemsOf(dependencyPlatformRules, pinned('1.3.0').design, 'DEP-PLAT')).toEqual([]);
    expect(problemsOf(dependencyPlatformRules, pinned('1.2.0', {}).design, 'DEP-PLAT')).toEqual([]);
  });
});

function applyTo(p: { fix?: { apply(d: Design): Design } } | undefined, design: Design): Design {
  if (!p?.fix) throw new Error('no quick fix');
  return p.fix.apply(design);
}
