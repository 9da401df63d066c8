import type { LaunchTarget } from '../derive/context.ts';
import type { Artifact } from '../model/artifact.ts';
import type { DesignNode } from '../model/design.ts';
import { isPlainObject, type JsonObject } from '../model/json.ts';
import type { ValidateContext } from './context.ts';
import { taskDefinitions, type TaskDefinitionView } from './helpers.ts';

export interface ClusterView {
  node: DesignNode;
  artifact: Artifact;
  content: JsonObject;
  /** capacityProviders as emitted. */
  providers: string[];
  /** defaultCapacityProviderStrategy as emitted. */
  defaultStrategy: JsonObject[];
}

/**
 * Something that launches tasks of a task definition in a cluster: a service (CreateService)
 * or a standalone task (RunTask). Both requests choose capacity and networking with the
 * same members, so the rules about those read this view for both.
 */
export interface LauncherView {
  node: DesignNode;
  artifact: Artifact;
  /** The CreateService or RunTask input as it will be sent. */
  content: JsonObject;
  /** 'service' or 'task', for messages ("Service web …", "the task needs …"). */
  noun: 'service' | 'task';
  /** The name shown in messages. */
  label: string;
  /** The cluster it runs in, when it is in the design (linked, or named by its literal `cluster`). */
  cluster?: ClusterView;
  /** The task definition it runs, when linked. */
  td?: TaskDefinitionView;
  /** Where the tasks run (capacity edges, literal launch settings, or the cluster default). */
  targets: LaunchTarget[];
  /** capacityProviderStrategy as emitted ([] when none). */
  strategy: JsonObject[];
  /** The node that provides the value at a pointer of the file (a linked node, else the launcher). */
  ownerAt(pointer: string): DesignNode;
}

export interface ServiceView extends LauncherView {
  noun: 'service';
  daemon: boolean;
  /** deploymentController.type, ECS when omitted. */
  controller: string;
  /** loadBalancers as emitted ([] when none). */
  loadBalancers: JsonObject[];
}

const SERVICES = Symbol('service views');
const RUN_TASKS = Symbol('standalone task views');
const CLUSTERS = Symbol('cluster views');

export function objects(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.filter(isPlainObject) : [];
}

export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Each cluster as it will be created. */
export function clusters(ctx: ValidateContext): ClusterView[] {
  return ctx.shared(CLUSTERS, () => buildClusters(ctx));
}

function buildClusters(ctx: ValidateContext): ClusterView[] {
  const out: ClusterView[] = [];
  for (const node of ctx.index.nodesOfKind('cluster')) {
    const artifact = ctx.artifactOf(node.id);
    if (!artifact) continue;
    out.push({
      node,
      artifact,
      content: artifact.content,
      providers: strings(artifact.content.capacityProviders),
      defaultStrategy: objects(artifact.content.defaultCapacityProviderStrategy),
    });
  }
  return out;
}

/** The cluster name a service's `cluster` value stands for (a name or a cluster ARN; omitted = default). */
function clusterNameOf(value: unknown): string {
  if (typeof value !== 'string' || !value) return 'default';
  const arn = /^arn:[^:]+:ecs:[^:]*:[^:]*:cluster\/(.+)$/.exec(value);
  return arn ? arn[1]! : value;
}

/** Each service as it will be created, with the cluster and task definition it refers to. */
export function services(ctx: ValidateContext): ServiceView[] {
  return ctx.shared(SERVICES, () => buildServices(ctx));
}

function buildServices(ctx: ValidateContext): ServiceView[] {
  const out: ServiceView[] = [];
  for (const node of ctx.index.nodesOfKind('service')) {
    // Completed below by assignment rather than spread into a new object: spreading a view
    // (it holds a closure) cost V8 microseconds per service, 0.5 ms a validate at 100 services.
    const view = launcherView(ctx, node, 'service', serviceLabel) as ServiceView | undefined;
    if (!view) continue;
    const { content } = view;
    view.daemon = content.schedulingStrategy === 'DAEMON';
    view.controller = isPlainObject(content.deploymentController) && typeof content.deploymentController.type === 'string' ? content.deploymentController.type : 'ECS';
    view.loadBalancers = objects(content.loadBalancers);
    out.push(view);
  }
  return out;
}

/** Each standalone task as RunTask will receive it. */
export function runTasks(ctx: ValidateContext): LauncherView[] {
  return ctx.shared(RUN_TASKS, () => {
    const out: LauncherView[] = [];
    for (const node of ctx.index.nodesOfKind('standalone-task')) {
      const view = launcherView(ctx, node, 'task', taskLabel);
      if (view) out.push(view);
    }
    return out;
  });
}

/** Services and standalone tasks: for the rules that are the same for CreateService and RunTask. */
export function launchers(ctx: ValidateContext): LauncherView[] {
  return [...services(ctx), ...runTasks(ctx)];
}

// Module-level rather than a closure per node: validate builds these views on every edit.
const serviceLabel = (node: DesignNode, content: JsonObject): string =>
  typeof content.serviceName === 'string' && content.serviceName ? content.serviceName : (node.label ?? node.id);
const taskLabel = (node: DesignNode): string => (typeof node.data.name === 'string' && node.data.name ? node.data.name : node.id);

function launcherView(
  ctx: ValidateContext,
  node: DesignNode,
  noun: LauncherView['noun'],
  label: (node: DesignNode, content: JsonObject) => string,
): LauncherView | undefined {
  const tds = taskDefinitionsById(ctx);
  const artifact = ctx.artifactOf(node.id);
  if (!artifact) return undefined;
  const content = artifact.content;
  const linkedCluster = ctx.index.target(node.id, 'runs-in');
  const cluster = linkedCluster
    ? clustersById(ctx).get(linkedCluster.id)
    : clusters(ctx).find((c) => (typeof c.content.clusterName === 'string' ? c.content.clusterName : 'default') === clusterNameOf(content.cluster));
  const tdNode = ctx.index.target(node.id, 'uses');
  return {
    node,
    artifact,
    content,
    noun,
    label: label(node, content),
    cluster,
    td: tdNode ? tds.get(tdNode.id) : undefined,
    targets: ctx.derive.serviceTargets(node),
    strategy: objects(content.capacityProviderStrategy),
    ownerAt(pointer) {
      // A launcher's file has a handful of owners: a scan is cheaper than a map per launcher.
      const id = artifact.owners.find((o) => o.pointer === pointer)?.nodeId;
      return (id && ctx.index.node(id)) || node;
    },
  };
}

const TDS_BY_ID = Symbol('task definition views by id');
const CLUSTERS_BY_ID = Symbol('cluster views by id');

/** A lookup rather than a scan of the clusters per launcher (that grew with launchers × clusters). */
function clustersById(ctx: ValidateContext): Map<string, ClusterView> {
  return ctx.shared(CLUSTERS_BY_ID, () => new Map(clusters(ctx).map((c) => [c.node.id, c])));
}

function taskDefinitionsById(ctx: ValidateContext): Map<string, TaskDefinitionView> {
  return ctx.shared(TDS_BY_ID, () => new Map(taskDefinitions(ctx).map((td) => [td.node.id, td])));
}

export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export const FARGATE_PROVIDERS: readonly string[] = ['FARGATE', 'FARGATE_SPOT'];
