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

export interface ServiceView {
  node: DesignNode;
  artifact: Artifact;
  /** The CreateService input as it will be sent. */
  content: JsonObject;
  /** The cluster the service runs in, when it is in the design (linked, or named by its literal `cluster`). */
  cluster?: ClusterView;
  /** The task definition the service runs, when linked. */
  td?: TaskDefinitionView;
  /** Where the tasks run (capacity edges, literal launch settings, or the cluster default). */
  targets: LaunchTarget[];
  daemon: boolean;
  /** deploymentController.type, ECS when omitted. */
  controller: string;
  /** capacityProviderStrategy as emitted ([] when none). */
  strategy: JsonObject[];
  /** loadBalancers as emitted ([] when none). */
  loadBalancers: JsonObject[];
  /** The node that provides the value at a pointer of the service file (a linked node, else the service). */
  ownerAt(pointer: string): DesignNode;
}

const SERVICES = Symbol('service views');
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
  const tds = new Map(taskDefinitions(ctx).map((td) => [td.node.id, td]));
  const clusterViews = clusters(ctx);
  const out: ServiceView[] = [];
  for (const node of ctx.index.nodesOfKind('service')) {
    const artifact = ctx.artifactOf(node.id);
    if (!artifact) continue;
    const content = artifact.content;
    const linkedCluster = ctx.index.target(node.id, 'runs-in');
    const clusterName = clusterNameOf(content.cluster);
    const cluster = linkedCluster
      ? clusterViews.find((c) => c.node.id === linkedCluster.id)
      : clusterViews.find((c) => (typeof c.content.clusterName === 'string' ? c.content.clusterName : 'default') === clusterName);
    const tdNode = ctx.index.target(node.id, 'uses');
    const controller = isPlainObject(content.deploymentController) && typeof content.deploymentController.type === 'string' ? content.deploymentController.type : 'ECS';
    out.push({
      node,
      artifact,
      content,
      cluster,
      td: tdNode ? tds.get(tdNode.id) : undefined,
      targets: ctx.derive.serviceTargets(node),
      daemon: content.schedulingStrategy === 'DAEMON',
      controller,
      strategy: objects(content.capacityProviderStrategy),
      loadBalancers: objects(content.loadBalancers),
      ownerAt(pointer) {
        // A service file has a handful of owners: a scan is cheaper than a map per service.
        const id = artifact.owners.find((o) => o.pointer === pointer)?.nodeId;
        return (id && ctx.index.node(id)) || node;
      },
    });
  }
  return out;
}

export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export const FARGATE_PROVIDERS: readonly string[] = ['FARGATE', 'FARGATE_SPOT'];
