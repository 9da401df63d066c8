import { describe, expect, it } from 'vitest';
import type { Artifact } from '../../../model/artifact.ts';
import type { Design } from '../../../model/design.ts';
import { serviceLoadBalancerRules } from './load-balancers.ts';
import { applyFix, ec2Design, findings, sample } from '../../../validate/service-test-designs.ts';

const check = (design: Design, ruleId: string, edit?: (artifacts: Artifact[]) => void) => findings(serviceLoadBalancerRules, design, ruleId, edit);
const tg = (id: number) => `arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/extra-${id}/0000000000000000`;
const setTargetType = (type: string) => (artifacts: Artifact[]) => {
  for (const a of artifacts) if (a.type === 'target-group') a.content.TargetType = type;
};

/** The sample's route: load balancer → service. */
function route(t: ReturnType<typeof sample>) {
  return t.edge('routes-to', t.first('load-balancer-alb'), t.first('service'));
}

describe('service load balancer rules', () => {
  it('the sample route reports nothing', () => {
    const t = sample();
    expect(Object.keys(serviceLoadBalancerRules.rules).flatMap((id) => check(t.design, id))).toEqual([]);
  });

  it('LB-ALBNLB-FIELDS: a route to a task without ports has no container/port; a literal entry with loadBalancerName is wrong', () => {
    const t = sample();
    expect(check(t.design, 'LB-ALBNLB-FIELDS')).toEqual([]);
    t.set(t.first('container'), 'portMappings', undefined);
    const [p] = check(t.design, 'LB-ALBNLB-FIELDS');
    expect(p).toMatchObject({ severity: 'error', nodeId: t.first('load-balancer-alb'), artifactPath: 'services/web.json', pointer: '/loadBalancers/0' });
    expect(p!.message).toContain('containerName, containerPort');

    const literal = sample();
    literal.set(literal.first('service'), 'loadBalancers', [{ targetGroupArn: tg(1), loadBalancerName: 'old', containerName: 'web', containerPort: 80 }]);
    expect(check(literal.design, 'LB-ALBNLB-FIELDS')).toMatchObject([{ nodeId: literal.first('service'), pointer: '/loadBalancers/1' }]);
  });

  it('LB-CONTAINER: a route to a container the task does not have is an error; the fix picks the only container with a port', () => {
    const t = sample();
    t.setEdge(route(t), { containerName: 'api', containerPort: 80 });
    const [p] = check(t.design, 'LB-CONTAINER');
    expect(p).toMatchObject({ severity: 'error', pointer: '/loadBalancers/0/containerName' });
    expect(check(applyFix(p, t.design), 'LB-CONTAINER')).toEqual([]);
  });

  it('LB-PORT: a port the container does not map is an error; the fix uses its only port; a port range counts', () => {
    const t = sample();
    t.setEdge(route(t), { containerName: 'web', containerPort: 8080 });
    const [p] = check(t.design, 'LB-PORT');
    expect(p).toMatchObject({ severity: 'error', pointer: '/loadBalancers/0/containerPort' });
    expect(check(applyFix(p, t.design), 'LB-PORT')).toEqual([]);
    t.set(t.first('container'), 'portMappings', [{ containerPortRange: '8000-8100' }]);
    expect(check(t.design, 'LB-PORT')).toEqual([]);
  });

  it('LB-MAXTG: more than 5 target groups on one service is an error', () => {
    const t = sample();
    const svc = t.first('service');
    const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ targetGroupArn: tg(i), containerName: 'web', containerPort: 80 }));
    expect(check(t.set(svc, 'loadBalancers', entries(5)).design, 'LB-MAXTG')).toMatchObject([{ severity: 'error', pointer: '/loadBalancers' }]);
    expect(check(t.set(svc, 'loadBalancers', entries(4)).design, 'LB-MAXTG')).toEqual([]);
  });

  it('LB-TT-AWSVPC: an instance target group for awsvpc tasks is an error', () => {
    const t = sample();
    const [p] = check(t.design, 'LB-TT-AWSVPC', setTargetType('instance'));
    expect(p).toMatchObject({ severity: 'error', nodeId: t.first('load-balancer-alb'), artifactPath: 'target-groups/web-tg.json', pointer: '/TargetType' });
    expect(check(t.design, 'LB-TT-AWSVPC')).toEqual([]);
  });

  it('LB-TT-AWSVPC: a task definition shared by a Fargate and an EC2 service is awsvpc, so its EC2 route gets ip targets', () => {
    const t = sample();
    const asg = t.add('capacity-ec2', { name: 'asg-capacity', maxSize: 2 });
    t.link(asg, t.first('cluster'));
    const api = t.add('service', { serviceName: 'api', desiredCount: 1, networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'] } } });
    t.link(api, t.first('cluster'));
    t.link(api, t.first('task-definition'));
    t.link(api, asg);
    t.link(t.first('load-balancer-alb'), api);
    expect(check(t.design, 'LB-TT-AWSVPC')).toEqual([]);
  });

  it('LB-TT-BRIDGE: an ip target group for bridge tasks is an error; the derived instance type passes', () => {
    const t = ec2Design();
    const alb = t.add('load-balancer-alb', { name: 'api-alb', subnets: ['subnet-1', 'subnet-2'], listeners: [{ port: 80, protocol: 'HTTP' }] });
    t.link(alb, t.ids.service!);
    expect(check(t.design, 'LB-TT-BRIDGE')).toEqual([]);
    expect(check(t.design, 'LB-TT-BRIDGE', setTargetType('ip'))).toMatchObject([{ severity: 'error', nodeId: alb, pointer: '/TargetType' }]);
  });

  it('LB-EXTERNAL / EXT-LB: load balancers on an EXTERNAL service are errors (literal entry / drawn route)', () => {
    const t = ec2Design();
    const ext = t.add('capacity-external');
    t.link(ext, t.ids.cluster!);
    t.unlink('capacity', t.ids.service!);
    t.link(t.ids.service!, ext);
    expect(check(t.design, 'LB-EXTERNAL')).toEqual([]);
    t.set(t.ids.service!, 'loadBalancers', [{ targetGroupArn: tg(1), containerName: 'api', containerPort: 80 }]);
    expect(check(t.design, 'LB-EXTERNAL')).toMatchObject([{ severity: 'error', nodeId: t.ids.service, pointer: '/loadBalancers/0' }]);

    const alb = t.add('load-balancer-alb', { name: 'api-alb', subnets: ['subnet-1', 'subnet-2'], listeners: [{ port: 80, protocol: 'HTTP' }] });
    t.link(alb, t.ids.service!);
    expect(check(t.design, 'EXT-LB')).toMatchObject([{ severity: 'error', nodeId: alb, artifactPath: 'services/api.json', pointer: '/loadBalancers/0' }]);
    expect(check(sample().design, 'EXT-LB')).toEqual([]);
  });

  it('LB-ROLE: a service role with awsvpc tasks or without load balancers is an error; bridge + LB passes', () => {
    const t = sample();
    t.set(t.first('service'), 'role', 'ecsServiceRole');
    const [p] = check(t.design, 'LB-ROLE');
    expect(p).toMatchObject({ severity: 'error', pointer: '/role' });
    expect(check(applyFix(p, t.design), 'LB-ROLE')).toEqual([]);

    const bridge = ec2Design({ service: { role: 'ecsServiceRole' } });
    expect(check(bridge.design, 'LB-ROLE')).toHaveLength(1); // no load balancer
    const alb = bridge.add('load-balancer-alb', { name: 'api-alb', subnets: ['subnet-1', 'subnet-2'], listeners: [{ port: 80, protocol: 'HTTP' }] });
    bridge.link(alb, bridge.ids.service!);
    expect(check(bridge.design, 'LB-ROLE')).toEqual([]);
  });

  it('LB-HCGP-SLOW: a load-balanced service without a grace period is a warning; the fix sets 60 s', () => {
    const t = sample();
    t.set(t.first('service'), 'healthCheckGracePeriodSeconds', 0);
    const [p] = check(t.design, 'LB-HCGP-SLOW');
    expect(p).toMatchObject({ severity: 'warning', pointer: '/healthCheckGracePeriodSeconds' });
    const fixed = applyFix(p, t.design);
    expect(fixed.nodes.find((n) => n.kind === 'service')!.data.healthCheckGracePeriodSeconds).toBe(60);
    expect(check(fixed, 'LB-HCGP-SLOW')).toEqual([]);
    expect(check(t.set(t.first('service'), 'healthCheckGracePeriodSeconds', undefined).design, 'LB-HCGP-SLOW')).toHaveLength(1);
  });
});
