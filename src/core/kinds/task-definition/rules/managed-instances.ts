import type { RuleModule, ValidateContext } from '../../../validate/context.ts';
import { fieldFix } from '../../../validate/fixes.ts';
import { taskDefinitions, type TaskDefinitionView } from '../../../validate/helpers.ts';
import { isPlainObject, pointer } from '../../../model/json.ts';
import { textOf } from '../../../model/text.ts';
import { containerName, platformOf, reportContainer } from './task-platform.ts';

/** Container parameters Managed Instances refuse (INV-MI); hostname under awsvpc is CD-HOSTNAME's. */
const CONTAINER_FIELDS = ['disableNetworking', 'dnsSearchDomains', 'dnsServers', 'dockerLabels', 'dockerSecurityOptions', 'extraHosts', 'hostname', 'links'] as const;
const LINUX_PARAMETERS = ['maxSwap', 'sharedMemorySize', 'swappiness', 'tmpfs'] as const;
/** Task-level parameters Managed Instances refuse (INV-MI); ephemeralStorage is EPH-PLAT's. */
const TASK_FIELDS = ['inferenceAccelerators', 'ipcMode', 'proxyConfiguration'] as const;

/**
 * Task definitions that run on Managed Instances (ECS_RULES §2.2, §2.11, §2.12, §4.6):
 * NET-MI (awsvpc or host, set explicitly), MI-OS (Linux only), INV-MI (parameters the
 * platform refuses), EPH-PLAT (no ephemeralStorage: size the provider's data volume).
 */
export const managedInstancesTaskRules: RuleModule = {
  area: 'task definitions on Managed Instances',
  rules: { 'NET-MI': 'error', 'MI-OS': 'error', 'INV-MI': 'error', 'EPH-PLAT': 'error' },
  check(ctx) {
    for (const td of taskDefinitions(ctx)) {
      const p = platformOf(ctx, td);
      if (!p.managedInstances) continue;
      const family = textOf(td.content.family ?? td.node.id);
      const mode = td.networkMode;
      if (mode === undefined || mode === 'bridge') {
        ctx.report({
          ruleId: 'NET-MI',
          node: td.node,
          pointer: '/networkMode',
          message: `${family} runs on Managed Instances, which take the awsvpc or host network mode and have no default: ${mode === 'bridge' ? 'bridge is not supported' : 'set one'}.`,
          fix: fieldFix('Use awsvpc', td.node.id, ['networkMode'], 'awsvpc'),
        });
      }
      if (td.windows) {
        ctx.report({
          ruleId: 'MI-OS',
          node: td.node,
          pointer: '/runtimePlatform/operatingSystemFamily',
          message: `${family} is a Windows task definition, but Managed Instances run Linux only: run it on EC2 Windows instances or Fargate Windows.`,
        });
      }
      if (td.content.ephemeralStorage !== undefined) {
        ctx.report({
          ruleId: 'EPH-PLAT',
          node: td.node,
          pointer: '/ephemeralStorage',
          message: `${family} sets ephemeralStorage, which Managed Instances do not take: size the capacity provider's data volume (storageConfiguration) instead.`,
          fix: td.node.data.ephemeralStorage !== undefined ? fieldFix('Remove ephemeralStorage', td.node.id, ['ephemeralStorage'], undefined) : undefined,
        });
      }
      checkTaskFields(ctx, td, family);
      checkContainers(ctx, td, mode);
    }
  },
};

function checkTaskFields(ctx: ValidateContext, td: TaskDefinitionView, family: string): void {
  for (const field of TASK_FIELDS) {
    if (td.content[field] === undefined) continue;
    ctx.report({
      ruleId: 'INV-MI',
      node: td.node,
      pointer: `/${field}`,
      message: `${family} sets ${field}, which Managed Instances do not support.`,
      fix: td.node.data[field] !== undefined ? fieldFix(`Remove ${field}`, td.node.id, [field], undefined) : undefined,
    });
  }
  const volumes = Array.isArray(td.content.volumes) ? td.content.volumes : [];
  volumes.forEach((volume, i) => {
    if (!isPlainObject(volume)) return;
    const kind = volume.dockerVolumeConfiguration !== undefined
      ? 'dockerVolumeConfiguration'
      : volume.fsxWindowsFileServerVolumeConfiguration !== undefined
        ? 'fsxWindowsFileServerVolumeConfiguration'
        : isPlainObject(volume.host) && volume.host.sourcePath !== undefined
          ? 'host'
          : undefined;
    if (!kind) return;
    const what = kind === 'host' ? 'a bind mount with host.sourcePath' : kind === 'dockerVolumeConfiguration' ? 'a Docker volume' : 'an FSx for Windows File Server volume';
    ctx.report({
      ruleId: 'INV-MI',
      node: td.node,
      pointer: kind === 'host' ? pointer('volumes', i, 'host', 'sourcePath') : pointer('volumes', i, kind),
      message: `Volume ${textOf(volume.name ?? i)} of ${family} is ${what}, which Managed Instances do not support (bind mounts without a source path, EFS and EBS are).`,
    });
  });
}

function checkContainers(ctx: ValidateContext, td: TaskDefinitionView, mode: string | undefined): void {
  for (const c of td.containers) {
    const name = containerName(c);
    for (const field of CONTAINER_FIELDS) {
      if (c.def[field] === undefined || (field === 'hostname' && mode === 'awsvpc')) continue;
      reportContainer(ctx, td, c, {
        ruleId: 'INV-MI',
        path: `/${field}`,
        message: `${name} sets ${field}, which Managed Instances do not support.`,
        fix: c.node && c.node.data[field] !== undefined ? fieldFix(`Remove ${field}`, c.node.id, [field], undefined) : undefined,
      });
    }
    const linux = isPlainObject(c.def.linuxParameters) ? c.def.linuxParameters : undefined;
    for (const field of LINUX_PARAMETERS) {
      if (linux?.[field] === undefined) continue;
      const own = c.node && isPlainObject(c.node.data.linuxParameters) ? c.node.data.linuxParameters : undefined;
      reportContainer(ctx, td, c, {
        ruleId: 'INV-MI',
        path: `/linuxParameters/${field}`,
        message: `${name} sets linuxParameters.${field}, which Managed Instances do not support.`,
        fix: c.node && own?.[field] !== undefined ? fieldFix(`Remove linuxParameters.${field}`, c.node.id, ['linuxParameters', field], undefined) : undefined,
      });
    }
  }
}
