import { addNode, connect } from '../../commands/design-commands.ts';
import type { Design, DesignNode } from '../../model/design.ts';
import { isPlainObject, pointer, type JsonObject } from '../../model/json.ts';
import { textOf } from '../../model/text.ts';
import type { RuleModule, ValidateContext } from '../../validate/context.ts';
import { fieldFix } from '../../validate/fixes.ts';
import { taskDefinitions } from '../../validate/helpers.ts';
import { launchers, objects, type LauncherView } from '../../validate/service-view.ts';
import type { QuickFix } from '../../validate/types.ts';

/** Size range in GiB per volume type (EBS-SIZE). */
const SIZE_RANGE: Record<string, readonly [number, number]> = {
  gp2: [1, 16384],
  gp3: [1, 16384],
  io1: [4, 16384],
  io2: [4, 16384],
  st1: [125, 16384],
  sc1: [125, 16384],
  standard: [1, 1024],
};
/** IOPS range per type that takes it (EBS-IOPS); io1 and io2 need it. */
const IOPS_RANGE: Record<string, readonly [number, number]> = { gp3: [3000, 16000], io1: [100, 64000], io2: [100, 256000] };
const GP3_THROUGHPUT: readonly [number, number] = [125, 1000];
const LINUX_FILESYSTEMS = ['ext3', 'ext4', 'xfs'];

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const clamp = (v: number, [min, max]: readonly [number, number]) => Math.min(max, Math.max(min, v));

/**
 * EBS volumes configured at launch (ECS_RULES §2.11): EBS-ONE over the task definition's
 * volumes; EBS-ROLE, EBS-SIZE, EBS-IOPS, EBS-TPUT and EBS-FS over each managedEBSVolume a
 * service or standalone task passes (drawn or typed), pinned to the EBS volume node when
 * the entry is a drawn volume's; VOL-PLAT's EBS row (no EXTERNAL [unconfirmed]: a warning;
 * Windows on EC2 only). Fixes change the volume node where there is one right answer.
 * EBS-SVC is checked with the other RunTask/CreateService rules (standalone-task/rules).
 */
export const ebsRules: RuleModule = {
  area: 'EBS volumes',
  rules: { 'EBS-ONE': 'error', 'EBS-ROLE': 'error', 'EBS-SIZE': 'error', 'EBS-IOPS': 'error', 'EBS-TPUT': 'error', 'EBS-FS': 'error', 'VOL-PLAT': 'error' },
  check(ctx) {
    for (const td of taskDefinitions(ctx)) {
      const atLaunch = objects(td.content.volumes).filter((v) => v.configuredAtLaunch === true);
      if (atLaunch.length > 1) {
        const volumes = Array.isArray(td.content.volumes) ? td.content.volumes : [];
        ctx.report({
          ruleId: 'EBS-ONE',
          node: td.node,
          pointer: pointer('volumes', volumes.indexOf(atLaunch[1]!)),
          message: `Task definition ${textOf(td.content.family ?? td.node.id)} has ${atLaunch.length} volumes configured at launch (${atLaunch.map((v) => textOf(v.name)).join(', ')}): a task definition takes one.`,
        });
      }
      if (!atLaunch.length) continue;
      const name = textOf(atLaunch[0]!.name);
      const at = pointer('volumes', (td.content.volumes as unknown[]).indexOf(atLaunch[0]!));
      if (td.compat.includes('EXTERNAL')) {
        ctx.report({ ruleId: 'VOL-PLAT', severity: 'warning', node: td.node, pointer: at, message: `EBS volume ${name} on EXTERNAL (ECS Anywhere) capacity: ECS attaches EBS volumes to Fargate, EC2 and Managed Instances tasks, not to external instances.` });
      }
      if (td.windows && td.compat.includes('FARGATE')) {
        ctx.report({ ruleId: 'VOL-PLAT', node: td.node, pointer: at, message: `EBS volume ${name} on a Windows task definition for Fargate: Windows tasks get EBS volumes on EC2 only.` });
      }
    }
    for (const launcher of launchers(ctx)) {
      const entries = Array.isArray(launcher.content.volumeConfigurations) ? launcher.content.volumeConfigurations : [];
      entries.forEach((entry, i) => {
        if (isPlainObject(entry) && isPlainObject(entry.managedEBSVolume)) checkManaged(ctx, launcher, entry, entry.managedEBSVolume, i);
      });
    }
  },
};

function checkManaged(ctx: ValidateContext, launcher: LauncherView, entry: JsonObject, managed: JsonObject, i: number): void {
  const at = pointer('volumeConfigurations', i, 'managedEBSVolume');
  // The entry of a drawn volume is owned by it: problems and fixes go to the volume node.
  const owner = launcher.ownerAt(pointer('volumeConfigurations', i));
  const drawn: DesignNode | undefined = owner.kind === 'ebs-volume' ? owner : undefined;
  const name = textOf(entry.name ?? 'volume');
  const type = typeof managed.volumeType === 'string' ? managed.volumeType : 'gp3';
  const report = (ruleId: string, member: string, message: string, fix?: QuickFix) =>
    ctx.report({ ruleId, node: drawn ?? launcher.node, artifactPath: launcher.artifact.path, pointer: member ? `${at}/${member}` : at, message, fix });
  const fixOn = (label: string, member: string, value: number | undefined) => (drawn ? fieldFix(label, drawn.id, [member], value) : undefined);

  if (!(typeof managed.roleArn === 'string' && managed.roleArn)) {
    const fix = drawn && drawn.data.roleArn === undefined && !ctx.index.source(launcher.node.id, 'infrastructure-role') ? connectInfrastructureRoleFix(ctx, launcher.node) : undefined;
    report('EBS-ROLE', 'roleArn', `EBS volume ${name} of ${launcher.noun} ${launcher.label} has no roleArn: ECS creates the volume with an infrastructure role (trusting ecs.amazonaws.com, with AmazonECSInfrastructureRolePolicyForVolumes).`, fix);
  }

  const size = managed.sizeInGiB;
  const range = SIZE_RANGE[type];
  if (size === undefined && managed.snapshotId === undefined) {
    report('EBS-SIZE', 'sizeInGiB', `EBS volume ${name} has neither sizeInGiB nor snapshotId: give it a size, or a snapshot to create it from.`);
  } else if (size !== undefined && range && !(isInt(size) && size >= range[0] && size <= range[1])) {
    const fix = isInt(size) ? fixOn(`Size ${clamp(size, range)} GiB`, 'sizeInGiB', clamp(size, range)) : undefined;
    report('EBS-SIZE', 'sizeInGiB', `EBS volume ${name}: ${type} volumes are ${range[0]}–${range[1]} GiB, not ${textOf(size)}.`, fix);
  }

  const iops = managed.iops;
  const iopsRange = IOPS_RANGE[type];
  if (iops === undefined && (type === 'io1' || type === 'io2')) {
    report('EBS-IOPS', 'iops', `EBS volume ${name} is ${type}, which needs iops (${iopsRange![0]}–${iopsRange![1]}).`);
  } else if (iops !== undefined && !iopsRange && type in SIZE_RANGE) {
    report('EBS-IOPS', 'iops', `EBS volume ${name} is ${type}, which takes no iops (only gp3, io1 and io2 do).`, fixOn('Remove iops', 'iops', undefined));
  } else if (iops !== undefined && iopsRange && !(isInt(iops) && iops >= iopsRange[0] && iops <= iopsRange[1])) {
    // gp3 below its baseline: 3000, its default, is the one right answer.
    const fix = isInt(iops) ? fixOn(`Set iops to ${clamp(iops, iopsRange)}`, 'iops', clamp(iops, iopsRange)) : undefined;
    report('EBS-IOPS', 'iops', `EBS volume ${name}: ${type} takes ${iopsRange[0]}–${iopsRange[1]} iops, not ${textOf(iops)}.`, fix);
  }

  const throughput = managed.throughput;
  if (throughput !== undefined && type !== 'gp3' && type in SIZE_RANGE) {
    report('EBS-TPUT', 'throughput', `EBS volume ${name} is ${type}: only gp3 volumes take a throughput.`, fixOn('Remove throughput', 'throughput', undefined));
  } else if (throughput !== undefined && type === 'gp3' && !(isInt(throughput) && throughput >= GP3_THROUGHPUT[0] && throughput <= GP3_THROUGHPUT[1])) {
    const fix = isInt(throughput) ? fixOn(`Set throughput to ${clamp(throughput, GP3_THROUGHPUT)} MiB/s`, 'throughput', clamp(throughput, GP3_THROUGHPUT)) : undefined;
    report('EBS-TPUT', 'throughput', `EBS volume ${name}: gp3 throughput is ${GP3_THROUGHPUT[0]}–${GP3_THROUGHPUT[1]} MiB/s, not ${textOf(throughput)}.`, fix);
  }

  const fs = managed.filesystemType;
  const windows = launcher.td?.windows === true;
  if (fs !== undefined) {
    const allowed = windows ? ['ntfs'] : LINUX_FILESYSTEMS;
    if (!allowed.includes(textOf(fs))) {
      report('EBS-FS', 'filesystemType', `EBS volume ${name}: a ${windows ? 'Windows' : 'Linux'} task takes filesystemType ${allowed.join(', ')}${windows ? '' : ' (xfs when unset)'}, not ${textOf(fs)}.`);
    }
  }
  if (type === 'standard' && launcher.targets.includes('FARGATE')) {
    report('EBS-FS', 'volumeType', `EBS volume ${name}: Fargate tasks cannot attach standard (magnetic) volumes; use gp3.`, drawn ? fieldFix('Use gp3', drawn.id, ['volumeType'], 'gp3') : undefined);
  }
}

/**
 * Connects an infrastructure role to the launcher: the design's only one, else a new one
 * beside the launcher. Its volumes policy follows from the connection (INFRASTRUCTURE_USES).
 */
function connectInfrastructureRoleFix(ctx: ValidateContext, launcher: DesignNode): QuickFix {
  const drawn = ctx.index.nodesOfKind('role-infrastructure');
  const only = drawn.length === 1 ? drawn[0]! : undefined;
  return {
    label: only ? `Use infrastructure role ${textOf(only.data.roleName ?? only.id)}` : 'Add an infrastructure role',
    apply: (d: Design) => {
      let design = d;
      let roleId = only?.id;
      if (!roleId) {
        const at = d.nodes.find((n) => n.id === launcher.id)?.position ?? { x: 0, y: 0 };
        const added = addNode(design, 'role-infrastructure', { x: at.x - 320, y: at.y - 120 });
        design = added.design;
        roleId = added.id!;
      }
      const linked = connect(design, roleId, launcher.id);
      return linked.ok ? linked.design : d;
    },
  };
}
