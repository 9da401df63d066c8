import type { LoadBalancer } from '@aws-sdk/client-ecs';
import type { Artifact, ArtifactOwner } from '../../model/artifact.ts';
import type { DesignNode } from '../../model/design.ts';
import { isPlainObject, pointer, type JsonObject } from '../../model/json.ts';
import { canonicalizeLayers } from '../../derive/canonical.ts';
import { type DeriveContext, safeSegment } from '../../derive/context.ts';
import { LAUNCH_RELATION_FIELDS, launchRelations, layLaunchRelations, type LaunchRelations } from '../../derive/launch-relations.ts';
import { textOf } from '../../model/text.ts';
import { layNetworkPlacement } from '../../derive/network-placement.ts';
import { layVolumeConfigurations } from '../ebs-volume/derive.ts';
import { layServiceConnect } from '../../derive/service-connect.ts';
import { blueGreenPlan, literalAdvanced } from '../load-balancer/blue-green.ts';
import { cloudMapServiceArtifact, dnsDiscovery, layServiceDiscovery } from '../../derive/service-discovery.ts';

/** Service fields that relations fill; the node keeps them only as literals (nothing linked). */
export const SERVICE_RELATION_FIELDS = [...LAUNCH_RELATION_FIELDS, 'loadBalancers', 'serviceConnectConfiguration', 'serviceRegistries'] as const;

export interface ServiceRelations extends LaunchRelations {
  loadBalancers: Array<{ entry: JsonObject; node: DesignNode; edgeId: string }>;
}

/** The values a service's relations stand for. */
export function serviceRelations(service: DesignNode, ctx: DeriveContext): ServiceRelations {
  const rel: ServiceRelations = { ...launchRelations(service, ctx), loadBalancers: [] };
  const infrastructureRole = ctx.index.source(service.id, 'infrastructure-role');
  for (const edge of ctx.index.incoming(service.id, 'routes-to')) {
    const lb = ctx.index.node(edge.source)!;
    const target = routeTarget(service, edge.data, ctx);
    const entry: JsonObject = { targetGroupArn: ctx.targetGroupArn(lb, edge, service) } satisfies LoadBalancer;
    if (target.containerName !== undefined) entry.containerName = target.containerName;
    if (target.containerPort !== undefined) entry.containerPort = target.containerPort;
    // ECS-native blue/green, linear and canary deployments (DEP-BG-LB) need the second target group on the route:
    // typed on the route, or derived from the drawn load balancer (load-balancer/blue-green.ts).
    const plan = blueGreenPlan(lb, edge, service, ctx);
    if (isPlainObject(edge.data?.advancedConfiguration) || plan) {
      const advanced: JsonObject = { ...(plan?.implied ?? {}), ...literalAdvanced(edge) };
      // The role ECS shifts traffic with is the service's infrastructure role, unless the route names one.
      entry.advancedConfiguration =
        infrastructureRole && advanced.roleArn === undefined ? { ...advanced, roleArn: ctx.roleArn(infrastructureRole) } : advanced;
    }
    rel.loadBalancers.push({ entry, node: lb, edgeId: edge.id });
  }
  return rel;
}

/**
 * The container and port a load balancer route reaches: as set on the relation, else the
 * first container of the service's task definition that has a port mapping.
 */
export function routeTarget(
  service: DesignNode,
  edgeData: JsonObject | undefined,
  ctx: DeriveContext,
): { containerName?: string; containerPort?: number } {
  const name = typeof edgeData?.containerName === 'string' ? edgeData.containerName : undefined;
  const port = typeof edgeData?.containerPort === 'number' ? edgeData.containerPort : undefined;
  if (name !== undefined && port !== undefined) return { containerName: name, containerPort: port };
  const td = ctx.index.target(service.id, 'uses');
  const containers = td ? ctx.index.containersOf(td.id) : [];
  const withPort = containers.find((c) => (name === undefined || c.data.name === name) && firstPort(c.data) !== undefined);
  return {
    containerName: name ?? (withPort ? textOf(withPort.data.name) : undefined),
    containerPort: port ?? (withPort ? firstPort(withPort.data) : undefined),
  };
}

function firstPort(container: JsonObject): number | undefined {
  const mappings = container.portMappings;
  if (!Array.isArray(mappings)) return undefined;
  for (const m of mappings) {
    // A design file can hold anything in the list (null, a number): only objects are mappings.
    const port = isPlainObject(m) ? m.containerPort : undefined;
    if (typeof port === 'number') return port;
  }
  return undefined;
}

export function serviceContent(service: DesignNode, ctx: DeriveContext): { content: JsonObject; owners: ArtifactOwner[] } {
  const rel = serviceRelations(service, ctx);
  const data = service.data;
  const content: JsonObject = {}; // what the relations stand for, laid over the node's data
  const owners: ArtifactOwner[] = [{ pointer: '', nodeId: service.id }];
  layLaunchRelations(rel, data, content, owners);
  if (rel.loadBalancers.length) {
    const literal = Array.isArray(data.loadBalancers) ? data.loadBalancers : [];
    content.loadBalancers = [...rel.loadBalancers.map((l) => l.entry), ...literal];
    rel.loadBalancers.forEach((l, i) => owners.push({ pointer: pointer('loadBalancers', i), nodeId: l.node.id }));
  }
  layNetworkPlacement(service, ctx, data, content, owners);
  layVolumeConfigurations(service, ctx, data, content, owners);
  layServiceConnect(service, ctx, data, content, owners);
  layServiceDiscovery(service, ctx, data, content, owners);
  return { content: canonicalizeLayers('CreateServiceRequest', data, content), owners };
}

/** The service's CreateService file. */
export function serviceArtifacts(service: DesignNode, ctx: DeriveContext): Artifact[] {
  const { content, owners } = serviceContent(service, ctx);
  const discovery = dnsDiscovery(service, ctx);
  const artifacts: Artifact[] = [
    {
      // A service imported without serviceName is exported under its label (the file it came from).
      path: `services/${safeSegment(service.data.serviceName ?? service.label, service.id)}.json`,
      type: 'service',
      nodeId: service.id,
      title: textOf(service.data.serviceName ?? service.label ?? service.id),
      content,
      owners,
    },
  ];
  // DNS service discovery registers the service in a Cloud Map service of its own.
  if (discovery) artifacts.push(cloudMapServiceArtifact(service, discovery));
  return artifacts;
}
