import type { ArtifactOwner } from '../model/artifact.ts';
import type { DesignEdge, DesignNode } from '../model/design.ts';
import { isPlainObject, pointer, type JsonObject, type JsonValue } from '../model/json.ts';
import { textOf } from '../model/text.ts';
import { namespaceRef } from '../kinds/cloudmap-namespace/derive.ts';
import type { DeriveContext } from './context.ts';

/**
 * Service Connect from the drawn connections (ECS_RULES §3.8):
 * - service → namespace ('in-namespace', discovery Service Connect or both): the service's
 *   serviceConnectConfiguration.namespace;
 * - client → server ('calls'): both get Service Connect enabled; the server gets a
 *   services[] entry for the port the clients call. The connection's data holds that
 *   entry's fields as the API names them (portName, discoveryName, ingressPortOverride,
 *   timeout, tls), the one client alias as `alias` (clientAliases takes one, SC-ALIAS).
 *   Clients calling the same port of a server share one entry: for each field the first
 *   connection (in drawing order) that sets it decides; apply writes an edit to all of them.
 *   A `tls` that names no roleArn takes the server's infrastructure role (ECS_RULES §5.1),
 *   as a blue/green route and an EBS volume do; apply does not write that implied ARN down.
 * What the connections do not decide (logConfiguration, accessLogConfiguration, entries no
 * drawn client calls) stays in the service's own serviceConnectConfiguration, emitted as is.
 */

export type Discovery = 'service-connect' | 'dns' | 'both';
export const DISCOVERY_CHOICES: readonly Discovery[] = ['service-connect', 'dns', 'both'];

/** What a service → namespace connection registers: Service Connect (the default), DNS service discovery, or both. */
export function discoveryOf(edge: DesignEdge): Discovery {
  const d = edge.data?.discovery;
  return d === 'dns' || d === 'both' ? d : 'service-connect';
}
export const withServiceConnect = (edge: DesignEdge): boolean => discoveryOf(edge) !== 'dns';
export const withDnsDiscovery = (edge: DesignEdge): boolean => discoveryOf(edge) !== 'service-connect';

/** A named port mapping of a task definition: what a Service Connect portName refers to. */
export interface NamedPort {
  name: string;
  containerName: string;
  containerPort?: number;
}

/** Named port mappings of the task definition a service runs, in container then mapping order. */
export function namedPorts(service: DesignNode, ctx: Pick<DeriveContext, 'index'>): NamedPort[] {
  const td = ctx.index.target(service.id, 'uses');
  if (!td) return [];
  const out: NamedPort[] = [];
  for (const container of ctx.index.containersOf(td.id)) {
    const mappings = Array.isArray(container.data.portMappings) ? container.data.portMappings : [];
    for (const m of mappings) {
      if (!isPlainObject(m) || typeof m.name !== 'string' || !m.name) continue;
      out.push({ name: m.name, containerName: textOf(container.data.name ?? container.id), containerPort: typeof m.containerPort === 'number' ? m.containerPort : undefined });
    }
  }
  return out;
}

/** Keys of a 'calls' connection's data that are not ServiceConnectService members. */
const DESIGN_ONLY_KEYS = ['portName', 'alias'];

/** The clients calling one port of a server: one services[] entry. */
export interface ServerEntry {
  /** The port name (set on a connection, else the server's first named port); undefined when there is none to use (SC-PORTNAME). */
  portName?: string;
  edges: DesignEdge[];
  /** The entry as emitted (absent without a port name: no entry can be made). */
  entry?: JsonObject;
}

/** The port name a client → server connection calls: its own, else the server's first named port. */
export function callPortName(edge: DesignEdge, ports: readonly NamedPort[]): string | undefined {
  const own = edge.data?.portName;
  return typeof own === 'string' && own ? own : ports[0]?.name;
}

/** The connection fields as one ServiceConnectService entry (without its portName). */
export function entryFields(edges: readonly DesignEdge[]): JsonObject {
  const out: JsonObject = {};
  for (const edge of edges) {
    for (const [key, value] of Object.entries(edge.data ?? {})) {
      if (DESIGN_ONLY_KEYS.includes(key) || key === 'clientAliases' || value === undefined || value === null) continue;
      if (out[key] === undefined) out[key] = value;
    }
  }
  const aliased = edges.find((e) => isPlainObject(e.data?.alias) || Array.isArray(e.data?.clientAliases));
  if (aliased) out.clientAliases = isPlainObject(aliased.data!.alias) ? [aliased.data!.alias] : aliased.data!.clientAliases!;
  return out;
}

/** The server side: incoming calls grouped by the port they call, in connection order. */
export function serverEntries(server: DesignNode, ctx: Pick<DeriveContext, 'index'>): ServerEntry[] {
  const calls = ctx.index.incoming(server.id, 'calls');
  if (!calls.length) return [];
  const ports = namedPorts(server, ctx);
  const groups: ServerEntry[] = [];
  for (const edge of calls) {
    const portName = callPortName(edge, ports);
    const group = groups.find((g) => g.portName === portName);
    if (group) group.edges.push(edge);
    else groups.push({ portName, edges: [edge] });
  }
  for (const g of groups) if (g.portName !== undefined) g.entry = { portName: g.portName, ...entryFields(g.edges) };
  return groups;
}

/**
 * The services[] entry a group of drawn calls makes, over the node's own entry for that port
 * (whose other fields stay), before any implied TLS role.
 */
export function drawnEntry(group: ServerEntry, ownServices: readonly JsonValue[]): JsonObject {
  const mine = ownServices.find((s) => isPlainObject(s) && s.portName === group.portName);
  return isPlainObject(mine) ? { ...mine, ...group.entry! } : group.entry!;
}

/** Whether an entry turns TLS on without naming the role ECS issues its certificates with. */
export const tlsLacksRole = (entry: JsonObject): boolean => isPlainObject(entry.tls) && entry.tls.roleArn === undefined;

/** The services of a serviceConnectConfiguration value (a service's own one), as a list. */
export const ownServicesOf = (config: JsonValue | undefined): readonly JsonValue[] => (isPlainObject(config) && Array.isArray(config.services) ? config.services : []);

/**
 * The drawn entries of `server` whose TLS names no role of its own: they take the server's
 * infrastructure role, which then needs the TLS managed policy (INFRASTRUCTURE_USES).
 */
export function servesTlsWithoutRole(server: DesignNode, ctx: Pick<DeriveContext, 'index'>): boolean {
  const own = ownServicesOf(server.data.serviceConnectConfiguration);
  return serverEntries(server, ctx).some((g) => g.entry !== undefined && tlsLacksRole(drawnEntry(g, own)));
}

export interface ServiceConnectLinks {
  /** The service → namespace connection that carries Service Connect. */
  namespace?: { node: DesignNode; edge: DesignEdge; value: string };
  /** Services this one calls. */
  calls: readonly DesignEdge[];
  /** Ports this one serves to drawn clients. */
  serves: ServerEntry[];
  /** The ARN of the service's infrastructure role: the roleArn of a drawn entry's TLS that names none. */
  tlsRoleArn?: string;
}

export function serviceConnectLinks(service: DesignNode, ctx: DeriveContext): ServiceConnectLinks {
  const links: ServiceConnectLinks = { calls: ctx.index.outgoing(service.id, 'calls'), serves: serverEntries(service, ctx) };
  const edge = ctx.index.outgoing(service.id, 'in-namespace')[0];
  if (edge && withServiceConnect(edge)) {
    const node = ctx.index.node(edge.target)!;
    links.namespace = { node, edge, value: namespaceRef(node) };
  }
  const role = links.serves.length ? ctx.index.source(service.id, 'infrastructure-role') : undefined;
  if (role) links.tlsRoleArn = ctx.roleArn(role);
  return links;
}

export const drawsServiceConnect = (links: ServiceConnectLinks): boolean => links.namespace !== undefined || links.calls.length > 0 || links.serves.length > 0;

/**
 * The service's own serviceConnectConfiguration with what the connections decide laid over
 * it: enabled (unless the node says otherwise), the namespace, and one services[] entry per
 * port drawn clients call (drawnEntry, its TLS with the service's infrastructure role when
 * it names none); the node's other entries follow, as written.
 */
export function serviceConnectConfiguration(links: ServiceConnectLinks, literal: unknown): JsonObject | undefined {
  if (!drawsServiceConnect(links)) return undefined;
  const own = isPlainObject(literal) ? literal : {};
  const ownServices = ownServicesOf(own);
  const drawn = links.serves.filter((g) => g.entry);
  const drawnNames = new Set(drawn.map((g) => g.portName));
  const services = [
    ...drawn.map((g) => {
      const entry = drawnEntry(g, ownServices);
      return links.tlsRoleArn !== undefined && tlsLacksRole(entry) ? { ...entry, tls: { ...(entry.tls as JsonObject), roleArn: links.tlsRoleArn } } : entry;
    }),
    ...ownServices.filter((s) => !(isPlainObject(s) && drawnNames.has(s.portName as string))),
  ];
  const out: JsonObject = { ...own, enabled: own.enabled ?? true };
  if (links.namespace) out.namespace = links.namespace.value;
  if (services.length || own.services !== undefined) out.services = services;
  return out;
}

/** Lays serviceConnectConfiguration over a service's CreateService (the relation layer `content`). */
export function layServiceConnect(service: DesignNode, ctx: DeriveContext, data: JsonObject, content: JsonObject, owners: ArtifactOwner[]): ServiceConnectLinks {
  const links = serviceConnectLinks(service, ctx);
  const config = serviceConnectConfiguration(links, data.serviceConnectConfiguration);
  if (!config) return links;
  content.serviceConnectConfiguration = config;
  if (links.namespace) owners.push({ pointer: pointer('serviceConnectConfiguration', 'namespace'), nodeId: links.namespace.node.id });
  return links;
}
