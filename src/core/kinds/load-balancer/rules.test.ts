import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/design.ts';
import { elbRules, httpCodesValid } from './rules.ts';
import { findings, sample } from '../../validate/service-test-designs.ts';

const check = (design: Design, ruleId: string) => findings(elbRules, design, ruleId);
const CERT = 'arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-0000-0000-000000000000';

function withNlb(listeners: unknown[]) {
  const t = sample();
  const nlb = t.add('load-balancer-nlb', { name: 'tcp-nlb', scheme: 'internal', subnets: ['subnet-1'], listeners: listeners as never });
  t.link(nlb, t.first('service'), { targetGroupName: 'web-tcp' });
  return { t, nlb };
}

describe('load balancer rules', () => {
  it('the sample load balancer reports nothing', () => {
    const t = sample();
    expect(Object.keys(elbRules.rules).flatMap((id) => check(t.design, id))).toEqual([]);
  });

  it('ELB-LISTENER-TLS: an HTTPS or TLS listener without a certificate is an error', () => {
    const t = sample();
    const alb = t.first('load-balancer-alb');
    t.set(alb, 'listeners', [{ port: 443, protocol: 'HTTPS' }]);
    expect(check(t.design, 'ELB-LISTENER-TLS')).toMatchObject([{ severity: 'error', nodeId: alb, artifactPath: 'listeners/web-alb-443.json', pointer: '/Certificates' }]);
    expect(check(t.set(alb, 'listeners', [{ port: 443, protocol: 'HTTPS', certificateArn: CERT }]).design, 'ELB-LISTENER-TLS')).toEqual([]);
    expect(check(withNlb([{ port: 443, protocol: 'TLS' }]).t.design, 'ELB-LISTENER-TLS')).toHaveLength(1);
  });

  it('ELB-LISTENER-PROTO: TCP on an ALB or HTTP on an NLB is an error', () => {
    const t = sample();
    const alb = t.first('load-balancer-alb');
    expect(check(t.set(alb, 'listeners', [{ port: 80, protocol: 'TCP' }]).design, 'ELB-LISTENER-PROTO')).toMatchObject([{ severity: 'error', pointer: '/Protocol' }]);
    const { t: bad, nlb } = withNlb([{ port: 80, protocol: 'HTTP' }]);
    expect(check(bad.design, 'ELB-LISTENER-PROTO')).toMatchObject([{ nodeId: nlb }]);
    expect(check(withNlb([{ port: 53, protocol: 'UDP' }]).t.design, 'ELB-LISTENER-PROTO')).toEqual([]);
  });

  it('ELB-TG-PORT: a target group port outside 1–65535 is an error', () => {
    const t = sample();
    const route = t.edge('routes-to', t.first('load-balancer-alb'), t.first('service'));
    t.setEdge(route, { containerName: 'web', containerPort: 70000 });
    expect(check(t.design, 'ELB-TG-PORT')).toMatchObject([{ severity: 'error', artifactPath: 'target-groups/web-tg.json', pointer: '/Port' }]);
    t.setEdge(route, { containerName: 'web', containerPort: 8080 });
    expect(check(t.design, 'ELB-TG-PORT')).toEqual([]);
  });

  it('ELB-SUBNETS: an ALB with fewer than two subnets is a warning (AZs unknown); an NLB with one is fine', () => {
    const t = sample();
    const alb = t.first('load-balancer-alb');
    expect(check(t.set(alb, 'subnets', ['subnet-1']).design, 'ELB-SUBNETS')).toMatchObject([
      { severity: 'warning', nodeId: alb, artifactPath: 'load-balancers/web-alb.json', pointer: '/Subnets' },
    ]);
    expect(check(withNlb([{ port: 80, protocol: 'TCP' }]).t.design, 'ELB-SUBNETS')).toEqual([]);
  });

  it('ELB-HC: health check limits, ALB matcher codes and TCP checks on HTTP target groups are errors', () => {
    const t = sample();
    const route = t.edge('routes-to', t.first('load-balancer-alb'), t.first('service'));
    const withExtra = (extra: Record<string, unknown>) => check(t.setEdge(route, { targetGroupExtra: extra as never }).design, 'ELB-HC');
    expect(withExtra({ HealthCheckIntervalSeconds: 1 })).toMatchObject([{ severity: 'error', pointer: '/HealthCheckIntervalSeconds' }]);
    expect(withExtra({ HealthyThresholdCount: 11, UnhealthyThresholdCount: 1 })).toHaveLength(2);
    expect(withExtra({ Matcher: { HttpCode: '200-599' } })).toMatchObject([{ pointer: '/Matcher/HttpCode' }]);
    expect(withExtra({ HealthCheckProtocol: 'TCP' })).toMatchObject([{ pointer: '/HealthCheckProtocol' }]);
    expect(withExtra({ HealthCheckIntervalSeconds: 30, HealthCheckTimeoutSeconds: 5, HealthyThresholdCount: 2, Matcher: { HttpCode: '200,302' } })).toEqual([]);
  });

  it('ELB-HC: httpCodesValid accepts lists and ranges within 200–499 only', () => {
    expect(httpCodesValid('200')).toBe(true);
    expect(httpCodesValid('200-299,404')).toBe(true);
    expect(httpCodesValid('199')).toBe(false);
    expect(httpCodesValid('300-200')).toBe(false);
    expect(httpCodesValid('ok')).toBe(false);
  });
});
