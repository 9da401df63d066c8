import type { Artifact } from '../../model/artifact.ts';
import type { DesignNode } from '../../model/design.ts';
import { isPlainObject, type JsonObject } from '../../model/json.ts';
import { type DeriveContext, safeSegment } from '../../derive/context.ts';
import { textOf } from '../../model/text.ts';
import { stableHex, toApi, type ApiField } from '../api-fields.ts';

/** CreateFileSystem input, in API reference order. CreationToken: the name, so a retry never makes a second file system. */
export const FILE_SYSTEM_FIELDS: readonly ApiField[] = [
  { api: ['CreationToken'], data: 'creationToken' },
  { api: ['PerformanceMode'], data: 'performanceMode' },
  { api: ['Encrypted'], data: 'encrypted' },
  { api: ['KmsKeyId'], data: 'kmsKeyId' },
  { api: ['ThroughputMode'], data: 'throughputMode' },
  { api: ['ProvisionedThroughputInMibps'], data: 'provisionedThroughputInMibps' },
  { api: ['AvailabilityZoneName'], data: 'availabilityZoneName' },
  { api: ['Backup'], data: 'backup' },
  { api: ['Tags'], data: 'tags' },
];

/** CreateAccessPoint input, in API reference order; one per entry of the file system's access point list. */
export const ACCESS_POINT_FIELDS: readonly ApiField[] = [
  { api: ['ClientToken'], data: 'clientToken' },
  { api: ['Tags'], data: 'tags' },
  { api: ['FileSystemId'] },
  { api: ['PosixUser'], data: 'posixUser' },
  { api: ['RootDirectory', 'Path'], data: 'path' },
  { api: ['RootDirectory', 'CreationInfo'], data: 'creationInfo' },
];

export interface AccessPointData extends JsonObject {
  name?: string;
}

export function creationToken(fs: DesignNode): string {
  const set = fs.data.creationToken;
  return (typeof set === 'string' && set ? set : textOf(fs.data.name ?? fs.id)).slice(0, 64);
}

/** The access points listed on the file system (a design file can hold anything there: only objects count). */
export function accessPointsOf(fs: DesignNode): AccessPointData[] {
  return Array.isArray(fs.data.accessPoints) ? (fs.data.accessPoints.filter(isPlainObject) as AccessPointData[]) : [];
}

export function accessPointName(ap: AccessPointData, i: number): string {
  return typeof ap.name === 'string' && ap.name ? ap.name : `ap-${i + 1}`;
}

export function accessPointToken(fs: DesignNode, ap: AccessPointData, i: number): string {
  return `${creationToken(fs)}-${accessPointName(ap, i)}`.slice(0, 64);
}

/**
 * The file system id: the one set for an existing file system, else a placeholder that
 * is stable for the design (AWS assigns the real one on CreateFileSystem; set it then).
 */
export function fileSystemId(fs: DesignNode): string {
  const set = fs.data.fileSystemId;
  return typeof set === 'string' && set ? set : `fs-${stableHex(creationToken(fs), 17)}`;
}

/** An access point's id: set on the entry once it exists, else a stable placeholder. */
export function accessPointId(fs: DesignNode, ap: AccessPointData, i: number): string {
  const set = ap.accessPointId;
  return typeof set === 'string' && set ? set : `fsap-${stableHex(accessPointToken(fs, ap, i), 17)}`;
}

export function fileSystemArn(fs: DesignNode, ctx: DeriveContext): string {
  return `arn:aws:elasticfilesystem:${ctx.region}:${ctx.accountId}:file-system/${fileSystemId(fs)}`;
}

export function accessPointArn(apId: string, ctx: DeriveContext): string {
  return `arn:aws:elasticfilesystem:${ctx.region}:${ctx.accountId}:access-point/${apId}`;
}

export function accessPointPath(fs: DesignNode, ap: AccessPointData, i: number): string {
  return `efs-access-points/${safeSegment(accessPointToken(fs, ap, i), `${fs.id}-${i}`)}.json`;
}

/** The file system's CreateFileSystem file (unless it exists) and a CreateAccessPoint file per access point not yet created. */
export function fileSystemArtifacts(fs: DesignNode): Artifact[] {
  const artifacts: Artifact[] = [];
  const name = textOf(fs.data.name ?? fs.id);
  if (!(typeof fs.data.fileSystemId === 'string' && fs.data.fileSystemId)) {
    artifacts.push({
      path: `efs-file-systems/${safeSegment(fs.data.name, fs.id)}.json`,
      type: 'efs-file-system',
      nodeId: fs.id,
      title: name,
      content: toApi(fs.data, FILE_SYSTEM_FIELDS, { CreationToken: creationToken(fs) }),
      owners: [{ pointer: '', nodeId: fs.id }],
    });
  }
  accessPointsOf(fs).forEach((ap, i) => {
    if (typeof ap.accessPointId === 'string' && ap.accessPointId) return;
    artifacts.push({
      path: accessPointPath(fs, ap, i),
      type: 'efs-access-point',
      nodeId: fs.id,
      title: `${name} ${accessPointName(ap, i)}`,
      content: toApi(ap, ACCESS_POINT_FIELDS, { ClientToken: accessPointToken(fs, ap, i), FileSystemId: fileSystemId(fs) }),
      owners: [{ pointer: '', nodeId: fs.id }],
    });
  });
  return artifacts;
}
