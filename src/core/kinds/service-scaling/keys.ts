import { isPlainObject, type JsonObject, type JsonValue } from '../../model/json.ts';
import { stripNulls } from '../../apply/common.ts';

/**
 * How the node's data (camelCase, what the inspector edits) maps to the Application Auto
 * Scaling and CloudWatch inputs (PascalCase). The same table drives derive and apply, so a
 * key that is in it goes both ways and any other key is kept in the object's `extra` bag.
 */
export type KeyMap = readonly (readonly [node: string, api: string])[];

export const TARGET_KEYS: KeyMap = [
  ['minCapacity', 'MinCapacity'],
  ['maxCapacity', 'MaxCapacity'],
  ['roleArn', 'RoleARN'],
];
export const SUSPENDED_KEYS: KeyMap = [
  ['suspendScaleIn', 'DynamicScalingInSuspended'],
  ['suspendScaleOut', 'DynamicScalingOutSuspended'],
  ['suspendScheduled', 'ScheduledScalingSuspended'],
];
export const TRACKING_KEYS: KeyMap = [
  ['targetValue', 'TargetValue'],
  ['scaleOutCooldown', 'ScaleOutCooldown'],
  ['scaleInCooldown', 'ScaleInCooldown'],
  ['disableScaleIn', 'DisableScaleIn'],
];
export const CUSTOM_METRIC_KEYS: KeyMap = [
  ['metricName', 'MetricName'],
  ['namespace', 'Namespace'],
  ['dimensions', 'Dimensions'],
  ['statistic', 'Statistic'],
  ['unit', 'Unit'],
];
export const STEP_CONFIG_KEYS: KeyMap = [
  ['adjustmentType', 'AdjustmentType'],
  ['minAdjustmentMagnitude', 'MinAdjustmentMagnitude'],
  ['cooldown', 'Cooldown'],
  ['metricAggregationType', 'MetricAggregationType'],
];
export const STEP_KEYS: KeyMap = [
  ['lower', 'MetricIntervalLowerBound'],
  ['upper', 'MetricIntervalUpperBound'],
  ['adjustment', 'ScalingAdjustment'],
];
export const ALARM_KEYS: KeyMap = [
  ['alarmName', 'AlarmName'],
  ['description', 'AlarmDescription'],
  ['metricName', 'MetricName'],
  ['namespace', 'Namespace'],
  ['statistic', 'Statistic'],
  ['dimensions', 'Dimensions'],
  ['period', 'Period'],
  ['unit', 'Unit'],
  ['evaluationPeriods', 'EvaluationPeriods'],
  ['datapointsToAlarm', 'DatapointsToAlarm'],
  ['threshold', 'Threshold'],
  ['comparisonOperator', 'ComparisonOperator'],
  ['treatMissingData', 'TreatMissingData'],
  ['alarmActions', 'AlarmActions'],
];
export const SCHEDULED_KEYS: KeyMap = [
  ['schedule', 'Schedule'],
  ['timezone', 'Timezone'],
  ['name', 'ScheduledActionName'],
  ['startTime', 'StartTime'],
  ['endTime', 'EndTime'],
];
export const SCHEDULED_CAPACITY_KEYS: KeyMap = [
  ['minCapacity', 'MinCapacity'],
  ['maxCapacity', 'MaxCapacity'],
];

/** API-reference key order of each input (botocore's member order). */
export const REGISTER_ORDER = ['ServiceNamespace', 'ResourceId', 'ScalableDimension', 'MinCapacity', 'MaxCapacity', 'RoleARN', 'SuspendedState', 'Tags'] as const;
export const POLICY_ORDER = [
  'PolicyName', 'ServiceNamespace', 'ResourceId', 'ScalableDimension', 'PolicyType',
  'StepScalingPolicyConfiguration', 'TargetTrackingScalingPolicyConfiguration', 'PredictiveScalingPolicyConfiguration',
] as const;
export const TRACKING_ORDER = ['TargetValue', 'PredefinedMetricSpecification', 'CustomizedMetricSpecification', 'ScaleOutCooldown', 'ScaleInCooldown', 'DisableScaleIn'] as const;
export const STEP_CONFIG_ORDER = ['AdjustmentType', 'StepAdjustments', 'MinAdjustmentMagnitude', 'Cooldown', 'MetricAggregationType'] as const;
export const SCHEDULED_ORDER = [
  'ServiceNamespace', 'Schedule', 'Timezone', 'ScheduledActionName', 'ResourceId', 'ScalableDimension', 'StartTime', 'EndTime', 'ScalableTargetAction',
] as const;
export const ALARM_ORDER = [
  'AlarmName', 'AlarmDescription', 'ActionsEnabled', 'OKActions', 'AlarmActions', 'InsufficientDataActions', 'MetricName', 'Namespace',
  'Statistic', 'ExtendedStatistic', 'Dimensions', 'Period', 'Unit', 'EvaluationPeriods', 'DatapointsToAlarm', 'Threshold',
  'ComparisonOperator', 'TreatMissingData', 'EvaluateLowSampleCountPercentile', 'Metrics', 'Tags', 'ThresholdMetricId',
] as const;

/** The API members of a node object: its `extra` bag first (so modelled keys win), then the mapped keys. */
export function toApi(data: JsonObject | undefined, map: KeyMap, extraKey = 'extra'): JsonObject {
  const source = data ?? {};
  const extra = source[extraKey];
  const out: JsonObject = isPlainObject(extra) ? { ...extra } : {};
  for (const [node, api] of map) if (source[node] !== undefined && source[node] !== null) out[api] = source[node];
  return out;
}

/**
 * The node object for API members: mapped keys by their node names, `skip` keys left to the
 * caller, every other key kept in `extra` so that it is emitted again (lossless).
 */
export function fromApi(content: JsonObject, map: KeyMap, skip: readonly string[] = [], extraKey = 'extra'): JsonObject {
  const out: JsonObject = {};
  const extra: JsonObject = {};
  for (const [key, value] of Object.entries(content)) {
    if (value === null || value === undefined || skip.includes(key)) continue;
    const node = map.find(([, api]) => api === key)?.[0];
    if (node) out[node] = stripNulls(value);
    else extra[key] = stripNulls(value);
  }
  if (Object.keys(extra).length) out[extraKey] = extra;
  return out;
}

/** Objects of a list the design holds (a design file can hold anything in it). */
export function objectList(value: JsonValue | undefined): JsonObject[] {
  return Array.isArray(value) ? value.filter(isPlainObject) : [];
}
