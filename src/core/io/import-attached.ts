import { applyArtifactText } from '../apply/index.ts';
import type { Notice } from '../apply/types.ts';
import { connect } from '../commands/design-commands.ts';
import { derive } from '../derive/index.ts';
import type { Design, DesignNode } from '../model/design.ts';
import { isPlainObject, jsonEqual, type JsonObject } from '../model/json.ts';
import type { ResourceSignature } from './detect-resource.ts';
import { runsEcsTask, withStartedTask } from './started-task.ts';

/** A file that is not a node of its own: it belongs to one the import creates (a listener, a target group, a bucket's versioning). */
export interface AttachedFile {
  file: string;
  content: JsonObject;
  /** What it was recognised as, if anything. */
  signature?: ResourceSignature;
  /** Why it is not an ECS input (the message when it turns out to be nothing we know). */
  notEcs: string;
}

const LB_NAME = /:(?:loadbalancer|listener)\/(?:app|net)\/([^/]+)\//;

/** The load balancer node a listener or rule names by its (placeholder) ARN. */
function loadBalancerNamed(design: Design, arn: unknown): DesignNode | undefined {
  const name = typeof arn === 'string' ? LB_NAME.exec(arn)?.[1] : undefined;
  return name === undefined ? undefined : design.nodes.find((n) => (n.kind === 'load-balancer-alb' || n.kind === 'load-balancer-nlb') && n.data.name === name);
}

/**
 * CreateListener inputs become the listeners of the load balancer they name (CreateLoadBalancer
 * takes none): the imported ones, in file order, instead of the node's palette defaults (an
 * NLB imported with only a TLS 6379 listener has no TCP 80 listener).
 */
export function addListeners(design: Design, attached: readonly AttachedFile[]): Design {
  let current = design;
  const byLoadBalancer = new Map<string, JsonObject[]>();
  for (const { content } of attached.filter((a) => a.signature?.type === 'listener')) {
    const lb = loadBalancerNamed(current, content.LoadBalancerArn);
    if (!lb || typeof content.Port !== 'number') continue;
    byLoadBalancer.set(lb.id, [...(byLoadBalancer.get(lb.id) ?? []), content]);
  }
  for (const [id, files] of byLoadBalancer) {
    const lb = current.nodes.find((n) => n.id === id)!;
    const existing = Array.isArray(lb.data.listeners) ? lb.data.listeners.filter(isPlainObject) : [];
    const listeners: JsonObject[] = [];
    for (const content of files) {
      if (listeners.some((l) => l.port === content.Port)) continue;
      const kept = existing.find((l) => l.port === content.Port);
      if (kept) {
        listeners.push(kept);
        continue;
      }
      const listener: JsonObject = { port: content.Port! };
      if (typeof content.Protocol === 'string') listener.protocol = content.Protocol;
      const certificate = Array.isArray(content.Certificates) ? content.Certificates.find(isPlainObject)?.CertificateArn : undefined;
      if (typeof certificate === 'string') listener.certificateArn = certificate;
      if (typeof content.SslPolicy === 'string') listener.sslPolicy = content.SslPolicy;
      listeners.push(listener);
    }
    if (jsonEqual(listeners, existing)) continue;
    const next = { ...lb, data: { ...lb.data, listeners } };
    current = { ...current, nodes: current.nodes.map((n) => (n.id === lb.id ? next : n)) };
  }
  return current;
}

/** Target group ARNs an action list forwards to (plain forward or weighted). */
function forwardsTo(actions: unknown): string[] {
  if (!Array.isArray(actions)) return [];
  return actions.filter(isPlainObject).flatMap((a) => {
    const groups = isPlainObject(a.ForwardConfig) && Array.isArray(a.ForwardConfig.TargetGroups) ? a.ForwardConfig.TargetGroups.filter(isPlainObject) : [];
    return [a.TargetGroupArn, ...groups.map((g) => g.TargetGroupArn)].filter((arn): arn is string => typeof arn === 'string');
  });
}

/**
 * A service's loadBalancers entry that names a target group some imported listener or rule
 * forwards to was a route from that load balancer: draw it, with what the files say about it
 * (its target group's name, path pattern and priority, the listener it is on), so that the
 * service's file then applies to the route instead of staying a literal list.
 */
export function drawRoutes(design: Design, service: DesignNode, content: JsonObject, attached: readonly AttachedFile[]): Design {
  const entries = Array.isArray(content.loadBalancers) ? content.loadBalancers.filter(isPlainObject) : [];
  let current = design;
  for (const entry of entries) {
    const arn = entry.targetGroupArn;
    if (typeof arn !== 'string') continue;
    const from = attached.find((a) => (a.signature?.type === 'listener' ? forwardsTo(a.content.DefaultActions) : a.signature?.type === 'listener-rule' ? forwardsTo(a.content.Actions) : []).includes(arn));
    const lb = from && loadBalancerNamed(current, from.signature!.type === 'listener' ? from.content.LoadBalancerArn : from.content.ListenerArn);
    if (!lb || current.edges.some((e) => e.kind === 'routes-to' && e.source === lb.id && e.target === service.id)) continue;
    const data: JsonObject = {};
    const name = /:targetgroup\/([^/]+)\//.exec(arn)?.[1];
    if (name && name !== `${String(service.data.serviceName ?? service.id)}-tg`.slice(0, 32).replace(/-+$/, '')) data.targetGroupName = name;
    if (from!.signature!.type === 'listener-rule') {
      const condition = Array.isArray(from!.content.Conditions) ? from!.content.Conditions.find(isPlainObject) : undefined;
      const values = isPlainObject(condition?.PathPatternConfig) && Array.isArray(condition.PathPatternConfig.Values) ? condition.PathPatternConfig.Values : [];
      if (typeof values[0] === 'string' && values[0] !== '/*') data.pathPattern = values[0];
      if (typeof from!.content.Priority === 'number' && data.pathPattern !== undefined) data.priority = from!.content.Priority;
    }
    const listeners = Array.isArray(lb.data.listeners) ? lb.data.listeners : [];
    const port = from!.signature!.type === 'listener' ? from!.content.Port : /:listener\/(?:app|net)\/[^/]+\/[^/]+\/0*(\d+)$/.exec(String(from!.content.ListenerArn))?.[1];
    if (listeners.length > 1 && port !== undefined) data.listenerPort = Number(port);
    const result = connect(current, lb.id, service.id, Object.keys(data).length ? data : undefined);
    if (result.ok) current = result.design;
  }
  return current;
}

/**
 * Files that belong to a node of the import: once the nodes are in, each is the edit of the
 * file derive gives at the same path (`ecs-designer export` names them so). Unchanged files
 * change nothing; an edit that cannot be applied, or a file no node gives, is a warning and
 * left out; a file that is no API input we know is the error `notEcs`.
 */
export function applyAttached(design: Design, attached: readonly AttachedFile[], notices: Notice[]): { ok: true; design: Design } | { ok: false; file: string; error: string } {
  let current = design;
  let artifacts = derive(current);
  // A rule's targets first: connecting the task they run is what gives the rule's role its policies, compared next.
  const ordered = [...attached].sort((x, y) => Number(y.signature?.type === 'events-targets') - Number(x.signature?.type === 'events-targets'));
  for (const a of ordered) {
    const name = a.file.replace(/\\/g, '/');
    let artifact = artifacts.find((x) => name === x.path || name.endsWith(`/${x.path}`)) ?? artifacts.find((x) => a.signature && x.type === a.signature.type && jsonEqual(x.content, a.content));
    // A rule's targets that run a task: the rule has no targets file until a standalone task is connected to it.
    const rule = !artifact && a.signature?.type === 'events-targets' ? ruleRunningTask(current, a.content) : undefined;
    if (rule) {
      current = withStartedTask(current, rule);
      artifacts = derive(current);
      artifact = artifacts.find((x) => x.type === 'events-targets' && x.nodeId === rule.id);
    }
    if (!artifact) {
      if (!a.signature) return { ok: false, file: a.file, error: a.notEcs };
      notices.push({ level: 'warning', file: a.file, message: `Not imported: this ${a.signature.operation} input belongs to something the imported files do not draw (no ${a.signature.folder}/ file of the design matches it)` });
      continue;
    }
    if (jsonEqual(artifact.content, a.content)) continue;
    const result = applyArtifactText(current, artifact.path, JSON.stringify(a.content), artifacts);
    if (!result.ok) {
      notices.push({ level: 'warning', file: a.file, message: `Not imported: ${result.error}` });
      continue;
    }
    current = result.design;
    artifacts = derive(current);
  }
  return { ok: true, design: current };
}

/** The rule node a PutTargets input with an ECS target belongs to (by its Rule name). */
function ruleRunningTask(design: Design, content: JsonObject): DesignNode | undefined {
  const targets = Array.isArray(content.Targets) ? content.Targets : [];
  if (!targets.some(runsEcsTask) || typeof content.Rule !== 'string') return undefined;
  return design.nodes.find((n) => n.kind === 'events-rule' && n.data.Name === content.Rule);
}
