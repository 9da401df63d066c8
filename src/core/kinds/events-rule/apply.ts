import { DeriveContext } from '../../derive/context.ts';
import type { Artifact } from '../../model/artifact.ts';
import type { Design, DesignNode } from '../../model/design.ts';
import { isPlainObject, jsonEqual, type JsonObject } from '../../model/json.ts';
import { DesignDraft, stripNulls } from '../../apply/common.ts';
import type { ApplyResult } from '../../apply/types.ts';
import { applyTarget } from '../standalone-task/apply-target.ts';
import { DEFAULT_TARGET_ID, putRuleContent, RULE_DESIGN_FIELDS, ruleTargetEntry, ruleTargetParts } from './derive.ts';
import { PATTERN_PRESETS } from './patterns.ts';

/**
 * PutRule or PutTargets JSON → the rule (and, for what the target runs, its standalone
 * task). The generated role is implied, so apply never gets it (apply/index.ts refuses it).
 */
export function applyEventsRule(design: Design, rule: DesignNode, artifact: Artifact | undefined, content: JsonObject): ApplyResult {
  if (artifact?.type === 'events-targets') return applyPutTargets(design, rule, content);
  return applyPutRule(design, rule, content);
}

function applyPutRule(design: Design, rule: DesignNode, content: JsonObject): ApplyResult {
  const data: JsonObject = {};
  for (const key of RULE_DESIGN_FIELDS) if (rule.data[key] !== undefined) data[key] = rule.data[key];
  for (const [key, value] of Object.entries(content)) {
    if (value === null || value === undefined || key === 'EventPattern') continue;
    data[key] = stripNulls(value);
  }
  const text = content.EventPattern;
  const ctx = new DeriveContext(design);
  const unchanged = text === putRuleContent(rule, ctx).EventPattern;
  if (unchanged) {
    // The pattern as derived: the preset choice and the rule's own pattern stay as they were.
    delete data.pattern;
    for (const key of ['pattern', 'EventPattern']) if (rule.data[key] !== undefined) data[key] = rule.data[key];
  } else if (typeof text === 'string') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    const preset = typeof rule.data.pattern === 'string' ? PATTERN_PRESETS[rule.data.pattern] : undefined;
    // The pattern of the chosen preset stays the preset; any other becomes the rule's own (custom) pattern.
    if (!(preset && rule.data.EventPattern === undefined && jsonEqual(parsed, preset))) {
      const match = Object.entries(PATTERN_PRESETS).find(([, p]) => p && jsonEqual(p, parsed));
      if (match && rule.data.EventPattern === undefined) data.pattern = match[0];
      else {
        data.pattern = 'custom';
        // An object when the text is exactly how derive writes one (it then shows as JSON in the
        // inspector), else the text as typed, so that the file reads back unchanged.
        data.EventPattern = isPlainObject(parsed) && JSON.stringify(parsed) === text ? parsed : text;
      }
    }
  } else if (text === undefined || text === null) {
    delete data.pattern;
  }
  const draft = new DesignDraft(design);
  draft.setData(rule.id, data);
  return { ok: true, design: draft.finish(), notices: [] };
}

function applyPutTargets(design: Design, rule: DesignNode, content: JsonObject): ApplyResult {
  const ctx = new DeriveContext(design);
  const parts = ruleTargetParts(rule, ctx);
  const targets = Array.isArray(content.Targets) ? content.Targets.filter(isPlainObject) : [];
  if (targets.length !== 1) return { ok: false, error: 'A rule starts one standalone task: PutTargets holds exactly one target.' };
  const entry = targets[0]!;
  const data: JsonObject = { ...rule.data };
  if (typeof entry.Id === 'string' && entry.Id !== DEFAULT_TARGET_ID) data.targetId = entry.Id;
  else delete data.targetId;
  const applied = applyTarget(design, rule, data, entry, ruleTargetEntry(rule, parts), parts.target, parts.role, ctx, 'events');
  const notices = [...applied.notices];
  if (content.Rule !== undefined && content.Rule !== rule.data.Name) notices.push({ level: 'info', message: 'Rename the rule in its PutRule file; PutTargets follows it.' });
  const draft = new DesignDraft(applied.design);
  draft.setData(rule.id, applied.data);
  return { ok: true, design: draft.finish(), notices };
}
