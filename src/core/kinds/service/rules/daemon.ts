import type { RuleModule } from '../../../validate/context.ts';
import { fieldFix } from '../../../validate/fixes.ts';
import { isPlainObject } from '../../../model/json.ts';
import { services } from '../../../validate/service-view.ts';
import { textOf } from '../../../model/text.ts';

/**
 * DAEMON services: one task per EC2 instance, so no Fargate, no placement strategy, no
 * count and no over-provisioning during deployments (ECS_RULES §3.2):
 * DAEMON-FG, DAEMON-PS, DAEMON-MAX, DAEMON-COUNT, DAEMON-CTRL.
 */
export const daemonRules: RuleModule = {
  area: 'daemon services',
  rules: { 'DAEMON-FG': 'error', 'DAEMON-PS': 'error', 'DAEMON-MAX': 'error', 'DAEMON-COUNT': 'warning', 'DAEMON-CTRL': 'error' },
  check(ctx) {
    for (const svc of services(ctx)) {
      if (!svc.daemon) continue;
      const { node, content } = svc;
      if (svc.targets.includes('FARGATE')) {
        ctx.report({
          ruleId: 'DAEMON-FG',
          node,
          pointer: '/schedulingStrategy',
          message: 'DAEMON services run one task per EC2 instance and cannot run on Fargate: use EC2 capacity or the REPLICA strategy.',
        });
      }
      if (Array.isArray(content.placementStrategy) && content.placementStrategy.length) {
        ctx.report({
          ruleId: 'DAEMON-PS',
          node,
          pointer: '/placementStrategy',
          message: 'DAEMON services take no placementStrategy (placement constraints are fine).',
          fix: fieldFix('Remove the placement strategy', node.id, ['placementStrategy'], undefined),
        });
      }
      const deployment = isPlainObject(content.deploymentConfiguration) ? content.deploymentConfiguration : {};
      if (deployment.maximumPercent !== undefined && deployment.maximumPercent !== 100) {
        ctx.report({
          ruleId: 'DAEMON-MAX',
          node,
          pointer: '/deploymentConfiguration/maximumPercent',
          message: `DAEMON services need maximumPercent 100 (it is ${textOf(deployment.maximumPercent)}): an instance holds one copy.`,
          fix: fieldFix('Set maximumPercent to 100', node.id, ['deploymentConfiguration', 'maximumPercent'], 100),
        });
      }
      if (content.desiredCount !== undefined) {
        ctx.report({
          ruleId: 'DAEMON-COUNT',
          node,
          pointer: '/desiredCount',
          message: 'desiredCount is ignored for DAEMON services: the task count follows the instances.',
          fix: fieldFix('Remove desiredCount', node.id, ['desiredCount'], undefined),
        });
      }
      if (svc.controller === 'CODE_DEPLOY' || svc.controller === 'EXTERNAL') {
        ctx.report({
          ruleId: 'DAEMON-CTRL',
          node,
          pointer: '/deploymentController/type',
          message: `DAEMON services need the ECS deployment controller, not ${svc.controller}.`,
        });
      }
    }
  },
};
