import { connect, setNodeField } from '../../commands/design-commands.ts';
import type { Artifact } from '../../model/artifact.ts';
import type { DesignNode } from '../../model/design.ts';
import { isPlainObject, type JsonObject } from '../../model/json.ts';
import { textOf } from '../../model/text.ts';
import type { RuleModule, ValidateContext } from '../../validate/context.ts';
import { commandFix, fieldFix } from '../../validate/fixes.ts';
import { num, services, type ServiceView } from '../../validate/service-view.ts';
import { objectList } from './keys.ts';
import { scaledService } from './resource.ts';

const CONFIG = '/TargetTrackingScalingPolicyConfiguration';
const STEP_CONFIG = '/StepScalingPolicyConfiguration';
const UTILIZATION = ['ECSServiceAverageCPUUtilization', 'ECSServiceAverageMemoryUtilization'];

interface ScalingView {
  node: DesignNode;
  service?: ServiceView;
  target?: Artifact;
  policies: Artifact[];
  alarms: Artifact[];
  scheduled: Artifact[];
}

function views(ctx: ValidateContext): ScalingView[] {
  const byId = new Map(services(ctx).map((s) => [s.node.id, s]));
  return ctx.index.nodesOfKind('service-scaling').map((node) => {
    const files = ctx.artifactsOf(node.id);
    const service = scaledService(node, ctx.derive).service;
    return {
      node,
      service: service ? byId.get(service.id) : undefined,
      target: files.find((a) => a.type === 'scalable-target'),
      policies: files.filter((a) => a.type === 'scaling-policy'),
      alarms: files.filter((a) => a.type === 'metric-alarm'),
      scheduled: files.filter((a) => a.type === 'scheduled-action'),
    };
  });
}

const sub = (o: JsonObject, key: string): JsonObject => (isPlainObject(o[key]) ? o[key] : {});

/** The metric a target tracking policy tracks, as a comparable value (AS-DUPMETRIC). */
function trackedMetric(config: JsonObject): unknown {
  const predefined = sub(config, 'PredefinedMetricSpecification');
  if (typeof predefined.PredefinedMetricType === 'string') return predefined.PredefinedMetricType;
  const custom = sub(config, 'CustomizedMetricSpecification');
  return Object.keys(custom).length ? [custom.Namespace, custom.MetricName, custom.Dimensions ?? [], custom.Metrics ?? []] : undefined;
}

/**
 * Service auto scaling (ECS_RULES §7), checked on the files as they will be sent:
 * AS-MINMAX, AS-DESIRED, AS-DAEMON, AS-ZERO, AS-TARGET, AS-DUPMETRIC, AS-ALBRC, AS-ALBRC-BG,
 * AS-STEP, AS-DEPLOY; and four the catalogue does not name yet: AS-SERVICE (scales nothing),
 * AS-COOLDOWN (negative cooldown), AS-STEP-ADJ (a step policy without adjustments) and
 * AS-SCHEDULE (a schedule that is not at(), rate() or cron()).
 */
export const serviceScalingRules: RuleModule = {
  area: 'service auto scaling',
  rules: {
    'AS-SERVICE': 'error',
    'AS-MINMAX': 'error',
    'AS-DESIRED': 'warning',
    'AS-DAEMON': 'warning',
    'AS-ZERO': 'warning',
    'AS-TARGET': 'warning',
    'AS-COOLDOWN': 'warning',
    'AS-DUPMETRIC': 'warning',
    'AS-ALBRC': 'error',
    'AS-ALBRC-BG': 'warning',
    'AS-STEP': 'warning',
    'AS-STEP-ADJ': 'error',
    'AS-SCHEDULE': 'error',
    'AS-DEPLOY': 'info',
  },
  check(ctx) {
    for (const view of views(ctx)) {
      checkTarget(ctx, view);
      checkPolicies(ctx, view);
      checkScheduled(ctx, view);
    }
  },
};

function checkTarget(ctx: ValidateContext, { node, service, target, policies }: ScalingView): void {
  if (!target) return;
  const at = (pointer: string) => ({ node, artifactPath: target.path, pointer });
  if (!service) {
    const free = ctx.index.nodesOfKind('service').filter((s) => !ctx.index.source(s.id, 'scales'));
    const only = free.length === 1 ? free[0]! : undefined;
    ctx.report({
      ruleId: 'AS-SERVICE',
      ...at('/ResourceId'),
      message: 'This auto scaling scales no service: connect it to the service whose task count it should change.',
      fix: only ? commandFix(`Connect to ${textOf(only.data.serviceName ?? only.id)}`, (d) => connect(d, node.id, only.id)) : undefined,
    });
  }
  const min = num(target.content.MinCapacity);
  const max = num(target.content.MaxCapacity);
  if (min === undefined || max === undefined) {
    ctx.report({ ruleId: 'AS-MINMAX', ...at(min === undefined ? '/MinCapacity' : '/MaxCapacity'), message: 'Set both the minimum and the maximum number of tasks: a new scalable target needs MinCapacity and MaxCapacity.' });
  } else if (min < 0 || min > max) {
    ctx.report({ ruleId: 'AS-MINMAX', ...at('/MinCapacity'), message: min < 0 ? 'The minimum number of tasks cannot be negative.' : `The minimum (${min}) is above the maximum (${max}) number of tasks.` });
  }
  if (!service) return;
  const desired = num(service.content.desiredCount);
  const svcName = textOf(service.content.serviceName ?? service.node.id);
  if (service.daemon) {
    ctx.report({ ruleId: 'AS-DAEMON', ...at('/ResourceId'), message: `${svcName} is a DAEMON service: its task count follows the instances, so auto scaling does not apply. Use REPLICA, or remove the scaling.` });
    return;
  }
  if (desired !== undefined && min !== undefined && max !== undefined && min <= max && (desired < min || desired > max)) {
    const clamped = Math.min(Math.max(desired, min), max);
    ctx.report({
      ruleId: 'AS-DESIRED',
      node: service.node,
      artifactPath: service.artifact.path,
      pointer: '/desiredCount',
      message: `${svcName} asks for ${desired} tasks, outside its auto scaling range ${min}–${max}: scaling will move it to ${clamped} at once.`,
      fix: fieldFix(`Set desired tasks to ${clamped}`, service.node.id, ['desiredCount'], clamped),
    });
  }
  const dynamic = policies.length > 0;
  if (min === 0 && policies.some((p) => p.content.PolicyType === 'TargetTrackingScaling')) {
    ctx.report({
      ruleId: 'AS-ZERO',
      ...at('/MinCapacity'),
      message: 'With a minimum of 0 tasks, target tracking on the service’s own metrics has no data to scale out from; keep at least 1 task, or scale from zero on a step policy on a queue metric.',
      fix: max !== undefined && max >= 1 ? commandFix('Set minimum tasks to 1', (d) => setNodeField(d, node.id, ['minCapacity'], 1)) : undefined,
    });
  }
  if (dynamic) {
    ctx.report({
      ruleId: 'AS-DEPLOY',
      ...at(''),
      message: `Scale-in pauses while ${svcName} deploys (scale-out goes on). Once scaling runs, sending the service file again with desiredCount${desired !== undefined ? ` ${desired}` : ''} resets the task count scaling chose: leave desiredCount out of later updates.`,
    });
  }
}

function checkPolicies(ctx: ValidateContext, { node, service, policies, alarms }: ScalingView): void {
  const seen = new Map<string, string>();
  for (const policy of policies) {
    const at = (pointer: string) => ({ node, artifactPath: policy.path, pointer });
    const name = textOf(policy.content.PolicyName);
    if (policy.content.PolicyType === 'TargetTrackingScaling') {
      const config = sub(policy.content, 'TargetTrackingScalingPolicyConfiguration');
      const metric = trackedMetric(config);
      const target = num(config.TargetValue);
      if (target === undefined || target <= 0) {
        ctx.report({ ruleId: 'AS-TARGET', severity: 'error', ...at(`${CONFIG}/TargetValue`), message: `Policy ${name} needs a target value above 0.` });
      } else if (typeof metric === 'string' && UTILIZATION.includes(metric) && (target < 10 || target > 90)) {
        ctx.report({ ruleId: 'AS-TARGET', ...at(`${CONFIG}/TargetValue`), message: `Policy ${name} holds ${metric.includes('CPU') ? 'CPU' : 'memory'} at ${target} %: below 10 % wastes tasks, above 90 % leaves no headroom while new tasks start. 50–75 % is usual.` });
      }
      if (metric === undefined) {
        ctx.report({ ruleId: 'AS-TARGET', severity: 'error', ...at(CONFIG), message: `Policy ${name} tracks no metric: choose a predefined metric or a custom one.` });
      }
      for (const key of ['ScaleOutCooldown', 'ScaleInCooldown']) {
        const value = num(config[key]);
        if (value !== undefined && value < 0) ctx.report({ ruleId: 'AS-COOLDOWN', ...at(`${CONFIG}/${key}`), message: `Policy ${name}: a cooldown is a number of seconds, 0 or more (it is ${value}).` });
      }
      const key = JSON.stringify(metric);
      if (metric !== undefined && seen.has(key)) {
        ctx.report({ ruleId: 'AS-DUPMETRIC', ...at(CONFIG), message: `Policies ${seen.get(key)!} and ${name} track the same metric: each target tracking policy of a service needs a metric of its own.` });
      } else seen.set(key, name);
      if (metric === 'ALBRequestCountPerTarget') checkRequestCount(ctx, policy, service, at);
    } else {
      const config = sub(policy.content, 'StepScalingPolicyConfiguration');
      const steps = objectList(config.StepAdjustments);
      if (typeof config.AdjustmentType !== 'string' || !steps.length || steps.some((s) => num(s.ScalingAdjustment) === undefined)) {
        ctx.report({
          ruleId: 'AS-STEP-ADJ',
          ...at(STEP_CONFIG),
          message: `Step policy ${name} needs an adjustment type and at least one step, each with an adjustment (steps: [{ lower, upper, adjustment }]).`,
        });
      }
      const cooldown = num(config.Cooldown);
      if (cooldown !== undefined && cooldown < 0) ctx.report({ ruleId: 'AS-COOLDOWN', ...at(`${STEP_CONFIG}/Cooldown`), message: `Step policy ${name}: the cooldown is a number of seconds, 0 or more.` });
      const arnTail = `:policyName/${name}`;
      if (!alarms.some((a) => Array.isArray(a.content.AlarmActions) && a.content.AlarmActions.some((x) => typeof x === 'string' && x.endsWith(arnTail)))) {
        ctx.report({ ruleId: 'AS-STEP', ...at(''), message: `Step policy ${name} has no CloudWatch alarm to trigger it, so it never runs: give it an alarm (metric, threshold, comparison).` });
      }
    }
  }
}

function checkRequestCount(ctx: ValidateContext, policy: Artifact, service: ServiceView | undefined, at: (p: string) => { node: DesignNode; artifactPath: string; pointer: string }): void {
  const spec = sub(sub(policy.content, 'TargetTrackingScalingPolicyConfiguration'), 'PredefinedMetricSpecification');
  const label = typeof spec.ResourceLabel === 'string' ? spec.ResourceLabel : undefined;
  const pointer = `${CONFIG}/PredefinedMetricSpecification`;
  if (!label) {
    const nlb = service && ctx.index.sources(service.node.id, 'routes-to').some((lb) => lb.kind === 'load-balancer-nlb');
    ctx.report({
      ruleId: 'AS-ALBRC',
      ...at(pointer),
      message: nlb
        ? 'ALBRequestCountPerTarget counts requests of an Application Load Balancer; this service is behind a Network Load Balancer only. Track CPU or memory instead.'
        : 'ALBRequestCountPerTarget needs an Application Load Balancer routing to the service (its target group is the ResourceLabel): connect one, or track CPU or memory.',
    });
  } else if (service) {
    const tg = /targetgroup\/[^/]+\/[^/]+$/.exec(label)?.[0];
    const attached = service.loadBalancers.some((lb) => typeof lb.targetGroupArn === 'string' && tg !== undefined && lb.targetGroupArn.endsWith(`:${tg}`));
    if (!attached) ctx.report({ ruleId: 'AS-ALBRC', ...at(`${pointer}/ResourceLabel`), message: `The target group in ResourceLabel (${label}) is not one the service registers with.` });
  }
  if (service?.controller === 'CODE_DEPLOY') {
    ctx.report({ ruleId: 'AS-ALBRC-BG', ...at(pointer), message: 'ALBRequestCountPerTarget does not work with CodeDeploy blue/green deployments (the target group changes); track CPU or memory.' });
  }
}

function checkScheduled(ctx: ValidateContext, { node, scheduled }: ScalingView): void {
  for (const action of scheduled) {
    const at = (pointer: string) => ({ node, artifactPath: action.path, pointer });
    const name = textOf(action.content.ScheduledActionName);
    const schedule = action.content.Schedule;
    if (typeof schedule !== 'string' || !/^(at|rate|cron)\(.+\)$/.test(schedule.trim())) {
      ctx.report({ ruleId: 'AS-SCHEDULE', ...at('/Schedule'), message: `Scheduled action ${name} needs a schedule: at(yyyy-mm-ddThh:mm:ss), rate(5 minutes) or cron(0 8 ? * MON-FRI *).` });
    }
    const capacity = sub(action.content, 'ScalableTargetAction');
    const min = num(capacity.MinCapacity);
    const max = num(capacity.MaxCapacity);
    if (min !== undefined && max !== undefined && min > max) {
      ctx.report({ ruleId: 'AS-MINMAX', ...at('/ScalableTargetAction/MinCapacity'), message: `Scheduled action ${name} sets a minimum (${min}) above its maximum (${max}).` });
    } else if ((min ?? 0) < 0 || (max ?? 0) < 0) {
      ctx.report({ ruleId: 'AS-MINMAX', ...at('/ScalableTargetAction'), message: `Scheduled action ${name}: capacities cannot be negative.` });
    }
  }
}
