import { isPlainObject } from '../../../model/json.ts';
import type { RuleModule } from '../../../validate/context.ts';
import { fieldFix } from '../../../validate/fixes.ts';
import { num, services } from '../../../validate/service-view.ts';

/**
 * Whether a rolling deployment can make progress: with desired d, it may run up to
 * floor(d·max/100) tasks and must keep ceil(d·min/100) healthy. If it can neither start an
 * extra task nor stop an old one, the deployment never moves (DEP-STUCK).
 */
export function deploymentStuck(desired: number, minimumHealthyPercent: number, maximumPercent: number): boolean {
  if (desired < 1) return false;
  return Math.floor((desired * maximumPercent) / 100) <= desired && Math.ceil((desired * minimumHealthyPercent) / 100) >= desired;
}

/** Deployment configuration (ECS_RULES §3.3): DEP-STUCK, DEP-PCT-RANGE, DEP-CB. */
export const deploymentRules: RuleModule = {
  area: 'deployments',
  rules: { 'DEP-STUCK': 'warning', 'DEP-PCT-RANGE': 'warning', 'DEP-CB': 'error' },
  check(ctx) {
    for (const svc of services(ctx)) {
      const { node, content } = svc;
      const deployment = isPlainObject(content.deploymentConfiguration) ? content.deploymentConfiguration : {};
      const min = num(deployment.minimumHealthyPercent);
      const max = num(deployment.maximumPercent);
      if (min !== undefined && (min < 0 || min > 100)) {
        ctx.report({
          ruleId: 'DEP-PCT-RANGE',
          node,
          pointer: '/deploymentConfiguration/minimumHealthyPercent',
          message: `minimumHealthyPercent ${min} should be between 0 and 100.`,
        });
      }
      if (max !== undefined && max < 100) {
        ctx.report({
          ruleId: 'DEP-PCT-RANGE',
          node,
          pointer: '/deploymentConfiguration/maximumPercent',
          message: `maximumPercent ${max} should be at least 100.`,
        });
      }
      const desired = num(content.desiredCount);
      // Defaults for REPLICA with the ECS controller: 100 % healthy, 200 % maximum.
      if (!svc.daemon && svc.controller === 'ECS' && desired !== undefined && deploymentStuck(desired, min ?? 100, max ?? 200)) {
        ctx.report({
          ruleId: 'DEP-STUCK',
          node,
          pointer: '/deploymentConfiguration',
          message: `With ${desired} desired task(s), minimumHealthyPercent ${min ?? 100} and maximumPercent ${max ?? 200}, a deployment can neither start a new task nor stop an old one: lower the minimum or raise the maximum.`,
        });
      }
      const breaker = deployment.deploymentCircuitBreaker;
      if (breaker !== undefined) {
        const pointer = '/deploymentConfiguration/deploymentCircuitBreaker';
        if (svc.controller !== 'ECS') {
          ctx.report({
            ruleId: 'DEP-CB',
            node,
            pointer,
            message: `The deployment circuit breaker works only with the ECS deployment controller, not ${svc.controller}.`,
            fix: fieldFix('Remove the circuit breaker', node.id, ['deploymentConfiguration', 'deploymentCircuitBreaker'], undefined),
          });
        } else if (!isPlainObject(breaker) || typeof breaker.enable !== 'boolean' || typeof breaker.rollback !== 'boolean') {
          ctx.report({ ruleId: 'DEP-CB', node, pointer, message: 'deploymentCircuitBreaker needs both enable and rollback (true or false).' });
        }
      }
    }
  },
};
