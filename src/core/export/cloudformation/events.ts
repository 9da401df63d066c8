import { cfnKeys, defined, parsedJson, tagList } from './keys.ts';
import type { Mapper } from './types.ts';

/**
 * An EventBridge rule with its targets (PutTargets folded in) and an EventBridge
 * Scheduler schedule. ECS parameters inside take the strategy items in camelCase in the
 * API; the template's property names are PascalCase (and AwsVpcConfiguration, with a
 * capital V, for rules).
 */
export const mapEventsRule: Mapper = (a, x) => {
  const { EventPattern, Tags, ...c } = x.resolve(a, a.content) as Record<string, unknown>;
  const [targets] = x.companions(a, 'events-targets');
  const resolvedTargets = targets ? ((x.resolve(targets, targets.content) as { Targets?: unknown[] }).Targets ?? []) : undefined;
  const pattern = typeof a.content.EventPattern === 'string' ? x.resolve(a, parsedJson(a.content.EventPattern), ['EventPattern']) : EventPattern;
  return [[x.nameOf(a), {
    Type: 'AWS::Events::Rule',
    Properties: defined({
      ...c,
      EventPattern: pattern,
      Targets: resolvedTargets ? cfnKeys(resolvedTargets, { keep: new Set(['InputTransformer']), rename: { awsvpcConfiguration: 'AwsVpcConfiguration', tags: 'TagList' } }) : undefined,
      Tags: tagList(Tags),
    }),
  }]];
};

export const mapSchedule: Mapper = (a, x) => {
  // ClientToken makes a retried API call idempotent; a stack has no such call.
  const { ClientToken: _token, ...c } = x.resolve(a, a.content) as Record<string, unknown>;
  return [[x.nameOf(a), { Type: 'AWS::Scheduler::Schedule', Properties: cfnKeys(c) as Record<string, unknown> }]];
};
