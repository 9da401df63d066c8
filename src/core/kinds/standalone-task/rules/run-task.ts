import { connect } from '../../../commands/design-commands.ts';
import { textOf } from '../../../model/text.ts';
import type { RuleModule } from '../../../validate/context.ts';
import { commandFix, fieldFix } from '../../../validate/fixes.ts';
import { launchers, objects, runTasks } from '../../../validate/service-view.ts';
import { MAX_RUN_TASK_COUNT } from '../kind.ts';

const PROPAGATE: Record<'service' | 'task', readonly string[]> = {
  service: ['TASK_DEFINITION', 'SERVICE', 'NONE'],
  task: ['TASK_DEFINITION', 'NONE'],
};

/**
 * A standalone task's RunTask input (ECS_RULES §3.9, §2.11, §8), plus checks that hold for
 * services too: RUNTASK-TD (RunTask requires a task definition), RUNTASK-CLUSTER (none
 * means the default cluster), RUNTASK-COUNT (1 to 10 tasks per call), TAG-PROP, EBS-SVC.
 * The launch target, network, capacity and ECS Exec rules are the service's, run for
 * both (kinds/service/rules, validate/cluster-capacity.ts, validate/iam.ts).
 */
export const runTaskRules: RuleModule = {
  area: 'standalone task',
  rules: { 'RUNTASK-TD': 'error', 'RUNTASK-CLUSTER': 'warning', 'RUNTASK-COUNT': 'error', 'TAG-PROP': 'error', 'EBS-SVC': 'error' },
  check(ctx) {
    const tds = ctx.index.nodesOfKind('task-definition');
    const clusterNodes = ctx.index.nodesOfKind('cluster');
    for (const task of runTasks(ctx)) {
      const { node, content, label } = task;
      if (content.taskDefinition === undefined) {
        const only = tds.length === 1 ? tds[0]! : undefined;
        ctx.report({
          ruleId: 'RUNTASK-TD',
          node,
          pointer: '/taskDefinition',
          message: `Task ${label} runs no task definition: connect it to one (RunTask needs it).`,
          fix: only ? commandFix(`Run ${textOf(only.data.family ?? only.id)}`, (d) => connect(d, node.id, only.id)) : undefined,
        });
      }
      if (content.cluster === undefined) {
        const only = clusterNodes.length === 1 ? clusterNodes[0]! : undefined;
        ctx.report({
          ruleId: 'RUNTASK-CLUSTER',
          node,
          pointer: '/cluster',
          message: `Task ${label} names no cluster, so it runs in the account's "default" cluster: connect it to the cluster it belongs in.`,
          fix: only ? commandFix(`Run it in ${textOf(only.data.clusterName ?? 'default')}`, (d) => connect(d, node.id, only.id)) : undefined,
        });
      }
      const count = content.count;
      if (count !== undefined && !(typeof count === 'number' && Number.isInteger(count) && count >= 1 && count <= MAX_RUN_TASK_COUNT)) {
        const fix = typeof count === 'number' && count > MAX_RUN_TASK_COUNT ? MAX_RUN_TASK_COUNT : typeof count === 'number' && count < 1 ? 1 : undefined;
        ctx.report({
          ruleId: 'RUNTASK-COUNT',
          node,
          pointer: '/count',
          message: `count ${textOf(count)}: one RunTask call starts 1 to ${MAX_RUN_TASK_COUNT} tasks.`,
          fix: fix !== undefined && node.data.count !== undefined ? fieldFix(`Start ${fix}`, node.id, ['count'], fix) : undefined,
        });
      }
    }

    for (const launcher of launchers(ctx)) {
      const { node, content, noun } = launcher;
      const propagate = content.propagateTags;
      const allowed = PROPAGATE[noun];
      if (propagate !== undefined && !allowed.includes(textOf(propagate))) {
        ctx.report({
          ruleId: 'TAG-PROP',
          node,
          pointer: '/propagateTags',
          message:
            noun === 'task' && propagate === 'SERVICE'
              ? 'A standalone task belongs to no service: RunTask rejects propagateTags SERVICE. Use TASK_DEFINITION or NONE.'
              : `propagateTags "${textOf(propagate)}" must be one of ${allowed.join(', ')}.`,
          fix: node.data.propagateTags !== undefined ? fieldFix('Propagate the task definition’s tags', node.id, ['propagateTags'], 'TASK_DEFINITION') : undefined,
        });
      }
      // A volume configured at launch gets its EBS settings from the launcher, by name.
      const volumes = launcher.td ? objects(launcher.td.content.volumes) : [];
      const configured = new Set(objects(content.volumeConfigurations).map((v) => v.name));
      for (const volume of volumes) {
        if (volume.configuredAtLaunch !== true || configured.has(volume.name)) continue;
        ctx.report({
          ruleId: 'EBS-SVC',
          node,
          pointer: '/volumeConfigurations',
          message: `Volume ${textOf(volume.name)} of the task definition is configured at launch: the ${noun} needs a volumeConfigurations entry named ${textOf(volume.name)} (managedEBSVolume with its size and role).`,
        });
      }
    }
  },
};
