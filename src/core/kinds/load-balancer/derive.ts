import type { Artifact } from '../../model/artifact.ts';
import type { DesignEdge, DesignNode } from '../../model/design.ts';
import { cloneJson, isPlainObject, type JsonObject } from '../../model/json.ts';
import { orderKeys } from '../../derive/canonical.ts';
import { type DeriveContext, safeSegment } from '../../derive/context.ts';
import { routeTarget } from '../service/derive.ts';
import { textOf } from '../../model/text.ts';
import { drawnFirst, placementOf, securityGroupIds, subnetIds } from '../../derive/network-placement.ts';
import { vpcIdFor } from '../subnet/derive.ts';
import { blueGreenPlan, weightedForward, type BlueGreenPlan } from './blue-green.ts';
import { listenerArn, listenerRoutes, listenersOf, type ListenerData } from './listeners.ts';

export { listenersOf, type ListenerData } from './listeners.ts';

/** Key order of the ELBv2 API inputs (API reference order). */
export const LB_KEYS = ['Name', 'Subnets', 'SubnetMappings', 'SecurityGroups', 'Scheme', 'Tags', 'Type', 'IpAddressType'] as const;
export const TG_KEYS = [
  'Name', 'Protocol', 'ProtocolVersion', 'Port', 'VpcId', 'HealthCheckProtocol', 'HealthCheckPort', 'HealthCheckEnabled',
  'HealthCheckPath', 'HealthCheckIntervalSeconds', 'HealthCheckTimeoutSeconds', 'HealthyThresholdCount',
  'UnhealthyThresholdCount', 'Matcher', 'TargetType', 'Tags', 'IpAddressType',
] as const;
export const LISTENER_KEYS = ['LoadBalancerArn', 'Protocol', 'Port', 'SslPolicy', 'Certificates', 'DefaultActions', 'AlpnPolicy', 'Tags'] as const;
export const RULE_KEYS = ['ListenerArn', 'Conditions', 'Priority', 'Actions', 'Tags'] as const;

export interface Route {
  edge: DesignEdge;
  service: DesignNode;
  targetGroupName: string;
  targetGroupArn: string;
  containerPort?: number;
  /** Its blue/green resources, when the service deploys by shifting traffic (blue-green.ts). */
  blueGreen?: BlueGreenPlan;
}

/** The load balancer's routes (load balancer → service relations) with their target groups. */
export function routesOf(lb: DesignNode, ctx: DeriveContext): Route[] {
  return ctx.index.outgoing(lb.id, 'routes-to').map((edge) => {
    const service = ctx.index.node(edge.target)!;
    return {
      edge,
      service,
      targetGroupName: ctx.targetGroupName(lb, edge, service),
      targetGroupArn: ctx.targetGroupArn(lb, edge, service),
      containerPort: routeTarget(service, edge.data, ctx).containerPort,
      blueGreen: blueGreenPlan(lb, edge, service, ctx),
    };
  });
}

/** awsvpc tasks register by IP; bridge and host tasks by instance (LB-TT-AWSVPC, LB-TT-BRIDGE). */
export function targetTypeFor(service: DesignNode, ctx: DeriveContext): 'ip' | 'instance' {
  const td = ctx.index.target(service.id, 'uses');
  // The network mode the task definition is registered with: a Fargate- or Managed
  // Instances-compatible one is awsvpc even when this service runs it on EC2
  // (impliedTaskDefinition decides the same way).
  const compat = Array.isArray(td?.data.requiresCompatibilities) ? td.data.requiresCompatibilities : td ? ctx.taskDefinitionTargets(td.id) : ctx.serviceTargets(service);
  const mode = td?.data.networkMode ?? (compat.includes('FARGATE') || compat.includes('MANAGED_INSTANCES') ? 'awsvpc' : undefined);
  return mode === 'awsvpc' ? 'ip' : 'instance';
}

/** The load balancer's files: itself (unless it names an existing ARN), a target group per route, its listeners and their path rules. */
export function loadBalancerArtifacts(lb: DesignNode, ctx: DeriveContext): Artifact[] {
  const d = lb.data;
  const name = safeSegment(d.name, lb.id);
  const alb = lb.kind === 'load-balancer-alb';
  const artifacts: Artifact[] = [];
  const own = (path: string, type: Artifact['type'], title: string, content: JsonObject): Artifact => ({
    path,
    type,
    nodeId: lb.id,
    title,
    content,
    owners: [{ pointer: '', nodeId: lb.id }],
  });
  const placement = placementOf(lb, ctx);
  if (!(typeof d.arn === 'string' && d.arn)) {
    const content: JsonObject = {
      ...(isPlainObject(d.extra) ? d.extra : {}),
      Name: d.name,
      Subnets: drawnFirst(subnetIds(placement, ctx), d.subnets) as JsonObject['Subnets'],
      SecurityGroups: drawnFirst(securityGroupIds(placement, ctx), d.securityGroups) as JsonObject['SecurityGroups'],
      Scheme: d.scheme,
      Tags: d.tags,
      Type: alb ? 'application' : 'network',
      IpAddressType: d.ipAddressType,
    };
    const artifact = own(`load-balancers/${name}.json`, 'load-balancer', textOf(d.name ?? lb.id), orderKeys(content, LB_KEYS));
    placement.subnets.forEach((s, i) => artifact.owners.push({ pointer: `/Subnets/${i}`, nodeId: s.id }));
    placement.securityGroups.forEach((g, i) => artifact.owners.push({ pointer: `/SecurityGroups/${i}`, nodeId: g.id }));
    artifacts.push(artifact);
  }
  // The target groups' VPC: as set on the load balancer, else the VPC of its drawn subnets.
  const vpcId = d.vpcId ?? placement.subnets.map((s) => vpcIdFor(s, ctx).value).find((v) => v !== undefined);
  const listeners = listenersOf(lb);
  const routes = routesOf(lb, ctx);
  for (const route of routes) {
    if (typeof route.edge.data?.targetGroupArn === 'string') continue; // an existing target group
    const e = route.edge.data ?? {};
    const listener = listeners.find((l) => l.port === e.listenerPort) ?? listeners[0];
    const content: JsonObject = {
      ...(isPlainObject(e.targetGroupExtra) ? e.targetGroupExtra : {}),
      Name: route.targetGroupName,
      Protocol: alb ? 'HTTP' : (listener?.protocol === 'TLS' ? 'TCP' : (listener?.protocol ?? 'TCP')),
      Port: route.containerPort,
      VpcId: vpcId,
      HealthCheckPath: alb ? (typeof e.healthCheckPath === 'string' ? e.healthCheckPath : '/') : undefined,
      TargetType: targetTypeFor(route.service, ctx),
    };
    const artifact = own(`target-groups/${safeSegment(route.targetGroupName, route.edge.id)}.json`, 'target-group', route.targetGroupName, orderKeys(content, TG_KEYS));
    artifact.owners.push({ pointer: '/Port', nodeId: route.service.id });
    artifacts.push(artifact);
    const alternate = route.blueGreen?.alternate;
    if (alternate) {
      // Blue/green: the second target group takes the primary's protocol, port, VPC and health check.
      const extra = isPlainObject(e.alternateTargetGroupExtra) ? e.alternateTargetGroupExtra : {};
      const twin = own(`target-groups/${safeSegment(alternate.name, `${route.edge.id}-alt`)}.json`, 'target-group', alternate.name, orderKeys({ ...artifact.content, ...extra, Name: alternate.name }, TG_KEYS));
      twin.owners.push({ pointer: '/Port', nodeId: route.service.id });
      artifacts.push(twin);
    }
  }
  const byEdge = new Map(routes.map((r) => [r.edge.id, r]));
  const rule = (listener: ListenerData, priority: number, conditions: JsonObject[], action: JsonObject): Artifact => {
    const content: JsonObject = { ListenerArn: listenerArn(lb, listener.port, ctx), Conditions: conditions, Priority: priority, Actions: [action] };
    return own(`listener-rules/${name}-${textOf(listener.port)}-${priority}.json`, 'listener-rule', `${textOf(d.name)}:${textOf(listener.port)} #${priority}`, orderKeys(cloneJson(content), RULE_KEYS));
  };
  listeners.forEach((listener, i) => {
    const slots = listenerRoutes(lb, routes.map((r) => r.edge), listener);
    // A blue/green route's test listener forwards to it when no route of its own is that listener's default.
    const tested = routes.find((r) => r.blueGreen?.testListener?.port === listener.port);
    const fallback = (slots.fallback && byEdge.get(slots.fallback.id)) ?? tested;
    const defaultAction: JsonObject = fallback
      ? { Type: 'forward', TargetGroupArn: fallback.targetGroupArn }
      : { Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404', ContentType: 'text/plain', MessageBody: 'Not found' } };
    const content: JsonObject = {
      ...(isPlainObject(listener.extra) ? listener.extra : {}),
      LoadBalancerArn: ctx.loadBalancerArn(lb),
      Protocol: listener.protocol,
      Port: listener.port,
      SslPolicy: listener.sslPolicy,
      Certificates: listener.certificateArn ? [{ CertificateArn: listener.certificateArn }] : undefined,
      DefaultActions: alb || fallback ? [defaultAction] : [],
    };
    artifacts.push(own(`listeners/${name}-${safeSegment(textOf(listener.port ?? i), textOf(i))}.json`, 'listener', `${textOf(d.name)}:${textOf(listener.port)}`, orderKeys(content, LISTENER_KEYS)));
    if (!alb) return;
    const onThisListener = (derived: { listener: ListenerData } | undefined) => derived !== undefined && derived.listener.port === listener.port;
    for (const { edge, priority } of slots.pathRules) {
      const route = byEdge.get(edge.id)!;
      // A blue/green route's path rule is its production rule: it forwards to both target groups.
      const plan = route.blueGreen;
      const action = plan && onThisListener(plan.production) ? weightedForward(plan) : { Type: 'forward', TargetGroupArn: route.targetGroupArn };
      artifacts.push(rule(listener, priority, [{ Field: 'path-pattern', PathPatternConfig: { Values: [edge.data!.pathPattern!] } }], action));
    }
    // ECS shifts the weights of a rule, not of a default action: a blue/green default route gets a catch-all rule.
    for (const route of routes) {
      const plan = route.blueGreen;
      if (!plan) continue;
      const production = plan.production;
      if (production && onThisListener(production) && route.edge.id === slots.fallback?.id) artifacts.push(rule(listener, production.priority, production.conditions, weightedForward(plan)));
      if (plan.test && onThisListener(plan.test)) artifacts.push(rule(listener, plan.test.priority, plan.test.conditions, weightedForward(plan)));
    }
  });
  return artifacts;
}
