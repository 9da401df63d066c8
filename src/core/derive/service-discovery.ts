import type { Artifact, ArtifactOwner } from '../model/artifact.ts';
import type { DesignEdge, DesignNode } from '../model/design.ts';
import { isPlainObject, pointer, type JsonObject, type JsonValue } from '../model/json.ts';
import { textOf } from '../model/text.ts';
import { namespaceId, namespaceType } from '../kinds/cloudmap-namespace/derive.ts';
import { stableHex, toApi, type ApiField } from '../kinds/api-fields.ts';
import { type DeriveContext, safeSegment } from './context.ts';
import { withDnsDiscovery } from './service-connect.ts';

/**
 * DNS service discovery (ECS_RULES §3.7) from a service → private DNS namespace connection
 * whose discovery is "dns" or "both": a Cloud Map service for the ECS service (its own
 * servicediscovery CreateService file) and the ECS service's serviceRegistries entry
 * pointing at it. The connection's `registry` object holds the choices: record type (A
 * for awsvpc tasks, SRV for bridge/host, SD-A), TTL, the Cloud Map service name, and for
 * SRV the container and port. An HTTP namespace cannot answer DNS: nothing is emitted
 * for it and CM-DNS-HTTP says so.
 */

export const DEFAULT_DNS_TTL = 60;

/** CreateService (servicediscovery) input, in API reference order. */
export const CLOUD_MAP_SERVICE_FIELDS: readonly ApiField[] = [
  { api: ['Name'], data: 'name' },
  { api: ['NamespaceId'] },
  { api: ['CreatorRequestId'], data: 'creatorRequestId' },
  { api: ['Description'], data: 'description' },
  { api: ['DnsConfig', 'RoutingPolicy'], data: 'routingPolicy' },
  { api: ['DnsConfig', 'DnsRecords'], data: 'dnsRecords' },
  { api: ['HealthCheckCustomConfig'], data: 'healthCheckCustomConfig' },
  { api: ['Tags'], data: 'tags' },
];

export interface DnsDiscovery {
  edge: DesignEdge;
  namespace: DesignNode;
  /** The connection's registry settings (may be empty). */
  registry: JsonObject;
  recordType: 'A' | 'SRV';
  registryArn: string;
  /** serviceRegistries entry as emitted. */
  entry: JsonObject;
}

/** The network mode the service's tasks get: the task definition's, else awsvpc on Fargate, else bridge (EC2's default). */
export function taskNetworkMode(service: DesignNode, ctx: DeriveContext): string {
  const td = ctx.index.target(service.id, 'uses');
  if (td && typeof td.data.networkMode === 'string') return td.data.networkMode;
  const compat = td && Array.isArray(td.data.requiresCompatibilities) ? td.data.requiresCompatibilities : undefined;
  const fargate = compat ? compat.includes('FARGATE') : ctx.serviceTargets(service).includes('FARGATE');
  return fargate ? 'awsvpc' : 'bridge';
}

/** The Cloud Map service id: a stand-in of Cloud Map's shape, stable per ECS service node. */
export const registryId = (service: DesignNode): string => `srv-${stableHex(`srv:${service.id}`, 16)}`;

/** A service's DNS service discovery, when its namespace connection asks for it and the namespace answers DNS. */
export function dnsDiscovery(service: DesignNode, ctx: DeriveContext, options: { registry?: JsonObject } = {}): DnsDiscovery | undefined {
  const edge = ctx.index.outgoing(service.id, 'in-namespace')[0];
  if (!edge || !withDnsDiscovery(edge)) return undefined;
  const namespace = ctx.index.node(edge.target)!;
  if (namespaceType(namespace) !== 'DNS_PRIVATE') return undefined;
  // `options.registry` stands in for the connection's settings (apply asks what the defaults would be).
  const registry = options.registry ?? (isPlainObject(edge.data?.registry) ? edge.data.registry : {});
  const mode = taskNetworkMode(service, ctx);
  const recordType = registry.recordType === 'A' || registry.recordType === 'SRV' ? registry.recordType : mode === 'awsvpc' ? 'A' : 'SRV';
  const registryArn = `arn:aws:servicediscovery:${ctx.region}:${ctx.accountId}:service/${registryId(service)}`;
  const entry: JsonObject = { registryArn };
  // SRV records carry a port: ECS needs the container and port (or a port) to put in them
  // (SD-BRIDGE, SD-SRV); A records need neither, so they only come from the connection.
  const target = recordType === 'SRV' && typeof registry.port !== 'number' ? srvTarget(service, registry, ctx) : ownTarget(registry);
  if (typeof registry.port === 'number') entry.port = registry.port;
  if (target.containerName !== undefined) entry.containerName = target.containerName;
  if (target.containerPort !== undefined) entry.containerPort = target.containerPort;
  return { edge, namespace, registry, recordType, registryArn, entry };
}

function ownTarget(registry: JsonObject): { containerName?: string; containerPort?: number } {
  return {
    containerName: typeof registry.containerName === 'string' ? registry.containerName : undefined,
    containerPort: typeof registry.containerPort === 'number' ? registry.containerPort : undefined,
  };
}

/** The container and port of SRV records: as set on the connection, else the first container with a port mapping. */
function srvTarget(service: DesignNode, registry: JsonObject, ctx: DeriveContext): { containerName?: string; containerPort?: number } {
  const name = typeof registry.containerName === 'string' ? registry.containerName : undefined;
  const port = typeof registry.containerPort === 'number' ? registry.containerPort : undefined;
  if (name !== undefined && port !== undefined) return { containerName: name, containerPort: port };
  const td = ctx.index.target(service.id, 'uses');
  for (const c of td ? ctx.index.containersOf(td.id) : []) {
    if (name !== undefined && c.data.name !== name) continue;
    const mappings = Array.isArray(c.data.portMappings) ? c.data.portMappings : [];
    const first = mappings.find((m) => isPlainObject(m) && typeof m.containerPort === 'number') as JsonObject | undefined;
    if (first) return { containerName: name ?? textOf(c.data.name ?? c.id), containerPort: port ?? (first.containerPort as number) };
  }
  return { containerName: name, containerPort: port };
}

/** The Cloud Map service's name: set on the connection, else the ECS service's name. */
export function cloudMapServiceName(service: DesignNode, registry: JsonObject): string {
  return typeof registry.name === 'string' && registry.name ? registry.name : textOf(service.data.serviceName ?? service.label ?? service.id);
}

/** The records Cloud Map keeps for each task: one of the chosen type, with the connection's TTL. */
export function dnsRecords(d: Pick<DnsDiscovery, 'registry' | 'recordType'>): JsonValue {
  if (Array.isArray(d.registry.dnsRecords)) return d.registry.dnsRecords;
  return [{ Type: d.recordType, TTL: typeof d.registry.ttl === 'number' ? d.registry.ttl : DEFAULT_DNS_TTL }];
}

export function cloudMapServicePath(service: DesignNode): string {
  return `cloudmap-services/${safeSegment(service.data.serviceName ?? service.label, service.id)}.json`;
}

/** The servicediscovery CreateService file of a service registered by DNS. */
export function cloudMapServiceArtifact(service: DesignNode, d: DnsDiscovery): Artifact {
  const derived = {
    Name: cloudMapServiceName(service, d.registry),
    NamespaceId: namespaceId(d.namespace),
    'DnsConfig.RoutingPolicy': 'MULTIVALUE',
    'DnsConfig.DnsRecords': dnsRecords(d),
    // ECS reports task health to Cloud Map itself: a custom health check is what it updates.
    HealthCheckCustomConfig: { FailureThreshold: 1 },
  };
  const { dnsRecords: _records, name: _name, ttl: _ttl, recordType: _type, containerName: _c, containerPort: _p, port: _port, ...fields } = d.registry;
  return {
    path: cloudMapServicePath(service),
    type: 'cloudmap-service',
    nodeId: service.id,
    title: `${textOf(service.data.serviceName ?? service.label ?? service.id)} (Cloud Map)`,
    content: toApi(fields, CLOUD_MAP_SERVICE_FIELDS, derived),
    owners: [
      { pointer: '', nodeId: service.id },
      { pointer: pointer('NamespaceId'), nodeId: d.namespace.id },
    ],
    // Implied by the namespace connection, not drawn: the service's own file stays its CreateService.
    implied: true,
  };
}

/** Lays the drawn registry first in serviceRegistries (the node's literal entries follow; SD-MAX allows one). */
export function layServiceDiscovery(service: DesignNode, ctx: DeriveContext, data: JsonObject, content: JsonObject, owners: ArtifactOwner[]): DnsDiscovery | undefined {
  const d = dnsDiscovery(service, ctx);
  if (!d) return undefined;
  const literal = Array.isArray(data.serviceRegistries) ? data.serviceRegistries : [];
  content.serviceRegistries = [d.entry, ...literal];
  owners.push({ pointer: pointer('serviceRegistries', 0), nodeId: d.namespace.id });
  return d;
}
