import { DeriveContext } from '../../derive/context.ts';
import { LAUNCH_RELATION_FIELDS } from '../../derive/launch-relations.ts';
import { runTaskContent, TASK_DESIGN_FIELDS } from './derive.ts';
import type { Artifact } from '../../model/artifact.ts';
import type { Design, DesignNode } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import { DesignDraft, mergeOwnFields } from '../../apply/common.ts';
import { applyLaunchRelations } from '../../apply/launch-relations.ts';
import type { ApplyResult, Notice } from '../../apply/types.ts';
import { applyAwsvpcPlacement } from '../../apply/network-placement.ts';
import { applyVolumeConfigurations } from '../ebs-volume/apply.ts';

/**
 * RunTask JSON → the standalone task and its relations, as for a service: a cluster, task
 * definition family or capacity provider the design has becomes a relation, anything
 * else (and every field the inspector does not show) stays on the node as it was typed.
 */
export function applyRunTask(design: Design, task: DesignNode, _artifact: Artifact | undefined, content: JsonObject): ApplyResult {
  const ctx = new DeriveContext(design);
  const derived = runTaskContent(task, ctx).content;
  const draft = new DesignDraft(design);
  const data = mergeOwnFields(task.data, content, { relationKeys: [...LAUNCH_RELATION_FIELDS, ...TASK_DESIGN_FIELDS] });
  applyLaunchRelations(draft, ctx, task.id, data, content, derived);
  applyAwsvpcPlacement(draft, task, data);
  const notices: Notice[] = [];
  applyVolumeConfigurations(draft, task, data, notices);
  draft.setData(task.id, data);
  return { ok: true, design: draft.finish(), notices };
}
