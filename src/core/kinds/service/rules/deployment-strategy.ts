import { isPlainObject, type JsonObject } from '../../../model/json.ts';
import { textOf } from '../../../model/text.ts';
import type { RuleModule } from '../../../validate/context.ts';
import { fieldFix } from '../../../validate/fixes.ts';
import { num, objects, services, strings } from '../../../validate/service-view.ts';

const CONTROLLERS = ['ECS', 'CODE_DEPLOY', 'EXTERNAL'];
const STRATEGIES = ['ROLLING', 'BLUE_GREEN', 'LINEAR', 'CANARY'];
/** Strategies that shift traffic between two target groups (or Service Connect): ECS-native blue/green. */
const SHIFTING = ['BLUE_GREEN', 'LINEAR', 'CANARY'];
const DEPLOYMENT = '/deploymentConfiguration';

const sub = (o: JsonObject, key: string): JsonObject | undefined => (isPlainObject(o[key]) ? o[key] : undefined);

/** A percentage the API takes in steps of 0.1 between `min` and 100 (linear step, canary share). */
function tenthPercentOk(value: number, min: number): boolean {
  return value >= min && value <= 100 && Math.abs(Math.round(value * 10) - value * 10) < 1e-9;
}

/** The nearest allowed value: rounded to 0.1 and kept within min–100. */
function nearestTenth(value: number, min: number): number {
  return Math.min(100, Math.max(min, Math.round(value * 10) / 10));
}

const bakeOk = (value: number | undefined) => value === undefined || (Number.isInteger(value) && value >= 0 && value <= 1440);

/**
 * Deployment controller and strategy of a service (ECS_RULES §3.3): DEP-CTRL-ENUM,
 * DEP-MIN-ZERO, DEP-FG-IGN, DEP-CB-CLB, DEP-ALARM, DEP-STRAT, DEP-LINEAR, DEP-CANARY,
 * DEP-BG-LB, DEP-HOOK. (DEP-STUCK, DEP-PCT-RANGE and DEP-CB are in deployment.ts.)
 */
export const deploymentStrategyRules: RuleModule = {
  area: 'deployment strategies',
  rules: {
    'DEP-CTRL-ENUM': 'error',
    'DEP-MIN-ZERO': 'warning',
    'DEP-FG-IGN': 'info',
    'DEP-CB-CLB': 'warning',
    'DEP-ALARM': 'error',
    'DEP-STRAT': 'error',
    'DEP-LINEAR': 'error',
    'DEP-CANARY': 'error',
    'DEP-BG-LB': 'error',
    'DEP-HOOK': 'error',
  },
  check(ctx) {
    for (const svc of services(ctx)) {
      const { node, content } = svc;
      const deployment = sub(content, 'deploymentConfiguration') ?? {};
      const report = (ruleId: string, pointer: string, message: string, fix?: ReturnType<typeof fieldFix>) => ctx.report({ ruleId, node, pointer, message, fix });
      const controllerSet = sub(content, 'deploymentController')?.type;
      if (controllerSet !== undefined && !CONTROLLERS.includes(textOf(controllerSet))) {
        report('DEP-CTRL-ENUM', '/deploymentController/type', `Deployment controller ${textOf(controllerSet)} is not one of ECS, CODE_DEPLOY, EXTERNAL.`, fieldFix('Use the ECS controller', node.id, ['deploymentController', 'type'], 'ECS'));
      }
      const ecs = svc.controller === 'ECS';
      const min = num(deployment.minimumHealthyPercent);
      if (min === 0 && !svc.daemon && svc.loadBalancers.length > 0) {
        report('DEP-MIN-ZERO', `${DEPLOYMENT}/minimumHealthyPercent`, 'minimumHealthyPercent 0 on a service behind a load balancer stops every task before new ones start: an outage on each deployment.');
      }
      if (!ecs && svc.targets.includes('FARGATE') && (deployment.minimumHealthyPercent !== undefined || deployment.maximumPercent !== undefined)) {
        report('DEP-FG-IGN', DEPLOYMENT, `On Fargate with the ${svc.controller} controller, minimumHealthyPercent and maximumPercent are ignored.`);
      }
      const breaker = sub(deployment, 'deploymentCircuitBreaker');
      if (breaker?.enable === true && svc.loadBalancers.some((lb) => lb.loadBalancerName !== undefined && lb.targetGroupArn === undefined)) {
        report('DEP-CB-CLB', `${DEPLOYMENT}/deploymentCircuitBreaker`, 'The deployment circuit breaker was documented as not supported with a Classic Load Balancer.');
      }
      const alarms = deployment.alarms;
      if (alarms !== undefined) {
        const pointer = `${DEPLOYMENT}/alarms`;
        if (!ecs) {
          report('DEP-ALARM', pointer, `Deployment alarms work only with the ECS deployment controller, not ${svc.controller}.`, fieldFix('Remove the deployment alarms', node.id, ['deploymentConfiguration', 'alarms'], undefined));
        } else if (!isPlainObject(alarms) || !strings(alarms.alarmNames).length || typeof alarms.enable !== 'boolean' || typeof alarms.rollback !== 'boolean') {
          report('DEP-ALARM', pointer, 'Deployment alarms need alarmNames (at least one CloudWatch alarm), enable and rollback (true or false).');
        }
      }
      const strategy = deployment.strategy;
      const linear = sub(deployment, 'linearConfiguration');
      const canary = sub(deployment, 'canaryConfiguration');
      if (strategy !== undefined && !STRATEGIES.includes(textOf(strategy))) {
        report('DEP-STRAT', `${DEPLOYMENT}/strategy`, `Deployment strategy ${textOf(strategy)} is not one of ROLLING, BLUE_GREEN, LINEAR, CANARY.`);
      }
      if (linear && strategy !== 'LINEAR') report('DEP-STRAT', `${DEPLOYMENT}/linearConfiguration`, 'linearConfiguration is only for the LINEAR strategy: set the strategy to LINEAR or remove it.');
      if (canary && strategy !== 'CANARY') report('DEP-STRAT', `${DEPLOYMENT}/canaryConfiguration`, 'canaryConfiguration is only for the CANARY strategy: set the strategy to CANARY or remove it.');
      if (strategy === 'BLUE_GREEN' && deployment.bakeTimeInMinutes === undefined) {
        report('DEP-STRAT', `${DEPLOYMENT}/bakeTimeInMinutes`, 'A BLUE_GREEN deployment needs bakeTimeInMinutes: how long both versions run before the old one is stopped (0–1440).');
      }
      // DEP-LINEAR / DEP-CANARY: the share moved at a time, in 0.1 steps, and the wait after it.
      const shifted = [
        { ruleId: 'DEP-LINEAR', key: 'linearConfiguration', config: linear, share: 'stepPercent', bake: 'stepBakeTimeInMinutes', min: 3 },
        { ruleId: 'DEP-CANARY', key: 'canaryConfiguration', config: canary, share: 'canaryPercent', bake: 'canaryBakeTimeInMinutes', min: 0.1 },
      ];
      for (const { ruleId, key, config, share, bake, min: least } of shifted) {
        if (!config) continue;
        const value = num(config[share]);
        if (value !== undefined && !tenthPercentOk(value, least)) {
          const to = nearestTenth(value, least);
          report(ruleId, `${DEPLOYMENT}/${key}/${share}`, `${share} ${value} must be ${least.toFixed(1)}–100.0 in steps of 0.1.`, fieldFix(`Set ${share} to ${to}`, node.id, ['deploymentConfiguration', key, share], to));
        }
        if (!bakeOk(num(config[bake]))) report(ruleId, `${DEPLOYMENT}/${key}/${bake}`, `${bake} must be a whole number of minutes from 0 to 1440.`);
      }
      if (ecs && typeof strategy === 'string' && SHIFTING.includes(strategy)) {
        const advanced = (lb: JsonObject) => {
          const a = sub(lb, 'advancedConfiguration');
          return !!a && typeof a.alternateTargetGroupArn === 'string' && typeof a.productionListenerRule === 'string' && typeof a.roleArn === 'string';
        };
        const serviceConnect = sub(content, 'serviceConnectConfiguration')?.enabled === true;
        if (!serviceConnect && !svc.loadBalancers.some(advanced)) {
          // A drawn load balancer derives the target group and rule (load-balancer/blue-green.ts): then only the role can be missing.
          const onlyRole = svc.loadBalancers.some((lb) => {
            const a = sub(lb, 'advancedConfiguration');
            return !!a && typeof a.alternateTargetGroupArn === 'string' && typeof a.productionListenerRule === 'string';
          });
          ctx.report({
            ruleId: 'DEP-BG-LB',
            node,
            pointer: svc.loadBalancers.length ? '/loadBalancers' : `${DEPLOYMENT}/strategy`,
            message: onlyRole
              ? `A ${strategy} deployment needs a role ECS assumes to move the listener rule between the two target groups: connect an infrastructure role to this service (or set the role ARN on the load balancer’s connection).`
              : `A ${strategy} deployment shifts traffic to a second target group: draw the load balancer and connect it to this service (the target group and listener rule are then created), or set the alternate target group, the production listener rule and the infrastructure role on the connection (advancedConfiguration), or use Service Connect.`,
          });
        }
      }
      objects(deployment.lifecycleHooks).forEach((hook, i) => {
        const pointer = `${DEPLOYMENT}/lifecycleHooks/${i}`;
        const type = hook.targetType ?? 'AWS_LAMBDA';
        if (type === 'PAUSE' && hook.hookTargetArn !== undefined) {
          const hooks = objects(deployment.lifecycleHooks).map((h, j) => (j === i ? Object.fromEntries(Object.entries(h).filter(([k]) => k !== 'hookTargetArn')) : h));
          report('DEP-HOOK', `${pointer}/hookTargetArn`, 'A PAUSE lifecycle hook takes no hookTargetArn: the deployment waits until you continue it.', fieldFix('Remove the hook target', node.id, ['deploymentConfiguration', 'lifecycleHooks'], hooks));
        } else if (type === 'AWS_LAMBDA' && (typeof hook.hookTargetArn !== 'string' || typeof hook.roleArn !== 'string')) {
          report('DEP-HOOK', pointer, 'An AWS_LAMBDA lifecycle hook needs hookTargetArn (the function) and roleArn (a role ECS assumes to invoke it).');
        }
      });
    }
  },
};
