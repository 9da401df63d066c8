import type { Artifact } from '../../model/artifact.ts';
import type { HclObject, HclValue } from './hcl.ts';
import { bodyOf, enabled, isObject, tagsRule, type Spec } from './fields.ts';
import { jsonDocument } from './storage.ts';
import type { MapContext, Mapper, TfResource } from './types.ts';

/**
 * EventBridge rules (each target of a PutTargets call its own aws_cloudwatch_event_target)
 * and EventBridge Scheduler schedules, both running ECS tasks. The awsvpc configuration
 * is the network_configuration block itself; assign_public_ip is a bool.
 */

const resolvedObject = (x: MapContext, a: Artifact): HclObject => {
  const v = x.resolve(a, a.content);
  return isObject(v) ? v : {};
};
const unknownField = (x: MapContext, a: Artifact, type: string) => (path: string) => x.leaveOut(a, `${path} has no argument in ${type} that this exporter writes`);

/** EcsParameters with the awsvpc level taken out (the provider's network_configuration is that level). */
function ecsShape(value: HclValue | undefined): HclValue | undefined {
  if (!isObject(value)) return value;
  const { NetworkConfiguration, ...rest } = value;
  return isObject(NetworkConfiguration) ? { ...rest, NetworkConfiguration: NetworkConfiguration.awsvpcConfiguration } : value;
}

const strategy: Spec = { capacityProvider: 'capacity_provider', weight: 'weight', base: 'base' };
const network: Spec = { Subnets: 'subnets', SecurityGroups: 'security_groups', AssignPublicIp: { attr: 'assign_public_ip', value: enabled } };
const retry: Spec = { MaximumRetryAttempts: 'maximum_retry_attempts', MaximumEventAgeInSeconds: 'maximum_event_age_in_seconds' };

export const mapEventsRule: Mapper = (a, x) => {
  const c = resolvedObject(x, a);
  if (a.content.EventPattern !== undefined) c.EventPattern = jsonDocument(x, a, a.content.EventPattern, 'EventPattern') ?? null;
  const spec: Spec = {
    Name: 'name',
    Description: 'description',
    EventBusName: 'event_bus_name',
    EventPattern: 'event_pattern',
    ScheduleExpression: 'schedule_expression',
    RoleArn: 'role_arn',
    State: { attr: 'is_enabled', value: enabled },
    Tags: tagsRule,
  };
  return [{ type: 'aws_cloudwatch_event_rule', name: x.mainName(a), body: bodyOf(c, spec, unknownField(x, a, 'aws_cloudwatch_event_rule')) }];
};

const EVENT_TARGET: Spec = {
  Id: 'target_id',
  Arn: 'arn',
  RoleArn: 'role_arn',
  Input: 'input',
  InputPath: 'input_path',
  EcsParameters: {
    block: 'ecs_target',
    spec: {
      TaskDefinitionArn: 'task_definition_arn',
      TaskCount: 'task_count',
      LaunchType: 'launch_type',
      PlatformVersion: 'platform_version',
      Group: 'group',
      PropagateTags: 'propagate_tags',
      EnableECSManagedTags: 'enable_ecs_managed_tags',
      EnableExecuteCommand: 'enable_execute_command',
      NetworkConfiguration: { block: 'network_configuration', spec: network },
      CapacityProviderStrategy: { block: 'capacity_provider_strategy', spec: strategy },
      PlacementConstraints: { block: 'placement_constraint', spec: { type: 'type', expression: 'expression' } },
      PlacementStrategy: { block: 'ordered_placement_strategy', spec: { type: 'type', field: 'field' } },
      Tags: tagsRule,
    },
  },
  DeadLetterConfig: { block: 'dead_letter_config', spec: { Arn: 'arn' } },
  RetryPolicy: { block: 'retry_policy', spec: retry },
};

/** One resource per target; a second and later target's name gets its index. */
export const mapEventsTargets: Mapper = (a, x) => {
  const c = resolvedObject(x, a);
  const targets = Array.isArray(c.Targets) ? c.Targets.filter(isObject) : [];
  const base = x.mainName(a);
  return targets.map((t, i): TfResource => {
    const body = bodyOf({ Rule: c.Rule ?? null, ...(c.EventBusName !== undefined ? { EventBusName: c.EventBusName } : {}) }, { Rule: 'rule', EventBusName: 'event_bus_name' }, unknownField(x, a, 'aws_cloudwatch_event_target'));
    body.push(...bodyOf({ ...t, EcsParameters: ecsShape(t.EcsParameters) }, EVENT_TARGET, unknownField(x, a, 'aws_cloudwatch_event_target'), `Targets[${i}]`));
    return { type: 'aws_cloudwatch_event_target', name: targets.length === 1 ? base : `${base}_${i + 1}`, body };
  });
};

const SCHEDULE: Spec = {
  Name: 'name',
  GroupName: 'group_name',
  Description: 'description',
  ScheduleExpression: 'schedule_expression',
  ScheduleExpressionTimezone: 'schedule_expression_timezone',
  StartDate: 'start_date',
  EndDate: 'end_date',
  State: 'state',
  KmsKeyArn: 'kms_key_arn',
  FlexibleTimeWindow: { block: 'flexible_time_window', spec: { Mode: 'mode', MaximumWindowInMinutes: 'maximum_window_in_minutes' } },
  Target: {
    block: 'target',
    spec: {
      Arn: 'arn',
      RoleArn: 'role_arn',
      Input: 'input',
      DeadLetterConfig: { block: 'dead_letter_config', spec: { Arn: 'arn' } },
      RetryPolicy: { block: 'retry_policy', spec: retry },
      EcsParameters: {
        block: 'ecs_parameters',
        spec: {
          TaskDefinitionArn: 'task_definition_arn',
          TaskCount: 'task_count',
          LaunchType: 'launch_type',
          PlatformVersion: 'platform_version',
          Group: 'group',
          PropagateTags: 'propagate_tags',
          ReferenceId: 'reference_id',
          EnableECSManagedTags: 'enable_ecs_managed_tags',
          EnableExecuteCommand: 'enable_execute_command',
          NetworkConfiguration: { block: 'network_configuration', spec: network },
          CapacityProviderStrategy: { block: 'capacity_provider_strategy', spec: strategy },
          PlacementConstraints: { block: 'placement_constraints', spec: { type: 'type', expression: 'expression' } },
          PlacementStrategy: { block: 'placement_strategy', spec: { type: 'type', field: 'field' } },
          Tags: tagsRule,
        },
      },
    },
  },
  ClientToken: 'skip',
};

export const mapSchedule: Mapper = (a, x) => {
  const c = resolvedObject(x, a);
  const target = isObject(c.Target) ? { ...c.Target, EcsParameters: ecsShape(c.Target.EcsParameters) } : c.Target;
  return [{ type: 'aws_scheduler_schedule', name: x.mainName(a), body: bodyOf({ ...c, Target: target }, SCHEDULE, unknownField(x, a, 'aws_scheduler_schedule')) }];
};
