import type { KeyRules } from '../../export/cloudformation/keys.ts';

/**
 * CloudFormation property names → API input member names: the exporter's KeyRules read
 * backwards (its `rename` inverted, PascalCase made camelCase), so one table says both ways.
 * Intrinsic objects and the values of map members (docker labels, log options) keep their keys.
 */
const camel = (key: string): string => (key ? key[0]!.toLowerCase() + key.slice(1) : key);

export function apiKeys(value: unknown, rules: KeyRules = {}): unknown {
  const back = new Map(Object.entries(rules.rename ?? {}).map(([api, cfn]) => [cfn, api]));
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (!v || typeof v !== 'object') return v;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(v as Record<string, unknown>)) {
      const api = back.get(key) ?? camel(key);
      out[api] = rules.keep?.has(api) ? child : walk(child);
    }
    return out;
  };
  return walk(value);
}
