import type { Artifact, ArtifactOwner } from '../../model/artifact.ts';
import type { DesignNode } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import { canonicalizeLayers } from '../../derive/canonical.ts';
import { type DeriveContext, safeSegment } from '../../derive/context.ts';
import { launchRelations, layLaunchRelations } from '../../derive/launch-relations.ts';
import { textOf } from '../../model/text.ts';
import { layNetworkPlacement } from '../../derive/network-placement.ts';
import { layVolumeConfigurations } from '../ebs-volume/derive.ts';

/**
 * Node data of a standalone task that is the designer's, not RunTask's: `name` names the
 * file and the node (RunTask has no name). Everything else in the data is RunTask input.
 */
export const TASK_DESIGN_FIELDS = ['name'] as const;

export function taskName(task: DesignNode): string {
  return textOf(task.data.name ?? task.label ?? task.id);
}

/**
 * The RunTask input of a standalone task: its own fields with the launch relations laid
 * over them. Shared per pass: the rules and schedules that start the task read it too.
 */
export function runTaskContent(task: DesignNode, ctx: DeriveContext): { content: JsonObject; owners: ArtifactOwner[] } {
  return ctx.shared(RUN_TASK_CONTENT, task.id, () => buildRunTaskContent(task, ctx));
}

const RUN_TASK_CONTENT = Symbol('run task content');

function buildRunTaskContent(task: DesignNode, ctx: DeriveContext): { content: JsonObject; owners: ArtifactOwner[] } {
  const { name: _name, ...data } = task.data;
  const related: JsonObject = {};
  const owners: ArtifactOwner[] = [{ pointer: '', nodeId: task.id }];
  layLaunchRelations(launchRelations(task, ctx), data, related, owners);
  layNetworkPlacement(task, ctx, data, related, owners);
  layVolumeConfigurations(task, ctx, data, related, owners);
  return { content: canonicalizeLayers('RunTaskRequest', data, related), owners };
}

/** The standalone task's RunTask file. */
export function runTaskArtifacts(task: DesignNode, ctx: DeriveContext): Artifact[] {
  const { content, owners } = runTaskContent(task, ctx);
  return [
    {
      path: `tasks/${safeSegment(task.data.name ?? task.label, task.id)}.json`,
      type: 'run-task',
      nodeId: task.id,
      title: taskName(task),
      content,
      owners,
    },
  ];
}
