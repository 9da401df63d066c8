import type { Artifact } from '../../model/artifact.ts';
import { Raw, type HclObject, type HclValue } from './hcl.ts';
import { bodyOf, isObject, tagsRule, type Spec } from './fields.ts';
import type { MapContext, Mapper } from './types.ts';

/**
 * Application Auto Scaling targets and policies, CloudWatch alarms, and Cloud Map HTTP
 * namespaces. A policy waits for its scalable target (the API registers the target
 * first; Terraform only sees that both name the service).
 */

const resolvedObject = (x: MapContext, a: Artifact): HclObject => {
  const v = x.resolve(a, a.content);
  return isObject(v) ? v : {};
};
const unknownField = (x: MapContext, a: Artifact, type: string) => (path: string) => x.leaveOut(a, `${path} has no argument in ${type} that this exporter writes`);

export const mapScalableTarget: Mapper = (a, x) => [
  {
    type: 'aws_appautoscaling_target',
    name: x.mainName(a),
    body: bodyOf(
      resolvedObject(x, a),
      { ServiceNamespace: 'service_namespace', ResourceId: 'resource_id', ScalableDimension: 'scalable_dimension', MinCapacity: 'min_capacity', MaxCapacity: 'max_capacity', RoleARN: 'role_arn', Tags: tagsRule },
      unknownField(x, a, 'aws_appautoscaling_target'),
    ),
  },
];

const dimensions: Spec = { Name: 'name', Value: 'value' };

const POLICY: Spec = {
  PolicyName: 'name',
  ServiceNamespace: 'service_namespace',
  ResourceId: 'resource_id',
  ScalableDimension: 'scalable_dimension',
  PolicyType: 'policy_type',
  StepScalingPolicyConfiguration: {
    block: 'step_scaling_policy_configuration',
    spec: {
      AdjustmentType: 'adjustment_type',
      Cooldown: 'cooldown',
      MetricAggregationType: 'metric_aggregation_type',
      MinAdjustmentMagnitude: 'min_adjustment_magnitude',
      StepAdjustments: {
        block: 'step_adjustment',
        spec: { MetricIntervalLowerBound: 'metric_interval_lower_bound', MetricIntervalUpperBound: 'metric_interval_upper_bound', ScalingAdjustment: 'scaling_adjustment' },
      },
    },
  },
  TargetTrackingScalingPolicyConfiguration: {
    block: 'target_tracking_scaling_policy_configuration',
    spec: {
      TargetValue: 'target_value',
      DisableScaleIn: 'disable_scale_in',
      ScaleInCooldown: 'scale_in_cooldown',
      ScaleOutCooldown: 'scale_out_cooldown',
      PredefinedMetricSpecification: { block: 'predefined_metric_specification', spec: { PredefinedMetricType: 'predefined_metric_type', ResourceLabel: 'resource_label' } },
      CustomizedMetricSpecification: {
        block: 'customized_metric_specification',
        spec: { MetricName: 'metric_name', Namespace: 'namespace', Statistic: 'statistic', Unit: 'unit', Dimensions: { block: 'dimensions', spec: dimensions } },
      },
    },
  },
};

export const mapScalingPolicy: Mapper = (a, x) => {
  const body = bodyOf(resolvedObject(x, a), POLICY, unknownField(x, a, 'aws_appautoscaling_policy'));
  const resourceId = a.content.ResourceId;
  const targets = typeof resourceId === 'string' ? x.mentioning(resourceId, ['scalable-target']) : [];
  if (targets.length) body.push({ name: 'depends_on', value: targets.map((t) => new Raw(t)) });
  return [{ type: 'aws_appautoscaling_policy', name: x.mainName(a), body }];
};

/** `[{Name, Value}]` metric dimensions as the alarm's dimensions map. */
const dimensionMap = (v: HclValue): HclValue | undefined =>
  Array.isArray(v) ? Object.fromEntries(v.filter(isObject).map((d) => [String(d.Name), d.Value ?? ''])) : undefined;

export const mapAlarm: Mapper = (a, x) => [
  {
    type: 'aws_cloudwatch_metric_alarm',
    name: x.mainName(a),
    body: bodyOf(
      resolvedObject(x, a),
      {
        AlarmName: 'alarm_name',
        AlarmDescription: 'alarm_description',
        ActionsEnabled: 'actions_enabled',
        AlarmActions: 'alarm_actions',
        OKActions: 'ok_actions',
        InsufficientDataActions: 'insufficient_data_actions',
        MetricName: 'metric_name',
        Namespace: 'namespace',
        Statistic: 'statistic',
        ExtendedStatistic: 'extended_statistic',
        Dimensions: { attr: 'dimensions', value: dimensionMap },
        Period: 'period',
        EvaluationPeriods: 'evaluation_periods',
        DatapointsToAlarm: 'datapoints_to_alarm',
        Threshold: 'threshold',
        ComparisonOperator: 'comparison_operator',
        TreatMissingData: 'treat_missing_data',
        Unit: 'unit',
        Tags: tagsRule,
      },
      unknownField(x, a, 'aws_cloudwatch_metric_alarm'),
    ),
  },
];

export const mapHttpNamespace: Mapper = (a, x) => [
  {
    type: 'aws_service_discovery_http_namespace',
    name: x.mainName(a),
    body: bodyOf(resolvedObject(x, a), { Name: 'name', Description: 'description', Tags: tagsRule, CreatorRequestId: 'skip' }, unknownField(x, a, 'aws_service_discovery_http_namespace')),
  },
];
