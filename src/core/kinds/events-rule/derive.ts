import type { Artifact, ArtifactOwner } from '../../model/artifact.ts';
import type { DesignNode } from '../../model/design.ts';
import { pointer, type JsonObject } from '../../model/json.ts';
import { orderKeys } from '../../derive/canonical.ts';
import { type DeriveContext, safeSegment } from '../../derive/context.ts';
import { textOf } from '../../model/text.ts';
import { ecsTaskTarget, type EcsTaskTarget } from '../standalone-task/target.ts';
import { starterRole, starterRoleArtifact, type StarterRole } from '../standalone-task/target-role.ts';
import { rulePattern } from './patterns.ts';
import { resourceName } from '../../derive/resource-arns.ts';

/** Rule data that is the designer's, not PutRule's. */
export const RULE_DESIGN_FIELDS = ['pattern', 'existingRoleArn', 'target', 'targetId'] as const;

/** PutRule members in botocore's order. */
export const PUT_RULE_ORDER = ['Name', 'ScheduleExpression', 'EventPattern', 'State', 'Description', 'RoleArn', 'Tags', 'EventBusName'] as const;
export const TARGET_ORDER = ['Id', 'Arn', 'RoleArn', 'Input', 'EcsParameters'] as const;
export const DEFAULT_TARGET_ID = 'run-task';

export function ruleName(rule: DesignNode): string {
  return textOf(rule.data.Name ?? rule.label ?? rule.id);
}

/** The rule's ARN (the role trusts EventBridge only for this rule). */
export function ruleArn(rule: DesignNode, ctx: DeriveContext): string {
  const bus = typeof rule.data.EventBusName === 'string' && rule.data.EventBusName && rule.data.EventBusName !== 'default' ? `${rule.data.EventBusName}/` : '';
  return `arn:aws:events:${ctx.region}:${ctx.accountId}:rule/${bus}${ruleName(rule)}`;
}

/** Names of the buckets drawn as triggering the rule. */
export function triggeringBuckets(rule: DesignNode, ctx: DeriveContext): string[] {
  return ctx.index.sources(rule.id, 'triggers').map(resourceName);
}

/** The PutRule input: the rule's own fields, its pattern as the JSON text the API takes. */
export function putRuleContent(rule: DesignNode, ctx: DeriveContext): JsonObject {
  const content: JsonObject = {};
  for (const [key, value] of Object.entries(rule.data)) {
    if (!(RULE_DESIGN_FIELDS as readonly string[]).includes(key) && key !== 'EventPattern') content[key] = value;
  }
  const pattern = rulePattern(rule.data, triggeringBuckets(rule, ctx));
  if (pattern !== undefined) content.EventPattern = typeof pattern === 'string' ? pattern : JSON.stringify(pattern);
  return orderKeys(content, PUT_RULE_ORDER);
}

export interface RuleTargetParts {
  target?: EcsTaskTarget;
  role: StarterRole;
}

export function ruleTargetParts(rule: DesignNode, ctx: DeriveContext): RuleTargetParts {
  return { target: ecsTaskTarget(rule, ctx, 'events'), role: starterRole(rule, ctx, ruleName(rule), 'events') };
}

/** The one entry of PutTargets.Targets: the cluster, the task's EcsParameters, the role; the rule's own extra members after. */
export function ruleTargetEntry(rule: DesignNode, parts: RuleTargetParts): JsonObject {
  const { target, role } = parts;
  const entry: JsonObject = {
    Id: typeof rule.data.targetId === 'string' && rule.data.targetId ? rule.data.targetId : DEFAULT_TARGET_ID,
    Arn: target?.clusterArn ?? '',
    RoleArn: role.arn,
  };
  if (target?.input !== undefined) entry.Input = target.input;
  if (target?.ecsParameters) entry.EcsParameters = target.ecsParameters;
  const extra = rule.data.target;
  if (extra && typeof extra === 'object' && !Array.isArray(extra)) for (const [k, v] of Object.entries(extra)) if (!(k in entry)) entry[k] = v;
  return orderKeys(entry, TARGET_ORDER);
}

/** PutRule, PutTargets (once the rule starts a task) and the role EventBridge assumes to run it. */
export function ruleArtifacts(rule: DesignNode, ctx: DeriveContext): Artifact[] {
  const name = ruleName(rule);
  const file = safeSegment(name, rule.id);
  const artifacts: Artifact[] = [
    { path: `eventbridge-rules/${file}.json`, type: 'events-rule', nodeId: rule.id, title: name, content: putRuleContent(rule, ctx), owners: [{ pointer: '', nodeId: rule.id }] },
  ];
  const parts = ruleTargetParts(rule, ctx);
  if (parts.target) {
    const content: JsonObject = { Rule: name };
    if (typeof rule.data.EventBusName === 'string') content.EventBusName = rule.data.EventBusName;
    content.Targets = [ruleTargetEntry(rule, parts)];
    const owners: ArtifactOwner[] = [{ pointer: '', nodeId: rule.id }, ...parts.target.owners(pointer('Targets', 0, 'EcsParameters'))];
    artifacts.push({ path: `eventbridge-rules/${file}.targets.json`, type: 'events-targets', nodeId: rule.id, title: `${name} targets`, content, owners });
  }
  const role = starterRoleArtifact(rule, ctx, parts.role, 'events', ruleArn(rule, ctx), parts.target);
  if (role) artifacts.push(role);
  return artifacts;
}
