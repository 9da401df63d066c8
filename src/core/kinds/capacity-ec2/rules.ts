import { isPlainObject } from '../../model/json.ts';
import type { RuleModule } from '../../validate/context.ts';
import { clusters } from '../../validate/service-view.ts';
import { textOf } from '../../model/text.ts';
import { checkGroup, checkProviderArn, checkTaskFit } from './group-rules.ts';

const SCALING = '/autoScalingGroupProvider/managedScaling';

function outside(value: unknown, min: number, max: number): boolean {
  return value !== undefined && !(typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max);
}

/**
 * Auto Scaling group capacity providers (ECS_RULES §4.3):
 * ASG-TC, ASG-STEP, ASG-WARM, ASG-MTP, ASG-MAX0, ASG-ONECLUSTER; and on the derived
 * group (group-rules.ts) ASG-ARN, ASG-MTP-ASG, ASG-WEIGHT, ASG-POLICY, ASG-DRAIN, ASG-SIZE.
 * ASG-WARMPOOL is not checked: a warm pool is PutWarmPool, a call the design does not make.
 */
export const asgCapacityRules: RuleModule = {
  area: 'Auto Scaling group capacity',
  rules: {
    'ASG-TC': 'error',
    'ASG-STEP': 'error',
    'ASG-WARM': 'error',
    'ASG-MTP': 'warning',
    'ASG-MAX0': 'error',
    'ASG-ONECLUSTER': 'error',
    'ASG-ARN': 'error',
    'ASG-MTP-ASG': 'error',
    'ASG-WEIGHT': 'error',
    'ASG-POLICY': 'warning',
    'ASG-DRAIN': 'info',
    'ASG-SIZE': 'warning',
  },
  check(ctx) {
    const clusterViews = clusters(ctx);
    for (const node of ctx.index.nodesOfKind('capacity-ec2')) {
      const artifact = ctx.artifactOf(node.id);
      if (!artifact) continue;
      const provider = isPlainObject(artifact.content.autoScalingGroupProvider) ? artifact.content.autoScalingGroupProvider : {};
      checkProviderArn(ctx, node, provider);
      checkGroup(ctx, node, provider);
      checkTaskFit(ctx, node, artifact.content.name);
      const scaling = isPlainObject(provider.managedScaling) ? provider.managedScaling : undefined;
      if (scaling) {
        if (outside(scaling.targetCapacity, 1, 100)) {
          ctx.report({ ruleId: 'ASG-TC', node, pointer: `${SCALING}/targetCapacity`, message: `targetCapacity ${textOf(scaling.targetCapacity)} must be a whole percentage from 1 to 100.` });
        }
        for (const key of ['minimumScalingStepSize', 'maximumScalingStepSize'] as const) {
          if (outside(scaling[key], 1, 10000)) {
            ctx.report({ ruleId: 'ASG-STEP', node, pointer: `${SCALING}/${key}`, message: `${key} ${textOf(scaling[key])} must be a whole number from 1 to 10000.` });
          }
        }
        const min = scaling.minimumScalingStepSize;
        const max = scaling.maximumScalingStepSize;
        if (typeof min === 'number' && typeof max === 'number' && min > max) {
          ctx.report({ ruleId: 'ASG-STEP', node, pointer: `${SCALING}/minimumScalingStepSize`, message: `minimumScalingStepSize ${min} is larger than maximumScalingStepSize ${max}.` });
        }
        if (outside(scaling.instanceWarmupPeriod, 0, 10000)) {
          ctx.report({ ruleId: 'ASG-WARM', node, pointer: `${SCALING}/instanceWarmupPeriod`, message: `instanceWarmupPeriod ${textOf(scaling.instanceWarmupPeriod)} must be 0 to 10000 seconds.` });
        }
      }
      // Omitted managed scaling is off; an object without status is left alone (default not documented).
      if (provider.managedTerminationProtection === 'ENABLED' && (!scaling || scaling.status === 'DISABLED')) {
        ctx.report({
          ruleId: 'ASG-MTP',
          node,
          pointer: '/autoScalingGroupProvider/managedTerminationProtection',
          message: 'Managed termination protection only works with managed scaling: enable managed scaling or turn protection off.',
        });
      }
      if (node.data.maxSize === 0) {
        ctx.report({ ruleId: 'ASG-MAX0', node, message: `Auto Scaling group ${textOf(node.data.name ?? node.id)} has maximum size 0: it can never start an instance to run tasks.` });
      }
      const name = artifact.content.name;
      const owners = typeof name === 'string' ? clusterViews.filter((c) => c.providers.includes(name)) : [];
      if (owners.length > 1) {
        ctx.report({
          ruleId: 'ASG-ONECLUSTER',
          node,
          pointer: '/name',
          message: `Capacity provider ${textOf(name)} is associated with ${owners.length} clusters (${owners.map((c) => textOf(c.content.clusterName ?? 'default')).join(', ')}): an Auto Scaling group provider belongs to one cluster.`,
        });
      }
    }
  },
};
