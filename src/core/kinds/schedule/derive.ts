import type { Artifact, ArtifactOwner } from '../../model/artifact.ts';
import type { DesignNode } from '../../model/design.ts';
import { pointer, type JsonObject } from '../../model/json.ts';
import { orderKeys } from '../../derive/canonical.ts';
import { type DeriveContext, safeSegment } from '../../derive/context.ts';
import { textOf } from '../../model/text.ts';
import { ecsTaskTarget, type EcsTaskTarget } from '../standalone-task/target.ts';
import { starterRole, starterRoleArtifact, type StarterRole } from '../standalone-task/target-role.ts';

/** Schedule data that is the designer's, not CreateSchedule's. */
export const SCHEDULE_DESIGN_FIELDS = ['existingRoleArn', 'target'] as const;

/** CreateSchedule members in reading order (botocore lists them alphabetically). */
export const CREATE_SCHEDULE_ORDER = [
  'Name',
  'GroupName',
  'Description',
  'ScheduleExpression',
  'ScheduleExpressionTimezone',
  'StartDate',
  'EndDate',
  'FlexibleTimeWindow',
  'State',
  'ActionAfterCompletion',
  'KmsKeyArn',
  'ClientToken',
  'Target',
] as const;
const TARGET_ORDER = ['Arn', 'RoleArn', 'Input', 'EcsParameters', 'RetryPolicy', 'DeadLetterConfig'] as const;

export function scheduleName(schedule: DesignNode): string {
  return textOf(schedule.data.Name ?? schedule.label ?? schedule.id);
}

export function scheduleGroup(schedule: DesignNode): string {
  return typeof schedule.data.GroupName === 'string' && schedule.data.GroupName ? schedule.data.GroupName : 'default';
}

export interface ScheduleTargetParts {
  target?: EcsTaskTarget;
  role: StarterRole;
}

export function scheduleTargetParts(schedule: DesignNode, ctx: DeriveContext): ScheduleTargetParts {
  return { target: ecsTaskTarget(schedule, ctx, 'scheduler'), role: starterRole(schedule, ctx, scheduleName(schedule), 'scheduler') };
}

/**
 * The schedule's Target: the task's cluster, its EcsParameters, the role. Without a task
 * it still names the default cluster and the role (CreateSchedule needs both); the rules
 * say that the schedule starts nothing.
 */
export function scheduleTarget(schedule: DesignNode, parts: ScheduleTargetParts, ctx: DeriveContext): JsonObject {
  const { target, role } = parts;
  const out: JsonObject = { Arn: target?.clusterArn ?? `arn:aws:ecs:${ctx.region}:${ctx.accountId}:cluster/default`, RoleArn: role.arn };
  if (target?.input !== undefined) out.Input = target.input;
  if (target?.ecsParameters) out.EcsParameters = target.ecsParameters;
  const extra = schedule.data.target;
  if (extra && typeof extra === 'object' && !Array.isArray(extra)) for (const [k, v] of Object.entries(extra)) if (!(k in out)) out[k] = v;
  return orderKeys(out, TARGET_ORDER);
}

export function createScheduleContent(schedule: DesignNode, parts: ScheduleTargetParts, ctx: DeriveContext): JsonObject {
  const content: JsonObject = {};
  for (const [key, value] of Object.entries(schedule.data)) {
    if (!(SCHEDULE_DESIGN_FIELDS as readonly string[]).includes(key)) content[key] = value;
  }
  content.Target = scheduleTarget(schedule, parts, ctx);
  return orderKeys(content, CREATE_SCHEDULE_ORDER);
}

/** CreateSchedule and the role the Scheduler assumes to run the task. */
export function scheduleArtifacts(schedule: DesignNode, ctx: DeriveContext): Artifact[] {
  const name = scheduleName(schedule);
  const parts = scheduleTargetParts(schedule, ctx);
  const owners: ArtifactOwner[] = [{ pointer: '', nodeId: schedule.id }, ...(parts.target?.owners(pointer('Target', 'EcsParameters')) ?? [])];
  const artifacts: Artifact[] = [
    {
      path: `schedules/${safeSegment(name, schedule.id)}.json`,
      type: 'schedule',
      nodeId: schedule.id,
      title: name,
      content: createScheduleContent(schedule, parts, ctx),
      owners,
    },
  ];
  const groupArn = `arn:aws:scheduler:${ctx.region}:${ctx.accountId}:schedule-group/${scheduleGroup(schedule)}`;
  const role = starterRoleArtifact(schedule, ctx, parts.role, 'scheduler', groupArn, parts.target);
  if (role) artifacts.push(role);
  return artifacts;
}
