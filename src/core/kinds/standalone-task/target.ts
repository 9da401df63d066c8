import type { DesignNode } from '../../model/design.ts';
import { isPlainObject, pointer, type JsonObject, type JsonValue } from '../../model/json.ts';
import type { ArtifactOwner } from '../../model/artifact.ts';
import type { DeriveContext } from '../../derive/context.ts';
import { orderKeys } from '../../derive/canonical.ts';
import { textOf } from '../../model/text.ts';
import { runTaskContent } from './derive.ts';
import { taskDefinitionContent } from '../task-definition/derive.ts';

/** Who starts the task: an EventBridge rule target (PutTargets) or a Scheduler schedule target. */
export type TargetService = 'events' | 'scheduler';

/** EcsParameters members, in the order of EventBridge's model (Scheduler's lists the same members). */
export const ECS_PARAMETERS_ORDER = [
  'TaskDefinitionArn',
  'TaskCount',
  'LaunchType',
  'NetworkConfiguration',
  'PlatformVersion',
  'Group',
  'CapacityProviderStrategy',
  'EnableECSManagedTags',
  'EnableExecuteCommand',
  'PlacementConstraints',
  'PlacementStrategy',
  'PropagateTags',
  'ReferenceId',
  'Tags',
] as const;

/** RunTask members → EcsParameters members that hold the same value unchanged. */
export const SAME_VALUE: ReadonlyArray<readonly [runTask: string, ecs: string]> = [
  ['count', 'TaskCount'],
  ['launchType', 'LaunchType'],
  ['platformVersion', 'PlatformVersion'],
  ['group', 'Group'],
  ['capacityProviderStrategy', 'CapacityProviderStrategy'],
  ['enableECSManagedTags', 'EnableECSManagedTags'],
  ['enableExecuteCommand', 'EnableExecuteCommand'],
  ['placementConstraints', 'PlacementConstraints'],
  ['placementStrategy', 'PlacementStrategy'],
  ['referenceId', 'ReferenceId'],
];

/** RunTask members a rule or schedule target cannot pass on (the service sets startedBy itself). */
export const NOT_PASSED = ['startedBy', 'clientToken', 'volumeConfigurations'] as const;

/** How a rule or schedule reaches its standalone task, as its target and its role need it. */
export interface EcsTaskTarget {
  task: DesignNode;
  /** The RunTask input the task stands for. */
  runTask: JsonObject;
  /** The target's Arn: the cluster the task runs in (the default cluster when none). */
  clusterArn: string;
  clusterName: string;
  /** Absent when the task names no task definition (a problem the rules report). */
  ecsParameters?: JsonObject;
  /** The task's overrides, as the target's Input (a JSON string, as both APIs take it). */
  input?: string;
  /** `arn:…:task-definition/FAMILY:*`: every revision of the family the task runs. */
  familyArn?: string;
  /** The task role and execution role the task's definition (or its overrides) names. */
  passRoles: string[];
  /** Where the EcsParameters values come from, as owners below `base` (e.g. /Targets/0/EcsParameters). */
  owners(base: string): ArtifactOwner[];
}

/** The standalone task a rule or schedule starts, as its target. */
export function ecsTaskTarget(source: DesignNode, ctx: DeriveContext, service: TargetService): EcsTaskTarget | undefined {
  const task = ctx.index.target(source.id, 'starts');
  if (!task) return undefined;
  const { content: runTask } = runTaskContent(task, ctx);
  const { region, accountId } = ctx;
  const clusterRef = typeof runTask.cluster === 'string' && runTask.cluster ? runTask.cluster : 'default';
  const clusterName = clusterRef.startsWith('arn:') ? clusterRef.slice(clusterRef.lastIndexOf('/') + 1) : clusterRef;
  const clusterArn = clusterRef.startsWith('arn:') ? clusterRef : `arn:aws:ecs:${region}:${accountId}:cluster/${clusterRef}`;
  const tdRef = typeof runTask.taskDefinition === 'string' && runTask.taskDefinition ? runTask.taskDefinition : undefined;
  const tdArn = tdRef === undefined ? undefined : tdRef.startsWith('arn:') ? tdRef : `arn:aws:ecs:${region}:${accountId}:task-definition/${tdRef}`;
  const target: EcsTaskTarget = {
    task,
    runTask,
    clusterArn,
    clusterName,
    passRoles: passRoles(task, runTask, ctx),
    owners: (base) => {
      const owners: ArtifactOwner[] = [{ pointer: base, nodeId: task.id }];
      const td = ctx.index.target(task.id, 'uses');
      if (td && tdArn !== undefined) owners.push({ pointer: `${base}${pointer('TaskDefinitionArn')}`, nodeId: td.id });
      return owners;
    },
  };
  if (tdArn !== undefined) {
    target.familyArn = `${tdArn.replace(/:\d+$/, '')}:*`;
    target.ecsParameters = ecsParameters(runTask, tdArn, service);
  }
  if (isPlainObject(runTask.overrides)) target.input = JSON.stringify(runTask.overrides);
  return target;
}

function ecsParameters(runTask: JsonObject, taskDefinitionArn: string, service: TargetService): JsonObject {
  const out: JsonObject = { TaskDefinitionArn: taskDefinitionArn };
  for (const [from, to] of SAME_VALUE) if (runTask[from] !== undefined) out[to] = runTask[from]!;
  const network = runTask.networkConfiguration;
  const awsvpc = isPlainObject(network) && isPlainObject(network.awsvpcConfiguration) ? network.awsvpcConfiguration : undefined;
  if (awsvpc) {
    const vpc: JsonObject = {};
    if (awsvpc.subnets !== undefined) vpc.Subnets = awsvpc.subnets;
    if (awsvpc.securityGroups !== undefined) vpc.SecurityGroups = awsvpc.securityGroups;
    if (awsvpc.assignPublicIp !== undefined) vpc.AssignPublicIp = awsvpc.assignPublicIp;
    out.NetworkConfiguration = { awsvpcConfiguration: vpc };
  }
  // The targets take only TASK_DEFINITION; leaving it out is what NONE means.
  if (runTask.propagateTags !== undefined && runTask.propagateTags !== 'NONE') out.PropagateTags = runTask.propagateTags;
  if (Array.isArray(runTask.tags)) out.Tags = runTask.tags.filter(isPlainObject).map((t) => targetTag(t, service));
  return orderKeys(out, ECS_PARAMETERS_ORDER);
}

/** EventBridge tags are {Key, Value}; Scheduler's are one-entry maps {key: value}. */
function targetTag(tag: JsonObject, service: TargetService): JsonValue {
  const key = textOf(tag.key);
  const value = textOf(tag.value ?? '');
  return service === 'events' ? { Key: key, Value: value } : { [key]: value };
}

function passRoles(task: DesignNode, runTask: JsonObject, ctx: DeriveContext): string[] {
  const roles: string[] = [];
  const td = ctx.index.target(task.id, 'uses');
  if (td) {
    const { content } = taskDefinitionContent(td, ctx);
    for (const key of ['taskRoleArn', 'executionRoleArn']) if (typeof content[key] === 'string') roles.push(content[key]);
  }
  const overrides = isPlainObject(runTask.overrides) ? runTask.overrides : {};
  for (const key of ['taskRoleArn', 'executionRoleArn']) if (typeof overrides[key] === 'string') roles.push(overrides[key]);
  return [...new Set(roles)];
}
