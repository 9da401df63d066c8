import { describe, expect, it } from 'vitest';
import { KIND_LIST } from '../kinds/registry.ts';
import { RULE_MODULES } from '../validate/modules.ts';
import { KIND_EXPLANATIONS } from './kind-explanations.ts';
import { RULE_EXPLANATION_TABLES } from './rule-explanations.ts';
import { explainField, explainKind, explainRule } from './index.ts';
import type { Explanation } from './types.ts';

/** A real explanation: three parts in sentences and a docs.aws.amazon.com page. */
function expectExplained(e: Explanation | undefined, what: string): void {
  expect(e, `${what} has an explanation`).toBeDefined();
  for (const part of ['what', 'why', 'ecs'] as const) {
    const text = e![part];
    expect(text.trim().length, `${what}: ${part} is written`).toBeGreaterThan(20);
    expect(text, `${what}: ${part} is not a placeholder`).not.toMatch(/\b(TODO|TBD|lorem)\b/i);
  }
  expect(e!.doc.url, `${what}: link goes to the AWS documentation`).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/[^\s]+$/);
  expect(e!.doc.title.trim(), `${what}: link has a title`).not.toBe('');
}

describe('explanations (issue 11)', () => {
  it.each(KIND_LIST.map((k) => [k.kind, k] as const))('kind %s and each of its inspector fields are explained', (kind, module) => {
    expectExplained(explainKind(kind), kind);
    for (const field of module.fields) expectExplained(explainField(kind, field.path), `${kind} field ${field.path.join('.')}`);
  });

  it('explains no kind or field that does not exist (no stale entries)', () => {
    for (const k of KIND_EXPLANATIONS) {
      const module = KIND_LIST.find((m) => m.kind === k.kind);
      expect(module, `${k.kind} is a kind`).toBeDefined();
      const paths = new Set(module!.fields.map((f) => f.path.join('.')));
      for (const key of Object.keys(k.fields)) expect(paths.has(key), `${k.kind} has a field ${key}`).toBe(true);
    }
    expect(new Set(KIND_EXPLANATIONS.map((k) => k.kind)).size).toBe(KIND_EXPLANATIONS.length);
  });

  const ruleIds = [...new Set(RULE_MODULES.flatMap((m) => Object.keys(m.rules)))].sort();
  it.each(ruleIds)('rule %s is explained', (id) => expectExplained(explainRule(id), `rule ${id}`));

  it('explains no rule the validator cannot report, and each rule once', () => {
    const known = new Set(ruleIds);
    const all = RULE_EXPLANATION_TABLES.flatMap((t) => Object.keys(t));
    for (const id of all) expect(known.has(id), `${id} is a rule some module reports`).toBe(true);
    expect(new Set(all).size).toBe(all.length);
  });

  it('gives one page one title wherever it is linked', () => {
    const titles = new Map<string, Set<string>>();
    const add = (e: Explanation) => titles.set(e.doc.url, (titles.get(e.doc.url) ?? new Set()).add(e.doc.title));
    for (const k of KIND_EXPLANATIONS) [k, ...Object.values(k.fields)].forEach(add);
    for (const t of RULE_EXPLANATION_TABLES) Object.values(t).forEach(add);
    for (const [url, set] of titles) expect([...set], url).toHaveLength(1);
  });
});
