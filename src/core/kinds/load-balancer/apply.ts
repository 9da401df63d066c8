import { DeriveContext } from '../../derive/context.ts';
import { listenersOf, loadBalancerArtifacts, routesOf, type Route } from './derive.ts';
import { alternateTargetGroupName } from './blue-green.ts';
import type { Artifact } from '../../model/artifact.ts';
import type { Design, DesignNode } from '../../model/design.ts';
import { jsonEqual, type JsonObject } from '../../model/json.ts';
import { DesignDraft, stripNulls } from '../../apply/common.ts';
import type { ApplyResult } from '../../apply/types.ts';
import { applyPlacementList } from '../../apply/network-placement.ts';

const LB_FIELDS: Record<string, string> = {
  Name: 'name',
  Subnets: 'subnets',
  SecurityGroups: 'securityGroups',
  Scheme: 'scheme',
  Tags: 'tags',
  IpAddressType: 'ipAddressType',
};

/**
 * Edits to the load balancer, its listeners and target groups go back to the load balancer
 * node and its routes. Listener rules and actions follow the routes and are not editable.
 */
export function applyLoadBalancer(design: Design, lb: DesignNode, artifact: Artifact | undefined, content: JsonObject): ApplyResult {
  const draft = new DesignDraft(design);
  const ctx = new DeriveContext(design);
  const type = artifact?.type ?? 'load-balancer';
  if (type === 'load-balancer') {
    const data: JsonObject = { ...lb.data };
    for (const key of [...Object.values(LB_FIELDS), 'extra']) delete data[key];
    const extra: JsonObject = {};
    for (const [key, value] of Object.entries(content)) {
      if (value === null || value === undefined || key === 'Type') continue;
      if (LB_FIELDS[key]) data[LB_FIELDS[key]!] = stripNulls(value);
      else extra[key] = stripNulls(value);
    }
    if (Object.keys(extra).length) data.extra = extra;
    // Ids of drawn subnets and groups are connections; the rest stay the load balancer's own.
    for (const [key, relation] of [['subnets', 'placed-in'], ['securityGroups', 'secured-by']] as const) {
      const literal = applyPlacementList(draft, lb, relation, data[key], lb.data[key]);
      if (literal === undefined) delete data[key];
      else data[key] = literal;
    }
    draft.setData(lb.id, data);
  } else if (type === 'listener') {
    const listeners = listenersOf(lb).map((l) => ({ ...l }));
    const i = listeners.findIndex((l) => artifact?.content.Port === l.port);
    if (i < 0) return { ok: false, error: 'This listener is no longer in the design' };
    const certificates = Array.isArray(content.Certificates) ? (content.Certificates as JsonObject[]) : [];
    const next: JsonObject = { port: content.Port, protocol: content.Protocol };
    if (typeof certificates[0]?.CertificateArn === 'string') next.certificateArn = certificates[0].CertificateArn;
    if (typeof content.SslPolicy === 'string') next.sslPolicy = content.SslPolicy;
    listeners[i] = next;
    draft.setData(lb.id, { ...lb.data, listeners });
  } else if (type === 'target-group') {
    const routes = routesOf(lb, ctx);
    const route = routes.find((r) => r.targetGroupName === artifact?.content.Name);
    const twin = route ? undefined : routes.find((r) => r.blueGreen?.alternate?.name === artifact?.content.Name);
    if (twin) return applyAlternateTargetGroup(draft, lb, ctx, twin, content);
    if (!route) return { ok: false, error: 'This target group is no longer in the design' };
    const data: JsonObject = { ...(route.edge.data ?? {}) };
    delete data.targetGroupExtra;
    if (typeof content.Name === 'string' && content.Name !== route.targetGroupName) data.targetGroupName = content.Name;
    if (typeof content.HealthCheckPath === 'string') data.healthCheckPath = content.HealthCheckPath;
    if (typeof content.Port === 'number') data.containerPort = content.Port;
    const known = ['Name', 'Protocol', 'Port', 'VpcId', 'HealthCheckPath', 'TargetType'];
    const extra: JsonObject = {};
    for (const [k, v] of Object.entries(content)) if (!known.includes(k) && v !== null && v !== undefined) extra[k] = stripNulls(v);
    if (Object.keys(extra).length) data.targetGroupExtra = extra;
    draft.setEdgeData(route.edge.id, data);
    // The VPC of every target group of the load balancer is the load balancer's (derive.ts).
    if (typeof content.VpcId === 'string' && content.VpcId !== artifact?.content.VpcId) draft.setData(lb.id, { ...lb.data, vpcId: content.VpcId });
  } else {
    return { ok: false, error: 'Listener rules follow the routes drawn on the canvas; change the route instead' };
  }
  return { ok: true, design: draft.finish(), notices: [] };
}

/**
 * The alternate (blue/green) target group takes the primary's settings (blue-green.ts): its
 * file keeps a name of its own and any setting that differs from the primary's; a setting of
 * the primary it leaves out cannot be, as both groups must match.
 */
function applyAlternateTargetGroup(draft: DesignDraft, lb: DesignNode, ctx: DeriveContext, route: Route, content: JsonObject): ApplyResult {
  const primary = loadBalancerArtifacts(lb, ctx).find((a) => a.type === 'target-group' && a.content.Name === route.targetGroupName);
  if (!primary) return { ok: false, error: 'The primary target group of this route is no longer in the design' };
  const missing = Object.keys(primary.content).filter((k) => k !== 'Name' && (content[k] === undefined || content[k] === null));
  if (missing.length) {
    return { ok: false, error: `The alternate target group has the primary's ${missing.join(', ')}: change it in ${primary.path}` };
  }
  const data: JsonObject = { ...(route.edge.data ?? {}) };
  delete data.alternateTargetGroupName;
  delete data.alternateTargetGroupExtra;
  if (typeof content.Name === 'string' && content.Name !== alternateTargetGroupName(route.targetGroupName, { ...route.edge, data })) data.alternateTargetGroupName = content.Name;
  const extra: JsonObject = {};
  for (const [k, v] of Object.entries(content)) {
    if (k === 'Name' || v === null || v === undefined || jsonEqual(v, primary.content[k])) continue;
    extra[k] = stripNulls(v);
  }
  if (Object.keys(extra).length) data.alternateTargetGroupExtra = extra;
  draft.setEdgeData(route.edge.id, data);
  return { ok: true, design: draft.finish(), notices: [] };
}
