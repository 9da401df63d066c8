import type { NodeKind } from '../model/design.ts';
import { KIND_EXPLANATIONS } from './kind-explanations.ts';
import { RULE_EXPLANATION_TABLES } from './rule-explanations.ts';
import { fieldKey, type Explanation, type KindExplanation } from './types.ts';

export type { DocLink, Explanation, KindExplanation } from './types.ts';
export { fieldKey } from './types.ts';

const byKind = new Map<NodeKind, KindExplanation>(KIND_EXPLANATIONS.map((k) => [k.kind, k]));
const byRule = new Map<string, Explanation>(RULE_EXPLANATION_TABLES.flatMap((t) => Object.entries(t)));

/** What a node kind is, why it matters and what ECS does with it. */
export function explainKind(kind: NodeKind): KindExplanation | undefined {
  return byKind.get(kind);
}

/** The explanation of one inspector field of a kind. */
export function explainField(kind: NodeKind, path: readonly string[]): Explanation | undefined {
  return byKind.get(kind)?.fields[fieldKey(path)];
}

/** The explanation of a validator rule, by its id from ECS_RULES.md (or our own prefix). */
export function explainRule(ruleId: string): Explanation | undefined {
  return byRule.get(ruleId);
}

/** Every rule id that has an explanation (for the completeness test and the Learn panel's index). */
export function explainedRuleIds(): string[] {
  return [...byRule.keys()];
}
