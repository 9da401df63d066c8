import type { DesignNode } from '../../model/design.ts';
import { isPlainObject } from '../../model/json.ts';
import type { RuleModule, ValidateContext } from '../../validate/context.ts';
import { listenerArtifacts, targetGroups } from '../../validate/load-balancer-view.ts';
import type { Artifact } from '../../model/artifact.ts';
import { textOf } from '../../model/text.ts';

export const LISTENER_PROTOCOLS: Readonly<Record<string, readonly string[]>> = {
  'load-balancer-alb': ['HTTP', 'HTTPS'],
  'load-balancer-nlb': ['TCP', 'TLS', 'UDP', 'TCP_UDP', 'QUIC', 'TCP_QUIC'],
};

/** Health check limits of a target group (elbv2 CreateTargetGroup). */
const HEALTH_CHECK_RANGES: ReadonlyArray<[key: string, min: number, max: number]> = [
  ['HealthCheckIntervalSeconds', 5, 300],
  ['HealthCheckTimeoutSeconds', 2, 120],
  ['HealthyThresholdCount', 2, 10],
  ['UnhealthyThresholdCount', 2, 10],
];

function inRange(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Whether an HTTP matcher ("200", "200,302", "200-299") stays within 200–499. */
export function httpCodesValid(codes: string): boolean {
  return codes.split(',').every((part) => {
    const m = /^\s*(\d{3})(?:\s*-\s*(\d{3}))?\s*$/.exec(part);
    if (!m) return false;
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    return from >= 200 && to <= 499 && from <= to;
  });
}

/**
 * Load balancer, listener and target group files (ECS_RULES §6):
 * ELB-LISTENER-TLS, ELB-LISTENER-PROTO, ELB-TG-PORT, ELB-SUBNETS, ELB-HC.
 */
export const elbRules: RuleModule = {
  area: 'load balancers',
  rules: { 'ELB-LISTENER-TLS': 'error', 'ELB-LISTENER-PROTO': 'error', 'ELB-TG-PORT': 'error', 'ELB-SUBNETS': 'error', 'ELB-HC': 'error' },
  check(ctx) {
    for (const lb of ctx.index.nodesOfKind('load-balancer-alb', 'load-balancer-nlb')) {
      checkListeners(ctx, lb);
      const file = ctx.artifactsOf(lb.id).find((a) => a.type === 'load-balancer');
      if (lb.kind === 'load-balancer-alb' && file) {
        const subnets = Array.isArray(file.content.Subnets) ? file.content.Subnets.length : 0;
        const mappings = Array.isArray(file.content.SubnetMappings) ? file.content.SubnetMappings.length : 0;
        if (Math.max(subnets, mappings) < 2) {
          // Two subnets may still share an AZ, but fewer than two can never span two AZs.
          ctx.report({
            ruleId: 'ELB-SUBNETS',
            severity: 'warning',
            node: lb,
            artifactPath: file.path,
            pointer: '/Subnets',
            message: `An Application Load Balancer needs subnets in at least two Availability Zones; ${subnets} subnet(s) given.`,
          });
        }
      }
    }
    for (const tg of targetGroups(ctx)) {
      if (tg.artifact) checkTargetGroup(ctx, tg.lb, tg.artifact);
    }
  },
};

function checkListeners(ctx: ValidateContext, lb: DesignNode): void {
  const valid = LISTENER_PROTOCOLS[lb.kind] ?? [];
  for (const file of listenerArtifacts(ctx, lb)) {
    const protocol = file.content.Protocol;
    const at = { node: lb, artifactPath: file.path };
    if (typeof protocol !== 'string' || !valid.includes(protocol)) {
      ctx.report({
        ...at,
        ruleId: 'ELB-LISTENER-PROTO',
        pointer: '/Protocol',
        message: `Listener protocol ${textOf(protocol ?? '(none)')} is not valid for ${lb.kind === 'load-balancer-alb' ? 'an Application' : 'a Network'} Load Balancer: use ${valid.join(', ')}.`,
      });
    }
    if (protocol === 'HTTPS' || protocol === 'TLS') {
      const certificates = Array.isArray(file.content.Certificates) ? file.content.Certificates.length : 0;
      if (certificates !== 1) {
        ctx.report({
          ...at,
          ruleId: 'ELB-LISTENER-TLS',
          pointer: '/Certificates',
          message: `${protocol} listener on port ${textOf(file.content.Port)} needs exactly one default certificate (set its certificate ARN).`,
        });
      }
    }
  }
}

function checkTargetGroup(ctx: ValidateContext, lb: DesignNode, file: Artifact): void {
  const c = file.content;
  const at = { node: lb, artifactPath: file.path };
  if (!inRange(c.Port, 1, 65535)) {
    ctx.report({ ...at, ruleId: 'ELB-TG-PORT', pointer: '/Port', message: `Target group ${textOf(c.Name)} needs a port from 1 to 65535 (it is ${textOf(c.Port ?? 'missing')}).` });
  }
  for (const [key, min, max] of HEALTH_CHECK_RANGES) {
    if (c[key] !== undefined && !inRange(c[key], min, max)) {
      ctx.report({ ...at, ruleId: 'ELB-HC', pointer: `/${key}`, message: `${key} ${textOf(c[key])} must be from ${min} to ${max}.` });
    }
  }
  const http = c.Protocol === 'HTTP' || c.Protocol === 'HTTPS';
  if (http && c.HealthCheckProtocol === 'TCP') {
    ctx.report({ ...at, ruleId: 'ELB-HC', pointer: '/HealthCheckProtocol', message: 'An HTTP/HTTPS target group cannot use a TCP health check.' });
  }
  const matcher = isPlainObject(c.Matcher) ? c.Matcher : undefined;
  // NLB health checks accept 200-599; the 200-499 limit is for ALB (HTTP/HTTPS) target groups.
  if (http && matcher && typeof matcher.HttpCode === 'string' && !httpCodesValid(matcher.HttpCode)) {
    ctx.report({ ...at, ruleId: 'ELB-HC', pointer: '/Matcher/HttpCode', message: `Health check success codes "${matcher.HttpCode}" must be within 200-499.` });
  }
}
