import type { Artifact, ArtifactOwner, ArtifactType } from '../../model/artifact.ts';
import type { DesignNode } from '../../model/design.ts';
import { isPlainObject, pointer, type JsonObject } from '../../model/json.ts';
import { orderKeys } from '../../derive/canonical.ts';
import { type DeriveContext, safeSegment } from '../../derive/context.ts';
import {
  ALARM_KEYS, ALARM_ORDER, CUSTOM_METRIC_KEYS, objectList, POLICY_ORDER, REGISTER_ORDER, SCHEDULED_CAPACITY_KEYS, SCHEDULED_KEYS,
  SCHEDULED_ORDER, STEP_CONFIG_KEYS, STEP_CONFIG_ORDER, STEP_KEYS, SUSPENDED_KEYS, TARGET_KEYS, toApi, TRACKING_KEYS, TRACKING_ORDER,
} from './keys.ts';
import {
  alarmName, CUSTOM_METRIC, impliedAlarmDimensions, policyArn, policyName, resourceLabel, SCALABLE_DIMENSION, scaledService,
  scheduledActionName, SERVICE_NAMESPACE, stepPolicies, targetTrackingPolicies, scheduledActions, type ScaledService,
} from './resource.ts';

/** The three keys that name the scalable target in every Application Auto Scaling input. */
function targetKey(scaled: ScaledService): JsonObject {
  return { ServiceNamespace: SERVICE_NAMESPACE, ResourceId: scaled.resourceId, ScalableDimension: SCALABLE_DIMENSION };
}

/** RegisterScalableTarget: min/max capacity and the suspended state. */
export function scalableTargetContent(node: DesignNode, scaled: ScaledService): JsonObject {
  const suspended = toApi(node.data, SUSPENDED_KEYS, 'suspendedExtra');
  return orderKeys(
    {
      ...toApi(node.data, TARGET_KEYS),
      ...targetKey(scaled),
      SuspendedState: Object.keys(suspended).length ? suspended : undefined,
    },
    REGISTER_ORDER,
  );
}

/** A PutScalingPolicy input: the policy's unmodelled keys, its name, the target and its configuration under the key its type takes. */
function policyContent(policy: JsonObject, name: string, scaled: ScaledService, type: 'TargetTrackingScaling' | 'StepScaling', config: JsonObject): JsonObject {
  const configKey = type === 'StepScaling' ? 'StepScalingPolicyConfiguration' : 'TargetTrackingScalingPolicyConfiguration';
  return orderKeys({ ...(isPlainObject(policy.extra) ? policy.extra : {}), PolicyName: name, ...targetKey(scaled), PolicyType: type, [configKey]: config }, POLICY_ORDER);
}

/** PutScalingPolicy of one target tracking policy (predefined or customized metric). */
export function targetTrackingContent(policy: JsonObject, i: number, scaled: ScaledService, ctx: DeriveContext): JsonObject {
  const config = toApi(policy, TRACKING_KEYS, 'configExtra');
  const metricExtra = isPlainObject(policy.metricExtra) ? policy.metricExtra : {};
  if (policy.metric === CUSTOM_METRIC) {
    config.CustomizedMetricSpecification = { ...toApi(policy, CUSTOM_METRIC_KEYS, 'metricExtra') };
  } else if (typeof policy.metric === 'string') {
    const spec: JsonObject = { ...metricExtra, PredefinedMetricType: policy.metric };
    const label = typeof policy.resourceLabel === 'string' ? policy.resourceLabel : policy.metric === 'ALBRequestCountPerTarget' ? resourceLabel(scaled.service, ctx)?.label : undefined;
    if (label) spec.ResourceLabel = label;
    config.PredefinedMetricSpecification = spec;
  }
  return policyContent(policy, policyName(policy, 'target', i), scaled, 'TargetTrackingScaling', orderKeys(config, TRACKING_ORDER));
}

/** PutScalingPolicy of one step scaling policy. */
export function stepContent(policy: JsonObject, i: number, scaled: ScaledService): JsonObject {
  const config = toApi(policy, STEP_CONFIG_KEYS, 'configExtra');
  if (Array.isArray(policy.steps)) config.StepAdjustments = objectList(policy.steps).map((s) => toApi(s, STEP_KEYS));
  return policyContent(policy, policyName(policy, 'step', i), scaled, 'StepScaling', orderKeys(config, STEP_CONFIG_ORDER));
}

/**
 * PutMetricAlarm of the alarm that triggers a step policy. Its action is the policy's ARN,
 * which AWS only knows once the policy is put: the ARN is built from the policy name with a
 * placeholder id (the deployer puts the policy first and substitutes the returned ARN).
 */
export function alarmContent(policy: JsonObject, i: number, scaled: ScaledService, ctx: DeriveContext): JsonObject {
  const alarm = isPlainObject(policy.alarm) ? policy.alarm : {};
  const content = toApi(alarm, ALARM_KEYS);
  content.AlarmName = alarmName(scaled, policy, i);
  content.AlarmActions ??= [policyArn(scaled, policyName(policy, 'step', i), ctx)];
  const dimensions = impliedAlarmDimensions(scaled, alarm.namespace);
  if (content.Dimensions === undefined && dimensions) content.Dimensions = dimensions;
  return orderKeys(content, ALARM_ORDER);
}

/** PutScheduledAction: a schedule (at/rate/cron) that sets min and max capacity. */
export function scheduledContent(action: JsonObject, i: number, scaled: ScaledService): JsonObject {
  const capacity = toApi(action, SCHEDULED_CAPACITY_KEYS, 'capacityExtra');
  return orderKeys(
    {
      ...toApi(action, SCHEDULED_KEYS),
      ...targetKey(scaled),
      ScheduledActionName: scheduledActionName(action, i),
      ScalableTargetAction: Object.keys(capacity).length ? capacity : undefined,
    },
    SCHEDULED_ORDER,
  );
}

/** The scaling node's files: its scalable target, a policy per policy (and an alarm per step policy), a scheduled action per action. */
export function serviceScalingArtifacts(node: DesignNode, ctx: DeriveContext): Artifact[] {
  const scaled = scaledService(node, ctx);
  const serviceOwner: ArtifactOwner[] = scaled.service ? [{ pointer: '/ResourceId', nodeId: scaled.service.id }] : [];
  const file = (path: string, type: ArtifactType, title: string, content: JsonObject, more: ArtifactOwner[] = []): Artifact => ({
    path,
    type,
    nodeId: node.id,
    title,
    content,
    owners: [{ pointer: '', nodeId: node.id }, ...serviceOwner, ...more],
  });
  const artifacts = [file(`scalable-targets/${scaled.stem}.json`, 'scalable-target', `${scaled.serviceName} scaling`, scalableTargetContent(node, scaled))];
  targetTrackingPolicies(node).forEach((policy, i) => {
    const name = policyName(policy, 'target', i);
    const content = targetTrackingContent(policy, i, scaled, ctx);
    const label = policy.metric === 'ALBRequestCountPerTarget' && policy.resourceLabel === undefined ? resourceLabel(scaled.service, ctx) : undefined;
    const more = label ? [{ pointer: pointer('TargetTrackingScalingPolicyConfiguration', 'PredefinedMetricSpecification', 'ResourceLabel'), nodeId: label.lb.id }] : [];
    artifacts.push(file(`scaling-policies/${scaled.stem}-${safeSegment(name, String(i))}.json`, 'scaling-policy', name, content, more));
  });
  stepPolicies(node).forEach((policy, i) => {
    const name = policyName(policy, 'step', i);
    artifacts.push(file(`scaling-policies/${scaled.stem}-${safeSegment(name, String(i))}.json`, 'scaling-policy', name, stepContent(policy, i, scaled)));
    if (!isPlainObject(policy.alarm)) return; // AS-STEP: nothing triggers it
    const alarm = alarmName(scaled, policy, i);
    artifacts.push(file(`alarms/${safeSegment(alarm, String(i))}.json`, 'metric-alarm', alarm, alarmContent(policy, i, scaled, ctx)));
  });
  scheduledActions(node).forEach((action, i) => {
    const name = scheduledActionName(action, i);
    artifacts.push(file(`scheduled-actions/${scaled.stem}-${safeSegment(name, String(i))}.json`, 'scheduled-action', name, scheduledContent(action, i, scaled)));
  });
  return artifacts;
}
