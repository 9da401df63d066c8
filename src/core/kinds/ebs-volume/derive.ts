import type { ArtifactOwner } from '../../model/artifact.ts';
import type { DesignNode } from '../../model/design.ts';
import { pointer, type JsonObject, type JsonValue } from '../../model/json.ts';
import type { DeriveContext } from '../../derive/context.ts';
import type { DesignIndex } from '../../model/graph.ts';
import { textOf } from '../../model/text.ts';

/**
 * An EBS volume node is not created by a call of its own: ECS creates one volume per task
 * when the task starts. The node is the task definition's volume configured at launch
 * (`{name, configuredAtLaunch: true}`) and the `managedEBSVolume` settings that every
 * service and standalone task running that task definition passes in volumeConfigurations.
 *
 * Its data holds the managedEBSVolume members by their API names (volumeType, sizeInGiB,
 * snapshotId, iops, throughput, encrypted, kmsKeyId, filesystemType, tagSpecifications,
 * volumeInitializationRate, terminationPolicy, roleArn) plus `name`, the volume's name.
 */

/** Node data that is not a managedEBSVolume member as such. */
const EBS_DESIGN_FIELDS = ['name', 'roleArn'] as const;

/** Only RunTask's TaskManagedEBSVolumeConfiguration has it: a service's volumes always go with their tasks. */
export const TASK_ONLY_FIELDS = ['terminationPolicy'] as const;

export function volumeName(ebs: DesignNode): string {
  return textOf(ebs.data.name ?? ebs.id);
}

/** The task definition volume the node stands for. */
export function taskDefinitionVolume(ebs: DesignNode): JsonObject {
  return { name: volumeName(ebs), configuredAtLaunch: true };
}

/** The volume a task definition attaches at launch (one at most: the relation is one per task definition). */
export function attachedVolume(td: DesignNode, ctx: DeriveContext): DesignNode | undefined {
  return ctx.index.target(td.id, 'attaches');
}

/** The EBS volume of the task definition a service or standalone task runs. */
export function launcherVolume(launcher: DesignNode, ctx: DeriveContext): DesignNode | undefined {
  return launchedVolume(launcher, ctx.index);
}

/** launcherVolume over the index alone (what the infrastructure role's policies are worked out with). */
export function launchedVolume(launcher: DesignNode, index: DesignIndex): DesignNode | undefined {
  const td = index.target(launcher.id, 'uses');
  return td ? index.target(td.id, 'attaches') : undefined;
}

/** The services and standalone tasks that run a task definition attaching this volume. */
export function volumeLaunchers(ebs: DesignNode, ctx: DeriveContext): DesignNode[] {
  return ctx.index.sources(ebs.id, 'attaches').flatMap((td) => ctx.index.sources(td.id, 'uses'));
}

/**
 * The infrastructure role ARN a launcher passes for its volume: the volume's own roleArn (an
 * existing role it names), else the launcher's connected infrastructure role, else none
 * (EBS-ROLE says what is missing).
 */
export function volumeRoleArn(ebs: DesignNode, launcher: DesignNode, ctx: DeriveContext): JsonValue | undefined {
  // Any value as typed (a non-string too): import is lossless and the validator says what is wrong.
  if (ebs.data.roleArn !== undefined) return ebs.data.roleArn;
  const role = ctx.index.source(launcher.id, 'infrastructure-role');
  return role ? ctx.roleArn(role) : undefined;
}

/** The managedEBSVolume a launcher of this kind passes (a service's shape has no terminationPolicy). */
export function managedVolume(ebs: DesignNode, launcher: DesignNode, ctx: DeriveContext): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(ebs.data)) {
    // The role is resolved below (the volume's own, else the launcher's infrastructure role).
    if ((EBS_DESIGN_FIELDS as readonly string[]).includes(key)) continue;
    if (launcher.kind === 'service' && (TASK_ONLY_FIELDS as readonly string[]).includes(key)) continue;
    out[key] = value;
  }
  const role = volumeRoleArn(ebs, launcher, ctx);
  if (role !== undefined) out.roleArn = role;
  return out;
}

/** The volumeConfigurations entry a launcher gets from its task definition's EBS volume. */
export function volumeConfiguration(ebs: DesignNode, launcher: DesignNode, ctx: DeriveContext): JsonObject {
  return { name: volumeName(ebs), managedEBSVolume: managedVolume(ebs, launcher, ctx) };
}

/**
 * The drawn volume's entry laid over a service's or standalone task's own volumeConfigurations
 * (into `content`, the relation layer): the drawn one first, then the node's literal entries
 * (an imported service keeps its own). Nothing drawn: the node's list as it is.
 */
export function layVolumeConfigurations(launcher: DesignNode, ctx: DeriveContext, data: JsonObject, content: JsonObject, owners: ArtifactOwner[]): void {
  const ebs = launcherVolume(launcher, ctx);
  if (!ebs) return;
  const literal: JsonValue[] = Array.isArray(data.volumeConfigurations) ? data.volumeConfigurations : [];
  content.volumeConfigurations = [volumeConfiguration(ebs, launcher, ctx), ...literal];
  owners.push({ pointer: pointer('volumeConfigurations', 0), nodeId: ebs.id });
}
