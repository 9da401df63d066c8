import type { JsonObject, JsonValue } from '../../model/json.ts';
import type { ComposeNotes } from './notes.ts';
import { isObject, scalarText } from './values.ts';

/**
 * `ports` and `expose` → ECS portMappings. Compose publishes a container port on a port
 * of the host; in ECS that only means something where the task shares the instance's
 * network (bridge or host mode on EC2). On awsvpc (Fargate) every task has its own
 * address and the container port is what a load balancer or another service reaches, so
 * only the container port is kept there, and a different published port is reported.
 */

interface Port {
  target: { from: number; to: number };
  published?: { from: number; to: number };
  protocol: string;
  hostIp?: string;
  name?: string;
  appProtocol?: string;
  mode?: string;
}

const range = (text: string): { from: number; to: number } | undefined => {
  const m = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  return from >= 1 && to <= 65535 && from <= to ? { from, to } : undefined;
};

/** `"[127.0.0.1:]8080[-8081]:80[-81][/udp]"`, `"80"` or `80`. */
export function parseShortPort(value: JsonValue): Port | undefined {
  const text = scalarText(value);
  if (text === undefined) return undefined;
  let rest = text.trim();
  let protocol = 'tcp';
  const slash = rest.lastIndexOf('/');
  if (slash >= 0) {
    protocol = rest.slice(slash + 1).toLowerCase();
    rest = rest.slice(0, slash);
  }
  let hostIp: string | undefined;
  const v6 = /^\[([^\]]+)\]:(.*)$/.exec(rest);
  if (v6) {
    hostIp = v6[1];
    rest = v6[2]!;
  }
  const parts = rest.split(':');
  if (parts.length === 3 && !hostIp) hostIp = parts.shift();
  if (parts.length > 2) return undefined;
  const target = range(parts[parts.length - 1]!);
  if (!target) return undefined;
  if (parts.length === 1) return { target, protocol, hostIp };
  // An empty published part (`"127.0.0.1::80"`) lets Docker choose the host port.
  const published = parts[0] === '' ? undefined : range(parts[0]!);
  if (parts[0] !== '' && !published) return undefined;
  return { target, published, protocol, hostIp };
}

export function parseLongPort(value: JsonObject): Port | undefined {
  const target = range(scalarText(value.target) ?? '');
  if (!target) return undefined;
  const publishedText = scalarText(value.published);
  const published = publishedText === undefined || publishedText === '' ? undefined : range(publishedText);
  if (publishedText && !published) return undefined;
  return {
    target,
    published,
    protocol: (scalarText(value.protocol) ?? 'tcp').toLowerCase(),
    hostIp: scalarText(value.host_ip),
    name: scalarText(value.name),
    appProtocol: scalarText(value.app_protocol),
    mode: scalarText(value.mode),
  };
}

const APP_PROTOCOLS = ['http', 'http2', 'grpc'];

export function portMappings(ports: JsonValue | undefined, expose: JsonValue | undefined, awsvpc: boolean, notes: ComposeNotes, at: string): JsonObject[] {
  const out: JsonObject[] = [];
  const seen = new Set<string>();
  const add = (mapping: JsonObject) => {
    const key = `${String(mapping.containerPort ?? mapping.containerPortRange)}/${String(mapping.protocol)}/${String(mapping.hostPort ?? '')}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(mapping);
  };
  if (ports !== undefined) {
    if (!Array.isArray(ports)) notes.warn(`${at}/ports`, 'ports is not a list: left out');
    else {
      ports.forEach((entry, i) => {
        const where = `${at}/ports/${i}`;
        const port = isObject(entry) ? parseLongPort(entry) : parseShortPort(entry);
        if (!port) {
          notes.warn(where, `port ${JSON.stringify(entry)} is not a port Compose understands: left out`);
          return;
        }
        const mapping = toMapping(port, awsvpc, notes, where);
        if (mapping) add(mapping);
      });
    }
  }
  if (expose !== undefined) {
    const list = Array.isArray(expose) ? expose : [expose];
    list.forEach((entry, i) => {
      const where = Array.isArray(expose) ? `${at}/expose/${i}` : `${at}/expose`;
      const port = parseShortPort(entry);
      if (!port || port.published) {
        notes.warn(where, `expose ${JSON.stringify(entry)} is not a port: left out`);
        return;
      }
      notes.info(where, `expose ${scalarText(entry)}: a container port other tasks reach (security groups decide who may)`);
      const mapping = toMapping(port, true, notes, where);
      if (mapping) add(mapping);
    });
  }
  return out;
}

function toMapping(port: Port, awsvpc: boolean, notes: ComposeNotes, where: string): JsonObject | undefined {
  if (port.protocol !== 'tcp' && port.protocol !== 'udp') {
    notes.warn(where, `protocol ${port.protocol} is not one ECS maps (tcp or udp): left out`);
    return undefined;
  }
  const single = port.target.from === port.target.to;
  const mapping: JsonObject = {};
  if (port.name) mapping.name = port.name;
  if (single) mapping.containerPort = port.target.from;
  else mapping.containerPortRange = `${port.target.from}-${port.target.to}`;
  if (port.published) {
    const same = port.published.from === port.target.from && port.published.to === port.target.to;
    if (awsvpc) {
      if (!same) notes.warn(where, `published port ${rangeText(port.published)} is not used: on awsvpc each task has its own address, reached on the container port ${rangeText(port.target)}; put a load balancer in front for another port`);
    } else if (single && port.published.from === port.published.to) {
      mapping.hostPort = port.published.from;
    } else if (!same) {
      // A range: ECS picks host ports of a container port range itself (hostPortRange is read-only).
      notes.warn(where, `published ports ${rangeText(port.published)}: ECS chooses the host ports of a container port range itself`);
    }
  }
  if (port.hostIp) notes.warn(where, `host_ip ${port.hostIp} has no ECS equivalent: a published port listens on every address of the instance`);
  if (port.mode === 'ingress' || port.mode === 'host') {
    // Compose's ingress (a swarm routing mesh) and host modes: ECS has no routing mesh; a load balancer does that job.
    if (port.mode === 'ingress') notes.info(where, 'mode ingress: ECS has no routing mesh; put a load balancer in front of the service');
  }
  mapping.protocol = port.protocol;
  if (port.appProtocol) {
    if (APP_PROTOCOLS.includes(port.appProtocol) && single) mapping.appProtocol = port.appProtocol;
    else notes.warn(where, `app_protocol ${port.appProtocol} is not one ECS knows (http, http2, grpc on a single port): left out`);
    if (mapping.appProtocol && !mapping.name) mapping.name = `port-${port.target.from}-${port.protocol}`;
  }
  return mapping;
}

const rangeText = (r: { from: number; to: number }) => (r.from === r.to ? String(r.from) : `${r.from}-${r.to}`);
