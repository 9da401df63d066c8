import { api, GUIDE } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const ITEM = api('ecs', 'CapacityProviderStrategyItem');

/** Explanations of the capacity provider strategy rules (kinds/service/rules/capacity-strategy.ts). */
export const capacityStrategyRules: Readonly<Record<string, Explanation>> = {
  'CPS-MAX': {
    what: 'A capacity provider strategy of a service, a standalone task or a cluster default lists more than 20 providers.',
    why: 'A strategy has a fixed maximum length, so a longer one cannot be saved or used at all.',
    ecs: 'CreateService, RunTask and PutClusterCapacityProviders reject a strategy with more than 20 capacity providers.',
    doc: ITEM,
  },
  'CPS-BASE': {
    what: 'A base is not a whole number from 0 to 100,000, or more than one provider in the same strategy has a base above 0.',
    why: 'The base is the number of tasks a provider receives first, before the weights share out the rest, and that guaranteed share can only belong to one provider.',
    ecs: 'ECS rejects strategies in which more than one item defines a base, and base values outside the allowed range.',
    doc: ITEM,
  },
  'CPS-WEIGHT': {
    what: 'A weight is not a whole number from 0 to 1,000, or every provider of a strategy with several providers has weight 0.',
    why: 'Weights decide how the tasks beyond the base are shared, so with all of them at 0 there is no provider the rest of the tasks could go to.',
    ecs: 'ECS rejects out-of-range weights, and CreateService or RunTask fail for a strategy of several providers whose weights are all 0; an omitted weight counts as 0 in the API.',
    doc: ITEM,
  },
  'CPS-ZERO': {
    what: 'In a strategy with several providers, one provider has weight 0 and no base.',
    why: 'Such a provider never receives a task, which is easy to miss because the console suggests weight 1 while the API default is 0.',
    ecs: 'ECS places tasks beyond the base only on providers with a weight above 0, so this item is listed but unused.',
    doc: ITEM,
  },
  'CPS-MIX': {
    what: 'A strategy mixes the Fargate providers (FARGATE, FARGATE_SPOT) with Auto Scaling group providers, or mixes a Managed Instances provider with any other kind.',
    why: 'A strategy spreads one set of tasks over its providers, and ECS only allows that within one kind of capacity, so a mixed strategy stops the whole service or task from being created.',
    ecs: 'ECS rejects a strategy that combines Fargate and Auto Scaling group providers; mixing Managed Instances is not documented, so the designer treats it as refused too.',
    doc: GUIDE.fargateCapacityProviders,
  },
  'CPS-DUP': {
    what: 'The same capacity provider appears more than once in one strategy.',
    why: 'Each provider should have a single base and weight; two entries leave it unclear which share was meant.',
    ecs: 'ECS expects each provider once per strategy, so the designer reports a repeat as an error to be merged into one item.',
    doc: ITEM,
  },
  'CPS-SPOT-ONLY': {
    what: 'A service behind a load balancer places all its tasks on FARGATE_SPOT, through its own strategy or the cluster default, with no tasks on regular FARGATE.',
    why: 'AWS can reclaim Spot capacity at any time with a two-minute warning, and several tasks may be interrupted together, leaving users with no healthy target.',
    ecs: 'ECS starts replacements for interrupted tasks only when Spot capacity is available again; a FARGATE item with a base keeps a floor of tasks that are never interrupted.',
    doc: GUIDE.fargateCapacityProviders,
  },
};
