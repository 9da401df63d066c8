import type { Artifact } from '../../model/artifact.ts';
import type { Design, DesignNode } from '../../model/design.ts';
import { isPlainObject, jsonEqual, type JsonObject, type JsonValue } from '../../model/json.ts';
import { DeriveContext } from '../../derive/context.ts';
import { DesignDraft } from '../../apply/common.ts';
import type { ApplyResult, Notice } from '../../apply/types.ts';
import {
  ALARM_KEYS, CUSTOM_METRIC_KEYS, fromApi, SCHEDULED_CAPACITY_KEYS, SCHEDULED_KEYS, STEP_CONFIG_KEYS, STEP_KEYS, SUSPENDED_KEYS, TARGET_KEYS,
  TRACKING_KEYS, type KeyMap,
} from './keys.ts';
import {
  alarmName, CUSTOM_METRIC, impliedAlarmDimensions, policyArn, policyName, resourceLabel, SCALABLE_DIMENSION, scaledService,
  scheduledActionName, scheduledActions, SERVICE_NAMESPACE, stepPolicies, targetTrackingPolicies, type ScaledService,
} from './resource.ts';

const TARGET_KEY_NAMES = ['ServiceNamespace', 'ResourceId', 'ScalableDimension'];

/** A value derive fills in stays implied (it follows the design) while the text still shows exactly it. */
function keepExplicit(next: JsonObject, current: JsonObject, key: string, implied: JsonValue | undefined): void {
  if (current[key] === undefined && implied !== undefined && jsonEqual(next[key], implied)) delete next[key];
}

/** ServiceNamespace, ResourceId and ScalableDimension follow the connection to the service; other values are not taken. */
function targetKeyNotices(content: JsonObject, scaled: ScaledService): Notice[] {
  const expected: JsonObject = { ServiceNamespace: SERVICE_NAMESPACE, ResourceId: scaled.resourceId, ScalableDimension: SCALABLE_DIMENSION };
  return TARGET_KEY_NAMES.filter((k) => content[k] !== undefined && !jsonEqual(content[k], expected[k])).map((k) => ({
    level: 'warning' as const,
    message:
      k === 'ResourceId' && scaled.service
        ? 'ResourceId follows the service this scaling is connected to; connect it to another service to change it'
        : `${k} is always ${String(expected[k])} for an ECS service`,
  }));
}

function sub(content: JsonObject, key: string): JsonObject | undefined {
  return isPlainObject(content[key]) ? content[key] : undefined;
}

/** The members of `content` under `key` read with `map` (unmodelled ones in `extraKey`), or nothing. */
function nested(content: JsonObject, key: string, map: KeyMap, extraKey: string): JsonObject {
  const value = sub(content, key);
  return value ? fromApi(value, map, [], extraKey) : {};
}

function applyTarget(node: DesignNode, content: JsonObject, scaled: ScaledService): JsonObject {
  const data: JsonObject = {};
  for (const key of ['targetTracking', 'stepScaling', 'scheduledActions']) if (node.data[key] !== undefined) data[key] = node.data[key];
  Object.assign(data, fromApi(content, TARGET_KEYS, [...TARGET_KEY_NAMES, 'SuspendedState']), nested(content, 'SuspendedState', SUSPENDED_KEYS, 'suspendedExtra'));
  // A ResourceId of its own only while the node scales nothing drawn (AS-SERVICE).
  if (!scaled.service && typeof content.ResourceId === 'string' && content.ResourceId !== 'service/default/unconnected') data.resourceId = content.ResourceId;
  return data;
}

function applyTargetTracking(current: JsonObject, content: JsonObject, i: number, scaled: ScaledService, ctx: DeriveContext): JsonObject {
  const policy = fromApi(content, [['policyName', 'PolicyName']], [...TARGET_KEY_NAMES, 'PolicyType', 'TargetTrackingScalingPolicyConfiguration']);
  keepExplicit(policy, current, 'policyName', policyName({}, 'target', i));
  const config = sub(content, 'TargetTrackingScalingPolicyConfiguration') ?? {};
  const predefined = sub(config, 'PredefinedMetricSpecification');
  const custom = predefined ? undefined : sub(config, 'CustomizedMetricSpecification');
  const skip = predefined ? ['PredefinedMetricSpecification'] : custom ? ['CustomizedMetricSpecification'] : [];
  Object.assign(policy, fromApi(config, TRACKING_KEYS, skip, 'configExtra'));
  if (predefined) {
    const metric = fromApi(predefined, [['metric', 'PredefinedMetricType'], ['resourceLabel', 'ResourceLabel']], [], 'metricExtra');
    const implied = metric.metric === 'ALBRequestCountPerTarget' ? resourceLabel(scaled.service, ctx)?.label : undefined;
    keepExplicit(metric, current, 'resourceLabel', implied);
    Object.assign(policy, metric);
  } else if (custom) {
    Object.assign(policy, { metric: CUSTOM_METRIC }, fromApi(custom, CUSTOM_METRIC_KEYS, [], 'metricExtra'));
  }
  return policy;
}

function applyStep(current: JsonObject, content: JsonObject, i: number): JsonObject {
  const policy = fromApi(content, [['policyName', 'PolicyName']], [...TARGET_KEY_NAMES, 'PolicyType', 'StepScalingPolicyConfiguration']);
  keepExplicit(policy, current, 'policyName', policyName({}, 'step', i));
  const config = sub(content, 'StepScalingPolicyConfiguration') ?? {};
  const steps = Array.isArray(config.StepAdjustments) ? config.StepAdjustments : undefined;
  Object.assign(policy, fromApi(config, STEP_CONFIG_KEYS, steps ? ['StepAdjustments'] : [], 'configExtra'));
  if (steps) policy.steps = steps.filter(isPlainObject).map((s) => fromApi(s, STEP_KEYS));
  // The alarm has a file of its own; editing the policy leaves it as it is.
  if (current.alarm !== undefined) policy.alarm = current.alarm;
  return policy;
}

function applyAlarm(policy: JsonObject, content: JsonObject, i: number, scaled: ScaledService, ctx: DeriveContext): JsonObject {
  const current = isPlainObject(policy.alarm) ? policy.alarm : {};
  const alarm = fromApi(content, ALARM_KEYS);
  keepExplicit(alarm, current, 'alarmName', alarmName(scaled, { ...policy, alarm: {} }, i));
  keepExplicit(alarm, current, 'alarmActions', [policyArn(scaled, policyName(policy, 'step', i), ctx)]);
  keepExplicit(alarm, current, 'dimensions', impliedAlarmDimensions(scaled, alarm.namespace));
  return { ...policy, alarm };
}

function applyScheduled(current: JsonObject, content: JsonObject, i: number): JsonObject {
  const action = fromApi(content, SCHEDULED_KEYS, [...TARGET_KEY_NAMES, 'ScalableTargetAction']);
  keepExplicit(action, current, 'name', scheduledActionName({}, i));
  return { ...action, ...nested(content, 'ScalableTargetAction', SCHEDULED_CAPACITY_KEYS, 'capacityExtra') };
}

const replaced = (list: JsonObject[], i: number, item: JsonObject) => list.map((p, j) => (j === i ? item : p));

/**
 * An edited scaling file goes back to the scaling node: the scalable target to its
 * capacity and suspended state, a policy, alarm or scheduled action to its entry in its
 * list (found by the name the file was derived with). Keys the node does not model are
 * kept in the entry's `extra` bags and emitted again.
 */
export function applyServiceScaling(design: Design, node: DesignNode, artifact: Artifact | undefined, content: JsonObject): ApplyResult {
  const ctx = new DeriveContext(design);
  const scaled = scaledService(node, ctx);
  const type = artifact?.type ?? 'scalable-target';
  const notices = targetKeyNotices(content, scaled);
  let data: JsonObject;
  if (type === 'scalable-target') {
    data = applyTarget(node, content, scaled);
  } else if (type === 'scaling-policy') {
    const was = artifact?.content.PolicyName;
    const tracking = targetTrackingPolicies(node);
    const steps = stepPolicies(node);
    const t = tracking.findIndex((p, i) => policyName(p, 'target', i) === was);
    const s = t < 0 ? steps.findIndex((p, i) => policyName(p, 'step', i) === was) : -1;
    if (t < 0 && s < 0) return { ok: false, error: 'This scaling policy is no longer in the design' };
    const wanted = t >= 0 ? 'TargetTrackingScaling' : 'StepScaling';
    if (content.PolicyType !== undefined && content.PolicyType !== wanted) {
      return { ok: false, error: `This is a ${wanted} policy; add a policy of the other type in the inspector instead`, pointer: '/PolicyType' };
    }
    data =
      t >= 0
        ? { ...node.data, targetTracking: replaced(tracking, t, applyTargetTracking(tracking[t]!, content, t, scaled, ctx)) }
        : { ...node.data, stepScaling: replaced(steps, s, applyStep(steps[s]!, content, s)) };
  } else if (type === 'metric-alarm') {
    const steps = stepPolicies(node);
    const s = steps.findIndex((p, i) => isPlainObject(p.alarm) && alarmName(scaled, p, i) === artifact?.content.AlarmName);
    if (s < 0) return { ok: false, error: 'This alarm is no longer in the design' };
    data = { ...node.data, stepScaling: replaced(steps, s, applyAlarm(steps[s]!, content, s, scaled, ctx)) };
  } else {
    const actions = scheduledActions(node);
    const a = actions.findIndex((x, i) => scheduledActionName(x, i) === artifact?.content.ScheduledActionName);
    if (a < 0) return { ok: false, error: 'This scheduled action is no longer in the design' };
    data = { ...node.data, scheduledActions: replaced(actions, a, applyScheduled(actions[a]!, content, a)) };
  }
  const draft = new DesignDraft(design);
  draft.setData(node.id, data);
  return { ok: true, design: draft.finish(), notices };
}
