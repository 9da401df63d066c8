import type { DesignNode } from '../../../model/design.ts';
import type { JsonObject } from '../../../model/json.ts';
import type { RuleModule } from '../../../validate/context.ts';
import { clusters, FARGATE_PROVIDERS, runTasks, services } from '../../../validate/service-view.ts';
import { textOf } from '../../../model/text.ts';

export const MAX_STRATEGY_ITEMS = 20;

export interface StrategyFinding {
  ruleId: 'CPS-MAX' | 'CPS-BASE' | 'CPS-WEIGHT' | 'CPS-ZERO' | 'CPS-MIX' | 'CPS-DUP';
  /** The item the finding is about; undefined = the strategy as a whole. */
  index?: number;
  message: string;
}

function isInt(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** The API defaults: an omitted base or weight is 0 (the console's weight 1 is not the API's). */
function amount(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}

/**
 * Checks one capacity provider strategy as sent to AWS (a service's or a cluster's default).
 * Pure, so it is tested on its own as well as through validate(). `managedInstances`: the
 * provider names that are Managed Instances providers (the names alone do not say).
 */
export function strategyFindings(items: readonly JsonObject[], managedInstances: ReadonlySet<string> = new Set()): StrategyFinding[] {
  const out: StrategyFinding[] = [];
  if (items.length > MAX_STRATEGY_ITEMS) {
    out.push({ ruleId: 'CPS-MAX', message: `${items.length} capacity providers in one strategy: at most ${MAX_STRATEGY_ITEMS}.` });
  }
  items.forEach((item, i) => {
    if (item.base !== undefined && !isInt(item.base, 0, 100000)) {
      out.push({ ruleId: 'CPS-BASE', index: i, message: `base ${textOf(item.base)} must be a whole number from 0 to 100000.` });
    }
    if (item.weight !== undefined && !isInt(item.weight, 0, 1000)) {
      out.push({ ruleId: 'CPS-WEIGHT', index: i, message: `weight ${textOf(item.weight)} must be a whole number from 0 to 1000.` });
    }
  });
  const withBase = items.map((item, i) => ({ item, i })).filter(({ item }) => amount(item.base) > 0);
  if (withBase.length > 1) {
    out.push({
      ruleId: 'CPS-BASE',
      index: withBase[1]!.i,
      message: `Only one capacity provider in a strategy may have a base; ${withBase.map(({ item }) => textOf(item.capacityProvider)).join(' and ')} both set one.`,
    });
  }
  if (items.length > 1) {
    if (items.every((item) => amount(item.weight) === 0)) {
      out.push({ ruleId: 'CPS-WEIGHT', message: 'Every capacity provider in the strategy has weight 0: at least one needs a weight above 0, or AWS rejects it.' });
    } else {
      items.forEach((item, i) => {
        // A weight-0 provider with a base is the usual "on-demand base" pattern; without a base it gets nothing.
        if (amount(item.weight) === 0 && amount(item.base) === 0) {
          out.push({ ruleId: 'CPS-ZERO', index: i, message: `${textOf(item.capacityProvider)} has weight 0 and no base: it never receives tasks.` });
        }
      });
    }
  }
  const providers = items.map((item) => (typeof item.capacityProvider === 'string' ? item.capacityProvider : undefined));
  const family = providers.map((p) => (p === undefined ? undefined : FARGATE_PROVIDERS.includes(p) ? 'fargate' : managedInstances.has(p) ? 'mi' : 'asg'));
  const first = family.find((f) => f !== undefined);
  const mixed = family.findIndex((f) => f !== undefined && f !== first);
  if (mixed >= 0) {
    const kinds = new Set(family.filter((f) => f !== undefined));
    out.push({
      ruleId: 'CPS-MIX',
      index: mixed,
      message: kinds.has('mi')
        ? // Not documented either way (ECS_RULES CPS-MIX): treated as refused.
          'A strategy with a Managed Instances provider cannot mix in other kinds of capacity (Fargate or Auto Scaling group providers).'
        : 'A strategy cannot mix Fargate providers (FARGATE, FARGATE_SPOT) with Auto Scaling group providers.',
    });
  }
  const seen = new Set<string>();
  providers.forEach((p, i) => {
    if (p === undefined) return;
    if (seen.has(p)) out.push({ ruleId: 'CPS-DUP', index: i, message: `${p} is listed twice in the strategy.` });
    seen.add(p);
  });
  return out;
}

/** Items that actually receive tasks: a base or a weight above 0. */
function effective(items: readonly JsonObject[]): JsonObject[] {
  return items.filter((item) => amount(item.base) > 0 || amount(item.weight) > 0);
}

/**
 * Capacity provider strategies of services, standalone tasks and cluster defaults (ECS_RULES §4.2):
 * CPS-MAX, CPS-BASE, CPS-WEIGHT, CPS-ZERO, CPS-MIX, CPS-DUP, CPS-SPOT-ONLY.
 */
export const capacityStrategyRules: RuleModule = {
  area: 'capacity provider strategies',
  rules: {
    'CPS-MAX': 'error',
    'CPS-BASE': 'error',
    'CPS-WEIGHT': 'error',
    'CPS-ZERO': 'warning',
    'CPS-MIX': 'error',
    'CPS-DUP': 'error',
    'CPS-SPOT-ONLY': 'warning',
  },
  check(ctx) {
    const managedInstances = new Set(ctx.index.nodesOfKind('capacity-managed-instances').map((n) => n.data.name).filter((n): n is string => typeof n === 'string'));
    const checkStrategy = (node: DesignNode, field: string, items: readonly JsonObject[]) => {
      for (const f of strategyFindings(items, managedInstances)) {
        ctx.report({ ruleId: f.ruleId, node, pointer: f.index === undefined ? `/${field}` : `/${field}/${f.index}`, message: f.message });
      }
    };
    for (const cluster of clusters(ctx)) checkStrategy(cluster.node, 'defaultCapacityProviderStrategy', cluster.defaultStrategy);
    for (const task of runTasks(ctx)) checkStrategy(task.node, 'capacityProviderStrategy', task.strategy);
    for (const svc of services(ctx)) {
      checkStrategy(svc.node, 'capacityProviderStrategy', svc.strategy);
      // A load balancer in front means users wait on it: all-Spot capacity can drop every task at once.
      if (!svc.loadBalancers.length) continue;
      const strategy = svc.strategy.length ? svc.strategy : svc.content.launchType === undefined ? (svc.cluster?.defaultStrategy ?? []) : [];
      const used = effective(strategy);
      if (used.length && used.every((item) => item.capacityProvider === 'FARGATE_SPOT')) {
        ctx.report({
          ruleId: 'CPS-SPOT-ONLY',
          node: svc.node,
          pointer: '/capacityProviderStrategy',
          message: 'Every task of this load-balanced service runs on Fargate Spot: an interruption can take all of them. Add FARGATE with a base for on-demand tasks.',
        });
      }
    }
  },
};
