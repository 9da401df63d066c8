import { isPlainObject } from '../../../model/json.ts';
import type { RuleModule } from '../../../validate/context.ts';
import { fieldFix } from '../../../validate/fixes.ts';
import { launchers, type LauncherView, type ServiceView } from '../../../validate/service-view.ts';
import { textOf } from '../../../model/text.ts';
import type { DesignNode } from '../../../model/design.ts';
import type { ValidateContext } from '../../../validate/context.ts';
import { eniLimitForVcpus as eniLimit, instanceSize } from '../../capacity-ec2/instance-types.ts';

export const MAX_SUBNETS = 16;
export const MAX_SECURITY_GROUPS = 5;
const AWSVPC = '/networkConfiguration/awsvpcConfiguration';

/**
 * The awsvpc network configuration of a service or a standalone task (CreateService and
 * RunTask take the same one) against the task definition's network mode (ECS_RULES §3.5): NC-REQ, NC-FORBID, NC-SUBNETS, NC-SG, NC-PUBIP-ENUM, NC-PUBIP-EC2, NC-SG-DEFAULT,
 * NC-ENI-DENSITY (awsvpc tasks on a drawn EC2 group beyond what its instances' ENIs hold) and NC-DOC-ANOMALY.
 *
 * NC-DOC-ANOMALY is registered as info although the catalogue row says W: the catalogue
 * itself says to surface it as advisory only, since the API reference sentence it is about
 * ("assignPublicIp must be DISABLED with the ECS controller") contradicts the Fargate guide,
 * and a warning would fire on exactly what NC-FG-PUBLIC's fix sets.
 */
export const networkConfigurationRules: RuleModule = {
  area: 'network configuration',
  rules: {
    'NC-REQ': 'error',
    'NC-FORBID': 'error',
    'NC-SUBNETS': 'error',
    'NC-SG': 'error',
    'NC-PUBIP-ENUM': 'error',
    'NC-PUBIP-EC2': 'error',
    'NC-SG-DEFAULT': 'warning',
    'NC-ENI-DENSITY': 'warning',
    'NC-DOC-ANOMALY': 'info',
  },
  check(ctx) {
    const eniTasks = new Map<string, { group: DesignNode; tasks: number; launchers: LauncherView[] }>();
    for (const svc of launchers(ctx)) {
      const { node, content } = svc;
      // The mode as registered; a task definition that is not in the design is only known to be awsvpc on Fargate.
      const mode = svc.td ? svc.td.networkMode : svc.targets.includes('FARGATE') ? 'awsvpc' : null;
      const network = content.networkConfiguration;
      const awsvpc = isPlainObject(network) && isPlainObject(network.awsvpcConfiguration) ? network.awsvpcConfiguration : undefined;
      if (mode === 'awsvpc' && !awsvpc) {
        ctx.report({
          ruleId: 'NC-REQ',
          node,
          pointer: '/networkConfiguration',
          message: `The task definition uses awsvpc, so the ${svc.noun} needs networkConfiguration.awsvpcConfiguration with subnets.`,
        });
        continue;
      }
      // An omitted networkMode is bridge on Linux (and NAT on Windows, which also takes no awsvpc settings).
      const nonAwsvpc = svc.td !== undefined && mode !== 'awsvpc';
      if (network !== undefined && nonAwsvpc) {
        ctx.report({
          ruleId: 'NC-FORBID',
          node,
          pointer: '/networkConfiguration',
          message: `The task definition's network mode is ${mode ?? 'the default (bridge)'}: networkConfiguration is only for awsvpc and AWS rejects it.`,
          fix: node.data.networkConfiguration !== undefined ? fieldFix('Remove the network configuration', node.id, ['networkConfiguration'], undefined) : undefined,
        });
        continue;
      }
      if (!awsvpc) continue;
      if (mode === 'awsvpc') countEniTasks(ctx, svc, eniTasks);
      const subnets = awsvpc.subnets;
      if (!Array.isArray(subnets) || subnets.length === 0) {
        ctx.report({ ruleId: 'NC-SUBNETS', node, pointer: `${AWSVPC}/subnets`, message: 'awsvpcConfiguration needs at least one subnet (ideally one per Availability Zone).' });
      } else if (subnets.length > MAX_SUBNETS) {
        ctx.report({ ruleId: 'NC-SUBNETS', node, pointer: `${AWSVPC}/subnets`, message: `${subnets.length} subnets: awsvpcConfiguration takes at most ${MAX_SUBNETS}.` });
      }
      const groups = awsvpc.securityGroups;
      if (!Array.isArray(groups) || groups.length === 0) {
        ctx.report({
          ruleId: 'NC-SG-DEFAULT',
          node,
          pointer: `${AWSVPC}/securityGroups`,
          message: `No security groups: the tasks get the VPC's default security group. Give the ${svc.noun} its own.`,
        });
      } else if (groups.length > MAX_SECURITY_GROUPS) {
        ctx.report({ ruleId: 'NC-SG', node, pointer: `${AWSVPC}/securityGroups`, message: `${groups.length} security groups: awsvpcConfiguration takes at most ${MAX_SECURITY_GROUPS}.` });
      }
      const publicIp = awsvpc.assignPublicIp;
      const path = ['networkConfiguration', 'awsvpcConfiguration', 'assignPublicIp'];
      if (publicIp !== undefined && publicIp !== 'ENABLED' && publicIp !== 'DISABLED') {
        const upper = typeof publicIp === 'string' ? publicIp.toUpperCase() : '';
        ctx.report({
          ruleId: 'NC-PUBIP-ENUM',
          node,
          pointer: `${AWSVPC}/assignPublicIp`,
          message: `assignPublicIp "${textOf(publicIp)}" must be ENABLED or DISABLED.`,
          fix: upper === 'ENABLED' || upper === 'DISABLED' ? fieldFix(`Use ${upper}`, node.id, path, upper) : undefined,
        });
      } else if (publicIp === 'ENABLED' && svc.noun === 'service' && (svc as ServiceView).controller === 'ECS' && !svc.targets.includes('EC2')) {
        ctx.report({
          ruleId: 'NC-DOC-ANOMALY',
          node,
          pointer: `${AWSVPC}/assignPublicIp`,
          message:
            'For your information: the CreateService API reference says assignPublicIp must be DISABLED with the ECS deployment controller, while the Fargate guide runs services in public subnets with ENABLED, which AWS accepts. Keep ENABLED if the tasks need a public IP; only if CreateService rejects it, move the tasks to private subnets with a NAT gateway.',
        });
      } else if (publicIp === 'ENABLED' && svc.targets.includes('EC2')) {
        ctx.report({
          ruleId: 'NC-PUBIP-EC2',
          node,
          pointer: `${AWSVPC}/assignPublicIp`,
          message: 'Tasks on EC2 never get a public IP (assignPublicIp ENABLED is Fargate only): use private subnets with a NAT gateway.',
          fix: fieldFix('Set assignPublicIp to DISABLED', node.id, path, 'DISABLED'),
        });
      }
    }
    for (const { group, tasks, launchers: placed } of eniTasks.values()) {
      const size = instanceSize(group.data.instanceType);
      const maxSize = group.data.maxSize;
      if (!size || typeof maxSize !== 'number') continue;
      // One ENI is the instance's own; each awsvpc task takes one of the others.
      const perInstance = eniLimit(size.vcpus) - 1;
      if (tasks <= perInstance * maxSize) continue;
      for (const svc of placed) {
        ctx.report({
          ruleId: 'NC-ENI-DENSITY',
          node: svc.node,
          pointer: '/networkConfiguration',
          message: `awsvpc tasks on EC2 each take an elastic network interface of their instance: a ${textOf(group.data.instanceType)} has ${perInstance + 1} (one its own), so the ${maxSize} instances of ${textOf(group.data.name ?? group.id)} hold at most ${perInstance * maxSize} such tasks, and ${tasks} are asked for. Turn on ENI trunking (account setting awsvpcTrunking), use larger instances or more of them, or bridge mode.`,
        });
      }
    }
  },
};

/** Adds a launcher's awsvpc tasks to each drawn EC2 group it places them on (NC-ENI-DENSITY). */
function countEniTasks(ctx: ValidateContext, svc: LauncherView, into: Map<string, { group: DesignNode; tasks: number; launchers: LauncherView[] }>): void {
  const count = svc.content.desiredCount ?? svc.content.count ?? 1;
  if (typeof count !== 'number') return;
  for (const group of ctx.index.targets(svc.node.id, 'capacity')) {
    if (group.kind !== 'capacity-ec2') continue;
    const entry = into.get(group.id) ?? { group, tasks: 0, launchers: [] };
    entry.tasks += count;
    entry.launchers.push(svc);
    into.set(group.id, entry);
  }
}
