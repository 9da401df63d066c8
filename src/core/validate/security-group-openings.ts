import { connect, setEdgeData } from '../commands/design-commands.ts';
import type { DesignEdge, DesignNode } from '../model/design.ts';
import { isPlainObject, type JsonObject } from '../model/json.ts';
import { textOf } from '../model/text.ts';
import { routeTarget } from '../kinds/service/derive.ts';
import { placementCapacity } from '../kinds/service/rules/placement-capacity.ts';
import { objectsOf, platformOf } from '../kinds/task-definition/rules/task-platform.ts';
import { allowedPorts, groupNameOf, ownIngress } from '../kinds/security-group/derive.ts';
import { placementOf } from '../derive/network-placement.ts';
import type { RuleModule, ValidateContext } from './context.ts';
import { commandFix } from './fixes.ts';
import { launchers, services, type LauncherView, type ServiceView } from './service-view.ts';
import type { QuickFix } from './types.ts';

/** The range that covers both the Linux kernel's and Docker's ephemeral ports (ECS_RULES §6). */
export const EPHEMERAL_FROM = 32768;
export const EPHEMERAL_TO = 65535;
/** The port FireLens' Fluentd forward input listens on inside the task. */
const FIRELENS_PORT = 24224;

/**
 * Security group openings the load balancer → service routes need, and ones they should
 * not have (ECS_RULES §6): SG-BRIDGE (dynamic bridge ports: the load balancer's group let
 * into the instances' group on the whole ephemeral range), SG-HOST (host or static bridge
 * ports: on each host port), SG-NLB-IP (a network load balancer without a security group
 * in front of awsvpc tasks), SG-FIRELENS (the FireLens port open on the tasks' group).
 * The instances' groups are those an EC2 Auto Scaling group capacity is connected to;
 * where none are drawn there is nothing to check.
 */
export const securityGroupOpeningRules: RuleModule = {
  area: 'security group openings',
  rules: { 'SG-BRIDGE': 'warning', 'SG-HOST': 'warning', 'SG-NLB-IP': 'warning', 'SG-FIRELENS': 'warning' },
  check(ctx) {
    for (const svc of services(ctx)) {
      if (!svc.td) continue;
      const mode = platformOf(ctx, svc.td).networkMode;
      if (mode === 'bridge' || mode === 'host') checkInstanceOpenings(ctx, svc, mode);
      else if (mode === 'awsvpc') checkNetworkLoadBalancers(ctx, svc);
    }
    const reported = new Set<string>();
    for (const l of launchers(ctx)) checkFirelensPort(ctx, l, reported);
  },
};

/** An opening that lets `port` (or the whole range) in: tcp covering it, or all traffic. */
export function covers(edge: DesignEdge, from: number, to = from): boolean {
  const p = allowedPorts(edge);
  return p.protocol === '-1' || (p.protocol === 'tcp' && p.from !== undefined && p.from <= from && to <= (p.to ?? p.from));
}

/** A group's own ingress rule (from address ranges) that lets tcp `port` in, or all traffic. */
export function ingressCovers(rule: JsonObject, port: number): boolean {
  const protocol = textOf(rule.IpProtocol ?? '');
  const from = typeof rule.FromPort === 'number' ? rule.FromPort : undefined;
  const to = typeof rule.ToPort === 'number' ? rule.ToPort : from;
  return protocol === '-1' || ((protocol === 'tcp' || protocol === '6') && from !== undefined && from <= port && port <= (to ?? from));
}

/** The groups a launcher's tasks are in: their own (awsvpc), else their instances' (bridge, host). */
export function taskGroupsOf(ctx: ValidateContext, l: LauncherView): DesignNode[] {
  if (!l.td) return [];
  const mode = platformOf(ctx, l.td).networkMode;
  const groups = mode === 'awsvpc' ? placementOf(l.node, ctx.derive).securityGroups : placementCapacity(ctx, l).flatMap((asg) => placementOf(asg, ctx.derive).securityGroups);
  return [...new Set(groups)];
}

/** The host port a route reaches: the mapping of its container port (host mode: the same port; 0 or none in bridge: dynamic). */
function hostPortOf(svc: ServiceView, containerPort: number, mode: 'bridge' | 'host'): number | 'dynamic' {
  for (const c of svc.td!.containers) {
    for (const { item } of objectsOf(c.def, 'portMappings')) {
      if (item.containerPort !== containerPort) continue;
      const host = typeof item.hostPort === 'number' ? item.hostPort : undefined;
      if (mode === 'host') return host ?? containerPort;
      return host === undefined || host === 0 ? 'dynamic' : host;
    }
  }
  return mode === 'host' ? containerPort : 'dynamic';
}

/** SG-BRIDGE and SG-HOST: the load balancer's groups let into the instances' groups on the host ports. */
function checkInstanceOpenings(ctx: ValidateContext, svc: ServiceView, mode: 'bridge' | 'host'): void {
  const instanceGroups = [...new Set(placementCapacity(ctx, svc).flatMap((asg) => placementOf(asg, ctx.derive).securityGroups))];
  if (!instanceGroups.length) return;
  for (const route of ctx.index.incoming(svc.node.id, 'routes-to')) {
    const lb = ctx.index.node(route.source)!;
    const lbGroups = placementOf(lb, ctx.derive).securityGroups;
    const containerPort = routeTarget(svc.node, route.data, ctx.derive).containerPort;
    if (!lbGroups.length || containerPort === undefined) continue;
    const host = hostPortOf(svc, containerPort, mode);
    const [from, to] = host === 'dynamic' ? [EPHEMERAL_FROM, EPHEMERAL_TO] : [host, host];
    const openings = lbGroups.flatMap((g) => ctx.index.outgoing(g.id, 'allows').filter((a) => instanceGroups.some((i) => i.id === a.target)));
    if (openings.some((a) => covers(a, from, to))) continue;
    const lbName = textOf(lb.data.name ?? lb.id);
    const groups = instanceGroups.map(groupNameOf).join(', ');
    const fix = openingFix(ctx, lbGroups[0]!, instanceGroups[0]!, from, to);
    if (host === 'dynamic') {
      ctx.report({
        ruleId: 'SG-BRIDGE',
        node: svc.node,
        pointer: '/loadBalancers',
        message: `${svc.label} runs in bridge mode with dynamic host ports, so ${lbName} reaches its tasks on any port from ${EPHEMERAL_FROM} to ${EPHEMERAL_TO} of the instances, but the instances' groups (${groups}) do not let the load balancer's group in on that whole range: targets fail health checks. Open ${EPHEMERAL_FROM}–${EPHEMERAL_TO} from the load balancer's group.`,
        fix,
      });
    } else {
      ctx.report({
        ruleId: 'SG-HOST',
        node: svc.node,
        pointer: '/loadBalancers',
        message: `${lbName} reaches ${svc.label}'s tasks on host port ${from} of the instances (${mode} mode), but the instances' groups (${groups}) do not let the load balancer's group in on that port: targets fail health checks. Open port ${from} from the load balancer's group.`,
        fix,
      });
    }
  }
}

/**
 * The connection to draw, or the drawn one without ports to give the range. A drawn one
 * with other ports is left alone: it may be what another service needs.
 */
function openingFix(ctx: ValidateContext, from: DesignNode, to: DesignNode, fromPort: number, toPort: number): QuickFix | undefined {
  const ports = fromPort === toPort ? { fromPort } : { fromPort, toPort };
  const label = `Let ${groupNameOf(from)} into ${groupNameOf(to)} on ${fromPort === toPort ? `port ${fromPort}` : `ports ${fromPort}–${toPort}`}`;
  const drawn = ctx.index.outgoing(from.id, 'allows').find((a) => a.target === to.id);
  if (!drawn) return commandFix(label, (d) => connect(d, from.id, to.id, ports));
  if (allowedPorts(drawn).from !== undefined) return undefined;
  return commandFix(label, (d) => setEdgeData(d, drawn.id, { ...(drawn.data ?? {}), ...ports }));
}

/**
 * SG-NLB-IP: a network load balancer with no security group in front of awsvpc tasks. The
 * tasks see the NLB's private addresses (or the clients', with client IP preservation), so
 * their group must be opened to address ranges: whatever reaches the NLB reaches the tasks.
 */
function checkNetworkLoadBalancers(ctx: ValidateContext, svc: ServiceView): void {
  for (const route of ctx.index.incoming(svc.node.id, 'routes-to')) {
    const lb = ctx.index.node(route.source)!;
    if (lb.kind !== 'load-balancer-nlb') continue;
    const literal = Array.isArray(lb.data.securityGroups) && lb.data.securityGroups.length > 0;
    if (literal || placementOf(lb, ctx.derive).securityGroups.length) continue;
    ctx.report({
      ruleId: 'SG-NLB-IP',
      node: svc.node,
      pointer: '/loadBalancers',
      message: `Network load balancer ${textOf(lb.data.name ?? lb.id)} has no security group, so ${svc.label}'s tasks (ip targets) see traffic from the NLB's private addresses, or from the clients with client IP preservation: their group has to be opened to those address ranges, which lets in whatever can reach the NLB. Give the NLB a security group and let that group into the tasks' group instead.`,
    });
  }
}

/**
 * SG-FIRELENS: FireLens' forward port is for the task's own containers; open to others,
 * anyone there can write into the task's logs. The groups are the tasks' own (awsvpc) or
 * their instances' (bridge, host).
 */
function checkFirelensPort(ctx: ValidateContext, l: LauncherView, reported: Set<string>): void {
  if (!l.td || !l.td.containers.some((c) => isPlainObject(c.def.firelensConfiguration))) return;
  for (const sg of taskGroupsOf(ctx, l)) {
    if (reported.has(sg.id)) continue; // once per group, naming the first task that uses it
    const fromGroups = ctx.index.incoming(sg.id, 'allows').filter((a) => allowedPorts(a).protocol !== '-1' && covers(a, FIRELENS_PORT));
    const fromRanges = ownIngress(sg).filter((r) => ingressCovers(r, FIRELENS_PORT));
    if (!fromGroups.length && !fromRanges.length) continue;
    const sources = [...fromGroups.map((a) => groupNameOf(ctx.index.node(a.source)!)), ...(fromRanges.length ? ['address ranges'] : [])];
    reported.add(sg.id);
    ctx.report({
      ruleId: 'SG-FIRELENS',
      node: sg,
      artifactPath: ctx.artifactsOf(sg.id).find((a) => a.type === 'security-group-ingress')?.path,
      message: `Security group ${groupNameOf(sg)} lets ${sources.join(', ')} in on port ${FIRELENS_PORT}, where the FireLens log router of ${l.label} listens: anything there can write into its logs. Narrow the opening so it leaves out ${FIRELENS_PORT}; the task's containers reach the router without it.`,
    });
  }
}
