import type { DesignEdge, DesignNode } from '../../model/design.ts';
import { isPlainObject, type JsonObject } from '../../model/json.ts';
import type { DeriveContext } from '../../derive/context.ts';
import { listenerArn, listenerRoutes, listenerRuleArn, listenersOf, routeListener, type ListenerData } from './listeners.ts';

/**
 * ECS-native blue/green, linear and canary deployments on a drawn load balancer (DEP-BG-LB).
 * ECS registers the new tasks in a second ("alternate") target group and moves traffic by
 * changing the weights of the two target groups in the production listener rule (an ALB rule;
 * on an NLB the listener itself), and optionally sends test traffic through a test listener
 * rule first. When the service deploys that way and the route's target group is one we create,
 * the route derives all of these; whatever the user typed into the route's
 * advancedConfiguration wins over the derived value, and `existingBlueGreenResources: true` on the
 * route turns the derivation off.
 */

/** Deployment strategies that shift traffic between two target groups (ECS_RULES §3.3). */
export const SHIFTING_STRATEGIES: readonly string[] = ['BLUE_GREEN', 'LINEAR', 'CANARY'];

/** Priority of the catch-all production rule of a route that is its listener's default: after every path rule. */
export const CATCH_ALL_PRIORITY = 50000;

/** The advancedConfiguration keys a route can derive; roleArn comes from the infrastructure role. */
export const DERIVED_ADVANCED_KEYS = ['alternateTargetGroupArn', 'productionListenerRule', 'testListenerRule'] as const;
export type DerivedAdvancedKey = (typeof DERIVED_ADVANCED_KEYS)[number];

/** Whether the service deploys by shifting traffic with the ECS controller (the default one). */
export function shiftsTraffic(service: DesignNode): boolean {
  const deployment = service.data.deploymentConfiguration;
  const controller = service.data.deploymentController;
  const type = isPlainObject(controller) ? controller.type : undefined;
  return isPlainObject(deployment) && typeof deployment.strategy === 'string' && SHIFTING_STRATEGIES.includes(deployment.strategy) && (type === undefined || type === 'ECS');
}

/** Whether a route derives its blue/green resources: the service shifts traffic, and the primary target group is ours. */
export function derivesBlueGreen(service: DesignNode, edge: DesignEdge): boolean {
  return shiftsTraffic(service) && typeof edge.data?.targetGroupArn !== 'string' && edge.data?.existingBlueGreenResources !== true;
}

/** The advancedConfiguration the user typed on a route ({} when none). */
export function literalAdvanced(edge: DesignEdge): JsonObject {
  return isPlainObject(edge.data?.advancedConfiguration) ? edge.data.advancedConfiguration : {};
}

/** A listener rule the route derives: which listener, its priority, placeholder ARN and conditions. */
export interface DerivedListenerRule {
  listener: ListenerData;
  priority: number;
  arn: string;
  conditions: JsonObject[];
}

export interface BlueGreenPlan {
  /** The alternate target group the route creates (none when the user names one). */
  alternate?: { name: string; arn: string };
  /** The target groups the production and test rules forward to, primary first. */
  forward: [primary: string, alternate: string];
  /** The production listener rule the route creates (ALB only; none when the user names one). */
  production?: DerivedListenerRule;
  /** The test listener rule the route creates (ALB, with a test listener port; none when the user names one). */
  test?: DerivedListenerRule;
  /** The test listener (an NLB's test listener, or the ALB listener of the test rule). */
  testListener?: ListenerData;
  /** What derive fills into advancedConfiguration for the keys the user left empty. */
  implied: Partial<Record<DerivedAdvancedKey, string>>;
}

/** The alternate target group's name unless the route names one: the primary's with -alt, within 32 characters. */
export function alternateTargetGroupName(primary: string, edge: DesignEdge): string {
  const set = edge.data?.alternateTargetGroupName;
  return typeof set === 'string' && set ? set : `${primary.slice(0, 28)}-alt`;
}

/** The route's blue/green resources, or undefined when it derives none. */
export function blueGreenPlan(lb: DesignNode, edge: DesignEdge, service: DesignNode, ctx: DeriveContext): BlueGreenPlan | undefined {
  if (!derivesBlueGreen(service, edge)) return undefined;
  const literal = literalAdvanced(edge);
  const typed = (key: DerivedAdvancedKey) => typeof literal[key] === 'string';
  const implied: BlueGreenPlan['implied'] = {};
  const primaryName = ctx.targetGroupName(lb, edge, service);
  let alternate: BlueGreenPlan['alternate'];
  if (!typed('alternateTargetGroupArn')) {
    const name = alternateTargetGroupName(primaryName, edge);
    alternate = { name, arn: `arn:aws:elasticloadbalancing:${ctx.region}:${ctx.accountId}:targetgroup/${name}/0000000000000000` };
    implied.alternateTargetGroupArn = alternate.arn;
  }
  const plan: BlueGreenPlan = {
    alternate,
    forward: [ctx.targetGroupArn(lb, edge, service), alternate?.arn ?? (literal.alternateTargetGroupArn as string)],
    implied,
  };
  const listener = routeListener(lb, edge);
  if (!listener) return plan;
  const testPort = edge.data?.testListenerPort;
  const testListener = typeof testPort === 'number' && testPort !== listener.port ? listenersOf(lb).find((l) => l.port === testPort) : undefined;
  plan.testListener = testListener;
  if (lb.kind !== 'load-balancer-alb') {
    // An NLB has no rules: ECS moves the listeners' default actions (productionListenerRule is the listener's ARN).
    if (!typed('productionListenerRule')) implied.productionListenerRule = listenerArn(lb, listener.port, ctx);
    if (testListener && !typed('testListenerRule')) implied.testListenerRule = listenerArn(lb, testListener.port, ctx);
    return plan;
  }
  const slot = productionSlot(lb, edge, listener, ctx);
  if (!slot) return plan; // another route is this listener's default: this one receives no traffic to shift
  if (!typed('productionListenerRule')) {
    plan.production = { listener, ...slot, arn: listenerRuleArn(lb, listener.port, slot.priority, ctx) };
    implied.productionListenerRule = plan.production.arn;
  }
  if (testListener && !typed('testListenerRule')) {
    plan.test = { listener: testListener, ...slot, arn: listenerRuleArn(lb, testListener.port, slot.priority, ctx) };
    implied.testListenerRule = plan.test.arn;
  }
  return plan;
}

/**
 * Where the route's traffic is matched on its listener: its path rule, or (when it is the
 * listener's default) a catch-all rule, because ECS shifts a rule's weights, not a default action.
 */
function productionSlot(lb: DesignNode, edge: DesignEdge, listener: ListenerData, ctx: DeriveContext): { priority: number; conditions: JsonObject[] } | undefined {
  const routes = listenerRoutes(lb, ctx.index.outgoing(lb.id, 'routes-to'), listener);
  const pathRule = routes.pathRules.find((r) => r.edge.id === edge.id);
  if (pathRule) return { priority: pathRule.priority, conditions: pathCondition(edge.data!.pathPattern as string) };
  if (routes.fallback?.id !== edge.id) return undefined;
  const priority = typeof edge.data?.priority === 'number' ? edge.data.priority : CATCH_ALL_PRIORITY;
  return { priority, conditions: pathCondition('/*') };
}

function pathCondition(pattern: string): JsonObject[] {
  return [{ Field: 'path-pattern', PathPatternConfig: { Values: [pattern] } }];
}

/** The forward action of a production or test rule: all traffic to the primary, none yet to the alternate. */
export function weightedForward(plan: BlueGreenPlan): JsonObject {
  const [primary, alternate] = plan.forward;
  return { Type: 'forward', ForwardConfig: { TargetGroups: [{ TargetGroupArn: primary, Weight: 100 }, { TargetGroupArn: alternate, Weight: 0 }] } };
}
