import { connect, setNodeField } from '../../../commands/design-commands.ts';
import type { Design } from '../../../model/design.ts';
import type { RuleModule, ValidateContext } from '../../../validate/context.ts';
import { commandFix, fieldFix } from '../../../validate/fixes.ts';
import { sanitizeName } from '../../../validate/names.ts';
import { launchers, services, strings, type LauncherView } from '../../../validate/service-view.ts';
import { textOf } from '../../../model/text.ts';

const LAUNCH_TYPES = ['EC2', 'FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES'];
const SCHEDULING = ['REPLICA', 'DAEMON'];
const FAMILY_REF = /^[A-Za-z0-9_-]{1,255}(:[1-9][0-9]*)?$/;
const TD_ARN = /^arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/[A-Za-z0-9_-]{1,255}:[1-9][0-9]*$/;

/**
 * Required service fields and how the launch target is chosen (ECS_RULES §3.1, §3.2):
 * SVC-REQ, SVC-TD-REF, SVC-COUNT, SVC-LT-CPS, SVC-LT-ENUM, SVC-SPOT-LT, SVC-MI-CPS,
 * SVC-DEFAULT-CPS, SVC-COMPAT, SVC-PV, SCHED-ENUM.
 */
export const serviceLaunchRules: RuleModule = {
  area: 'service launch',
  rules: {
    'SVC-REQ': 'error',
    'SVC-TD-REF': 'error',
    'SVC-COUNT': 'error',
    'SVC-LT-CPS': 'error',
    'SVC-LT-ENUM': 'error',
    'SVC-SPOT-LT': 'error',
    'SVC-MI-CPS': 'error',
    'SVC-DEFAULT-CPS': 'warning',
    'SVC-COMPAT': 'error',
    'SVC-PV': 'error',
    'SCHED-ENUM': 'error',
  },
  check(ctx) {
    for (const svc of services(ctx)) {
      const { node, content } = svc;
      const label = svc.label;

      if (content.serviceName === undefined && node.label !== undefined) {
        // Imported from a file without serviceName (CodeDeploy pipelines give it on the command
        // line): the file is kept as it came, so this is a warning rather than an error.
        const name = sanitizeName(node.label);
        ctx.report({
          ruleId: 'SVC-REQ',
          severity: 'warning',
          node,
          pointer: '/serviceName',
          message:
            `Service "${node.label}" has no serviceName, as in the file it came from: CreateService then needs it on the command line ` +
            '(aws ecs create-service --service-name NAME --cli-input-json file://…). Set one to have it in the file.',
          fix: name ? fieldFix(`Name it ${name}`, node.id, ['serviceName'], name) : undefined,
        });
      } else if (typeof content.serviceName !== 'string' || !content.serviceName) {
        ctx.report({ ruleId: 'SVC-REQ', node, pointer: '/serviceName', message: 'The service needs a name.' });
      }
      // The EXTERNAL controller deploys through task sets, so it is the one case without a task definition.
      if (content.taskDefinition === undefined && svc.controller !== 'EXTERNAL') {
        ctx.report({ ruleId: 'SVC-REQ', node, pointer: '/taskDefinition', message: `Service ${label} has no task definition: connect it to one.` });
      } else if (content.taskDefinition !== undefined && svc.ownerAt('/taskDefinition') === node) {
        const ref = content.taskDefinition;
        if (typeof ref !== 'string' || !(FAMILY_REF.test(ref) || TD_ARN.test(ref))) {
          ctx.report({
            ruleId: 'SVC-TD-REF',
            node,
            pointer: '/taskDefinition',
            message: `taskDefinition "${textOf(ref)}" is not a family, family:revision or task definition ARN.`,
          });
        }
      }

      const scheduling = content.schedulingStrategy;
      if (scheduling !== undefined && !SCHEDULING.includes(textOf(scheduling))) {
        ctx.report({ ruleId: 'SCHED-ENUM', node, pointer: '/schedulingStrategy', message: `schedulingStrategy "${textOf(scheduling)}" must be REPLICA or DAEMON.` });
      } else if (!svc.daemon && typeof content.desiredCount !== 'number') {
        ctx.report({
          ruleId: 'SVC-COUNT',
          node,
          pointer: '/desiredCount',
          message: `Service ${label} runs REPLICA tasks and needs a desiredCount (0 is allowed).`,
        });
      }
    }
    for (const launcher of launchers(ctx)) checkLaunchTarget(ctx, launcher);
  },
};

/**
 * How the launch target is chosen, the same for CreateService and RunTask: SVC-LT-CPS,
 * SVC-SPOT-LT, SVC-LT-ENUM, SVC-DEFAULT-CPS, SVC-COMPAT, SVC-PV.
 */
function checkLaunchTarget(ctx: ValidateContext, svc: LauncherView): void {
  const { node, content, label, noun } = svc;
  const Noun = noun === 'service' ? 'Service' : 'Task';
  const launchType = content.launchType;
  const launchFromExternal = launchType !== undefined && svc.ownerAt('/launchType').kind === 'capacity-external';
  // launchType MANAGED_INSTANCES beside a strategy is SVC-MI-CPS's to explain.
  if (launchType !== undefined && svc.strategy.length && !launchFromExternal && launchType !== 'MANAGED_INSTANCES') {
    ctx.report({
      ruleId: 'SVC-LT-CPS',
      node,
      pointer: '/launchType',
      message: `${Noun} ${label} sets both launchType and a capacity provider strategy; AWS accepts only one.`,
      fix: node.data.launchType !== undefined ? fieldFix('Remove the launch type (keep the strategy)', node.id, ['launchType'], undefined) : undefined,
    });
  }
  if (launchType !== undefined && /SPOT/i.test(textOf(launchType))) {
    const spot = ctx.index.nodesOfKind('capacity-fargate-spot');
    const connected = ctx.index.targets(node.id, 'capacity').some((n) => n.kind === 'capacity-fargate-spot');
    ctx.report({
      ruleId: 'SVC-SPOT-LT',
      node,
      pointer: '/launchType',
      message: `Fargate Spot is not a launch type: place the ${noun} on Fargate Spot capacity (a capacity provider strategy with FARGATE_SPOT).`,
      fix:
        node.data.launchType !== undefined && (connected || spot.length === 1)
          ? commandFix(
              'Use the Fargate Spot capacity instead',
              (d) => setNodeField(d, node.id, ['launchType'], undefined),
              ...(connected ? [] : [(d: Design) => connect(d, node.id, spot[0]!.id)]),
            )
          : undefined,
    });
  } else if (launchType === 'MANAGED_INSTANCES') {
    // Managed Instances are reached through their capacity provider only.
    const providers = ctx.index.nodesOfKind('capacity-managed-instances');
    const connected = ctx.index.targets(node.id, 'capacity').some((n) => n.kind === 'capacity-managed-instances');
    const only = providers.length === 1 ? providers[0]! : undefined;
    ctx.report({
      ruleId: 'SVC-MI-CPS',
      node,
      pointer: '/launchType',
      message: `Managed Instances are not chosen by launch type: place the ${noun} on a Managed Instances capacity provider (a capacity provider strategy naming it).`,
      fix:
        node.data.launchType !== undefined && (connected || only)
          ? commandFix(
              connected ? 'Remove the launch type (keep the strategy)' : `Use ${textOf(only!.data.name ?? 'the Managed Instances capacity')} instead`,
              (d) => setNodeField(d, node.id, ['launchType'], undefined),
              ...(connected ? [] : [(d: Design) => connect(d, node.id, only!.id)]),
            )
          : undefined,
    });
  } else if (launchType !== undefined && !LAUNCH_TYPES.includes(textOf(launchType))) {
    ctx.report({
      ruleId: 'SVC-LT-ENUM',
      node,
      pointer: '/launchType',
      message: `launchType "${textOf(launchType)}" must be one of ${LAUNCH_TYPES.join(', ')}.`,
    });
  }

  if (launchType === undefined && !svc.strategy.length && svc.cluster && !svc.cluster.defaultStrategy.length) {
    ctx.report({
      ruleId: 'SVC-DEFAULT-CPS',
      node,
      pointer: '/capacityProviderStrategy',
      message: `${Noun} ${label} sets neither a launch type nor a capacity provider strategy, and cluster ${textOf(svc.cluster.content.clusterName ?? 'default')} has no default strategy: connect the ${noun} to capacity.`,
    });
  }

  if (svc.td && svc.targets.length) {
    const td = svc.td;
    const literal = strings(td.node.data.requiresCompatibilities);
    for (const target of svc.targets) {
      // Without requiresCompatibilities a task definition is validated for EC2 (and EXTERNAL), never Fargate or Managed Instances.
      const compatible = td.compat.length ? td.compat.includes(target) : target === 'EC2' || target === 'EXTERNAL';
      if (compatible) continue;
      ctx.report({
        ruleId: 'SVC-COMPAT',
        node: td.node,
        pointer: '/requiresCompatibilities',
        message: `${Noun} ${label} runs on ${target}, but task definition ${textOf(td.content.family ?? td.node.id)} is not ${target}-compatible (requiresCompatibilities ${JSON.stringify(td.compat)}).`,
        fix: Array.isArray(td.node.data.requiresCompatibilities)
          ? fieldFix(`Add ${target} to requiresCompatibilities`, td.node.id, ['requiresCompatibilities'], [...literal, target])
          : undefined,
      });
    }
  }

  if (content.platformVersion !== undefined && svc.targets.length && !svc.targets.includes('FARGATE')) {
    ctx.report({
      ruleId: 'SVC-PV',
      node,
      pointer: '/platformVersion',
      message: `platformVersion is only for Fargate; ${noun} ${label} runs on ${svc.targets.join(', ')}.`,
      fix: node.data.platformVersion !== undefined ? fieldFix('Remove the platform version', node.id, ['platformVersion'], undefined) : undefined,
    });
  }
}
