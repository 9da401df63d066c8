import type { Design } from '../../../model/design.ts';
import { isPlainObject, type JsonObject } from '../../../model/json.ts';
import type { RuleModule } from '../../../validate/context.ts';
import { taskDefinitions, type TaskDefinitionView } from '../../../validate/helpers.ts';
import { containerName, num, objectsOf, platformOf, reportContainer, setField, type ContainerView } from './task-platform.ts';
import type { QuickFix } from '../../../validate/types.ts';
import { textOf } from '../../../model/text.ts';

const PROTOCOLS = ['tcp', 'udp'];
const APP_PROTOCOLS = ['http', 'http2', 'grpc'];
const PORT_NAME = /^[a-z0-9_][a-z0-9_-]{0,63}$/;
/** Ports the ECS agent and Docker hold on an instance. */
const RESERVED_HOST_PORTS = [22, 2375, 2376, 51678, 51679, 51680];
/** Linux kernel (32768–60999) and Docker fallback (49153–65535) ephemeral ranges together. */
const EPHEMERAL = { from: 32768, to: 65535 };

/**
 * PM-AWSVPC, PM-HOST, PM-PROTO, PM-DUPPROTO, PM-DUP, PM-APPPROTO, PM-APPPROTO-NONAME,
 * PM-NEEDPORT, NAME-PORTMAP, NAME-PORTMAP-UNIQ, PM-BRIDGE-STATIC (ECS_RULES §1, §2.6).
 */
export const portMappingRules: RuleModule = {
  area: 'port mappings',
  rules: {
    'PM-AWSVPC': 'error',
    'PM-HOST': 'error',
    'PM-PROTO': 'error',
    // ECS_RULES lists this as E, but public reports disagree (tcp+udp on one port, e.g. DNS,
    // is reported both accepted and rejected): a warning until confirmed.
    'PM-DUPPROTO': 'warning',
    'PM-DUP': 'warning', // [unconfirmed wording] in ECS_RULES
    'PM-APPPROTO': 'error',
    'PM-APPPROTO-NONAME': 'warning',
    'PM-NEEDPORT': 'error',
    'NAME-PORTMAP': 'error',
    'NAME-PORTMAP-UNIQ': 'warning',
    'PM-BRIDGE-STATIC': 'warning',
  },
  check(ctx) {
    for (const td of taskDefinitions(ctx)) {
      const mode = platformOf(ctx, td).networkMode;
      const names = new Set<string>();
      /** Static host port/protocol → container that holds it (one network namespace per task or instance). */
      const hostPorts = new Map<string, ContainerView>();
      for (const c of td.containers) {
        const cname = containerName(c);
        const seen = new Map<number, string>(); // containerPort → first protocol
        for (const { item: pm, index } of objectsOf(c.def, 'portMappings')) {
          const report = (ruleId: string, message: string, field?: string, fix?: QuickFix) =>
            reportContainer(ctx, td, c, { ruleId, message, path: `/portMappings/${index}${field ? '/' + field : ''}`, fix });
          const port = num(pm.containerPort);
          const hostPort = num(pm.hostPort);
          const protocol = typeof pm.protocol === 'string' ? pm.protocol : 'tcp';
          if (port === undefined && pm.containerPortRange === undefined) {
            report('PM-NEEDPORT', `A port mapping of ${cname} has neither containerPort nor containerPortRange.`);
          }
          if (!PROTOCOLS.includes(protocol)) {
            report('PM-PROTO', `Protocol "${protocol}" of ${cname} must be tcp or udp.`, 'protocol');
          }
          if (port !== undefined && hostPort !== undefined && hostPort !== port && (mode === 'awsvpc' || mode === 'host')) {
            const fix = c.node ? mappingFix('Remove hostPort', c.node.id, index, (m) => omit(m, 'hostPort')) : undefined;
            if (mode === 'awsvpc') {
              report('PM-AWSVPC', `With awsvpc the host port is the container port: ${cname} maps ${hostPort} to ${port}. Omit hostPort.`, 'hostPort', fix);
            } else {
              report('PM-HOST', `With host networking the container listens on the host: ${cname} maps ${hostPort} to ${port}. Omit hostPort.`, 'hostPort', fix);
            }
          }
          if (port !== undefined) {
            const first = seen.get(port);
            if (first === undefined) seen.set(port, protocol);
            else if (first !== protocol) report('PM-DUPPROTO', `${cname} maps container port ${port} twice (${first} and ${protocol}); ECS may reject a port in more than one mapping.`, 'containerPort');
            else report('PM-DUP', `${cname} maps container port ${port}/${protocol} twice.`, 'containerPort');
          }
          const staticPort = staticHostPort(mode, port, hostPort);
          if (staticPort !== undefined) {
            const key = `${staticPort}/${protocol}`;
            const holder = hostPorts.get(key);
            if (holder && holder !== c) report('PM-DUP', `Host port ${key} is already used by ${containerName(holder)} in this task.`, 'hostPort');
            else hostPorts.set(key, c);
            if ((mode === 'bridge' || mode === 'host') && (RESERVED_HOST_PORTS.includes(staticPort) || (staticPort >= EPHEMERAL.from && staticPort <= EPHEMERAL.to))) {
              report(
                'PM-BRIDGE-STATIC',
                RESERVED_HOST_PORTS.includes(staticPort)
                  ? `Host port ${staticPort} of ${cname} is reserved by the instance (SSH, Docker or the ECS agent): the task will not place.`
                  : `Host port ${staticPort} of ${cname} is in the ephemeral range (${EPHEMERAL.from}–${EPHEMERAL.to}) and can collide with dynamic ports.`,
                hostPort !== undefined ? 'hostPort' : 'containerPort',
              );
            }
          }
          if (pm.appProtocol !== undefined && !APP_PROTOCOLS.includes(textOf(pm.appProtocol))) {
            report('PM-APPPROTO', `appProtocol "${textOf(pm.appProtocol)}" of ${cname} must be one of ${APP_PROTOCOLS.join(', ')}.`, 'appProtocol');
          }
          const name = pm.name;
          if (name === undefined) {
            if (pm.appProtocol !== undefined) {
              const suggested = suggestedName(cname, port, protocol);
              report(
                'PM-APPPROTO-NONAME',
                `${cname} sets appProtocol on port ${port ?? '?'} without a name: appProtocol is only used by Service Connect, through the mapping's name.`,
                'appProtocol',
                c.node && suggested && !portNames(td).has(suggested) ? mappingFix(`Name it ${suggested}`, c.node.id, index, (m) => ({ ...m, name: suggested })) : undefined,
              );
            }
          } else if (typeof name !== 'string' || !PORT_NAME.test(name)) {
            const cleaned = typeof name === 'string' ? name.toLowerCase().replace(/[^a-z0-9_-]/g, '-').replace(/^-+/, '').slice(0, 64) : '';
            report(
              'NAME-PORTMAP',
              `Port name "${textOf(name)}" may only use a–z, 0–9, _ and - (not first), up to 64 characters.`,
              'name',
              c.node && cleaned ? mappingFix(`Rename to ${cleaned}`, c.node.id, index, (m) => ({ ...m, name: cleaned })) : undefined,
            );
          } else if (names.has(name)) {
            report('NAME-PORTMAP-UNIQ', `Port name "${name}" is used twice in this task: Service Connect cannot tell which port it means.`, 'name');
          }
          if (typeof name === 'string') names.add(name);
        }
      }
    }
  },
};

/** Every port mapping name in a task (only asked for when a fix suggests a name). */
function portNames(td: TaskDefinitionView): Set<unknown> {
  return new Set(td.containers.flatMap((c) => objectsOf(c.def, 'portMappings').map(({ item }) => item.name)));
}

/** The host port a mapping holds for good: awsvpc/host use the container port; bridge only a non-zero hostPort. */
function staticHostPort(mode: string | undefined, port: number | undefined, hostPort: number | undefined): number | undefined {
  if (mode === 'awsvpc' || mode === 'host') return hostPort ?? port;
  if (mode === 'bridge') return hostPort ? hostPort : undefined;
  return undefined;
}

function suggestedName(container: string, port: number | undefined, protocol: string): string | undefined {
  if (port === undefined) return undefined;
  const name = `${container}-${port}-${protocol}`.toLowerCase().replace(/[^a-z0-9_-]/g, '-').replace(/^-+/, '');
  return PORT_NAME.test(name) ? name : undefined;
}

function omit(m: JsonObject, key: string): JsonObject {
  const { [key]: _dropped, ...rest } = m;
  return rest;
}

/** A fix that rewrites one port mapping of a container node. */
function mappingFix(label: string, nodeId: string, index: number, change: (m: JsonObject) => JsonObject): QuickFix {
  return {
    label,
    apply: (d: Design) => {
      const node = d.nodes.find((n) => n.id === nodeId);
      const list = node && Array.isArray(node.data.portMappings) ? node.data.portMappings : undefined;
      const item = list?.[index];
      if (!list || !isPlainObject(item)) return d;
      return setField(d, nodeId, ['portMappings'], list.map((m, i) => (i === index ? change(item) : m)));
    },
  };
}
