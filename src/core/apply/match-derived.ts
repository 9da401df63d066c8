import { jsonEqual, type JsonValue } from '../model/json.ts';

/**
 * Pairs the entries of an edited list (secrets, volumes) with the relations that derive
 * emitted entries for: first the entries exactly as derived, then any that `fits` still
 * lets a relation stand for. Returns, per relation id, the index of its entry.
 */
export function matchDerived<R extends { id: string; entry: JsonValue }>(
  entries: readonly JsonValue[],
  relations: readonly R[],
  fits: (entry: JsonValue, relation: R) => boolean,
): Map<string, number> {
  const taken = new Set<number>();
  const matched = new Map<string, number>();
  const pass = (test: (entry: JsonValue, relation: R) => boolean) => {
    for (const relation of relations) {
      if (matched.has(relation.id)) continue;
      const i = entries.findIndex((e, j) => !taken.has(j) && test(e, relation));
      if (i < 0) continue;
      taken.add(i);
      matched.set(relation.id, i);
    }
  };
  pass((e, r) => jsonEqual(e, r.entry));
  pass(fits);
  return matched;
}
