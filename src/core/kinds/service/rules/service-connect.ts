import { connect, setEdgeData } from '../../../commands/design-commands.ts';
import { PLACEHOLDER_ACCOUNT_ID, type Design, type DesignEdge, type DesignNode } from '../../../model/design.ts';
import { cloneJson, isPlainObject, pointer, type JsonObject } from '../../../model/json.ts';
import { textOf } from '../../../model/text.ts';
import { namedPorts, serverEntries } from '../../../derive/service-connect.ts';
import type { RuleModule, ValidateContext } from '../../../validate/context.ts';
import { commandFix, fieldFix } from '../../../validate/fixes.ts';
import { covers } from '../../../validate/security-group-openings.ts';
import { num, objects, services, type ServiceView } from '../../../validate/service-view.ts';
import type { QuickFix } from '../../../validate/types.ts';
import { setField } from '../../task-definition/rules/task-platform.ts';

/** NAME-PORTMAP's pattern, which discovery names share (NAME-SC-DISCOVERY). */
const DISCOVERY_NAME = /^[a-z0-9_][a-z0-9_-]{0,63}$/;
/** NAME-SC-DNS: up to 127 of [a-z0-9_.-], not starting with '-'. */
const ALIAS_DNS_NAME = /^[a-z0-9_.][a-z0-9_.-]{0,126}$/;
const NAMESPACE_ARN = /^arn:[^:]+:servicediscovery:([^:]*):([^:]*):namespace\//;
const SC = (...rest: Array<string | number>) => pointer('serviceConnectConfiguration', ...rest);

/** `1.3.0` → [1, 3, 0]; LATEST or anything else → undefined. */
function version(value: unknown): number[] | undefined {
  return typeof value === 'string' && /^\d+\.\d+\.\d+$/.test(value) ? value.split('.').map(Number) : undefined;
}

/** The namespace a service's Service Connect uses: its own, else its cluster's default (when the cluster is in the design). */
export function effectiveNamespace(view: ServiceView, config: JsonObject): { value?: string; known: boolean } {
  if (typeof config.namespace === 'string' && config.namespace) return { value: config.namespace, known: true };
  if (!view.cluster) return { known: false };
  const defaults = view.cluster.content.serviceConnectDefaults;
  const ns = isPlainObject(defaults) && typeof defaults.namespace === 'string' && defaults.namespace ? defaults.namespace : undefined;
  return { value: ns, known: true };
}

/**
 * Service Connect (ECS_RULES §3.8 SC-*, §1 NAME-SC-DISCOVERY / NAME-SC-DNS, §2.6 PM-SC-NAME)
 * over each service's serviceConnectConfiguration as it will be sent, hand-written or
 * derived from the connections. Not checked: PM-SC-IMMUT (it is about changing a deployed
 * service, and the design has no previous version to compare with); SC-CLIENT is how
 * derive builds clients and servers, nothing to report.
 *
 * SC-PORTNAME where a drawn client calls a server whose task definition names no port:
 * derive makes no services[] entry then (portName is required, and a made-up name would not
 * match any port mapping), so the problem is reported on the server, with the fix that names
 * its first port mapping. Refusing the connection instead would force an order of drawing
 * (port names before connections) and leave imported designs unconnectable.
 */
export const serviceConnectRules: RuleModule = {
  area: 'Service Connect',
  rules: {
    'SC-EN': 'error',
    'SC-NS': 'error',
    'SC-NS-REGION': 'error',
    'SC-PORTNAME': 'error',
    'PM-SC-NAME': 'error',
    'SC-ALIAS': 'error',
    'NAME-SC-DNS': 'error',
    'NAME-SC-DISCOVERY': 'error',
    'SC-DISC-DUP': 'error',
    'SC-INGRESS': 'error',
    'SC-TASKMEM': 'error',
    'SC-FG-PV': 'error',
    'SC-EXT': 'error',
    'SC-WIN': 'warning',
    'SC-ACCESSLOG': 'error',
    'SC-LIMIT': 'warning',
    'SC-SG': 'warning',
  },
  check(ctx) {
    const discovery = new Map<string, string>(); // namespace \0 discovery name → service label
    for (const view of services(ctx)) {
      unnamedServerPorts(ctx, view);
      const config = view.content.serviceConnectConfiguration;
      if (!isPlainObject(config)) continue;
      const report = (ruleId: string, at: string, message: string, fix?: QuickFix) => ctx.report({ ruleId, node: view.node, pointer: at, message, fix });
      if (config.enabled === undefined) {
        report('SC-EN', SC(), `Service ${view.label}: serviceConnectConfiguration needs "enabled".`, fieldFix('Turn Service Connect on', view.node.id, ['serviceConnectConfiguration', 'enabled'], true));
        continue;
      }
      if (config.enabled !== true) continue;
      const ns = effectiveNamespace(view, config);
      if (ns.known && !ns.value) {
        report('SC-NS', SC('namespace'), `Service ${view.label} turns Service Connect on without a namespace, and its cluster has no Service Connect default namespace. Connect the service (or its cluster) to a Cloud Map namespace.`, namespaceFix(ctx, view));
      }
      if (ns.value) checkRegion(ctx, view, ns.value, typeof config.namespace === 'string' ? SC('namespace') : SC());
      checkEntries(ctx, view, config, ns.value, discovery, report);
      checkTask(ctx, view, config, report);
    }
    securityGroups(ctx);
  },
};

function checkRegion(ctx: ValidateContext, view: ServiceView, ns: string, at: string): void {
  const m = NAMESPACE_ARN.exec(ns);
  if (!m) return;
  const [, region, account] = m;
  // With the placeholder account the design's account is not known: only the Region is compared.
  const otherAccount = ctx.design.accountId !== PLACEHOLDER_ACCOUNT_ID && account !== ctx.design.accountId;
  if (region === ctx.design.region && !otherAccount) return;
  ctx.report({
    ruleId: 'SC-NS-REGION',
    node: view.node,
    pointer: at,
    message: `Service ${view.label} uses namespace ${ns}, which is in ${otherAccount ? `account ${account}` : `Region ${region}`}; Service Connect needs a namespace in the service’s own Region and account (${ctx.design.region}).`,
  });
}

function checkEntries(
  ctx: ValidateContext,
  view: ServiceView,
  config: JsonObject,
  namespace: string | undefined,
  discovery: Map<string, string>,
  report: (ruleId: string, at: string, message: string, fix?: QuickFix) => void,
): void {
  const ports = view.td ? view.td.containers.flatMap((c) => objects(c.def.portMappings)).map((m) => m.name).filter((n): n is string => typeof n === 'string') : undefined;
  const groups = serverEntries(view.node, ctx.derive);
  objects(config.services).forEach((entry, i) => {
    const at = (...rest: Array<string | number>) => SC('services', i, ...rest);
    const portName = typeof entry.portName === 'string' && entry.portName ? entry.portName : undefined;
    if (!portName) report('SC-PORTNAME', at('portName'), `Service ${view.label}: Service Connect entry ${i + 1} has no portName; it must name a port mapping of the task definition.`);
    else if (ports && !ports.includes(portName)) {
      // A port the connection chose that the task definition does not name: go back to its first named port.
      const group = groups.find((g) => g.portName === portName && g.edges.some((e) => typeof e.data?.portName === 'string'));
      const fix = group && ports.length ? commandFix(`Call port ${ports[0]}`, ...group.edges.map((e) => (d: Design) => setEdgeData(d, e.id, without(e, 'portName')))) : undefined;
      report('PM-SC-NAME', at('portName'), `Service ${view.label}: Service Connect port "${portName}" is not the name of a port mapping in its task definition${ports.length ? ` (named ports: ${ports.join(', ')})` : ' (it names none)'}.`, fix);
    }
    const discoveryName = typeof entry.discoveryName === 'string' ? entry.discoveryName : undefined;
    if (discoveryName !== undefined && !DISCOVERY_NAME.test(discoveryName)) {
      report('NAME-SC-DISCOVERY', at('discoveryName'), `Service ${view.label}: discovery name "${discoveryName}" must be 1–64 of a–z, 0–9, _ and -, not starting with -.`);
    }
    const key = discoveryName ?? portName;
    if (key && namespace) {
      const other = discovery.get(`${namespace}\0${key}`);
      if (other) report('SC-DISC-DUP', at(discoveryName ? 'discoveryName' : 'portName'), `Service ${view.label} and ${other} both register "${key}" in namespace ${namespace}; discovery names must be unique in a namespace (set a discovery name on one).`);
      else discovery.set(`${namespace}\0${key}`, `service ${view.label}`);
    }
    const aliases = Array.isArray(entry.clientAliases) ? entry.clientAliases : [];
    if (aliases.length > 1) report('SC-ALIAS', at('clientAliases', 1), `Service ${view.label}: a Service Connect entry takes one client alias, not ${aliases.length}.`);
    aliases.forEach((alias, j) => {
      if (!isPlainObject(alias)) return;
      const port = alias.port;
      if (typeof port !== 'number' || !Number.isInteger(port) || port < 0 || port > 65535) {
        report('SC-ALIAS', at('clientAliases', j, 'port'), `Service ${view.label}: client alias ${textOf(alias.dnsName ?? j + 1)} needs a port from 0 to 65535${port === undefined ? '' : `, not ${textOf(port)}`}.`);
      }
      if (typeof alias.dnsName === 'string' && !ALIAS_DNS_NAME.test(alias.dnsName)) {
        report('NAME-SC-DNS', at('clientAliases', j, 'dnsName'), `Service ${view.label}: client alias DNS name "${alias.dnsName}" must be up to 127 of a–z, 0–9, _, . and -, not starting with -.`);
      }
    });
    const ingress = entry.ingressPortOverride;
    if (ingress !== undefined && !(typeof ingress === 'number' && Number.isInteger(ingress) && ingress >= 0 && ingress <= 65535)) {
      report('SC-INGRESS', at('ingressPortOverride'), `Service ${view.label}: ingressPortOverride must be a port from 0 to 65535, not ${textOf(ingress)}.`);
    }
  });
  if (isPlainObject(config.accessLogConfiguration) && !isPlainObject(config.logConfiguration)) {
    report('SC-ACCESSLOG', SC('accessLogConfiguration'), `Service ${view.label}: Service Connect access logs go to the proxy’s log configuration; add logConfiguration beside accessLogConfiguration.`);
  }
}

/** What Service Connect needs of the tasks: task memory, a recent platform, Linux, AWS capacity; and the Cloud Map limit. */
function checkTask(ctx: ValidateContext, view: ServiceView, config: JsonObject, report: (ruleId: string, at: string, message: string, fix?: QuickFix) => void): void {
  if (view.td && view.td.content.memory === undefined) {
    const memory = proxyMemory(view.td.containers.map((c) => c.def));
    ctx.report({
      ruleId: 'SC-TASKMEM',
      node: view.td.node,
      pointer: '/memory',
      message: `Service ${view.label} uses Service Connect, which needs a task-level memory on task definition ${textOf(view.td.content.family ?? view.td.node.id)} (the proxy container takes its share of it), also on EC2.`,
      fix: { label: `Set task memory to ${memory} MiB`, apply: (d) => setField(d, view.td!.node.id, ['memory'], String(memory)) },
    });
  }
  const v = version(view.content.platformVersion);
  if (v && view.targets.includes('FARGATE') && !view.td?.windows && (v[0]! < 1 || (v[0] === 1 && v[1]! < 4))) {
    report('SC-FG-PV', '/platformVersion', `Service ${view.label}: Service Connect needs Fargate platform 1.4.0 or later, not ${textOf(view.content.platformVersion)}.`, view.node.data.platformVersion !== undefined ? fieldFix('Use the latest platform version', view.node.id, ['platformVersion'], undefined) : undefined);
  }
  if (view.targets.includes('EXTERNAL')) report('SC-EXT', SC(), `Service ${view.label}: Service Connect does not run on external (ECS Anywhere) instances.`);
  if (view.td?.windows) report('SC-WIN', SC(), `Service ${view.label}: Service Connect was not supported for Windows tasks; check that it is for your platform.`);
  const max = Math.max(num(view.content.desiredCount) ?? 0, scalingMax(ctx, view.node) ?? 0);
  if (max > 1000) report('SC-LIMIT', '/desiredCount', `Service ${view.label} may run ${max} tasks; Cloud Map (behind Service Connect) holds at most 1,000 instances per service.`);
  void config;
}

/** Task memory that fits the containers (hard limit, else reservation) and ~256 MiB for the proxy, at least 512. */
export function proxyMemory(containers: readonly JsonObject[]): number {
  const total = containers.reduce((sum, c) => sum + (num(c.memory) ?? num(c.memoryReservation) ?? 0), 0);
  return Math.max(512, Math.ceil((total + 256) / 256) * 256);
}

export function scalingMax(ctx: ValidateContext, service: DesignNode): number | undefined {
  const scaling = ctx.index.source(service.id, 'scales');
  return scaling ? num(scaling.data.maxCapacity) : undefined;
}

/** SC-PORTNAME for drawn clients of a server that has no port name to expose: derive made no entry for them. */
function unnamedServerPorts(ctx: ValidateContext, view: ServiceView): void {
  for (const group of serverEntries(view.node, ctx.derive)) {
    if (group.portName !== undefined) continue;
    const clients = group.edges.map((e) => textOf(ctx.index.node(e.source)?.data.serviceName ?? e.source)).join(', ');
    const first = firstPortMapping(ctx, view.node);
    ctx.report({
      ruleId: 'SC-PORTNAME',
      node: view.node,
      pointer: SC(),
      message: view.td
        ? `Service ${view.label} is called through Service Connect by ${clients}, but no port mapping of its task definition has a name, so it exposes nothing to them. ${first ? 'Name the port mapping clients call.' : 'Add a port mapping with a name.'}`
        : `Service ${view.label} is called through Service Connect by ${clients}: connect it to its task definition, whose named port mapping the clients call.`,
      fix: first ? namePortFix(first.container, first.index, first.name) : undefined,
    });
  }
}

/** The first port mapping of the server's containers, and a name for it (`<container>-<port>`, as the console names them). */
function firstPortMapping(ctx: ValidateContext, service: DesignNode): { container: DesignNode; index: number; name: string } | undefined {
  const td = ctx.index.target(service.id, 'uses');
  for (const container of td ? ctx.index.containersOf(td.id) : []) {
    const mappings = Array.isArray(container.data.portMappings) ? container.data.portMappings : [];
    const index = mappings.findIndex((m) => isPlainObject(m) && typeof m.containerPort === 'number');
    if (index < 0) continue;
    const port = (mappings[index] as JsonObject).containerPort as number;
    const base = textOf(container.data.name ?? 'port').toLowerCase().replace(/[^a-z0-9_-]/g, '-').replace(/^-+/, '');
    return { container, index, name: `${base || 'port'}-${port}`.slice(0, 64) };
  }
  return undefined;
}

function namePortFix(container: DesignNode, index: number, name: string): QuickFix {
  return {
    label: `Name the port mapping "${name}"`,
    apply: (d) => {
      const node = d.nodes.find((n) => n.id === container.id);
      const mappings = node && Array.isArray(node.data.portMappings) ? cloneJson(node.data.portMappings) : undefined;
      const mapping = mappings?.[index];
      if (!mappings || !isPlainObject(mapping)) return d;
      mapping.name = name;
      return setField(d, container.id, ['portMappings'], mappings);
    },
  };
}

/** Connects the service to the design's only namespace, when it has exactly one. */
function namespaceFix(ctx: ValidateContext, view: ServiceView): QuickFix | undefined {
  const all = ctx.index.nodesOfKind('cloudmap-namespace');
  if (all.length !== 1 || ctx.index.outgoing(view.node.id, 'in-namespace').length) return undefined;
  const ns = all[0]!;
  return commandFix(`Connect to namespace ${textOf(ns.data.name ?? ns.id)}`, (d) => connect(d, view.node.id, ns.id));
}

function without(edge: DesignEdge, key: string): JsonObject {
  const { [key]: _drop, ...rest } = edge.data ?? {};
  return rest;
}

/**
 * SC-SG: a drawn client and server both in drawn security groups, where no group of the
 * client may reach a group of the server on the port the server's proxy listens on
 * (ingressPortOverride, else the named port's container port). Groups with rules typed
 * by hand are not judged (a CIDR rule may let the clients in).
 */
function securityGroups(ctx: ValidateContext): void {
  for (const server of ctx.index.nodesOfKind('service')) {
    const serverGroups = ctx.index.targets(server.id, 'secured-by');
    if (!serverGroups.length || serverGroups.some((g) => Array.isArray(g.data.ingress) && g.data.ingress.length)) continue;
    const ports = namedPorts(server, ctx.derive);
    for (const group of serverEntries(server, ctx.derive)) {
      const named = ports.find((p) => p.name === group.portName);
      const override = group.entry?.ingressPortOverride;
      const port = typeof override === 'number' ? override : named?.containerPort;
      if (port === undefined) continue;
      for (const edge of group.edges) {
        const client = ctx.index.node(edge.source)!;
        const clientGroups = ctx.index.targets(client.id, 'secured-by');
        if (!clientGroups.length) continue;
        const allowed = clientGroups.some((c) => serverGroups.some((s) => ctx.index.outgoing(c.id, 'allows').some((a) => a.target === s.id && covers(a, port))));
        if (allowed) continue;
        const from = clientGroups[0]!;
        const to = serverGroups[0]!;
        const drawn = ctx.index.outgoing(from.id, 'allows').some((a) => a.target === to.id);
        ctx.report({
          ruleId: 'SC-SG',
          node: server,
          pointer: SC(),
          message: `Service ${textOf(client.data.serviceName ?? client.id)} calls ${textOf(server.data.serviceName ?? server.id)} on port ${port}, but none of its security groups may reach the server’s groups on that port.`,
          fix: from.id !== to.id && !drawn ? commandFix(`Let ${textOf(from.data.groupName ?? from.id)} reach ${textOf(to.data.groupName ?? to.id)} on ${port}`, (d) => connect(d, from.id, to.id, { fromPort: port })) : undefined,
        });
      }
    }
  }
}
