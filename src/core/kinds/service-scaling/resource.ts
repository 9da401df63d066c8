import type { DesignEdge, DesignNode } from '../../model/design.ts';
import type { DeriveContext } from '../../derive/context.ts';
import { safeSegment } from '../../derive/context.ts';
import type { JsonObject } from '../../model/json.ts';
import { textOf } from '../../model/text.ts';
import { objectList } from './keys.ts';

export const SERVICE_NAMESPACE = 'ecs';
export const SCALABLE_DIMENSION = 'ecs:service:DesiredCount';
/** AWS assigns a policy's id when it is put; until then its ARN carries zeros, like the load balancer ARNs. */
const POLICY_ID = '00000000-0000-0000-0000-000000000000';

export const PREDEFINED_METRICS = ['ECSServiceAverageCPUUtilization', 'ECSServiceAverageMemoryUtilization', 'ALBRequestCountPerTarget'] as const;
/** The metric select's value for a CustomizedMetricSpecification (SQS queue depth, a metric of your own). */
export const CUSTOM_METRIC = 'custom';

/** What a scaling node scales: the service it is connected to and the ResourceId naming it. */
export interface ScaledService {
  service?: DesignNode;
  clusterName: string;
  serviceName: string;
  /** `service/<cluster>/<service>` (ECS_RULES §7). */
  resourceId: string;
  /** Stem of the node's file names. */
  stem: string;
}

/** A service's cluster name: the cluster it runs in, else its literal `cluster` (a name or an ARN), else `default`. */
function clusterNameOf(service: DesignNode, ctx: DeriveContext): string {
  const cluster = ctx.index.target(service.id, 'runs-in');
  if (cluster) return textOf(cluster.data.clusterName ?? 'default');
  const literal = service.data.cluster;
  if (typeof literal !== 'string' || !literal) return 'default';
  return /:cluster\/(.+)$/.exec(literal)?.[1] ?? literal;
}

export function scaledService(node: DesignNode, ctx: DeriveContext): ScaledService {
  const service = ctx.index.target(node.id, 'scales');
  if (!service) {
    // Not connected (AS-SERVICE): the ResourceId the node was given, kept as a literal.
    const literal = typeof node.data.resourceId === 'string' && node.data.resourceId ? node.data.resourceId : 'service/default/unconnected';
    const [, cluster = 'default', name = 'unconnected'] = literal.split('/');
    return { clusterName: cluster, serviceName: name, resourceId: literal, stem: node.id };
  }
  const serviceName = textOf(service.data.serviceName ?? service.label ?? service.id);
  const clusterName = clusterNameOf(service, ctx);
  return { service, clusterName, serviceName, resourceId: `service/${clusterName}/${serviceName}`, stem: safeSegment(serviceName, node.id) };
}

export function targetTrackingPolicies(node: DesignNode): JsonObject[] {
  return objectList(node.data.targetTracking);
}

export function stepPolicies(node: DesignNode): JsonObject[] {
  return objectList(node.data.stepScaling);
}

export function scheduledActions(node: DesignNode): JsonObject[] {
  return objectList(node.data.scheduledActions);
}

/** PolicyName is required: an unnamed policy is called after its place in its list. */
export function policyName(policy: JsonObject, kind: 'target' | 'step', i: number): string {
  return typeof policy.policyName === 'string' && policy.policyName ? policy.policyName : `${kind === 'target' ? 'target-tracking' : 'step-scaling'}-${i + 1}`;
}

export function scheduledActionName(action: JsonObject, i: number): string {
  return typeof action.name === 'string' && action.name ? action.name : `scheduled-${i + 1}`;
}

export function alarmName(scaled: ScaledService, policy: JsonObject, i: number): string {
  const alarm = policy.alarm as JsonObject | undefined;
  if (typeof alarm?.alarmName === 'string' && alarm.alarmName) return alarm.alarmName;
  return `${scaled.serviceName}-${policyName(policy, 'step', i)}`;
}

/** The step policy's ARN as PutScalingPolicy will return it, with a placeholder id. */
export function policyArn(scaled: ScaledService, name: string, ctx: DeriveContext): string {
  return `arn:aws:autoscaling:${ctx.region}:${ctx.accountId}:scalingPolicy:${POLICY_ID}:resource/ecs/${scaled.resourceId}:policyName/${name}`;
}

/** The route of an Application Load Balancer to the service: ALBRequestCountPerTarget's target group. */
export function albRoute(service: DesignNode | undefined, ctx: DeriveContext): { lb: DesignNode; edge: DesignEdge } | undefined {
  if (!service) return undefined;
  for (const edge of ctx.index.incoming(service.id, 'routes-to')) {
    const lb = ctx.index.node(edge.source);
    if (lb?.kind === 'load-balancer-alb') return { lb, edge };
  }
  return undefined;
}

/**
 * ResourceLabel `app/<lb-name>/<lb-id>/targetgroup/<tg-name>/<tg-id>`, from the ARNs of the
 * load balancer and the target group (their placeholder ids until they exist).
 */
export function resourceLabel(service: DesignNode | undefined, ctx: DeriveContext): { label: string; lb: DesignNode } | undefined {
  const route = albRoute(service, ctx);
  if (!route || !service) return undefined;
  const lbPart = ctx.loadBalancerArn(route.lb).split(':loadbalancer/')[1];
  const tgPart = ctx.targetGroupArn(route.lb, route.edge, service).split(':').slice(5).join(':');
  if (!lbPart || !tgPart.startsWith('targetgroup/')) return undefined;
  return { label: `${lbPart}/${tgPart}`, lb: route.lb };
}

/** Without dimensions of its own, an alarm on an AWS/ECS metric watches the scaled service. */
export function impliedAlarmDimensions(scaled: ScaledService, namespace: unknown): JsonObject[] | undefined {
  if (namespace !== 'AWS/ECS') return undefined;
  return [
    { Name: 'ClusterName', Value: scaled.clusterName },
    { Name: 'ServiceName', Value: scaled.serviceName },
  ];
}
