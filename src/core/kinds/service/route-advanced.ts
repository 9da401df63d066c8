import type { DeriveContext } from '../../derive/context.ts';
import type { DesignEdge, DesignNode } from '../../model/design.ts';
import { isPlainObject, type JsonObject } from '../../model/json.ts';
import { blueGreenPlan, DERIVED_ADVANCED_KEYS, literalAdvanced, type DerivedAdvancedKey } from '../load-balancer/blue-green.ts';

const isDerivedKey = (key: string): key is DerivedAdvancedKey => (DERIVED_ADVANCED_KEYS as readonly string[]).includes(key);

/**
 * A route's data after its loadBalancers entry in the service file was edited: the text's
 * advancedConfiguration without what derive fills in by itself (the blue/green target group
 * and rules of a drawn load balancer, the service's infrastructure role), so that
 * derive(apply(text)) gives the text back and what stays derived keeps following the design:
 * - a value equal to the derived one is not written down (unless the route already had it typed);
 * - any other value is the user's, and wins;
 * - removing the derived alternate target group or production rule turns the route's blue/green
 *   resources off (`existingBlueGreenResources: true`); removing the derived test rule drops the test listener.
 */
export function routeDataFromEntry(
  ctx: DeriveContext,
  lb: DesignNode,
  service: DesignNode,
  edge: DesignEdge,
  next: JsonObject,
  text: JsonObject | undefined,
): JsonObject {
  const before = literalAdvanced(edge);
  // What derive would fill in if nothing were typed on the route.
  const untyped: DesignEdge = { ...edge, data: { ...(edge.data ?? {}), advancedConfiguration: {} } };
  const implied = blueGreenPlan(lb, untyped, service, ctx)?.implied ?? {};
  const out: JsonObject = { ...next };
  const derives = implied.alternateTargetGroupArn !== undefined || implied.productionListenerRule !== undefined;
  const optOut = derives && (text === undefined || (['alternateTargetGroupArn', 'productionListenerRule'] as const).some((k) => implied[k] !== undefined && text[k] === undefined));
  if (optOut) out.existingBlueGreenResources = true;
  if (text === undefined) {
    delete out.advancedConfiguration;
    return out;
  }
  if (!optOut && implied.testListenerRule !== undefined && text.testListenerRule === undefined) delete out.testListenerPort;
  const own: JsonObject = {};
  for (const [key, value] of Object.entries(text)) {
    const derived = !optOut && isDerivedKey(key) && implied[key] !== undefined && value === implied[key] && before[key] === undefined;
    if (!derived) own[key] = value;
  }
  // A roleArn that is just the service's infrastructure role is filled in by derive, so reconnecting another role takes effect.
  const role = ctx.index.source(service.id, 'infrastructure-role');
  if (role && before.roleArn === undefined && own.roleArn === ctx.roleArn(role)) delete own.roleArn;
  const hadObject = isPlainObject(edge.data?.advancedConfiguration);
  if (Object.keys(own).length || !(derives && !optOut) || hadObject) out.advancedConfiguration = own;
  else delete out.advancedConfiguration;
  return out;
}
