import { describe, expect, it } from 'vitest';
import { applyArtifactText } from '../../../apply/index.ts';
import { artifactText, derive } from '../../../derive/index.ts';
import type { Design } from '../../../model/design.ts';
import type { JsonObject } from '../../../model/json.ts';
import { applyFix, findings, runModule, sample } from '../../../validate/service-test-designs.ts';
import { deploymentStrategyRules } from './deployment-strategy.ts';

const check = (design: Design, ruleId: string) => findings(deploymentStrategyRules, design, ruleId);
const ADVANCED = {
  alternateTargetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-green/0000000000000001',
  productionListenerRule: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener-rule/app/web-alb/0/0/1',
  roleArn: 'arn:aws:iam::123456789012:role/ecs-infrastructure-lb',
};

function withDeployment(deployment: JsonObject, controller?: string) {
  const t = sample();
  const service = t.first('service');
  t.set(service, 'deploymentConfiguration', deployment);
  if (controller) t.set(service, ['deploymentController', 'type'], controller);
  return { t, service };
}

describe('deployment strategy rules (ECS_RULES §3.3)', () => {
  it('the sample reports nothing', () => {
    expect(runModule(deploymentStrategyRules, sample().design)).toEqual([]);
  });

  it('DEP-CTRL-ENUM: an unknown controller is an error; the fix uses ECS', () => {
    const { t, service } = withDeployment({}, 'JENKINS');
    const [problem] = check(t.design, 'DEP-CTRL-ENUM');
    expect(problem).toMatchObject({ severity: 'error', nodeId: service, pointer: '/deploymentController/type' });
    expect(check(applyFix(problem, t.design), 'DEP-CTRL-ENUM')).toEqual([]);
  });

  it('DEP-MIN-ZERO: minimumHealthyPercent 0 behind a load balancer warns', () => {
    expect(check(withDeployment({ minimumHealthyPercent: 0, maximumPercent: 200 }).t.design, 'DEP-MIN-ZERO')).toMatchObject([{ severity: 'warning' }]);
    const { t } = withDeployment({ minimumHealthyPercent: 0, maximumPercent: 200 });
    expect(check(t.unlink('routes-to').design, 'DEP-MIN-ZERO')).toEqual([]);
  });

  it('DEP-FG-IGN: percentages with CODE_DEPLOY on Fargate are noted as ignored', () => {
    expect(check(withDeployment({ minimumHealthyPercent: 50, maximumPercent: 200 }, 'CODE_DEPLOY').t.design, 'DEP-FG-IGN')).toMatchObject([{ severity: 'info' }]);
  });

  it('DEP-CB-CLB: the circuit breaker with a Classic Load Balancer warns', () => {
    const { t, service } = withDeployment({ deploymentCircuitBreaker: { enable: true, rollback: true } });
    t.unlink('routes-to').set(service, 'loadBalancers', [{ loadBalancerName: 'classic', containerName: 'web', containerPort: 80 }]);
    expect(check(t.design, 'DEP-CB-CLB')).toMatchObject([{ severity: 'warning' }]);
  });

  it('DEP-ALARM: alarms need names, enable and rollback, and the ECS controller (fix: remove them)', () => {
    expect(check(withDeployment({ alarms: { alarmNames: ['web-5xx'], enable: true, rollback: true } }).t.design, 'DEP-ALARM')).toEqual([]);
    expect(check(withDeployment({ alarms: { alarmNames: [], enable: true } }).t.design, 'DEP-ALARM')).toMatchObject([{ severity: 'error', pointer: '/deploymentConfiguration/alarms' }]);
    const { t } = withDeployment({ alarms: { alarmNames: ['web-5xx'], enable: true, rollback: true } }, 'EXTERNAL');
    const [problem] = check(t.design, 'DEP-ALARM');
    expect(problem!.fix!.label).toBe('Remove the deployment alarms');
    expect(check(applyFix(problem, t.design), 'DEP-ALARM')).toEqual([]);
  });

  it('DEP-STRAT: unknown strategy, a configuration of another strategy, BLUE_GREEN without bake time', () => {
    expect(check(withDeployment({ strategy: 'RED_BLACK' }).t.design, 'DEP-STRAT')).toMatchObject([{ pointer: '/deploymentConfiguration/strategy' }]);
    expect(check(withDeployment({ strategy: 'ROLLING', linearConfiguration: { stepPercent: 10 } }).t.design, 'DEP-STRAT')).toMatchObject([{ pointer: '/deploymentConfiguration/linearConfiguration' }]);
    expect(check(withDeployment({ strategy: 'LINEAR', canaryConfiguration: { canaryPercent: 5 } }).t.design, 'DEP-STRAT')).toMatchObject([{ pointer: '/deploymentConfiguration/canaryConfiguration' }]);
    expect(check(withDeployment({ strategy: 'BLUE_GREEN' }).t.design, 'DEP-STRAT')).toMatchObject([{ pointer: '/deploymentConfiguration/bakeTimeInMinutes' }]);
    expect(check(withDeployment({ strategy: 'BLUE_GREEN', bakeTimeInMinutes: 10 }).t.design, 'DEP-STRAT')).toEqual([]);
  });

  it('DEP-LINEAR / DEP-CANARY: percentages in 0.1 steps within range (fix: the nearest allowed), bake times 0–1440', () => {
    const { t, service } = withDeployment({ strategy: 'LINEAR', linearConfiguration: { stepPercent: 2.55, stepBakeTimeInMinutes: 2000 } });
    const linear = check(t.design, 'DEP-LINEAR');
    expect(linear.map((p) => p.pointer)).toEqual(['/deploymentConfiguration/linearConfiguration/stepPercent', '/deploymentConfiguration/linearConfiguration/stepBakeTimeInMinutes']);
    const fixed = applyFix(linear[0], t.design);
    expect((fixed.nodes.find((n) => n.id === service)!.data.deploymentConfiguration as JsonObject).linearConfiguration).toEqual({ stepPercent: 3, stepBakeTimeInMinutes: 2000 });
    expect(check(withDeployment({ strategy: 'LINEAR', linearConfiguration: { stepPercent: 12.5 } }).t.design, 'DEP-LINEAR')).toEqual([]);
    const canary = check(withDeployment({ strategy: 'CANARY', canaryConfiguration: { canaryPercent: 5.25, canaryBakeTimeInMinutes: 10 } }).t.design, 'DEP-CANARY');
    expect(canary).toMatchObject([{ severity: 'error', fix: { label: 'Set canaryPercent to 5.3' } }]);
  });

  it('DEP-BG-LB: a shifting strategy needs the route’s advancedConfiguration (set on the load balancer connection), or Service Connect', () => {
    const { t } = withDeployment({ strategy: 'CANARY', bakeTimeInMinutes: 5, canaryConfiguration: { canaryPercent: 10 } });
    expect(check(t.design, 'DEP-BG-LB')).toMatchObject([{ severity: 'error', pointer: '/loadBalancers' }]);
    const route = t.edge('routes-to', t.first('load-balancer-alb'), t.first('service'));
    t.setEdge(route, { advancedConfiguration: ADVANCED });
    expect(check(t.design, 'DEP-BG-LB')).toEqual([]);
    const file = derive(t.design).find((a) => a.type === 'service')!;
    expect((file.content.loadBalancers as JsonObject[])[0]).toMatchObject({ containerName: 'web', containerPort: 80, advancedConfiguration: ADVANCED });
  });

  it('the route’s advancedConfiguration edited in the service file goes back to the connection', () => {
    const t = sample();
    const file = derive(t.design).find((a) => a.type === 'service')!;
    const text = JSON.parse(artifactText(file)) as JsonObject;
    (text.loadBalancers as JsonObject[])[0]!.advancedConfiguration = ADVANCED;
    const result = applyArtifactText(t.design, file.path, JSON.stringify(text));
    if (!result.ok) throw new Error(result.error);
    expect(result.design.edges.find((e) => e.kind === 'routes-to')!.data).toMatchObject({ advancedConfiguration: ADVANCED });
    expect(derive(result.design).find((a) => a.type === 'service')!.content).toEqual(text);
  });

  it('DEP-HOOK: a Lambda hook needs its function and role; a PAUSE hook takes no target (fix: remove it)', () => {
    const lambda = { targetType: 'AWS_LAMBDA', hookTargetArn: 'arn:aws:lambda:us-east-1:123456789012:function:check', roleArn: 'arn:aws:iam::123456789012:role/hooks', lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT'] };
    expect(check(withDeployment({ lifecycleHooks: [lambda] }).t.design, 'DEP-HOOK')).toEqual([]);
    expect(check(withDeployment({ lifecycleHooks: [{ lifecycleStages: ['PRE_SCALE_UP'] }] }).t.design, 'DEP-HOOK')).toMatchObject([{ pointer: '/deploymentConfiguration/lifecycleHooks/0' }]);
    const { t } = withDeployment({ lifecycleHooks: [lambda, { targetType: 'PAUSE', hookTargetArn: 'x', lifecycleStages: ['PRODUCTION_TRAFFIC_SHIFT'] }] });
    const [problem] = check(t.design, 'DEP-HOOK');
    expect(problem).toMatchObject({ pointer: '/deploymentConfiguration/lifecycleHooks/1/hookTargetArn' });
    expect(check(applyFix(problem, t.design), 'DEP-HOOK')).toEqual([]);
  });
});
