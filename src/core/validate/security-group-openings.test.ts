import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../model/json.ts';
import { twoZoneNetwork } from '../kinds/network.test-designs.ts';
import { applyFix, ec2Design, findings, sample } from './service-test-designs.ts';
import { securityGroupOpeningRules } from './security-group-openings.ts';
import type { Design } from '../model/design.ts';

const check = (design: Design, ruleId: string) => findings(securityGroupOpeningRules, design, ruleId);

/**
 * A bridge service on an Auto Scaling group behind an ALB; the ALB and the instances each
 * have a group, and `allows` (when given) lets the ALB's group into the instances'.
 */
function bridgeBehindAlb(opts: { hostPort?: number; networkMode?: string; allows?: JsonObject | null } = {}) {
  const t = ec2Design({ networkMode: opts.networkMode });
  t.set(t.ids.container!, 'portMappings', [{ containerPort: 80, hostPort: opts.hostPort ?? 0, protocol: 'tcp' }]);
  const alb = t.add('load-balancer-alb', { name: 'api-alb', listeners: [{ port: 80, protocol: 'HTTP' }] });
  const lbSg = t.add('security-group', { groupName: 'alb-sg', description: 'alb' });
  const instanceSg = t.add('security-group', { groupName: 'instances-sg', description: 'instances' });
  t.link(alb, t.ids.service!);
  t.link(alb, lbSg);
  t.link(t.ids.asg!, instanceSg);
  if (opts.allows !== null) t.link(lbSg, instanceSg, opts.allows ?? { fromPort: 32768, toPort: 65535 });
  return Object.assign(t, { ids: { ...t.ids, alb, lbSg, instanceSg } });
}

describe('security group openings for load balancer routes (ECS_RULES §6)', () => {
  it('the instance group connection is accepted from EC2 capacity', () => {
    const t = bridgeBehindAlb();
    expect(t.design.edges.some((e) => e.kind === 'secured-by' && e.source === t.ids.asg!)).toBe(true);
  });

  it('SG-BRIDGE: dynamic bridge ports need the whole ephemeral range from the load balancer group; the fix draws it', () => {
    expect(check(bridgeBehindAlb().design, 'SG-BRIDGE')).toEqual([]);
    expect(check(bridgeBehindAlb({ allows: { protocol: '-1' } }).design, 'SG-BRIDGE')).toEqual([]);
    const narrow = bridgeBehindAlb({ allows: { fromPort: 80 } });
    const [p] = check(narrow.design, 'SG-BRIDGE');
    expect(p).toMatchObject({ severity: 'warning', nodeId: narrow.ids.service!, message: expect.stringContaining('32768 to 65535') });
    // An opening on another port is left to the user: another service may need it.
    expect(p!.fix).toBeUndefined();

    const none = bridgeBehindAlb({ allows: null });
    const fixed = applyFix(check(none.design, 'SG-BRIDGE')[0], none.design);
    expect(fixed.edges.filter((e) => e.kind === 'allows').map((e) => e.data)).toEqual([{ fromPort: 32768, toPort: 65535 }]);
    expect(check(fixed, 'SG-BRIDGE')).toEqual([]);

    // A drawn connection without ports gets the range.
    const portless = bridgeBehindAlb({ allows: {} });
    const given = applyFix(check(portless.design, 'SG-BRIDGE')[0], portless.design);
    expect(check(given, 'SG-BRIDGE')).toEqual([]);
  });

  it('SG-BRIDGE: nothing to check without the instances’ groups drawn', () => {
    const t = bridgeBehindAlb({ allows: null });
    t.unlink('secured-by', t.ids.asg!);
    expect(check(t.design, 'SG-BRIDGE')).toEqual([]);
  });

  it('SG-HOST: a static bridge host port (or host mode) needs that port open from the load balancer group', () => {
    const fixedPort = bridgeBehindAlb({ hostPort: 8080, allows: { fromPort: 80 } });
    const [p] = check(fixedPort.design, 'SG-HOST');
    expect(p).toMatchObject({ severity: 'warning', message: expect.stringContaining('host port 8080') });
    expect(check(bridgeBehindAlb({ hostPort: 8080, allows: { fromPort: 8080 } }).design, 'SG-HOST')).toEqual([]);
    const host = bridgeBehindAlb({ networkMode: 'host', hostPort: 80, allows: null });
    const fixed = applyFix(check(host.design, 'SG-HOST')[0], host.design);
    expect(fixed.edges.filter((e) => e.kind === 'allows').map((e) => e.data)).toEqual([{ fromPort: 80 }]);
    expect(check(fixed, 'SG-HOST')).toEqual([]);
    // The ephemeral range does not cover a fixed low port; dynamic ports are SG-BRIDGE's.
    expect(check(bridgeBehindAlb({ hostPort: 0, allows: { fromPort: 80 } }).design, 'SG-HOST')).toEqual([]);
  });

  it('SG-NLB-IP: a network load balancer without a security group in front of awsvpc tasks', () => {
    const b = twoZoneNetwork()
      .add('fargate', 'capacity-fargate')
      .add('cluster', 'cluster')
      .add('td', 'task-definition', { family: 'tcp', cpu: '256', memory: '512' })
      .add('ctr', 'container', { name: 'app', image: 'public.ecr.aws/nginx/nginx:1.27', portMappings: [{ containerPort: 5000 }] })
      .add('svc', 'service', { serviceName: 'tcp', desiredCount: 1 })
      .add('nlb', 'load-balancer-nlb', { name: 'tcp-nlb', listeners: [{ port: 5000, protocol: 'TCP' }] })
      .link('fargate', 'cluster')
      .link('ctr', 'td')
      .link('svc', 'cluster')
      .link('svc', 'td')
      .link('svc', 'fargate')
      .link('svc', 'privateA')
      .link('svc', 'taskSg')
      .link('nlb', 'svc');
    expect(check(b.build(), 'SG-NLB-IP')).toMatchObject([{ severity: 'warning', nodeId: b.id('svc'), message: expect.stringContaining('no security group') }]);
    b.link('nlb', 'lbSg');
    expect(check(b.build(), 'SG-NLB-IP')).toEqual([]);
    // an ALB always has groups of its own: not this rule's business
    expect(check(sample().design, 'SG-NLB-IP')).toEqual([]);
  });

  it('SG-FIRELENS: the task group open on 24224 while the task has a FireLens router', () => {
    const withRouter = (ingress: JsonObject[]) => {
      const t = sample();
      const td = t.first('task-definition');
      const router = t.add('container', { name: 'log_router', image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:stable', essential: true, firelensConfiguration: { type: 'fluentbit' } });
      t.link(router, td);
      const sg = t.add('security-group', { groupName: 'web-tasks', description: 'tasks', ingress });
      t.link(t.first('service'), sg);
      return { t, sg };
    };
    const open = withRouter([{ IpProtocol: 'tcp', FromPort: 24000, ToPort: 25000, IpRanges: [{ CidrIp: '10.0.0.0/16' }] }]);
    expect(check(open.t.design, 'SG-FIRELENS')).toMatchObject([{ severity: 'warning', nodeId: open.sg, message: expect.stringContaining('24224') }]);
    expect(check(withRouter([{ IpProtocol: 'tcp', FromPort: 80, ToPort: 80, IpRanges: [{ CidrIp: '10.0.0.0/16' }] }]).t.design, 'SG-FIRELENS')).toEqual([]);
    // The same opening without a FireLens router in the task is nobody's concern here.
    const plain = sample();
    const sg = plain.add('security-group', { groupName: 'web-tasks', description: 'tasks', ingress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] });
    plain.link(plain.first('service'), sg);
    expect(check(plain.design, 'SG-FIRELENS')).toEqual([]);
  });
});
