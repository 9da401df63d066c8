import type { Artifact } from '../../model/artifact.ts';
import type { Design, DesignNode } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import { DesignDraft } from '../../apply/common.ts';
import type { ApplyResult } from '../../apply/types.ts';
import { fromApi, keepNodeOnly } from '../api-fields.ts';
import { applyMountTarget } from './mount-targets.ts';
import { ACCESS_POINT_FIELDS, accessPointPath, accessPointToken, accessPointsOf, FILE_SYSTEM_FIELDS } from './derive.ts';

/**
 * CreateFileSystem, CreateAccessPoint or CreateMountTarget JSON → the file system node
 * (access points are entries of its list; the edited one is found by its file; mount
 * targets are its subnet and security group connections). FileSystemId is the file
 * system's own and is not taken from the access point or mount target file.
 */
export function applyFileSystem(design: Design, fs: DesignNode, artifact: Artifact | undefined, content: JsonObject): ApplyResult {
  if (artifact?.type === 'efs-mount-target') return applyMountTarget(design, fs, artifact, content);
  const draft = new DesignDraft(design);
  if (artifact?.type === 'efs-access-point') {
    const list = accessPointsOf(fs);
    const i = list.findIndex((ap, j) => accessPointPath(fs, ap, j) === artifact.path);
    if (i < 0) return { ok: false, error: 'This access point is no longer in the file system’s list' };
    const ap = list[i]!;
    const next = keepNodeOnly(fromApi(content, ACCESS_POINT_FIELDS, { ClientToken: accessPointToken(fs, ap, i) }), ap, ['name', 'accessPointId']);
    const all = Array.isArray(fs.data.accessPoints) ? [...fs.data.accessPoints] : [];
    all[all.indexOf(ap)] = next;
    draft.setData(fs.id, { ...fs.data, accessPoints: all });
    return { ok: true, design: draft.finish(), notices: [] };
  }
  const name = typeof fs.data.name === 'string' ? fs.data.name : undefined;
  const data = keepNodeOnly(fromApi(content, FILE_SYSTEM_FIELDS, { CreationToken: (name ?? fs.id).slice(0, 64) }), fs.data, ['name', 'fileSystemId', 'accessPoints', 'securityGroups']);
  draft.setData(fs.id, data);
  return { ok: true, design: draft.finish(), notices: [] };
}
