import { setEdgeData } from '../../../commands/design-commands.ts';
import type { DesignEdge } from '../../../model/design.ts';
import type { JsonObject } from '../../../model/json.ts';
import type { RuleModule, ValidateContext } from '../../../validate/context.ts';
import { commandFix, fieldFix } from '../../../validate/fixes.ts';
import { targetGroups } from '../../../validate/load-balancer-view.ts';
import { num, objects, services, type ServiceView } from '../../../validate/service-view.ts';
import { textOf } from '../../../model/text.ts';

export const MAX_TARGET_GROUPS = 5;
/** Grace period the quick fix sets (ECS_RULES §10: 60 s when a load balancer exists). */
export const DEFAULT_GRACE_PERIOD = 60;

/** Container ports a container listens on: containerPort values and containerPortRange spans. */
function portsOf(container: JsonObject): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  for (const m of objects(container.portMappings)) {
    const port = num(m.containerPort);
    if (port !== undefined) out.push({ from: port, to: port });
    const range = typeof m.containerPortRange === 'string' ? /^(\d+)-(\d+)$/.exec(m.containerPortRange) : null;
    if (range) out.push({ from: Number(range[1]), to: Number(range[2]) });
  }
  return out;
}

function singlePort(container: JsonObject): number | undefined {
  const ports = portsOf(container);
  return ports.length === 1 && ports[0]!.from === ports[0]!.to ? ports[0]!.from : undefined;
}

/**
 * The loadBalancers of a service and the target groups behind them (ECS_RULES §3.4, §4.5):
 * LB-ALBNLB-FIELDS, LB-CONTAINER, LB-PORT, LB-MAXTG, LB-TT-AWSVPC, LB-TT-BRIDGE,
 * LB-EXTERNAL, EXT-LB, LB-ROLE, LB-HCGP-SLOW.
 */
export const serviceLoadBalancerRules: RuleModule = {
  area: 'service load balancers',
  rules: {
    'LB-ALBNLB-FIELDS': 'error',
    'LB-CONTAINER': 'error',
    'LB-PORT': 'error',
    'LB-MAXTG': 'error',
    'LB-TT-AWSVPC': 'error',
    'LB-TT-BRIDGE': 'error',
    'LB-EXTERNAL': 'error',
    'EXT-LB': 'error',
    'LB-ROLE': 'error',
    'LB-HCGP-SLOW': 'warning',
  },
  check(ctx) {
    const views = services(ctx);
    for (const svc of views) checkService(ctx, svc);
    checkTargetTypes(ctx, views);
  },
};

function checkService(ctx: ValidateContext, svc: ServiceView): void {
  const { node, content } = svc;
  const routes = ctx.index.incoming(node.id, 'routes-to');
  const containers = svc.td ? svc.td.containers.map((c) => c.def) : undefined;
  const awsvpc = svc.td ? svc.td.networkMode === 'awsvpc' : svc.targets.includes('FARGATE');
  const external = svc.targets.includes('EXTERNAL');
  let targetGroupCount = 0;

  svc.loadBalancers.forEach((entry, i) => {
    const pointer = `/loadBalancers/${i}`;
    const owner = svc.ownerAt(pointer);
    // Drawn routes come first in the list, in the order of their edges.
    const edge: DesignEdge | undefined = owner !== node ? routes[i] : undefined;
    const classic = typeof entry.loadBalancerName === 'string' && entry.targetGroupArn === undefined;
    if (external) {
      ctx.report(
        edge
          ? { ruleId: 'EXT-LB', node: owner, artifactPath: svc.artifact.path, pointer, message: 'Services on external (ECS Anywhere) instances cannot be behind a load balancer: remove this route or run the service on Fargate or EC2.' }
          : { ruleId: 'LB-EXTERNAL', node, pointer, message: 'loadBalancers are not supported for EXTERNAL services.' },
      );
    }
    if (classic) return;
    targetGroupCount++;
    const missing = ['targetGroupArn', 'containerName', 'containerPort'].filter((k) => entry[k] === undefined);
    if (missing.length || entry.loadBalancerName !== undefined) {
      ctx.report({
        ruleId: 'LB-ALBNLB-FIELDS',
        node: owner,
        artifactPath: svc.artifact.path,
        pointer,
        message: missing.length
          ? `Load balancer entry without ${missing.join(', ')}${edge && !svc.td ? ': connect the service to a task definition' : ''}${edge && svc.td ? ': the task definition has no container with a port mapping' : ''}.`
          : 'An ALB/NLB entry takes targetGroupArn, not loadBalancerName (that is for Classic Load Balancers).',
      });
    }
    if (!containers || typeof entry.containerName !== 'string') return;
    const container = containers.find((c) => c.name === entry.containerName);
    const setRoute = (label: string, data: JsonObject) =>
      edge ? commandFix(label, (d) => setEdgeData(d, edge.id, { ...(edge.data ?? {}), ...data })) : undefined;
    if (!container) {
      const withPorts = containers.filter((c) => portsOf(c).length);
      const only = withPorts.length === 1 ? withPorts[0]! : undefined;
      const port = only ? singlePort(only) : undefined;
      ctx.report({
        ruleId: 'LB-CONTAINER',
        node: owner,
        artifactPath: svc.artifact.path,
        pointer: `${pointer}/containerName`,
        message: `Container "${entry.containerName}" is not in the service's task definition.`,
        fix: only && port !== undefined ? setRoute(`Route to container ${textOf(only.name)} port ${port}`, { containerName: textOf(only.name), containerPort: port }) : undefined,
      });
      return;
    }
    const port = num(entry.containerPort);
    if (port === undefined) return;
    if (!portsOf(container).some((r) => port >= r.from && port <= r.to)) {
      const only = singlePort(container);
      ctx.report({
        ruleId: 'LB-PORT',
        node: owner,
        artifactPath: svc.artifact.path,
        pointer: `${pointer}/containerPort`,
        message: `Container ${entry.containerName} has no port mapping for port ${port}.`,
        fix: only !== undefined ? setRoute(`Route to port ${only}`, { containerPort: only }) : undefined,
      });
    }
  });

  if (targetGroupCount > MAX_TARGET_GROUPS) {
    ctx.report({ ruleId: 'LB-MAXTG', node, pointer: '/loadBalancers', message: `${targetGroupCount} target groups on one service: at most ${MAX_TARGET_GROUPS}.` });
  }

  if (content.role !== undefined && (!svc.loadBalancers.length || awsvpc)) {
    ctx.report({
      ruleId: 'LB-ROLE',
      node,
      pointer: '/role',
      message: svc.loadBalancers.length
        ? 'A service role is not allowed with awsvpc tasks: ECS uses its service-linked role.'
        : 'A service role is only valid for services with load balancers.',
      fix: node.data.role !== undefined ? fieldFix('Remove the service role', node.id, ['role'], undefined) : undefined,
    });
  }

  const grace = num(content.healthCheckGracePeriodSeconds);
  if (svc.loadBalancers.length && !external && !(grace !== undefined && grace > 0)) {
    ctx.report({
      ruleId: 'LB-HCGP-SLOW',
      node,
      pointer: '/healthCheckGracePeriodSeconds',
      message: 'No health check grace period: the load balancer can mark new tasks unhealthy while they start, and ECS replaces them.',
      fix: fieldFix(`Set the grace period to ${DEFAULT_GRACE_PERIOD} s`, node.id, ['healthCheckGracePeriodSeconds'], DEFAULT_GRACE_PERIOD),
    });
  }
}

/** LB-TT-*: the target type of each generated target group against the task's network mode. */
function checkTargetTypes(ctx: ValidateContext, views: readonly ServiceView[]): void {
  const byId = new Map(views.map((v) => [v.node.id, v]));
  for (const tg of targetGroups(ctx)) {
    const svc = byId.get(tg.route.service.id);
    if (!tg.artifact || !svc) continue;
    const type = tg.artifact.content.TargetType;
    const mode = svc.td ? (svc.td.networkMode ?? 'bridge') : svc.targets.includes('FARGATE') ? 'awsvpc' : undefined;
    if (!mode) continue;
    const at = { node: tg.lb, artifactPath: tg.artifact.path, pointer: '/TargetType' };
    if (mode === 'awsvpc' && type === 'instance') {
      ctx.report({ ...at, ruleId: 'LB-TT-AWSVPC', message: `Service ${textOf(svc.content.serviceName)} runs awsvpc tasks: its target group needs target type ip, not instance.` });
    } else if (mode !== 'awsvpc' && type === 'ip') {
      ctx.report({ ...at, ruleId: 'LB-TT-BRIDGE', message: `Service ${textOf(svc.content.serviceName)} runs ${mode} tasks: its target group needs target type instance, not ip.` });
    }
  }
}
