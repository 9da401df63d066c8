import { connect } from '../../commands/design-commands.ts';
import type { DesignNode } from '../../model/design.ts';
import { textOf } from '../../model/text.ts';
import { placementOf } from '../../derive/network-placement.ts';
import type { RuleModule } from '../../validate/context.ts';
import { commandFix } from '../../validate/fixes.ts';
import { launchers } from '../../validate/service-view.ts';
import { covers, ingressCovers, taskGroupsOf } from '../../validate/security-group-openings.ts';
import { groupNameOf, ownIngress } from '../security-group/derive.ts';

/** NFS, which EFS mount targets listen on. */
export const NFS_PORT = 2049;

/**
 * EFS-SG (ECS_RULES §2.11): tasks that mount a file system whose mount target groups do
 * not let the tasks' groups (their own in awsvpc, their instances' otherwise) in on NFS
 * 2049: the mount times out and the task does not start. Checked where both sides' groups
 * are drawn; an address range opening 2049 counts as open (which addresses the tasks get
 * is not known). The fix draws the opening from the tasks' first group.
 */
export const efsSecurityGroupRules: RuleModule = {
  area: 'EFS mount target security groups',
  rules: { 'EFS-SG': 'warning' },
  check(ctx) {
    for (const l of launchers(ctx)) {
      if (!l.td) continue;
      const taskGroups = taskGroupsOf(ctx, l);
      if (!taskGroups.length) continue;
      const fileSystems = [...new Set(ctx.index.targets(l.td.node.id, 'mounts'))];
      for (const fs of fileSystems) {
        const fsGroups = placementOf(fs, ctx.derive).securityGroups;
        if (!fsGroups.length) continue;
        const open = fsGroups.some(
          (g) =>
            ownIngress(g).some((r) => ingressCovers(r, NFS_PORT)) ||
            ctx.index.incoming(g.id, 'allows').some((a) => taskGroups.some((t) => t.id === a.source) && covers(a, NFS_PORT)),
        );
        if (open) continue;
        const from = taskGroups[0]!;
        const to = fsGroups[0]!;
        const drawn = ctx.index.outgoing(from.id, 'allows').some((a) => a.target === to.id);
        const mountTarget = ctx.artifactsOf(fs.id).find((a) => a.type === 'efs-mount-target');
        ctx.report({
          ruleId: 'EFS-SG',
          node: fs,
          artifactPath: mountTarget?.path,
          pointer: mountTarget ? '/SecurityGroups' : undefined,
          message: `${l.noun === 'service' ? 'Service' : 'Task'} ${l.label} mounts ${textOf(fs.data.name ?? fs.id)}, but its mount target groups (${names(fsGroups)}) do not let the tasks' groups (${names(taskGroups)}) in on NFS port ${NFS_PORT}: the mount times out and the tasks do not start. Let ${groupNameOf(from)} into ${groupNameOf(to)} on TCP ${NFS_PORT}.`,
          // One opening per pair of groups: one on another port is the user's to change.
          fix: drawn ? undefined : commandFix(`Let ${groupNameOf(from)} into ${groupNameOf(to)} on port ${NFS_PORT}`, (d) => connect(d, from.id, to.id, { fromPort: NFS_PORT })),
        });
      }
    }
  },
};

const names = (groups: readonly DesignNode[]) => groups.map(groupNameOf).join(', ');
