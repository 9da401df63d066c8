import { isPlainObject, type JsonObject } from '../../../model/json.ts';
import { textOf } from '../../../model/text.ts';
import type { RuleModule } from '../../../validate/context.ts';
import { objects, services } from '../../../validate/service-view.ts';
import { listenerArn } from '../../load-balancer/listeners.ts';

const LB_KINDS = ['load-balancer-alb', 'load-balancer-nlb'];

/** The action types of a listener's default actions or of a rule's actions. */
const actionTypes = (actions: unknown) => objects(actions).map((a) => textOf(a.Type));

/**
 * The load balancer side of ECS-native blue/green, linear and canary deployments, for routes
 * from a drawn load balancer (ECS_RULES §3.3; AWS "Troubleshooting Amazon ECS blue/green
 * deployments" and "Application Load Balancer resources for blue/green deployments"):
 * - DEP-BG-ARN: productionListenerRule and testListenerRule are listener rule ARNs on an ALB and
 *   listener ARNs on an NLB; ECS refuses CreateService/UpdateService with the other kind.
 * - DEP-BG-ACTIONS: ECS does not support ALB listeners that mix forward actions with others
 *   (fixed-response, redirect, authenticate): the deployment fails. A warning, as the docs word
 *   it for "listener rules" and we only see the rules this design creates.
 */
export const blueGreenRouteRules: RuleModule = {
  area: 'blue/green load balancer routes',
  rules: {
    'DEP-BG-ARN': 'error',
    'DEP-BG-ACTIONS': 'warning',
  },
  check(ctx) {
    for (const svc of services(ctx)) {
      svc.loadBalancers.forEach((entry, i) => {
        const advanced = isPlainObject(entry.advancedConfiguration) ? entry.advancedConfiguration : undefined;
        const lb = svc.ownerAt(`/loadBalancers/${i}`);
        if (!advanced || !LB_KINDS.includes(lb.kind)) return;
        const alb = lb.kind === 'load-balancer-alb';
        const pointer = `/loadBalancers/${i}/advancedConfiguration`;
        for (const key of ['productionListenerRule', 'testListenerRule']) {
          const arn = advanced[key];
          if (typeof arn !== 'string') continue;
          const isRule = arn.includes(':listener-rule/');
          const isListener = arn.includes(':listener/');
          if (alb ? !isRule : !isListener) {
            ctx.report({
              ruleId: 'DEP-BG-ARN',
              node: svc.node,
              pointer: `${pointer}/${key}`,
              message: alb
                ? `${key} on an Application Load Balancer is the ARN of a listener rule (…:listener-rule/app/…), not ${isListener ? 'of a listener' : textOf(arn)}.`
                : `${key} on a Network Load Balancer is the ARN of the listener (…:listener/net/…), not ${isRule ? 'of a listener rule' : textOf(arn)}.`,
            });
          }
        }
        if (!alb || typeof advanced.productionListenerRule !== 'string') return;
        // The listener of the production rule, among this load balancer's files, and the rules on it.
        const files = ctx.artifactsOf(lb.id);
        const ruleOf = (listenerFile: JsonObject) => `${listenerArn(lb, listenerFile.Port as number | undefined, ctx.derive).replace(':listener/', ':listener-rule/')}/`;
        const listener = files.find((a) => a.type === 'listener' && (advanced.productionListenerRule as string).startsWith(ruleOf(a.content)));
        if (!listener) return;
        const arn = listenerArn(lb, listener.content.Port as number | undefined, ctx.derive);
        const rules = files.filter((a) => a.type === 'listener-rule' && a.content.ListenerArn === arn);
        const types = new Set([...actionTypes(listener.content.DefaultActions), ...rules.flatMap((r) => actionTypes((r.content as JsonObject).Actions))]);
        const others = [...types].filter((t) => t !== 'forward');
        if (types.has('forward') && others.length) {
          ctx.report({
            ruleId: 'DEP-BG-ACTIONS',
            node: svc.node,
            pointer,
            message: `The production listener (port ${textOf(listener.content.Port)}) mixes forward actions with ${others.join(', ')}: ECS blue/green deployments fail on such listeners. Route a service to it as its default (no path pattern), so that it forwards everything.`,
          });
        }
      });
    }
  },
};
