import { isPlainObject, type JsonObject, type JsonValue } from '../../model/json.ts';
import { RESOURCE_SUFFIX, pascalWords } from '../../export/logical-names.ts';
import type { ApiInput, Reverse } from './reader-types.ts';

/**
 * EFS and Cloud Map read back from a template: mapFileSystem, mapAccessPoint,
 * mapMountTarget (export/cloudformation/storage.ts) and the namespace and service mappers
 * (cloudmap.ts) read backwards into the inputs their kinds derive (efs-file-system/derive.ts,
 * mount-targets.ts, cloudmap-namespace/derive.ts, derive/service-discovery.ts). These name
 * each other by ids the designer makes up from its nodes, so they are created in an order of
 * their own (storage-wiring.ts).
 */

const defined = (o: Record<string, JsonValue | undefined>): JsonObject => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as JsonObject;

function withNotKept(input: ApiInput, props: JsonObject, keys: readonly string[], why: (key: string) => string): ApiInput {
  const notKept = Object.fromEntries(keys.filter((k) => props[k] !== undefined).map((k) => [k, why(k)]));
  return Object.keys(notKept).length ? { ...input, notKept } : input;
}

/**
 * The name a resource the template does not name gets: one the exporter makes its logical
 * id from again (export/logical-names.ts: the name's words in PascalCase, then the kind's
 * suffix), in the designer's kebab-case where that reads back the same, so
 * `SharedDataFileSystem` is `shared-data`. `prefix`: a name that is part of the id too (an
 * access point's file system). Falls back to the logical id itself.
 */
export function nameFromLogicalId(logicalId: string, suffix: string, prefix = ''): string {
  const p = pascalWords(prefix);
  let name = logicalId.endsWith(suffix) ? logicalId.slice(0, -suffix.length) : logicalId;
  if (p && name.startsWith(p) && name.length > p.length) name = name.slice(p.length);
  name ||= logicalId;
  const words = name.split(/(?<=[a-z0-9])(?=[A-Z])/).map((w) => (/^[A-Z][a-z]/.test(w) || w.length === 1 ? w[0]!.toLowerCase() + w.slice(1) : w));
  const kebab = words.join('-');
  return pascalWords(kebab) === name ? kebab : name;
}

/** Numbers the template writes as strings (CloudFormation types POSIX ids as String; the API as Long). */
const posixNumber = (v: JsonValue | undefined): JsonValue | undefined => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v);
const posixUser = (v: JsonValue | undefined) =>
  isPlainObject(v) ? defined({ ...v, Uid: posixNumber(v.Uid), Gid: posixNumber(v.Gid), SecondaryGids: Array.isArray(v.SecondaryGids) ? v.SecondaryGids.map((g) => posixNumber(g)!) : v.SecondaryGids }) : v;
const rootDirectory = (v: JsonValue | undefined) => {
  if (!isPlainObject(v) || !isPlainObject(v.CreationInfo)) return v;
  return { ...v, CreationInfo: defined({ ...v.CreationInfo, OwnerUid: posixNumber(v.CreationInfo.OwnerUid), OwnerGid: posixNumber(v.CreationInfo.OwnerGid) }) };
};

const FILE_SYSTEM_CALLS: Readonly<Record<string, string>> = {
  LifecyclePolicies: 'PutLifecycleConfiguration',
  FileSystemPolicy: 'PutFileSystemPolicy',
  BypassPolicyLockoutSafetyCheck: 'PutFileSystemPolicy',
  FileSystemProtection: 'UpdateFileSystemProtection',
  ReplicationConfiguration: 'CreateReplicationConfiguration',
};

/** CreateFileSystem; its CreationToken (the node's name, which the template does not write) from the logical id. */
const readFileSystem: Reverse = (p, id) => {
  const { BackupPolicy, FileSystemTags, ...rest } = p;
  for (const key of Object.keys(FILE_SYSTEM_CALLS)) delete rest[key];
  const status = isPlainObject(BackupPolicy) ? BackupPolicy.Status : undefined;
  const content = defined({ CreationToken: nameFromLogicalId(id, RESOURCE_SUFFIX['efs-file-system']), ...rest, Backup: status === undefined ? undefined : status === 'ENABLED', Tags: FileSystemTags });
  return [withNotKept({ type: 'efs-file-system', content }, p, Object.keys(FILE_SYSTEM_CALLS), (k) => `set by a separate API call (${FILE_SYSTEM_CALLS[k]}) that the designer does not make`)];
};

/** CreateAccessPoint, but for its ClientToken: the file system's list entry it becomes gives it one (storage-wiring.ts). */
const readAccessPoint: Reverse = (p) => {
  const { AccessPointTags, PosixUser, RootDirectory, ...rest } = p;
  return [{ type: 'efs-access-point', content: defined({ Tags: AccessPointTags, ...rest, PosixUser: posixUser(PosixUser), RootDirectory: rootDirectory(RootDirectory) }) }];
};

const readMountTarget: Reverse = (p) => [{ type: 'efs-mount-target', content: p }];

const readHttpNamespace: Reverse = (p, id) => [{ type: 'cloudmap-http-namespace', content: defined({ Name: id, ...p }) }];
const readDnsNamespace: Reverse = (p, id) => [{ type: 'cloudmap-dns-namespace', content: defined({ Name: id, ...p }) }];
const readDiscoveryService: Reverse = (p, id) => [{ type: 'cloudmap-service', content: defined({ Name: id, ...p }) }];

export const CLOUDMAP_REVERSE: Readonly<Record<string, Reverse>> = {
  'AWS::EFS::FileSystem': readFileSystem,
  'AWS::EFS::AccessPoint': readAccessPoint,
  'AWS::EFS::MountTarget': readMountTarget,
  'AWS::ServiceDiscovery::HttpNamespace': readHttpNamespace,
  'AWS::ServiceDiscovery::PrivateDnsNamespace': readDnsNamespace,
  // The designer draws HTTP and private DNS namespaces only: read so that it is said (storage-wiring.ts), not imported.
  'AWS::ServiceDiscovery::PublicDnsNamespace': readDnsNamespace,
  'AWS::ServiceDiscovery::Service': readDiscoveryService,
};
