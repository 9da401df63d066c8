import type { JsonObject } from '../../model/json.ts';
import type { ComposeNotes } from './notes.ts';
import { byteSize, ecsName, isObject, mebibytes, scalarText, stringList } from './values.ts';

/**
 * A service's `volumes` and `tmpfs` → task definition volumes, container mount points and
 * tmpfs mounts.
 *
 * - A named volume is a Docker volume on EC2 (dockerVolumeConfiguration, shared and
 *   created on first use, with the top-level volume's driver, options and labels). On
 *   Fargate there is no Docker volume: it becomes task storage (a volume without a host),
 *   which starts empty with each task; that is reported, with EFS as the way to keep data.
 * - A bind mount of an absolute host path is a host volume on EC2. A relative path names
 *   files on the machine that ran Compose, which an ECS instance does not have, so it is
 *   reported (bake the files into the image); on Fargate every bind mount is reported.
 * - tmpfs mounts are linuxParameters.tmpfs on EC2 (ECS needs a size: 64 MiB when none is
 *   given, reported); Fargate has none.
 */

export type Launch = 'FARGATE' | 'EC2';

export interface VolumeMapping {
  volumes: JsonObject[];
  mountPoints: JsonObject[];
  tmpfs: JsonObject[];
}

interface Mount {
  type: string;
  source?: string;
  target?: string;
  readOnly: boolean;
  tmpfsSize?: number;
}

const DEFAULT_TMPFS_MIB = 64;

function parseShortVolume(text: string): Mount | undefined {
  // `source:target[:mode]`; a single path is an anonymous volume. Windows drive letters are out of scope.
  const parts = text.split(':');
  if (parts.length === 1) return { type: 'volume', target: parts[0], readOnly: false };
  if (parts.length > 3) return undefined;
  const [source, target, mode] = parts as [string, string, string | undefined];
  const modes = (mode ?? '').split(',');
  const isPath = source.startsWith('/') || source.startsWith('.') || source.startsWith('~');
  return { type: isPath ? 'bind' : 'volume', source, target, readOnly: modes.includes('ro') };
}

function parseLongVolume(value: JsonObject): Mount {
  const tmpfs = isObject(value.tmpfs) ? byteSize(value.tmpfs.size) : undefined;
  return {
    type: scalarText(value.type) ?? 'volume',
    source: scalarText(value.source),
    target: scalarText(value.target),
    readOnly: value.read_only === true,
    tmpfsSize: tmpfs,
  };
}

export function mapVolumes(
  service: JsonObject,
  topVolumes: JsonObject,
  launch: Launch,
  notes: ComposeNotes,
  at: string,
): VolumeMapping {
  const out: VolumeMapping = { volumes: [], mountPoints: [], tmpfs: [] };
  // By what the volume is (a named volume, a host path): one task volume each, however often mounted.
  const byKey = new Map<string, string>();
  const volume = (key: string, build: () => JsonObject): string => {
    let name = byKey.get(key);
    if (name === undefined) {
      const v = build();
      name = String(v.name);
      byKey.set(key, name);
      out.volumes.push(v);
    }
    return name;
  };
  let anonymous = 0;
  let binds = 0;
  const list = service.volumes;
  if (list !== undefined && !Array.isArray(list)) notes.warn(`${at}/volumes`, 'volumes is not a list: left out');
  (Array.isArray(list) ? list : []).forEach((entry, i) => {
    const where = `${at}/volumes/${i}`;
    const mount = typeof entry === 'string' ? parseShortVolume(entry) : isObject(entry) ? parseLongVolume(entry) : undefined;
    if (!mount || !mount.target) {
      notes.warn(where, `${JSON.stringify(entry)} is not a volume Compose understands: left out`);
      return;
    }
    const mountPoint = (sourceVolume: string) => {
      const mp: JsonObject = { sourceVolume, containerPath: mount.target! };
      if (mount.readOnly) mp.readOnly = true;
      out.mountPoints.push(mp);
    };
    if (mount.type === 'tmpfs') {
      addTmpfs(out, mount.target, mount.tmpfsSize, launch, notes, where);
      return;
    }
    if (mount.type === 'volume' && !mount.source) {
      const name = volume(`anonymous:${i}`, () => ({ name: `anonymous-${++anonymous}` }));
      mountPoint(name);
      notes.info(where, `anonymous volume at ${mount.target}: task storage, empty with each task`);
      return;
    }
    if (mount.type === 'volume') {
      const source = mount.source!;
      const top = topVolumes[source];
      if (top === undefined) notes.warn(where, `volume ${source} is not declared under the top-level volumes`);
      const name = volume(`volume:${source}`, () => namedVolume(source, isObject(top) ? top : {}, launch));
      mountPoint(name);
      if (launch === 'FARGATE') {
        notes.warn(where, `volume ${source} at ${mount.target} is task storage on Fargate: it starts empty with each task and is not shared between tasks or services; connect an EFS file system to the task definition for data that must persist`);
      } else {
        notes.info(where, `volume ${source} → Docker volume ${source} on the instance (shared by the tasks there, not between instances)`);
      }
      return;
    }
    if (mount.type === 'bind') {
      const source = mount.source ?? '';
      if (launch === 'FARGATE') {
        notes.warn(where, `bind mount ${source}:${mount.target} left out: Fargate has no host paths; bake the files into the image, or use an EFS file system`);
        return;
      }
      if (!source.startsWith('/')) {
        notes.warn(where, `bind mount ${source}:${mount.target} left out: ${source} is a path on the machine that ran Compose, not on an ECS instance; bake the files into the image`);
        return;
      }
      const name = volume(`host:${source}`, () => ({ name: `host-${++binds}`, host: { sourcePath: source } }));
      mountPoint(name);
      notes.info(where, `bind mount ${source} → host volume ${name} (the path must exist on every instance)`);
      return;
    }
    notes.warn(where, `volume type ${mount.type} has no ECS equivalent: left out`);
  });

  const tmpfs = service.tmpfs;
  if (tmpfs !== undefined) {
    const paths = stringList(tmpfs);
    if (!paths) notes.warn(`${at}/tmpfs`, 'tmpfs is neither a path nor a list of paths: left out');
    for (const [i, path] of (paths ?? []).entries()) {
      // `/run:size=64m,mode=1777` (Docker's own option syntax is accepted by Compose).
      const [target, options] = path.split(':') as [string, string | undefined];
      const size = /(?:^|,)size=([^,]+)/.exec(options ?? '')?.[1];
      addTmpfs(out, target, size === undefined ? undefined : byteSize(size), launch, notes, Array.isArray(tmpfs) ? `${at}/tmpfs/${i}` : `${at}/tmpfs`);
    }
  }
  return out;
}

function namedVolume(source: string, top: JsonObject, launch: Launch): JsonObject {
  const name = ecsName(source);
  if (launch === 'FARGATE') return { name };
  const config: JsonObject = { scope: 'shared', autoprovision: top.external !== true, driver: scalarText(top.driver) ?? 'local' };
  if (isObject(top.driver_opts)) config.driverOpts = stringMap(top.driver_opts);
  if (isObject(top.labels)) config.labels = stringMap(top.labels);
  return { name, dockerVolumeConfiguration: config };
}

function stringMap(value: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(value)) {
    const text = scalarText(v);
    if (text !== undefined) out[k] = text;
  }
  return out;
}

function addTmpfs(out: VolumeMapping, target: string, bytes: number | undefined, launch: Launch, notes: ComposeNotes, where: string): void {
  if (launch === 'FARGATE') {
    notes.warn(where, `tmpfs at ${target} left out: Fargate has no tmpfs mounts; use a task storage volume`);
    return;
  }
  const size = bytes === undefined ? DEFAULT_TMPFS_MIB : mebibytes(bytes);
  if (bytes === undefined) notes.warn(where, `tmpfs at ${target} has no size, which ECS requires: ${DEFAULT_TMPFS_MIB} MiB`);
  out.tmpfs.push({ containerPath: target, size });
}

