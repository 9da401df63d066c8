import { describe, expect, it } from 'vitest';
import { applyArtifactText } from '../../apply/index.ts';
import { artifactText, derive } from '../../derive/index.ts';
import type { Artifact } from '../../model/artifact.ts';
import type { Design } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import { apiInputFailures, hasBotocore, NO_BOTOCORE } from '../../test-support/api-input-check.ts';
import { validate } from '../../validate/index.ts';
import { sample, type TestDesign } from '../../validate/service-test-designs.ts';

const TG = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup';
const LISTENER_80 = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/web-alb/0000000000000000/0000000000000080';
const RULE_80 = (priority: number) => `${LISTENER_80.replace(':listener/', ':listener-rule/')}/${String(priority).padStart(16, '0')}`;
const weighted = (alternate = `${TG}/web-tg-alt/0000000000000000`) => [
  { Type: 'forward', ForwardConfig: { TargetGroups: [{ TargetGroupArn: `${TG}/web-tg/0000000000000000`, Weight: 100 }, { TargetGroupArn: alternate, Weight: 0 }] } },
];

/** The Fargate web sample deploying `strategy`, with an infrastructure role connected to the service. */
function blueGreen(strategy = 'BLUE_GREEN', opts: { role?: boolean } = {}): TestDesign & { route: string; service: string; lb: string } {
  const t = sample();
  const service = t.first('service');
  t.set(service, 'deploymentConfiguration', strategy === 'BLUE_GREEN' ? { strategy, bakeTimeInMinutes: 5 } : { strategy });
  if (opts.role !== false) t.link(t.add('role-infrastructure', { roleName: 'ecsInfrastructureRole' }), service);
  const lb = t.first('load-balancer-alb');
  return Object.assign(t, { route: t.edge('routes-to', lb, service), service, lb });
}

const files = (design: Design) => derive(design);
const file = (design: Design, path: string) => files(design).find((a) => a.path === path);
const advanced = (design: Design) => ((files(design).find((a) => a.type === 'service')!.content.loadBalancers as JsonObject[])[0]!.advancedConfiguration ?? null) as JsonObject | null;
const problems = (design: Design, prefix: string) => validate(design).filter((p) => p.ruleId.startsWith(prefix) && p.severity !== 'info');

function applyEdit(design: Design, artifact: Artifact, edit: (text: JsonObject) => void): Design {
  const text = JSON.parse(artifactText(artifact)) as JsonObject;
  edit(text);
  const result = applyArtifactText(design, artifact.path, JSON.stringify(text));
  if (!result.ok) throw new Error(result.error);
  // derive(apply(text)) gives the text back (ARCHITECTURE principle 3).
  expect(files(result.design).find((a) => a.path === artifact.path)?.content).toEqual(text);
  return result.design;
}

describe('ECS-native blue/green on a drawn load balancer (DEP-BG-LB)', () => {
  it('BLUE_GREEN: the alternate target group has the primary’s settings and a name within 32 characters', () => {
    const t = blueGreen();
    const primary = file(t.design, 'target-groups/web-tg.json')!;
    const alternate = file(t.design, 'target-groups/web-tg-alt.json')!;
    expect(alternate.content).toEqual({ ...primary.content, Name: 'web-tg-alt' });
    t.set(t.service, 'serviceName', 'a-very-long-service-name-for-the-shop');
    const names = files(t.design).filter((a) => a.type === 'target-group').map((a) => a.content.Name as string).sort();
    expect(names).toEqual(['a-very-long-service-name-for-alt', 'a-very-long-service-name-for-the']);
    expect(names.every((n) => n.length <= 32)).toBe(true);
  });

  it('a default route gets a catch-all production rule on its listener forwarding 100/0 to both groups; the service file names it', () => {
    const t = blueGreen();
    expect(file(t.design, 'listener-rules/web-alb-80-50000.json')!.content).toEqual({
      ListenerArn: LISTENER_80,
      Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/*'] } }],
      Priority: 50000,
      Actions: weighted(),
    });
    expect(advanced(t.design)).toEqual({
      alternateTargetGroupArn: `${TG}/web-tg-alt/0000000000000000`,
      productionListenerRule: RULE_80(50000),
      roleArn: 'arn:aws:iam::123456789012:role/ecsInfrastructureRole',
    });
    // DEP-BG-LB accepts the derived configuration; the role gets the load balancer policy.
    expect(problems(t.design, 'DEP-BG')).toEqual([]);
    const role = files(t.design).find((a) => a.type === 'iam-role' && a.content.RoleName === 'ecsInfrastructureRole')!;
    expect(JSON.stringify(role.content)).toContain('AmazonECSInfrastructureRolePolicyForLoadBalancers');
  });

  it.each(['LINEAR', 'CANARY'])('%s derives the same resources', (strategy) => {
    const t = blueGreen(strategy);
    expect(file(t.design, 'target-groups/web-tg-alt.json')).toBeDefined();
    expect(file(t.design, 'listener-rules/web-alb-80-50000.json')).toBeDefined();
    expect(problems(t.design, 'DEP-BG')).toEqual([]);
  });

  it('DEP-BG-LB without an infrastructure role asks for one (the target group and rule are there)', () => {
    const t = blueGreen('BLUE_GREEN', { role: false });
    const [problem] = problems(t.design, 'DEP-BG-LB');
    expect(problem).toMatchObject({ severity: 'error', pointer: '/loadBalancers' });
    expect(problem!.message).toMatch(/infrastructure role/);
  });

  it('a path route’s own rule becomes its production rule (no catch-all)', () => {
    const t = blueGreen();
    t.setEdge(t.route, { pathPattern: '/api/*' });
    const rules = files(t.design).filter((a) => a.type === 'listener-rule');
    expect(rules.map((r) => r.path)).toEqual(['listener-rules/web-alb-80-10.json']);
    expect(rules[0]!.content.Actions).toEqual(weighted());
    expect(advanced(t.design)!.productionListenerRule).toBe(RULE_80(10));
  });

  it('DEP-BG-ACTIONS: a production listener whose default action is a fixed response beside the forward rule warns', () => {
    const t = blueGreen();
    t.setEdge(t.route, { pathPattern: '/api/*' });
    expect(problems(t.design, 'DEP-BG-ACTIONS')).toMatchObject([{ severity: 'warning', pointer: '/loadBalancers/0/advancedConfiguration' }]);
    t.setEdge(t.route, {});
    expect(problems(t.design, 'DEP-BG-ACTIONS')).toEqual([]);
  });

  it('a test listener port adds the test rule on that listener, which forwards to the service by default', () => {
    const t = blueGreen();
    t.set(t.lb, 'listeners', [{ port: 80, protocol: 'HTTP' }, { port: 8080, protocol: 'HTTP' }]);
    t.setEdge(t.route, { listenerPort: 80, testListenerPort: 8080 });
    const test = file(t.design, 'listener-rules/web-alb-8080-50000.json')!;
    expect(test.content).toMatchObject({ ListenerArn: LISTENER_80.replace('0000000000000080', '0000000000008080'), Priority: 50000, Actions: weighted() });
    expect(advanced(t.design)!.testListenerRule).toBe(RULE_80(50000).replace('0000000000000080/', '0000000000008080/'));
    expect(file(t.design, 'listeners/web-alb-8080.json')!.content.DefaultActions).toEqual([{ Type: 'forward', TargetGroupArn: `${TG}/web-tg/0000000000000000` }]);
    expect(problems(t.design, 'DEP-BG')).toEqual([]);
  });

  it('an NLB: production and test listener ARNs, no rules (DEP-BG-ARN accepts them)', () => {
    const t = blueGreen();
    const nlb = t.add('load-balancer-nlb', { name: 'tcp-nlb', listeners: [{ port: 80, protocol: 'TCP' }, { port: 8080, protocol: 'TCP' }] });
    t.unlink('routes-to');
    t.link(nlb, t.service, { testListenerPort: 8080 });
    const listener = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/net/tcp-nlb/0000000000000000/';
    expect(advanced(t.design)).toMatchObject({ productionListenerRule: `${listener}0000000000000080`, testListenerRule: `${listener}0000000000008080` });
    expect(files(t.design).filter((a) => a.type === 'listener-rule')).toEqual([]);
    expect(file(t.design, 'listeners/tcp-nlb-8080.json')!.content.DefaultActions).toEqual([{ Type: 'forward', TargetGroupArn: `${TG}/web-tg/0000000000000000` }]);
    expect(problems(t.design, 'DEP-BG')).toEqual([]);
  });

  it('DEP-BG-ARN: a listener ARN as an ALB’s production rule, or a rule ARN on an NLB, is an error', () => {
    const t = blueGreen();
    t.setEdge(t.route, { advancedConfiguration: { productionListenerRule: LISTENER_80 } });
    expect(problems(t.design, 'DEP-BG-ARN')).toMatchObject([{ severity: 'error', pointer: '/loadBalancers/0/advancedConfiguration/productionListenerRule' }]);
    const nlb = t.add('load-balancer-nlb', { name: 'tcp-nlb' });
    t.unlink('routes-to');
    t.link(nlb, t.service, { advancedConfiguration: { productionListenerRule: RULE_80(1) } });
    expect(problems(t.design, 'DEP-BG-ARN')).toMatchObject([{ severity: 'error' }]);
  });

  it('values typed on the route win: no alternate group or rule is created for them, the rule forwards to the typed group', () => {
    const t = blueGreen();
    const green = `${TG}/green/0000000000000001`;
    t.setEdge(t.route, { advancedConfiguration: { alternateTargetGroupArn: green } });
    expect(file(t.design, 'target-groups/web-tg-alt.json')).toBeUndefined();
    expect(file(t.design, 'listener-rules/web-alb-80-50000.json')!.content.Actions).toEqual(weighted(green));
    t.setEdge(t.route, { advancedConfiguration: { alternateTargetGroupArn: green, productionListenerRule: RULE_80(7) } });
    expect(files(t.design).filter((a) => a.type === 'listener-rule')).toEqual([]);
    expect(advanced(t.design)).toMatchObject({ alternateTargetGroupArn: green, productionListenerRule: RULE_80(7) });
  });

  it('nothing is derived for ROLLING, another controller, an existing target group, or existing blue/green resources', () => {
    const rolling = sample();
    const base = files(rolling.design).map((a) => a.path);
    expect(base.some((p) => p.includes('-alt') || p.startsWith('listener-rules/'))).toBe(false);
    for (const change of [
      (t: ReturnType<typeof blueGreen>) => t.set(t.service, ['deploymentController', 'type'], 'CODE_DEPLOY'),
      (t: ReturnType<typeof blueGreen>) => t.setEdge(t.route, { targetGroupArn: `${TG}/existing/0000000000000009` }),
      (t: ReturnType<typeof blueGreen>) => t.setEdge(t.route, { existingBlueGreenResources: true }),
    ]) {
      const t = blueGreen();
      change(t);
      expect(files(t.design).filter((a) => a.path.includes('-alt') || a.type === 'listener-rule')).toEqual([]);
    }
  });
});

describe('blue/green edits in the service file go back to the route (lossless)', () => {
  const service = (design: Design) => files(design).find((a) => a.type === 'service')!;
  const route = (design: Design) => design.edges.find((e) => e.kind === 'routes-to')!;
  const entry = (text: JsonObject) => (text.loadBalancers as JsonObject[])[0]!.advancedConfiguration as JsonObject;

  it('the unchanged file changes nothing', () => {
    const t = blueGreen();
    const result = applyArtifactText(t.design, service(t.design).path, artifactText(service(t.design)));
    expect(result).toMatchObject({ ok: true, design: t.design });
  });

  it('a typed production rule is kept on the route; the derived values are not written down', () => {
    const t = blueGreen();
    const after = applyEdit(t.design, service(t.design), (text) => (entry(text).productionListenerRule = RULE_80(3)));
    expect(route(after).data!.advancedConfiguration).toEqual({ productionListenerRule: RULE_80(3) });
    expect(files(after).some((a) => a.type === 'listener-rule')).toBe(false);
    expect(file(after, 'target-groups/web-tg-alt.json')).toBeDefined();
  });

  it('removing the alternate target group marks the route’s resources as existing ones', () => {
    const t = blueGreen();
    const after = applyEdit(t.design, service(t.design), (text) => delete entry(text).alternateTargetGroupArn);
    expect(route(after).data).toMatchObject({ existingBlueGreenResources: true, advancedConfiguration: { productionListenerRule: RULE_80(50000) } });
    expect(file(after, 'target-groups/web-tg-alt.json')).toBeUndefined();
  });

  it('removing the whole advancedConfiguration does too; removing the test rule drops the test listener', () => {
    const t = blueGreen();
    const none = applyEdit(t.design, service(t.design), (text) => delete (text.loadBalancers as JsonObject[])[0]!.advancedConfiguration);
    expect(route(none).data).toMatchObject({ existingBlueGreenResources: true });
    t.set(t.lb, 'listeners', [{ port: 80, protocol: 'HTTP' }, { port: 8080, protocol: 'HTTP' }]);
    t.setEdge(t.route, { testListenerPort: 8080 });
    expect(entry(service(t.design).content).testListenerRule).toBeDefined();
    const noTest = applyEdit(t.design, service(t.design), (text) => delete entry(text).testListenerRule);
    expect(route(noTest).data!.testListenerPort).toBeUndefined();
    expect(route(noTest).data!.existingBlueGreenResources).toBeUndefined();
  });

  it('the alternate target group file: a name and settings of its own come back; a setting of the primary left out is refused', () => {
    const t = blueGreen();
    const alt = file(t.design, 'target-groups/web-tg-alt.json')!;
    const text = { ...alt.content, Name: 'web-green', HealthCheckIntervalSeconds: 10 };
    const result = applyArtifactText(t.design, alt.path, JSON.stringify(text));
    if (!result.ok) throw new Error(result.error);
    expect(route(result.design).data).toMatchObject({ alternateTargetGroupName: 'web-green', alternateTargetGroupExtra: { HealthCheckIntervalSeconds: 10 } });
    expect(file(result.design, 'target-groups/web-green.json')!.content).toEqual(text);
    expect(advanced(result.design)!.alternateTargetGroupArn).toBe(`${TG}/web-green/0000000000000000`);
    const { VpcId: _vpc, ...withoutVpc } = alt.content;
    expect(applyArtifactText(t.design, alt.path, JSON.stringify(withoutVpc))).toMatchObject({ ok: false, error: expect.stringMatching(/VpcId/) });
  });
});

describe('blue/green files pass botocore', () => {
  it.skipIf(!hasBotocore)(`alternate target group, production and test rules, the service with advancedConfiguration${NO_BOTOCORE}`, () => {
    const t = blueGreen();
    t.set(t.lb, 'listeners', [{ port: 80, protocol: 'HTTP' }, { port: 8080, protocol: 'HTTP' }]);
    t.setEdge(t.route, { listenerPort: 80, testListenerPort: 8080 });
    const artifacts = files(t.design);
    expect(artifacts.filter((a) => a.type === 'listener-rule')).toHaveLength(2);
    expect(apiInputFailures(artifacts)).toEqual([]);
  }, 30_000);
});
