import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTextMutations, applyValueMutations, mutateDocument, planArb, type ValueMutation } from './mutate.ts';

/** The fuzzer's mutations do what their log says, and nothing to their input. */
const doc = { family: 'web', cpu: '256', containerDefinitions: [{ name: 'app', image: 'nginx', essential: true, portMappings: [{ containerPort: 80 }] }] };

const apply = (...mutations: ValueMutation[]) => applyValueMutations(structuredClone(doc), mutations);

describe('fuzz mutations', () => {
  it('pick the n-th node in pre-order (modulo their number) and log its pointer; the input is not modified', () => {
    const input = structuredClone(doc);
    // Members (not the root) in pre-order: family, cpu, containerDefinitions, /0, /0/name, ...
    const r = applyValueMutations(input, [{ op: 'drop', pick: 0 }, { op: 'drop', pick: 0 }]);
    expect(r.log).toEqual(['drop /family', 'drop /cpu']);
    expect(r.value).toEqual({ containerDefinitions: doc.containerDefinitions });
    expect(input).toEqual(doc);
    expect(apply({ op: 'drop', pick: 1000 }).log).toHaveLength(1);
  });

  it('set, retype, odd values, empty, duplicate and nest', () => {
    expect(apply({ op: 'set', pick: 1, value: null, label: 'null' }).value).toMatchObject({ family: null });
    expect(apply({ op: 'retype', pick: 2, to: 'number' }).value).toMatchObject({ cpu: 256 });
    expect(apply({ op: 'retype', pick: 2, to: 'array' }).value).toMatchObject({ cpu: ['256'] });
    // `odd` takes scalars only: family is the first.
    expect(apply({ op: 'odd', pick: 0, text: '', number: -1 }).value).toMatchObject({ family: '' });
    // `empty` takes containers only: the root, then containerDefinitions.
    expect(apply({ op: 'empty', pick: 1 }).value).toMatchObject({ containerDefinitions: [] });
    const dup = apply({ op: 'duplicate', pick: 0 });
    expect((dup.value as typeof doc).containerDefinitions).toHaveLength(2);
    const nested = apply({ op: 'nest', pick: 1, depth: 3, as: 'array' });
    expect(nested.value).toMatchObject({ family: [[['web']]] });
    expect(nested.log).toEqual(['nest /family in 3 arrays']);
  });

  it('a key renamed or added as __proto__ is an own member, as JSON.parse would make it', () => {
    const renamed = apply({ op: 'rename', pick: 0, key: '__proto__' });
    expect(JSON.stringify(renamed.value)).toContain('"__proto__":"web"');
    expect(Object.getPrototypeOf(renamed.value)).toBe(Object.prototype);
    const added = apply({ op: 'add', pick: 0, key: '__proto__', value: { polluted: true }, label: '' });
    expect(added.log).toEqual(['add /"__proto__" = ']);
    expect(Object.getOwnPropertyDescriptor(JSON.parse(JSON.stringify(added.value)), '__proto__')?.value).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('text mutations: a value literal (never a key) is replaced; truncation and a BOM', () => {
    const text = JSON.stringify({ cpu: 256, name: 'x' });
    expect(applyTextMutations(text, [{ op: 'literal', pick: 0, text: '1e400', label: '1e400' }]).value).toBe('{"cpu":1e400,"name":"x"}');
    expect(applyTextMutations(text, [{ op: 'literal', pick: 1, text: '[[1]]', label: '' }]).value).toBe('{"cpu":256,"name":[[1]]}');
    expect(applyTextMutations(text, [{ op: 'truncate', at: 0.5 }]).value).toBe(text.slice(0, Math.floor(text.length / 2)));
    expect(applyTextMutations(text, [{ op: 'bom' }]).value).toBe('\uFEFF' + text);
  });

  it('plans are reproducible from the seed and cover every kind of mutation', () => {
    const plans = fc.sample(planArb(), { seed: 7, numRuns: 2000 });
    expect(fc.sample(planArb(), { seed: 7, numRuns: 2000 })).toEqual(plans);
    const ops = new Set(plans.flatMap((p) => [...p.values.map((m) => m.op), ...p.text.map((m) => m.op)]));
    expect([...ops].sort()).toEqual(['add', 'bom', 'drop', 'duplicate', 'empty', 'insert', 'literal', 'nest', 'odd', 'rename', 'retype', 'set', 'truncate']);
    // Some plans change nothing, so unmutated fixtures keep reaching export.
    expect(plans.filter((p) => !p.values.length && !p.text.length).length).toBeGreaterThan(50);
    for (const plan of plans.slice(0, 200)) expect(typeof mutateDocument(doc, plan).value).toBe('string');
  });
});
