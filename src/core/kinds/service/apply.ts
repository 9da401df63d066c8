import { DeriveContext } from '../../derive/context.ts';
import { SERVICE_RELATION_FIELDS, serviceContent, serviceRelations } from './derive.ts';
import type { Artifact } from '../../model/artifact.ts';
import type { Design, DesignNode } from '../../model/design.ts';
import { isPlainObject, jsonEqual, type JsonObject } from '../../model/json.ts';
import { DesignDraft, mergeOwnFields, stripNulls } from '../../apply/common.ts';
import type { ApplyResult, Notice } from '../../apply/types.ts';
import { applyAwsvpcPlacement } from '../../apply/network-placement.ts';
import { applyLaunchRelations, hasDuplicates } from '../../apply/launch-relations.ts';
import { applyVolumeConfigurations } from '../ebs-volume/apply.ts';
import { applyCloudMapService, applyServiceConnect, applyServiceRegistries } from '../../apply/service-connect.ts';
import { cloudMapServiceArtifact, dnsDiscovery } from '../../derive/service-discovery.ts';
import { routeDataFromEntry } from './route-advanced.ts';

/**
 * CreateService JSON → the service node and its relations. A reference that names
 * something in the design (a cluster, a task definition family, a capacity provider, a
 * target group we generate) becomes a relation; anything else stays as the literal value.
 */
export function applyService(
  design: Design,
  service: DesignNode,
  artifact: Artifact | undefined,
  content: JsonObject,
  options: { explicit?: boolean } = {},
): ApplyResult {
  const ctx = new DeriveContext(design);
  if (artifact?.type === 'cloudmap-service') {
    // The service's Cloud Map service (DNS service discovery): its settings live on the namespace connection.
    const draft = new DesignDraft(design);
    const d = dnsDiscovery(service, ctx);
    const result = applyCloudMapService(draft, ctx, service, content, d ? cloudMapServiceArtifact(service, d).content : {});
    return result.ok ? { ok: true, design: draft.finish(), notices: [] } : result;
  }
  const derived = serviceContent(service, ctx).content;
  const rel = serviceRelations(service, ctx);
  const draft = new DesignDraft(design);
  const data = mergeOwnFields(service.data, content, { relationKeys: SERVICE_RELATION_FIELDS, explicit: options.explicit });
  const id = service.id;

  const { taskDefinitionChanged } = applyLaunchRelations(draft, ctx, id, data, content, derived);

  // load balancers: entries that keep the target group of an existing route update that route
  if (!jsonEqual(content.loadBalancers, derived.loadBalancers)) {
    const entries = Array.isArray(content.loadBalancers) ? (content.loadBalancers as JsonObject[]) : [];
    const routes = entries.map((entry) => (isPlainObject(entry) ? rel.loadBalancers.find((l) => l.entry.targetGroupArn === entry.targetGroupArn) : undefined));
    delete data.loadBalancers;
    if (entries.length && routes.every((r) => r) && !hasDuplicates(routes.map((r) => r!.edgeId)) && entries.every(isRouteEntry)) {
      const keep = new Set(routes.map((r) => r!.edgeId));
      draft.removeEdges((e) => e.kind === 'routes-to' && e.target === id && !keep.has(e.id));
      entries.forEach((entry, i) => {
        const edge = draft.edges.find((e) => e.id === routes[i]!.edgeId)!;
        const next: JsonObject = { ...(edge.data ?? {}), containerName: entry.containerName, containerPort: entry.containerPort };
        const advanced = isPlainObject(entry.advancedConfiguration) ? (stripNulls(entry.advancedConfiguration) as JsonObject) : undefined;
        draft.setEdgeData(edge.id, routeDataFromEntry(ctx, routes[i]!.node, service, edge, next, advanced));
      });
      // Routes are emitted in edge order: follow the order the text gives.
      const order = routes.map((r) => r!.edgeId);
      const positions = draft.edges.map((e, i) => (keep.has(e.id) ? i : -1)).filter((i) => i >= 0);
      const byId = new Map(draft.edges.map((e) => [e.id, e]));
      positions.forEach((pos, i) => (draft.edges[pos] = byId.get(order[i]!)!));
    } else {
      draft.removeEdges((e) => e.kind === 'routes-to' && e.target === id);
      if (content.loadBalancers !== undefined) data.loadBalancers = content.loadBalancers;
    }
  } else if (taskDefinitionChanged) {
    // Routes without a container of their own follow the task definition; it changed, so
    // keep the container and port the text shows rather than losing or changing them.
    for (const { entry, edgeId } of rel.loadBalancers) {
      const edge = draft.edges.find((e) => e.id === edgeId)!;
      const next: JsonObject = { ...(edge.data ?? {}) };
      if (next.containerName === undefined && entry.containerName !== undefined) next.containerName = entry.containerName;
      if (next.containerPort === undefined && entry.containerPort !== undefined) next.containerPort = entry.containerPort;
      if (!jsonEqual(next, edge.data ?? {})) draft.setEdgeData(edgeId, next);
    }
  }

  applyAwsvpcPlacement(draft, service, data);
  const notices: Notice[] = [];
  applyVolumeConfigurations(draft, service, data, notices);
  applyServiceConnect(draft, ctx, service, data, content, derived, { taskDefinitionChanged });
  applyServiceRegistries(draft, ctx, service, data, content, derived, { taskDefinitionChanged });
  draft.setData(id, data);
  return { ok: true, design: draft.finish(), notices };
}

function isRouteEntry(entry: JsonObject): boolean {
  return Object.keys(entry).every((k) => ['targetGroupArn', 'containerName', 'containerPort', 'advancedConfiguration'].includes(k)) &&
    (entry.advancedConfiguration === undefined || isPlainObject(entry.advancedConfiguration)) &&
    typeof entry.containerName === 'string' && typeof entry.containerPort === 'number';
}
