import { DeriveContext } from '../../derive/context.ts';
import type { Artifact } from '../../model/artifact.ts';
import type { Design, DesignNode } from '../../model/design.ts';
import { isPlainObject, type JsonObject } from '../../model/json.ts';
import { DesignDraft, stripNulls } from '../../apply/common.ts';
import type { ApplyResult } from '../../apply/types.ts';
import { applyTarget } from '../standalone-task/apply-target.ts';
import { SCHEDULE_DESIGN_FIELDS, scheduleTarget, scheduleTargetParts } from './derive.ts';

/** CreateSchedule JSON → the schedule (and, for what its target runs, its standalone task). */
export function applySchedule(design: Design, schedule: DesignNode, _artifact: Artifact | undefined, content: JsonObject): ApplyResult {
  const ctx = new DeriveContext(design);
  const data: JsonObject = {};
  for (const key of SCHEDULE_DESIGN_FIELDS) if (schedule.data[key] !== undefined) data[key] = schedule.data[key];
  for (const [key, value] of Object.entries(content)) {
    if (value === null || value === undefined || key === 'Target') continue;
    data[key] = stripNulls(value);
  }
  // The target as the schedule derives it under its new name: the generated role is named after the schedule,
  // so a new Name and the RoleArn that goes with it (an import has both) must not read as an existing role.
  const renamed: DesignNode = { ...schedule, data: { ...schedule.data, ...data } };
  const parts = scheduleTargetParts(renamed, ctx);
  const text = isPlainObject(content.Target) ? content.Target : {};
  const applied = applyTarget(design, schedule, data, text, scheduleTarget(renamed, parts, ctx), parts.target, parts.role, ctx, 'scheduler');
  const draft = new DesignDraft(applied.design);
  draft.setData(schedule.id, applied.data);
  return { ok: true, design: draft.finish(), notices: applied.notices };
}
