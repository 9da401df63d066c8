import type { Design, DesignNode } from '../../model/design.ts';
import { isPlainObject, jsonEqual, type JsonObject } from '../../model/json.ts';
import type { DeriveContext } from '../../derive/context.ts';
import { stripNulls } from '../../apply/common.ts';
import type { Notice } from '../../apply/types.ts';
import { applyRunTask } from './apply.ts';
import { ECS_PARAMETERS_ORDER, SAME_VALUE, type EcsTaskTarget, type TargetService } from './target.ts';
import { EXISTING_ROLE_FIELD, type StarterRole } from './target-role.ts';

/** Target members that the task and the role stand for; any other member is the rule's or schedule's own. */
export const DERIVED_TARGET_KEYS = ['Arn', 'RoleArn', 'Input', 'EcsParameters'] as const;

export interface TargetApply {
  design: Design;
  /** The rule's or schedule's data with its own target fields (extra members, role) set. */
  data: JsonObject;
  notices: Notice[];
}

/**
 * An edited target (a PutTargets entry or a schedule's Target) → the design: values that
 * come from the standalone task go back to the task (through its RunTask apply, so a
 * cluster or task definition the design has becomes a relation again), a RoleArn other
 * than the generated role becomes the existing role, other members stay on the source.
 */
export function applyTarget(
  design: Design,
  source: DesignNode,
  data: JsonObject,
  text: JsonObject,
  derived: JsonObject,
  target: EcsTaskTarget | undefined,
  role: StarterRole,
  ctx: DeriveContext,
  service: TargetService,
): TargetApply {
  const notices: Notice[] = [];
  const next: JsonObject = { ...data };
  delete next.target;
  const extra: JsonObject = {};
  for (const [key, value] of Object.entries(text)) {
    if ((DERIVED_TARGET_KEYS as readonly string[]).includes(key) || key === 'Id' || value === null || value === undefined) continue;
    extra[key] = stripNulls(value);
  }
  if (Object.keys(extra).length) next.target = extra;
  if (!jsonEqual(text.RoleArn, derived.RoleArn)) {
    if (typeof text.RoleArn === 'string' && text.RoleArn) next[EXISTING_ROLE_FIELD] = text.RoleArn;
    else delete next[EXISTING_ROLE_FIELD];
  } else if (role.impliedName === undefined && next[EXISTING_ROLE_FIELD] === undefined) {
    delete next[EXISTING_ROLE_FIELD];
  }
  const changed = ['Arn', 'Input', 'EcsParameters'].some((k) => !jsonEqual(text[k], derived[k]));
  if (!changed) return { design, data: next, notices };
  if (!target) {
    notices.push({ level: 'warning', message: 'Connect a standalone task to set what the target runs; the edit to it was not kept.' });
    return { design, data: next, notices };
  }
  const runTask = runTaskFromTarget(target.runTask, text, ctx, service, notices);
  const applied = applyRunTask(design, target.task, undefined, runTask);
  if (!applied.ok) return { design, data: next, notices: [...notices, { level: 'warning', message: applied.error }] };
  return { design: applied.design, data: next, notices: [...notices, ...applied.notices] };
}

/** The RunTask input the edited target stands for: the task's current input with the target's values laid over it. */
function runTaskFromTarget(current: JsonObject, text: JsonObject, ctx: DeriveContext, service: TargetService, notices: Notice[]): JsonObject {
  const run: JsonObject = { ...current };
  const prefix = (kind: string) => `arn:aws:ecs:${ctx.region}:${ctx.accountId}:${kind}/`;
  if (typeof text.Arn === 'string') {
    const name = text.Arn.startsWith(prefix('cluster')) ? text.Arn.slice(prefix('cluster').length) : text.Arn;
    if (name === 'default') delete run.cluster;
    else run.cluster = name;
  }
  if (typeof text.Input === 'string') {
    try {
      const parsed: unknown = JSON.parse(text.Input);
      if (isPlainObject(parsed)) run.overrides = parsed;
      else notices.push({ level: 'warning', message: 'Input must be a JSON object of task overrides; it was not kept.' });
    } catch {
      notices.push({ level: 'warning', message: 'Input is not JSON (task overrides); it was not kept.' });
    }
  } else {
    delete run.overrides;
  }
  const ecs = isPlainObject(text.EcsParameters) ? text.EcsParameters : {};
  for (const [to, from] of SAME_VALUE) {
    if (ecs[from] !== undefined && ecs[from] !== null) run[to] = stripNulls(ecs[from]);
    else delete run[to];
  }
  if (ecs.PropagateTags !== undefined && ecs.PropagateTags !== null) run.propagateTags = ecs.PropagateTags;
  else if (current.propagateTags !== 'NONE') delete run.propagateTags;
  if (typeof ecs.TaskDefinitionArn === 'string') {
    const arn = ecs.TaskDefinitionArn;
    run.taskDefinition = arn.startsWith(prefix('task-definition')) ? arn.slice(prefix('task-definition').length) : arn;
  }
  const network = isPlainObject(ecs.NetworkConfiguration) && isPlainObject(ecs.NetworkConfiguration.awsvpcConfiguration) ? ecs.NetworkConfiguration.awsvpcConfiguration : undefined;
  if (network) {
    const vpc: JsonObject = {};
    if (network.Subnets !== undefined) vpc.subnets = network.Subnets;
    if (network.SecurityGroups !== undefined) vpc.securityGroups = network.SecurityGroups;
    if (network.AssignPublicIp !== undefined) vpc.assignPublicIp = network.AssignPublicIp;
    run.networkConfiguration = { awsvpcConfiguration: vpc };
  } else {
    delete run.networkConfiguration;
  }
  if (Array.isArray(ecs.Tags)) run.tags = ecs.Tags.filter(isPlainObject).flatMap((t) => runTaskTags(t, service));
  else delete run.tags;
  const unknown = Object.keys(ecs).filter((k) => !(ECS_PARAMETERS_ORDER as readonly string[]).includes(k));
  if (unknown.length) notices.push({ level: 'warning', message: `Not kept (not EcsParameters members): ${unknown.join(', ')}` });
  return run;
}

function runTaskTags(tag: JsonObject, service: TargetService): JsonObject[] {
  if (service === 'events') return [{ key: tag.Key ?? '', value: tag.Value ?? '' }];
  return Object.entries(tag).map(([key, value]) => ({ key, value: value ?? '' }));
}
