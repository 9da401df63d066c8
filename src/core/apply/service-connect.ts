import type { DeriveContext } from '../derive/context.ts';
import type { DesignEdge, DesignNode } from '../model/design.ts';
import { isPlainObject, jsonEqual, type JsonObject, type JsonValue } from '../model/json.ts';
import { namespaceRef } from '../kinds/cloudmap-namespace/derive.ts';
import {
  discoveryOf,
  drawnEntry,
  drawsServiceConnect,
  namedPorts,
  ownServicesOf,
  serviceConnectLinks,
  withServiceConnect,
  type ServerEntry,
  type ServiceConnectLinks,
} from '../derive/service-connect.ts';
import { CLOUD_MAP_SERVICE_FIELDS, cloudMapServiceName, DEFAULT_DNS_TTL, dnsDiscovery, dnsRecords } from '../derive/service-discovery.ts';
import { fromApi } from '../kinds/api-fields.ts';
import { stripNulls, type DesignDraft } from './common.ts';

/**
 * The reverse of layServiceConnect (derive/service-connect.ts) for an edited CreateService:
 * - a namespace that names a drawn namespace (by name or ARN) is the service → namespace
 *   connection; any other value is the service's literal namespace;
 * - a services[] entry for a port drawn clients call is written to those connections (all
 *   of them, so they agree); a renamed portName moves them to the new port; an entry taken
 *   out removes them; entries no connection calls stay on the node; a TLS roleArn that is
 *   just the service's infrastructure role (derive fills it in) is not written down;
 * - serviceConnectConfiguration taken out removes the connections that made it.
 * Only what differs from what was derived is touched, so an unchanged file changes nothing.
 */
export function applyServiceConnect(
  draft: DesignDraft,
  ctx: DeriveContext,
  service: DesignNode,
  data: JsonObject,
  content: JsonObject,
  derived: JsonObject,
  options: { taskDefinitionChanged?: boolean } = {},
): void {
  const text = content.serviceConnectConfiguration;
  const before = derived.serviceConnectConfiguration;
  const links = serviceConnectLinks(service, ctx);
  // Calls that follow the first named port of the task definition: it changed, so keep the port the text shows.
  if (options.taskDefinitionChanged) {
    for (const g of links.serves) {
      if (g.portName === undefined) continue;
      for (const e of g.edges) if (typeof e.data?.portName !== 'string') draft.setEdgeData(e.id, { portName: g.portName, ...(e.data ?? {}) });
    }
  }
  if (jsonEqual(text, before)) return;
  const ownBefore = isPlainObject(service.data.serviceConnectConfiguration) ? service.data.serviceConnectConfiguration : undefined;
  if (!drawsServiceConnect(links) || !isPlainObject(text)) {
    if (drawsServiceConnect(links)) dropServiceConnect(draft, service);
    if (text === undefined || text === null) delete data.serviceConnectConfiguration;
    else data.serviceConnectConfiguration = stripNulls(text);
    return;
  }
  const was = isPlainObject(before) ? before : {};
  const own: JsonObject = stripNulls(text);

  if (!jsonEqual(text.namespace, was.namespace)) {
    if (applyNamespaceRef(draft, ctx, service, text.namespace)) delete own.namespace;
  } else if (links.namespace) {
    delete own.namespace;
  }

  if (!jsonEqual(text.services, was.services)) {
    const literal = applyServerEntries(draft, service, links, text.services, options.taskDefinitionChanged ? undefined : namedPorts(service, ctx)[0]?.name);
    if (literal === undefined) delete own.services;
    else own.services = literal;
  } else if (ownBefore?.services !== undefined) {
    own.services = ownBefore.services;
  } else {
    delete own.services;
  }
  // enabled: true is implied while connections still draw Service Connect; kept only as the node had it, or when false.
  const stillDrawn = draft.edges.some((e) => (e.kind === 'calls' && (e.source === service.id || e.target === service.id)) || (e.kind === 'in-namespace' && e.source === service.id && withServiceConnect(e)));
  if (own.enabled === true && ownBefore?.enabled === undefined && stillDrawn) delete own.enabled;
  if (Object.keys(own).length || ownBefore !== undefined) data.serviceConnectConfiguration = own;
  else delete data.serviceConnectConfiguration;
}

/** The namespace node a serviceConnectConfiguration / serviceConnectDefaults value names. */
export function findNamespace(ctx: DeriveContext, ref: string): DesignNode | undefined {
  // By what derive writes for it (its name, or an existing one's ARN): the text then derives back as typed.
  return ctx.index.nodesOfKind('cloudmap-namespace').find((n) => namespaceRef(n) === ref);
}

/** Points the service's namespace connection at the namespace `ref` names; false when it stays a literal value. */
function applyNamespaceRef(draft: DesignDraft, ctx: DeriveContext, service: DesignNode, ref: JsonValue | undefined): boolean {
  const target = typeof ref === 'string' ? findNamespace(ctx, ref) : undefined;
  const edge = draft.edgesFrom(service.id, 'in-namespace')[0];
  if (!target) {
    if (edge && withServiceConnect(edge)) {
      if (discoveryOf(edge) === 'both') setDiscovery(draft, edge, 'dns');
      else draft.removeEdges((e) => e.id === edge.id);
    }
    return false;
  }
  if (!edge) {
    draft.addEdge('in-namespace', service.id, target.id);
    return true;
  }
  if (discoveryOf(edge) === 'service-connect') {
    retarget(draft, edge, target.id);
    return true;
  }
  if (discoveryOf(edge) === 'both') {
    if (edge.target === target.id) return true;
    // The connection also registers DNS records there: it stays for DNS, the new namespace is literal.
    setDiscovery(draft, edge, 'dns');
    return false;
  }
  // A DNS-only connection to that same namespace now carries Service Connect too.
  if (edge.target === target.id) {
    setDiscovery(draft, edge, 'both');
    return true;
  }
  return false; // one namespace connection per service: a second namespace stays literal
}

/**
 * Edited services[] onto the drawn port groups; returns the entries that stay the node's own
 * (undefined for none). Entries are matched to groups by portName, then unmatched ones in
 * order (a renamed port).
 */
/** `firstPort` undefined: every port name is written on the connections (the task definition they followed changed). */
function applyServerEntries(draft: DesignDraft, service: DesignNode, links: ServiceConnectLinks, typed: JsonValue | undefined, firstPort: string | undefined): JsonValue[] | undefined {
  const groups = links.serves.filter((g) => g.entry);
  const entries = Array.isArray(typed) ? typed : [];
  const assigned = new Map<ServerEntry, JsonObject>();
  const taken = new Set<JsonValue>();
  for (const entry of entries) {
    if (!isPlainObject(entry) || typeof entry.portName !== 'string') continue;
    const group = groups.find((g) => g.portName === entry.portName && !assigned.has(g));
    if (group) {
      assigned.set(group, entry);
      taken.add(entry);
    }
  }
  const freeGroups = groups.filter((g) => !assigned.has(g));
  const freeEntries = entries.filter((e) => !taken.has(e) && isPlainObject(e) && typeof e.portName === 'string') as JsonObject[];
  freeGroups.forEach((g, i) => {
    const entry = freeEntries[i];
    if (!entry) return;
    assigned.set(g, entry);
    taken.add(entry);
  });
  for (const g of groups) {
    const entry = assigned.get(g);
    if (!entry) {
      // The entry was taken out: those clients no longer call this server.
      const gone = new Set(g.edges.map((e) => e.id));
      draft.removeEdges((e) => gone.has(e.id));
      continue;
    }
    const explicitPort = entry.portName !== firstPort || g.edges.some((e) => typeof e.data?.portName === 'string');
    const next = callData(ownTls(entry, drawnEntry(g, ownServicesOf(service.data.serviceConnectConfiguration)), links.tlsRoleArn), explicitPort);
    for (const edge of g.edges) draft.setEdgeData(edge.id, next);
  }
  const literal = entries.filter((e) => !taken.has(e)).map((e) => stripNulls(e));
  if (!Array.isArray(typed)) return typed === undefined || typed === null ? undefined : [typed].flat();
  return literal.length || isPlainObject(service.data.serviceConnectConfiguration) && service.data.serviceConnectConfiguration.services !== undefined ? literal : undefined;
}

/**
 * A typed services[] entry with its TLS as the connections keep it: a roleArn that is just the
 * server's infrastructure role is left out (derive fills it in), so connecting another role
 * still takes effect; one the entry named before (`before`, as derived without the implied
 * role) stays, even when it is that same ARN.
 */
function ownTls(entry: JsonObject, before: JsonObject, implied: string | undefined): JsonObject {
  const tls = entry.tls;
  if (implied === undefined || !isPlainObject(tls) || tls.roleArn !== implied) return entry;
  if (isPlainObject(before.tls) && before.tls.roleArn !== undefined) return entry;
  const { roleArn: _implied, ...rest } = tls;
  return { ...entry, tls: rest };
}

/** A services[] entry as the data of a client → server connection: one client alias as `alias`, more (or none given as a list) as they are. */
export function callData(entry: JsonObject, explicitPort: boolean): JsonObject {
  const { portName, clientAliases, ...rest } = stripNulls(entry);
  const data: JsonObject = {};
  if (explicitPort && portName !== undefined) data.portName = portName;
  if (Array.isArray(clientAliases) && clientAliases.length === 1 && isPlainObject(clientAliases[0])) data.alias = clientAliases[0];
  else if (clientAliases !== undefined) data.clientAliases = clientAliases;
  return { ...data, ...rest };
}

/** serviceConnectConfiguration taken out of the file: the connections that made it go. */
function dropServiceConnect(draft: DesignDraft, service: DesignNode): void {
  draft.removeEdges((e) => e.kind === 'calls' && (e.source === service.id || e.target === service.id));
  const edge = draft.edgesFrom(service.id, 'in-namespace')[0];
  if (!edge || !withServiceConnect(edge)) return;
  if (discoveryOf(edge) === 'both') setDiscovery(draft, edge, 'dns');
  else draft.removeEdges((e) => e.id === edge.id);
}

function setDiscovery(draft: DesignDraft, edge: DesignEdge, discovery: 'dns' | 'both' | 'service-connect'): void {
  const current = draft.edges.find((e) => e.id === edge.id) ?? edge;
  const data: JsonObject = { ...(current.data ?? {}) };
  if (discovery === 'service-connect') delete data.discovery;
  else data.discovery = discovery;
  if (discovery === 'service-connect') delete data.registry;
  draft.setEdgeData(edge.id, data);
}

function retarget(draft: DesignDraft, edge: DesignEdge, target: string): void {
  const i = draft.edges.findIndex((e) => e.id === edge.id);
  if (i >= 0 && draft.edges[i]!.target !== target) draft.edges[i] = { ...draft.edges[i]!, target };
}

/**
 * The reverse of layServiceDiscovery for an edited CreateService: the entry with the drawn
 * registry's ARN updates the connection (container, port); without it the connection stops
 * registering by DNS. Other entries are the node's own.
 */
export function applyServiceRegistries(
  draft: DesignDraft,
  ctx: DeriveContext,
  service: DesignNode,
  data: JsonObject,
  content: JsonObject,
  derived: JsonObject,
  options: { taskDefinitionChanged?: boolean } = {},
): void {
  const text = content.serviceRegistries;
  const d = dnsDiscovery(service, ctx);
  // SRV records that followed the task definition's first port: it changed, so keep the container and port the text shows.
  // The record type follows the task's network mode: keep the one the text was derived with, too.
  if (options.taskDefinitionChanged && d) {
    const registry: JsonObject = { ...d.registry, recordType: d.recordType };
    if (d.recordType === 'SRV') for (const key of ['containerName', 'containerPort'] as const) if (registry[key] === undefined && d.entry[key] !== undefined) registry[key] = d.entry[key];
    setRegistry(draft, d.edge, registry);
  }
  if (jsonEqual(text, derived.serviceRegistries)) return;
  const entries = Array.isArray(text) ? text : undefined;
  const i = d && entries ? entries.findIndex((e) => isPlainObject(e) && e.registryArn === d.registryArn) : -1;
  let literal: JsonValue | undefined = text === null ? undefined : text;
  if (d && i >= 0) {
    const entry = entries![i] as JsonObject;
    const registry: JsonObject = { ...d.registry };
    for (const key of ['containerName', 'containerPort', 'port'] as const) {
      if (jsonEqual(entry[key], d.entry[key])) continue;
      if (entry[key] === undefined || entry[key] === null) delete registry[key];
      else registry[key] = entry[key];
    }
    // A container and port that only followed the task definition are now what the file says.
    for (const key of ['containerName', 'containerPort'] as const) if (registry[key] === undefined && entry[key] !== undefined && entry[key] !== null && d.entry[key] !== undefined) registry[key] = entry[key];
    setRegistry(draft, d.edge, registry);
    literal = entries!.filter((_, j) => j !== i);
  } else if (d) {
    if (discoveryOf(d.edge) === 'both') setDiscovery(draft, d.edge, 'service-connect');
    else draft.removeEdges((e) => e.id === d.edge.id);
  }
  const hadOwn = service.data.serviceRegistries !== undefined;
  if (literal === undefined || (Array.isArray(literal) && !literal.length && !hadOwn && d)) delete data.serviceRegistries;
  else data.serviceRegistries = stripNulls(literal);
}

export function setRegistry(draft: DesignDraft, edge: DesignEdge, registry: JsonObject): void {
  const current = draft.edges.find((e) => e.id === edge.id) ?? edge;
  const data: JsonObject = { ...(current.data ?? {}) };
  if (Object.keys(registry).length) data.registry = registry;
  else delete data.registry;
  draft.setEdgeData(edge.id, data);
}

/**
 * An edited Cloud Map CreateService file onto the connection's registry settings: Name,
 * routing, health check and tags as written; one record of type A or SRV becomes the
 * record type and TTL (any other list is kept as written). NamespaceId follows the
 * connection (connect the service to another namespace to change it).
 */
export function applyCloudMapService(draft: DesignDraft, ctx: DeriveContext, service: DesignNode, content: JsonObject, derivedContent: JsonObject): { ok: true } | { ok: false; error: string } {
  const d = dnsDiscovery(service, ctx);
  if (!d) return { ok: false, error: 'This service no longer registers in a DNS namespace' };
  if (jsonEqual(content, derivedContent)) return { ok: true };
  const defaults = dnsDiscovery(service, ctx, { registry: {} })!;
  const fields = fromApi(content, CLOUD_MAP_SERVICE_FIELDS, {
    Name: cloudMapServiceName(service, {}),
    NamespaceId: derivedContent.NamespaceId,
    'DnsConfig.RoutingPolicy': 'MULTIVALUE',
    'DnsConfig.DnsRecords': dnsRecords(defaults),
    HealthCheckCustomConfig: { FailureThreshold: 1 },
  });
  const registry: JsonObject = {};
  for (const key of ['containerName', 'containerPort', 'port'] as const) if (d.registry[key] !== undefined) registry[key] = d.registry[key];
  const { dnsRecords: records, ...rest } = fields;
  Object.assign(registry, rest);
  const single = Array.isArray(records) && records.length === 1 && isPlainObject(records[0]) ? records[0] : undefined;
  if (records === undefined) {
    // Unchanged from the default record: keep the type only when the connection chose one.
  } else if (single && (single.Type === 'A' || single.Type === 'SRV') && typeof single.TTL === 'number' && Object.keys(single).length === 2) {
    if (single.Type !== defaults.recordType) registry.recordType = single.Type;
    if (single.TTL !== DEFAULT_DNS_TTL) registry.ttl = single.TTL;
  } else {
    registry.dnsRecords = records;
  }
  setRegistry(draft, d.edge, registry);
  return { ok: true };
}
