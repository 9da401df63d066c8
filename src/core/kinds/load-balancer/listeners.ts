import type { DesignEdge, DesignNode } from '../../model/design.ts';
import { isPlainObject, type JsonObject } from '../../model/json.ts';
import type { DeriveContext } from '../../derive/context.ts';
import { textOf } from '../../model/text.ts';

export interface ListenerData extends JsonObject {
  port?: number;
  protocol?: string;
  certificateArn?: string;
  sslPolicy?: string;
}

export function listenersOf(lb: DesignNode): ListenerData[] {
  // A design file can hold anything in the list; only objects are listeners.
  return Array.isArray(lb.data.listeners) ? (lb.data.listeners.filter(isPlainObject) as ListenerData[]) : [];
}

/** The listener a route is on: the one of its listener port, else the load balancer's first. */
export function routeListener(lb: DesignNode, edge: DesignEdge): ListenerData | undefined {
  const listeners = listenersOf(lb);
  return listeners.find((l) => l.port === edge.data?.listenerPort) ?? listeners[0];
}

/** Placeholder ARN of a listener: the load balancer's, with the port as the id AWS will assign. */
export function listenerArn(lb: DesignNode, port: number | undefined, ctx: DeriveContext): string {
  return `${ctx.loadBalancerArn(lb).replace(':loadbalancer/', ':listener/')}/${textOf(port ?? 0).padStart(16, '0')}`;
}

/** Placeholder ARN of a listener rule: its listener's, with the priority as the rule id. */
export function listenerRuleArn(lb: DesignNode, port: number | undefined, priority: number, ctx: DeriveContext): string {
  return `${listenerArn(lb, port, ctx).replace(':listener/', ':listener-rule/')}/${textOf(priority).padStart(16, '0')}`;
}

/** What one listener does with the routes on it: the default action's route and the path rules. */
export interface ListenerRoutes {
  /** The route of the default action (on an ALB the first without a path pattern; on an NLB the first). */
  fallback?: DesignEdge;
  /** ALB path-pattern rules, in edge order, with their priorities. */
  pathRules: Array<{ edge: DesignEdge; priority: number }>;
}

/** Routes on `listener` of `lb` (a route without a listener port is on every listener). */
export function listenerRoutes(lb: DesignNode, edges: readonly DesignEdge[], listener: ListenerData): ListenerRoutes {
  const alb = lb.kind === 'load-balancer-alb';
  const mine = edges.filter((e) => e.data?.listenerPort === undefined || e.data.listenerPort === listener.port);
  const fallback = alb ? mine.find((e) => typeof e.data?.pathPattern !== 'string') : mine[0];
  if (!alb) return { fallback, pathRules: [] };
  const pathRules = mine
    .filter((e) => e !== fallback && typeof e.data?.pathPattern === 'string')
    .map((edge, j) => ({ edge, priority: typeof edge.data?.priority === 'number' ? edge.data.priority : (j + 1) * 10 }));
  return { fallback, pathRules };
}
