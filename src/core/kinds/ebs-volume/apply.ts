import type { DesignNode } from '../../model/design.ts';
import { isPlainObject, jsonEqual, type JsonObject, type JsonValue } from '../../model/json.ts';
import { DeriveContext } from '../../derive/context.ts';
import type { DesignDraft } from '../../apply/common.ts';
import type { Notice } from '../../apply/types.ts';
import { textOf } from '../../model/text.ts';
import { attachedVolume, launcherVolume, TASK_ONLY_FIELDS, taskDefinitionVolume, volumeConfiguration, volumeLaunchers, volumeName, volumeRoleArn } from './derive.ts';

/** A volume entry a drawn EBS volume can stand for: a name and configuredAtLaunch true, nothing else. */
function isLaunchVolume(volume: JsonValue): volume is JsonObject {
  return (
    isPlainObject(volume) &&
    typeof volume.name === 'string' &&
    volume.name !== '' &&
    volume.configuredAtLaunch === true &&
    Object.keys(volume).every((k) => k === 'name' || k === 'configuredAtLaunch')
  );
}

/**
 * Edited task definition → its volume configured at launch taken back onto the attached EBS
 * volume: the entry as derived, or the one such entry under another name (a rename of the
 * volume). No such entry left disconnects the volume. Returns the content without it.
 */
export function absorbAttachedVolume(draft: DesignDraft, ctx: DeriveContext, td: DesignNode, content: JsonObject, notices: Notice[]): JsonObject {
  const ebs = attachedVolume(td, ctx);
  if (!ebs) return content;
  const volumes: JsonValue[] = Array.isArray(content.volumes) ? content.volumes : [];
  let at = volumes.findIndex((v) => jsonEqual(v, taskDefinitionVolume(ebs)));
  if (at < 0) {
    const candidates = volumes.flatMap((v, i) => (isLaunchVolume(v) ? [i] : []));
    if (candidates.length === 1) {
      at = candidates[0]!;
      draft.setData(ebs.id, { ...ebs.data, name: (volumes[at] as JsonObject).name! });
    }
  }
  if (at < 0) {
    draft.removeEdges((e) => e.kind === 'attaches' && e.source === td.id);
    notices.push({ level: 'info', message: `Disconnected from EBS volume ${volumeName(ebs)}: its volume is no longer in the file.` });
    return content;
  }
  const remaining = volumes.filter((_, i) => i !== at);
  const out: JsonObject = { ...content };
  if (remaining.length || Array.isArray(td.data.volumes)) out.volumes = remaining;
  else delete out.volumes;
  return out;
}

/** A volumeConfigurations entry the launcher's drawn volume can stand for. */
function fitsVolume(entry: JsonValue, ebs: DesignNode, launcher: DesignNode): entry is JsonObject & { managedEBSVolume: JsonObject } {
  if (!isPlainObject(entry) || entry.name !== volumeName(ebs)) return false;
  const managed = entry.managedEBSVolume;
  if (!isPlainObject(managed) || Object.keys(entry).some((k) => k !== 'name' && k !== 'managedEBSVolume')) return false;
  // A service cannot say a termination policy (its volumes always go with their tasks): such an entry stays as typed.
  return launcher.kind !== 'service' || !TASK_ONLY_FIELDS.some((k) => k in managed);
}

/**
 * The volume's node data from an edited managedEBSVolume: every member but the role is the
 * volume's. What the launcher's shape cannot show (a service's terminationPolicy) stays as
 * it was; the role is `role` (see applyRole).
 */
function volumeData(ebs: DesignNode, launcher: DesignNode, managed: JsonObject, role: JsonValue | undefined): JsonObject {
  const next: JsonObject = {};
  if (ebs.data.name !== undefined) next.name = ebs.data.name;
  for (const [key, value] of Object.entries(managed)) if (key !== 'roleArn') next[key] = value;
  if (launcher.kind === 'service') for (const key of TASK_ONLY_FIELDS) if (ebs.data[key] !== undefined) next[key] = ebs.data[key];
  if (role !== undefined) next.roleArn = role;
  return next;
}

/**
 * An edited managedEBSVolume.roleArn: unchanged keeps everything; the ARN of a drawn
 * infrastructure role connects that role to the launcher (the volume then names none of
 * its own); any other value becomes the volume's own roleArn, as typed. Returns the
 * volume's roleArn.
 */
function applyRole(draft: DesignDraft, ctx: DeriveContext, ebs: DesignNode, launcher: DesignNode, typed: JsonValue | undefined, notices: Notice[]): JsonValue | undefined {
  if (jsonEqual(typed, volumeRoleArn(ebs, launcher, ctx))) return ebs.data.roleArn;
  const connected = ctx.index.source(launcher.id, 'infrastructure-role');
  if (typed === undefined && connected) {
    notices.push({ level: 'info', message: `The volume's roleArn comes from infrastructure role ${textOf(connected.data.roleName ?? connected.id)}, connected to this ${launcher.kind === 'service' ? 'service' : 'task'}: disconnect it to leave the role out.` });
  }
  const role = typeof typed === 'string' && typed ? ctx.index.nodesOfKind('role-infrastructure').find((r) => ctx.roleArn(r) === typed) : undefined;
  if (!role) return typed;
  if (connected?.id !== role.id) {
    draft.removeEdges((e) => e.kind === 'infrastructure-role' && e.target === launcher.id);
    draft.addEdge('infrastructure-role', role.id, launcher.id);
  }
  return undefined;
}

/**
 * Edited CreateService / RunTask → the entry of the task definition's EBS volume taken back
 * onto the volume node (size, type, iops... as typed); the other entries stay the
 * launcher's own (in `data`, its merged fields). Runs after the launch relations are
 * applied, so the task definition is the one the text names.
 */
export function applyVolumeConfigurations(draft: DesignDraft, launcher: DesignNode, data: JsonObject, notices: Notice[]): void {
  const ctx = new DeriveContext({ ...draft.base, nodes: draft.nodes, edges: draft.edges });
  const ebs = launcherVolume(launcher, ctx);
  if (!ebs) return;
  const entries: JsonValue[] = Array.isArray(data.volumeConfigurations) ? data.volumeConfigurations : [];
  const derived = volumeConfiguration(ebs, launcher, ctx);
  let at = entries.findIndex((e) => jsonEqual(e, derived));
  if (at < 0) at = entries.findIndex((e) => fitsVolume(e, ebs, launcher));
  if (at < 0) {
    notices.push({
      level: 'info',
      message: `The task definition attaches EBS volume ${volumeName(ebs)} at launch: its volumeConfigurations entry comes from the volume (change it there, or disconnect it from the task definition).`,
    });
  } else {
    const managed = (entries[at] as JsonObject).managedEBSVolume as JsonObject;
    const next = volumeData(ebs, launcher, managed, applyRole(draft, ctx, ebs, launcher, managed.roleArn, notices));
    if (!jsonEqual(next, ebs.data)) {
      draft.setData(ebs.id, next);
      // The volume is one node for every service and task that runs a task definition attaching it.
      if (volumeLaunchers(ebs, ctx).length > 1) notices.push({ level: 'info', message: `EBS volume ${volumeName(ebs)} changed for every service and task that launches it.` });
    }
  }
  const remaining = at < 0 ? entries : entries.filter((_, i) => i !== at);
  if (remaining.length || Array.isArray(launcher.data.volumeConfigurations)) data.volumeConfigurations = remaining;
  else delete data.volumeConfigurations;
}
