import type { DesignEdge, DesignNode } from '../../model/design.ts';
import { isPlainObject, jsonEqual, type JsonObject, type JsonValue } from '../../model/json.ts';
import type { DeriveContext } from '../../derive/context.ts';
import type { DesignDraft } from '../../apply/common.ts';
import type { Notice } from '../../apply/types.ts';
import { matchDerived } from '../../apply/match-derived.ts';
import { textOf } from '../../model/text.ts';
import { accessPointId, accessPointName, accessPointsOf, fileSystemId } from './derive.ts';

/** Edge data of task definition → file system that the volume shows (readOnly / rootAccess only shape the task role policy). */
const VOLUME_KEYS = ['volumeName', 'rootDirectory', 'accessPoint', 'transitEncryption', 'transitEncryptionPort', 'iam'] as const;

export interface Mount {
  edge: DesignEdge;
  fs: DesignNode;
  volume: JsonObject;
  /** The access point's id, when the relation names one of the file system's access points. */
  accessPointId?: string;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}

/** The file system's access point a relation names, with its id. */
export function mountAccessPoint(fs: DesignNode, edge: DesignEdge): { name: string; id: string } | undefined {
  const wanted = str(edge.data?.accessPoint);
  if (!wanted) return undefined;
  const list = accessPointsOf(fs);
  const i = list.findIndex((ap, j) => accessPointName(ap, j) === wanted);
  return i < 0 ? undefined : { name: wanted, id: accessPointId(fs, list[i]!, i) };
}

/**
 * Access points and IAM authorization need encryption in transit (EFS-TLS-AP, EFS-TLS-IAM):
 * unless the relation says otherwise, the volume asks for it then.
 */
function impliedTransitEncryption(edge: DesignEdge, apId: string | undefined): string | undefined {
  return apId || edge.data?.iam === 'ENABLED' ? 'ENABLED' : undefined;
}

/** The volume a task definition → file system relation stands for. */
export function mountVolume(edge: DesignEdge, fs: DesignNode): Mount {
  const d = edge.data ?? {};
  const ap = mountAccessPoint(fs, edge);
  const auth: JsonObject = {};
  if (ap) auth.accessPointId = ap.id;
  if (str(d.iam)) auth.iam = d.iam!;
  const config: JsonObject = { fileSystemId: fileSystemId(fs) };
  if (str(d.rootDirectory)) config.rootDirectory = d.rootDirectory!;
  const tls = str(d.transitEncryption) ?? impliedTransitEncryption(edge, ap?.id);
  if (tls) config.transitEncryption = tls;
  if (typeof d.transitEncryptionPort === 'number') config.transitEncryptionPort = d.transitEncryptionPort;
  if (Object.keys(auth).length) config.authorizationConfig = auth;
  return { edge, fs, accessPointId: ap?.id, volume: { name: str(d.volumeName) ?? textOf(fs.data.name ?? fs.id), efsVolumeConfiguration: config } };
}

/** The task definition's volumes that come from its file system relations, in relation order. */
export function taskMounts(td: DesignNode, ctx: DeriveContext): Mount[] {
  const out: Mount[] = [];
  for (const edge of ctx.index.outgoing(td.id, 'mounts')) {
    const fs = ctx.index.node(edge.target);
    if (fs) out.push(mountVolume(edge, fs));
  }
  return out;
}

/** `volumes` as emitted: the literal ones, then those of the relations; undefined when there is nothing to add. */
export function emittedVolumes(td: DesignNode, ctx: DeriveContext): JsonValue[] | undefined {
  const mounts = taskMounts(td, ctx);
  if (!mounts.length) return undefined;
  return [...(Array.isArray(td.data.volumes) ? td.data.volumes : []), ...mounts.map((m) => m.volume)];
}

/**
 * Edited task definition → the volumes of its file system relations taken back onto them
 * (name, root directory, access point, encryption, IAM), the rest left literal. A volume
 * removed from the text removes its relation. Returns the content with only literal volumes.
 */
export function absorbVolumes(draft: DesignDraft, ctx: DeriveContext, td: DesignNode, content: JsonObject, notices: Notice[]): JsonObject {
  const mounts = taskMounts(td, ctx);
  if (!mounts.length) return content;
  const volumes: JsonValue[] = Array.isArray(content.volumes) ? content.volumes : [];
  const matched = matchDerived(
    volumes,
    mounts.map((m) => ({ ...m, id: m.edge.id, entry: m.volume })),
    (v, m) => relationData(v, m) !== undefined,
  );
  const taken = new Set(matched.values());
  for (const m of mounts) {
    const at = matched.get(m.edge.id);
    const volume = at === undefined ? undefined : volumes[at];
    if (volume === undefined) {
      draft.removeEdges((e) => e.id === m.edge.id);
      notices.push({ level: 'info', message: `Disconnected from ${textOf(m.fs.data.name ?? m.fs.id)}: its volume is no longer in the file.` });
    } else if (!jsonEqual(volume, m.volume)) {
      draft.setEdgeData(m.edge.id, relationData(volume, m)!);
    }
  }
  // Nothing of the relations left in the text: the list is the user's, exactly as typed.
  if (!taken.size) return content;
  const remaining = volumes.filter((_, j) => !taken.has(j));
  const out: JsonObject = { ...content };
  if (remaining.length || Array.isArray(td.data.volumes)) out.volumes = remaining;
  else delete out.volumes;
  return out;
}

/**
 * The relation data that emits this volume for this mount, or undefined when the volume
 * is not one a relation can stand for (another file system, an unknown access point id,
 * fields the relation does not hold): such a volume stays literal.
 */
function relationData(volume: JsonValue, m: Mount): JsonObject | undefined {
  if (!isPlainObject(volume) || typeof volume.name !== 'string' || !volume.name) return undefined;
  if (Object.keys(volume).some((k) => k !== 'name' && k !== 'efsVolumeConfiguration')) return undefined;
  const config = volume.efsVolumeConfiguration;
  if (!isPlainObject(config) || config.fileSystemId !== fileSystemId(m.fs)) return undefined;
  const allowed = ['fileSystemId', 'rootDirectory', 'transitEncryption', 'transitEncryptionPort', 'authorizationConfig'];
  if (Object.keys(config).some((k) => !allowed.includes(k))) return undefined;
  const auth = config.authorizationConfig;
  if (auth !== undefined && (!isPlainObject(auth) || Object.keys(auth).some((k) => k !== 'accessPointId' && k !== 'iam'))) return undefined;
  const data: JsonObject = { ...(m.edge.data ?? {}) };
  for (const key of VOLUME_KEYS) delete data[key];
  if (volume.name !== textOf(m.fs.data.name ?? m.fs.id)) data.volumeName = volume.name;
  if (typeof config.rootDirectory === 'string') data.rootDirectory = config.rootDirectory;
  if (typeof config.transitEncryptionPort === 'number') data.transitEncryptionPort = config.transitEncryptionPort;
  if (isPlainObject(auth) && typeof auth.iam === 'string') data.iam = auth.iam;
  if (isPlainObject(auth) && auth.accessPointId !== undefined) {
    const list = accessPointsOf(m.fs);
    const i = list.findIndex((ap, j) => accessPointId(m.fs, ap, j) === auth.accessPointId);
    if (i < 0) return undefined;
    data.accessPoint = accessPointName(list[i]!, i);
  }
  const probe: DesignEdge = { ...m.edge, data };
  const implied = impliedTransitEncryption(probe, mountAccessPoint(m.fs, probe)?.id);
  if (typeof config.transitEncryption === 'string' && config.transitEncryption !== implied) data.transitEncryption = config.transitEncryption;
  else if (config.transitEncryption === undefined && implied) return undefined; // cannot be said on the relation: stays literal
  return data;
}
