import type { Design } from '../../../model/design.ts';
import { cloneJson, isPlainObject, pointer, type JsonObject } from '../../../model/json.ts';
import { textOf } from '../../../model/text.ts';
import type { RuleModule, ValidateContext } from '../../../validate/context.ts';
import { ownerAt, taskDefinitions, type TaskDefinitionView } from '../../../validate/helpers.ts';
import type { QuickFix, Severity } from '../../../validate/types.ts';
import { pinnedFargateLaunches, versionBelow } from './platform-version.ts';
import { containerName, objectsOf, platformOf, reportContainer, setField } from './task-platform.ts';

/** The members that each make a volume one type; a volume has at most one (VOL-ONE). */
const TYPE_KEYS = ['host', 'dockerVolumeConfiguration', 'efsVolumeConfiguration', 'fsxWindowsFileServerVolumeConfiguration', 's3filesVolumeConfiguration', 'configuredAtLaunch'] as const;
type VolumeType = 'bind mount' | 'host path' | 'Docker volume' | 'EFS' | 'FSx for Windows File Server' | 'EBS (configured at launch)';

/** Fargate Linux platform that brought EFS volumes. */
const EFS_FARGATE_PLATFORM = [1, 4, 0] as const;

/**
 * Task definition volumes and the containers' mount points (ECS_RULES §2.11): VOL-ONE,
 * VOL-MOUNT, VOL-UNUSED, VOL-PLAT (the storage matrix: a volume type a listed platform or
 * the OS does not support, EFS on Fargate pinned below 1.4.0), VOL-DOCKER (scope and
 * autoprovision). Over the volumes as registered: typed ones and those of file system
 * connections alike.
 */
export const volumeRules: RuleModule = {
  area: 'task definition volumes',
  rules: { 'VOL-ONE': 'error', 'VOL-MOUNT': 'error', 'VOL-UNUSED': 'warning', 'VOL-PLAT': 'error', 'VOL-DOCKER': 'error' },
  check(ctx) {
    for (const td of taskDefinitions(ctx)) {
      const volumes = Array.isArray(td.content.volumes) ? td.content.volumes : [];
      const hasMounts = td.containers.some((c) => Array.isArray(c.def.mountPoints) && c.def.mountPoints.length);
      if (!volumes.length && !hasMounts) continue;
      const names = new Set(volumes.flatMap((v) => (isPlainObject(v) && typeof v.name === 'string' ? [v.name] : [])));
      checkMountPoints(ctx, td, names);
      const mounted = new Set(td.containers.flatMap((c) => objectsOf(c.def, 'mountPoints').map(({ item }) => item.sourceVolume)));
      volumes.forEach((volume, i) => {
        if (!isPlainObject(volume)) return;
        const at = pointer('volumes', i);
        const node = ctx.index.node(ownerAt(td.artifact, at).nodeId) ?? td.node;
        const report = (ruleId: string, path: string, message: string, fix?: QuickFix, severity?: Severity) =>
          ctx.report({ ruleId, node, artifactPath: td.artifact.path, pointer: at + path, message, fix, severity });
        const name = textOf(volume.name ?? `volume ${i + 1}`);
        const types = TYPE_KEYS.filter((k) => (k === 'configuredAtLaunch' ? volume[k] === true : volume[k] !== undefined));
        if (types.length > 1) {
          report('VOL-ONE', '', `Volume ${name} is ${types.join(' and ')} at once: a volume is one of host, dockerVolumeConfiguration, efsVolumeConfiguration, fsxWindowsFileServerVolumeConfiguration, s3filesVolumeConfiguration or configuredAtLaunch. Split it into one volume per kind.`);
        }
        if (typeof volume.name === 'string' && !mounted.has(volume.name)) {
          report('VOL-UNUSED', '/name', `Volume ${name} is not mounted by any container (no mountPoints entry with sourceVolume "${name}"): add a mount point to the container that needs it, or remove the volume.`);
        }
        checkPlatform(ctx, td, volume, name, report);
        checkDocker(td, volume, i, name, report);
      });
    }
  },
};

type VolumeReport = (ruleId: string, path: string, message: string, fix?: QuickFix, severity?: Severity) => void;

/** VOL-MOUNT: each mount point names a volume of the task definition and a path in the container. */
function checkMountPoints(ctx: ValidateContext, td: TaskDefinitionView, names: ReadonlySet<string>): void {
  for (const c of td.containers) {
    for (const { item, index } of objectsOf(c.def, 'mountPoints')) {
      const source = item.sourceVolume;
      if (typeof source !== 'string' || !names.has(source)) {
        reportContainer(ctx, td, c, {
          ruleId: 'VOL-MOUNT',
          path: pointer('mountPoints', index, 'sourceVolume'),
          message: `Mount point ${index + 1} of ${containerName(c)} mounts ${typeof source === 'string' && source ? `"${source}", which is not a volume of this task definition` : 'no volume (sourceVolume is missing)'}${names.size ? ` (volumes: ${[...names].join(', ')})` : ''}.`,
        });
      }
      if (typeof item.containerPath !== 'string' || !item.containerPath) {
        reportContainer(ctx, td, c, {
          ruleId: 'VOL-MOUNT',
          path: pointer('mountPoints', index, 'containerPath'),
          message: `Mount point ${index + 1} of ${containerName(c)} has no containerPath: say where in the container the volume appears (e.g. /data).`,
        });
      }
    }
  }
}

function volumeType(volume: JsonObject): VolumeType | undefined {
  if (isPlainObject(volume.efsVolumeConfiguration)) return 'EFS';
  if (isPlainObject(volume.fsxWindowsFileServerVolumeConfiguration)) return 'FSx for Windows File Server';
  if (isPlainObject(volume.dockerVolumeConfiguration)) return 'Docker volume';
  if (volume.configuredAtLaunch === true) return 'EBS (configured at launch)';
  if (isPlainObject(volume.host)) return typeof volume.host.sourcePath === 'string' && volume.host.sourcePath ? 'host path' : 'bind mount';
  return volume.host === undefined && volume.s3filesVolumeConfiguration === undefined ? 'bind mount' : undefined;
}

/**
 * Platforms (as requiresCompatibilities names them) that do not take a volume type (the
 * storage matrix). Managed Instances' refusals are INV-MI's (managed-instances.ts).
 */
const UNSUPPORTED_ON: Partial<Record<VolumeType, readonly string[]>> = {
  'host path': ['FARGATE'],
  'Docker volume': ['FARGATE'],
  EFS: ['EXTERNAL'],
  'FSx for Windows File Server': ['FARGATE', 'EXTERNAL'],
};

const PLATFORM_NAME: Record<string, string> = { FARGATE: 'Fargate', EXTERNAL: 'external instances (ECS Anywhere)', MANAGED_INSTANCES: 'Managed Instances', EC2: 'EC2' };

/** VOL-PLAT: the storage matrix, the OS, and EFS on an old Fargate platform. */
function checkPlatform(ctx: ValidateContext, td: TaskDefinitionView, volume: JsonObject, name: string, report: VolumeReport): void {
  const type = volumeType(volume);
  if (!type) return;
  const platform = platformOf(ctx, td);
  const listed = td.compat.length ? td.compat : ctx.derive.taskDefinitionTargets(td.node.id);
  const targets = listed.length ? listed : ['EC2'];
  const refused = targets.filter((t) => UNSUPPORTED_ON[type]?.includes(t));
  if (refused.length) {
    report('VOL-PLAT', '', `Volume ${name} is a ${type} volume, which ${refused.map((t) => PLATFORM_NAME[t] ?? t).join(' and ')} do${refused.length === 1 ? 'es' : ''} not support. Use a volume type the task's platforms take (EFS works on Fargate, EC2 and Managed Instances), or run the task on EC2.`);
  }
  if (type === 'EBS (configured at launch)' && targets.includes('EXTERNAL')) {
    report('VOL-PLAT', '', `Volume ${name} is configured at launch (EBS), which external instances are not known to support.`, undefined, 'warning');
  }
  if (platform.windows && type === 'EFS') report('VOL-PLAT', '', `Volume ${name} is an EFS volume, which Windows tasks cannot mount (EFS is Linux only): use FSx for Windows File Server.`);
  if (!platform.windows && type === 'FSx for Windows File Server') report('VOL-PLAT', '', `Volume ${name} is an FSx for Windows File Server volume, which only Windows tasks can mount.`);
  if (platform.windows && type === 'Docker volume' && isPlainObject(volume.dockerVolumeConfiguration)) {
    const driver = volume.dockerVolumeConfiguration.driver;
    if (driver !== undefined && driver !== 'local') report('VOL-PLAT', '/dockerVolumeConfiguration/driver', `Docker volume ${name} uses driver ${textOf(driver)}: on Windows only the local driver works.`);
  }
  if (platform.windows && type === 'EBS (configured at launch)' && platform.fargate) {
    report('VOL-PLAT', '', `Volume ${name} is configured at launch (EBS): Windows tasks get EBS volumes on EC2 only.`);
  }
  if (type === 'EFS' && !platform.windows) {
    for (const launch of pinnedFargateLaunches(ctx, td)) {
      if (!versionBelow(launch.version, EFS_FARGATE_PLATFORM)) continue;
      ctx.report({
        ruleId: 'VOL-PLAT',
        node: launch.node,
        pointer: '/platformVersion',
        message: `Task definition ${textOf(td.content.family ?? td.node.id)} mounts EFS volume ${name}, which Fargate platform ${textOf(launch.content.platformVersion)} cannot: EFS on Fargate needs ${EFS_FARGATE_PLATFORM.join('.')} or later.`,
        fix: launch.fix,
      });
    }
  }
}

/** VOL-DOCKER: scope is task or shared; autoprovision only goes with shared. */
function checkDocker(td: TaskDefinitionView, volume: JsonObject, i: number, name: string, report: VolumeReport): void {
  const config = volume.dockerVolumeConfiguration;
  if (!isPlainObject(config)) return;
  const literal = Array.isArray(td.node.data.volumes) && isPlainObject(td.node.data.volumes[i]) ? i : undefined;
  const edit = (label: string, change: (c: JsonObject) => void): QuickFix | undefined =>
    literal === undefined ? undefined : { label, apply: (d) => editDockerVolume(d, td, literal, change) };
  if (config.scope !== undefined && config.scope !== 'task' && config.scope !== 'shared') {
    const lower = typeof config.scope === 'string' ? config.scope.toLowerCase() : '';
    report(
      'VOL-DOCKER',
      '/dockerVolumeConfiguration/scope',
      `Docker volume ${name} has scope "${textOf(config.scope)}": it must be task (removed with the task) or shared (kept after it).`,
      lower === 'task' || lower === 'shared' ? edit(`Use scope ${lower}`, (c) => (c.scope = lower)) : undefined,
    );
    return;
  }
  if (config.autoprovision !== undefined && config.scope !== 'shared') {
    report(
      'VOL-DOCKER',
      '/dockerVolumeConfiguration/autoprovision',
      `Docker volume ${name} sets autoprovision with scope ${textOf(config.scope ?? 'task (the default)')}: autoprovision applies only to shared volumes. Make the volume shared, or remove autoprovision.`,
      // autoprovision true asks for a volume that outlives tasks, which is what shared is.
      config.autoprovision === true ? edit('Make the volume shared', (c) => (c.scope = 'shared')) : edit('Remove autoprovision', (c) => delete c.autoprovision),
    );
  }
}

function editDockerVolume(design: Design, td: TaskDefinitionView, i: number, change: (config: JsonObject) => void): Design {
  const node = design.nodes.find((n) => n.id === td.node.id);
  const volumes = node && Array.isArray(node.data.volumes) ? cloneJson(node.data.volumes) : undefined;
  const volume = volumes?.[i];
  if (!volumes || !isPlainObject(volume) || !isPlainObject(volume.dockerVolumeConfiguration)) return design;
  change(volume.dockerVolumeConfiguration);
  return setField(design, td.node.id, ['volumes'], volumes);
}
