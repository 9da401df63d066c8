import fc from 'fast-check';
import { pointer } from '../../src/core/model/json.ts';

/**
 * Seeded mutations of JSON documents for the fuzzer: structural ones on the parsed value
 * (drop a key, null, another type, hostile numbers and strings, renamed keys, emptied or
 * duplicated arrays, deep nesting) and textual ones on the serialised file (truncation,
 * stray characters, literals JSON.stringify cannot produce such as `1e400`).
 *
 * A mutation picks its target by index into the document's nodes at the time it is applied
 * (modulo their number), so a plan is valid for any document and shrinks well. Applying a
 * plan returns a log of what it did at which JSON pointer, for failure reports.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type ValueMutation =
  | { op: 'drop'; pick: number }
  | { op: 'set'; pick: number; value: Json; label: string }
  | { op: 'retype'; pick: number; to: 'string' | 'number' | 'boolean' | 'object' | 'array' }
  /** A hostile value of the same JSON type: what the validator may accept, for botocore to judge. */
  | { op: 'odd'; pick: number; text: string; number: number }
  | { op: 'rename'; pick: number; key: string }
  | { op: 'add'; pick: number; key: string; value: Json; label: string }
  | { op: 'duplicate'; pick: number }
  | { op: 'empty'; pick: number }
  | { op: 'nest'; pick: number; depth: number; as: 'array' | 'object' };

export type TextMutation =
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'literal'; pick: number; text: string; label: string }
  | { op: 'bom' };

export interface Plan {
  values: ValueMutation[];
  text: TextMutation[];
}

// ---------------------------------------------------------------------------------------
// Hostile values

const LONG = 'x'.repeat(70_000);

/** Strings that break naive code: prototype names, paths, controls, unicode edge cases. */
const hostileStrings: readonly string[] = [
  '', ' ', '\t\n ', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf',
  '../../../etc/passwd', 'a/b', '..', '.', 'C:\\Windows', 'con', '\u0000', '\u0001\u001f\u007f', 'line\nbreak',
  '\u202eevil', '\ud800', '\udfff\ud800', '🚀', 'e\u0301', '日本語', '${VAR}', '{{x}}', '%s%n', '<script>',
  'null', 'true', '0', '-1', '512', ' 256 ', '0x10', '1e3', 'NaN', 'Infinity', 'FARGATE', 'EC2', 'awsvpc', 'bridge',
  'ENABLED', 'arn:aws:iam::123456789012:role/x', 'arn:aws:ecs:us-east-1:123456789012:cluster/prod', 'web:1',
  LONG,
];

/** Numbers at the edges of what JSON, doubles, 32-bit ints and the ECS API accept. */
const hostileNumbers: readonly number[] = [
  0, -0, -1, 1, 1.5, 0.1, 5e-324, 1e308, -1e308, 2 ** 31, 2 ** 31 - 1, -(2 ** 31) - 1, 2 ** 32, 2 ** 53 + 1,
  Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 65535, 65536, 128, 256, 512, 1024, 10_240, 120_000,
];

const jsonScalarArb: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom(...hostileStrings),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.constantFrom(...hostileNumbers),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);

const jsonValueArb: fc.Arbitrary<Json> = fc.oneof(
  { weight: 6, arbitrary: jsonScalarArb },
  { weight: 1, arbitrary: fc.constantFrom<Json>({}, [], [null], [''], { '': '' }, [{}], { name: null }) },
  { weight: 1, arbitrary: fc.array(jsonScalarArb, { maxLength: 3 }) },
  {
    weight: 1,
    arbitrary: fc.dictionary(fc.constantFrom(...hostileStrings.slice(0, 12), 'name', 'value'), jsonScalarArb, {
      maxKeys: 3,
      noNullPrototype: true,
    }),
  },
);

const label = (value: Json) => {
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...(${text.length} chars)` : text;
};

/** Key names for renames and additions: the hostile strings and some real ECS field names. */
const keyArb = fc.oneof(
  fc.constantFrom(...hostileStrings.slice(0, 20)),
  fc.constantFrom('family', 'name', 'image', 'cpu', 'memory', 'serviceName', 'cluster', 'taskDefinition', 'containerDefinitions', 'networkMode', 'capacityProviderStrategy', 'tags', 'portMappings'),
  fc.string({ maxLength: 8 }),
);

/**
 * Nesting depths around the parser's depth limit (256): a valid design is never that deep,
 * so under it the document is odd, over it the import must refuse it with a message.
 */
export const NEST_DEPTHS = [1, 2, 8, 64, 200, 255, 256, 257, 300, 1000];
/** Far beyond any limit, where a recursive parser overflows its stack; only a text mutation can build it (JSON.stringify would overflow too). */
export const DEEP_TEXT_DEPTHS = [5_000, 100_000];

export function valueMutationArb(): fc.Arbitrary<ValueMutation> {
  const pick = fc.nat();
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ op: fc.constant('drop' as const), pick }) },
    {
      weight: 4,
      arbitrary: fc.record({ op: fc.constant('set' as const), pick, value: jsonValueArb }).map((m) => ({ ...m, label: label(m.value) })),
    },
    {
      weight: 3,
      arbitrary: fc.record({ op: fc.constant('retype' as const), pick, to: fc.constantFrom('string', 'number', 'boolean', 'object', 'array') as fc.Arbitrary<'string' | 'number' | 'boolean' | 'object' | 'array'> }),
    },
    {
      weight: 4,
      arbitrary: fc.record({
        op: fc.constant('odd' as const),
        pick,
        text: fc.oneof(fc.constantFrom(...hostileStrings), fc.string({ maxLength: 20 })),
        number: fc.oneof(fc.constantFrom(...hostileNumbers), fc.integer()),
      }),
    },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('rename' as const), pick, key: keyArb }) },
    {
      weight: 2,
      arbitrary: fc.record({ op: fc.constant('add' as const), pick, key: keyArb, value: jsonValueArb }).map((m) => ({ ...m, label: label(m.value) })),
    },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('duplicate' as const), pick }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('empty' as const), pick }) },
    {
      weight: 1,
      arbitrary: fc.record({ op: fc.constant('nest' as const), pick, depth: fc.constantFrom(...NEST_DEPTHS), as: fc.constantFrom('array', 'object') as fc.Arbitrary<'array' | 'object'> }),
    },
  );
}

/** Raw literals for `literal`: out-of-range numbers, prototype keys, invalid tokens. */
function literalArb(): fc.Arbitrary<{ text: string; label: string }> {
  const plain = fc.constantFrom(
    '1e400', '-1e400', '1e-400', '-0', '0.0000000000000000000000001', '123456789012345678901234567890', '1E2', '1.0',
    '{"__proto__": {"polluted": true}}', '{"constructor": {"prototype": {"polluted": true}}}', '"\\ud800"', '"a\\u0000b"',
    '{"a": 1, "a": 2}', 'NaN', 'Infinity', "'single'", 'undefined', '01', '.5', '+1', '"\t"',
  );
  const nested = fc.constantFrom(...NEST_DEPTHS, ...DEEP_TEXT_DEPTHS).map((d) => ({ text: '['.repeat(d) + '1' + ']'.repeat(d), label: `[×${d} 1 ]×${d}` }));
  return fc.oneof({ weight: 4, arbitrary: plain.map((text) => ({ text, label: text })) }, { weight: 1, arbitrary: nested });
}

export function textMutationArb(): fc.Arbitrary<TextMutation> {
  const at = fc.double({ min: 0, max: 1, noNaN: true });
  return fc.oneof(
    { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at }) },
    {
      weight: 1,
      arbitrary: fc.record({ op: fc.constant('insert' as const), at, text: fc.oneof(fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '\\', '\u0000', '/*x*/', ',]'), fc.string({ maxLength: 3 })) }),
    },
    { weight: 4, arbitrary: fc.record({ op: fc.constant('literal' as const), pick: fc.nat(), lit: literalArb() }).map(({ op, pick, lit }) => ({ op, pick, ...lit })) },
    { weight: 1, arbitrary: fc.constant({ op: 'bom' as const }) },
  );
}

/**
 * Mostly a few value mutations; sometimes text ones too (most of those make the file
 * invalid JSON, which only exercises the parser, so they are rarer); sometimes nothing, so
 * that unmutated fixtures keep reaching export and the botocore check.
 */
export function planArb(): fc.Arbitrary<Plan> {
  return fc.record({
    values: fc.array(valueMutationArb(), { minLength: 0, maxLength: 4 }),
    text: fc.oneof({ weight: 4, arbitrary: fc.constant<TextMutation[]>([]) }, { weight: 1, arbitrary: fc.array(textMutationArb(), { minLength: 1, maxLength: 2 }) }),
  });
}

// ---------------------------------------------------------------------------------------
// Applying

interface Site {
  /** JSON pointer segments from the root. */
  path: Array<string | number>;
  value: Json;
}

/** Every node of the document in pre-order, the root first. */
function sites(root: Json): Site[] {
  const out: Site[] = [];
  const walk = (value: Json, path: Array<string | number>) => {
    out.push({ path, value });
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value !== null && typeof value === 'object') for (const k of Object.keys(value)) walk(value[k]!, [...path, k]);
  };
  walk(root, []);
  return out;
}

/**
 * Sets a member as own data even for `__proto__`, which a plain assignment would treat as
 * the prototype setter (the mutations must produce exactly what a hostile file parses to).
 */
function define(obj: { [key: string]: Json }, key: string, value: Json): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A copy of `root` with the node at `path` replaced by `fn(node)` (`undefined` removes it). */
function replaceAt(root: Json, path: ReadonlyArray<string | number>, fn: (value: Json) => Json | undefined): Json | undefined {
  if (!path.length) return fn(root);
  const [head, ...rest] = path;
  if (Array.isArray(root)) {
    const i = head as number;
    const next = replaceAt(root[i]!, rest, fn);
    return next === undefined ? root.filter((_, j) => j !== i) : root.map((v, j) => (j === i ? next : v));
  }
  const obj = root as { [key: string]: Json };
  const out: { [key: string]: Json } = {};
  for (const k of Object.keys(obj)) {
    if (k !== head) define(out, k, obj[k]!);
    else {
      const next = replaceAt(obj[k]!, rest, fn);
      if (next !== undefined) define(out, k, next);
    }
  }
  return out;
}

function retype(value: Json, to: 'string' | 'number' | 'boolean' | 'object' | 'array'): Json {
  switch (to) {
    case 'string':
      return typeof value === 'string' ? `${value}x` : JSON.stringify(value);
    case 'number':
      return typeof value === 'number' ? -value : typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : 1;
    case 'boolean':
      return typeof value === 'boolean' ? !value : Boolean(value);
    case 'object':
      return Array.isArray(value) ? Object.fromEntries(value.map((v, i) => [String(i), v])) : { value };
    case 'array':
      return Array.isArray(value) ? [value] : value !== null && typeof value === 'object' ? Object.values(value) : [value];
  }
}

function sameType(value: Json, m: { text: string; number: number }): Json {
  return typeof value === 'string' ? m.text : typeof value === 'number' ? m.number : !value;
}

function nest(value: Json, depth: number, as: 'array' | 'object'): Json {
  let out = value;
  for (let i = 0; i < depth; i++) out = as === 'array' ? [out] : { nested: out };
  return out;
}

export interface Mutated<T> {
  value: T;
  log: string[];
}

/** Applies value mutations in order; the document is never modified (copies are made). */
export function applyValueMutations(doc: Json, mutations: readonly ValueMutation[]): Mutated<Json> {
  let current: Json = doc;
  const log: string[] = [];
  for (const m of mutations) {
    const all = sites(current);
    // Ops on a member need a parent (not the root); ops on containers need a container.
    const candidates =
      m.op === 'drop' || m.op === 'rename'
        ? all.filter((s) => s.path.length > 0 && (m.op === 'drop' || typeof s.path[s.path.length - 1] === 'string'))
        : m.op === 'odd'
          ? all.filter((s) => typeof s.value === 'string' || typeof s.value === 'number' || typeof s.value === 'boolean')
          : m.op === 'add' || m.op === 'duplicate' || m.op === 'empty'
          ? all.filter((s) => (m.op === 'add' ? isObject(s.value) : m.op === 'duplicate' ? Array.isArray(s.value) && s.value.length > 0 : isContainer(s.value)))
          : all;
    if (!candidates.length) continue;
    const site = candidates[m.pick % candidates.length]!;
    const at = pointer(...site.path) || '/';
    const next = mutateAt(current, site, m);
    current = next ?? null;
    log.push(describe(m, at));
  }
  return { value: current, log };
}

function mutateAt(root: Json, site: Site, m: ValueMutation): Json | undefined {
  switch (m.op) {
    case 'drop':
      return replaceAt(root, site.path, () => undefined);
    case 'set':
      return replaceAt(root, site.path, () => m.value);
    case 'retype':
      return replaceAt(root, site.path, (v) => retype(v, m.to));
    case 'odd':
      return replaceAt(root, site.path, (v) => sameType(v, m));
    case 'rename': {
      const parent = site.path.slice(0, -1);
      const old = site.path[site.path.length - 1] as string;
      return replaceAt(root, parent, (p) => {
        const obj = p as { [key: string]: Json };
        const out: { [key: string]: Json } = {};
        for (const k of Object.keys(obj)) define(out, k === old ? m.key : k, obj[k]!);
        return out;
      });
    }
    case 'add':
      return replaceAt(root, site.path, (p) => {
        const out: { [key: string]: Json } = {};
        for (const [k, v] of Object.entries(p as { [key: string]: Json })) define(out, k, v);
        define(out, m.key, m.value);
        return out;
      });
    case 'duplicate':
      return replaceAt(root, site.path, (a) => [...(a as Json[]), ...(a as Json[])]);
    case 'empty':
      return replaceAt(root, site.path, (c) => (Array.isArray(c) ? [] : {}));
    case 'nest':
      return replaceAt(root, site.path, (v) => nest(v, m.depth, m.as));
  }
}

function describe(m: ValueMutation, at: string): string {
  switch (m.op) {
    case 'drop':
    case 'duplicate':
    case 'empty':
      return `${m.op} ${at}`;
    case 'set':
      return `set ${at} = ${m.label}`;
    case 'retype':
      return `retype ${at} to ${m.to}`;
    case 'odd':
      return `odd value at ${at}: ${label(m.text)} or ${m.number}, as its type is`;
    case 'rename':
      return `rename ${at} to ${JSON.stringify(m.key).slice(0, 40)}`;
    case 'add':
      return `add ${at === '/' ? '' : at}/${JSON.stringify(m.key).slice(0, 40)} = ${m.label}`;
    case 'nest':
      return `nest ${at} in ${m.depth} ${m.as === 'array' ? 'arrays' : 'objects'}`;
  }
}

const isObject = (v: Json): v is { [key: string]: Json } => v !== null && typeof v === 'object' && !Array.isArray(v);
const isContainer = (v: Json) => v !== null && typeof v === 'object';

/**
 * Value literals in JSON text: after `:`, `[` or `,`, and not a key (not followed by `:`).
 * A match can fall inside a string that contains such characters; the text then changes
 * differently but stays a test input all the same.
 */
const VALUE_LITERAL = /([:[,]\s*)(-?\d[\d.eE+-]*|true|false|null|"(?:[^"\\]|\\.)*")(?!\s*:)/g;

export function applyTextMutations(text: string, mutations: readonly TextMutation[]): Mutated<string> {
  let current = text;
  const log: string[] = [];
  for (const m of mutations) {
    switch (m.op) {
      case 'truncate': {
        const at = Math.floor(m.at * current.length);
        current = current.slice(0, at);
        log.push(`truncate the text at ${at}`);
        break;
      }
      case 'insert': {
        const at = Math.floor(m.at * current.length);
        current = current.slice(0, at) + m.text + current.slice(at);
        log.push(`insert ${JSON.stringify(m.text)} at ${at}`);
        break;
      }
      case 'literal': {
        const matches = [...current.matchAll(VALUE_LITERAL)];
        if (!matches.length) break;
        const hit = matches[m.pick % matches.length]!;
        const start = hit.index + hit[1]!.length;
        current = current.slice(0, start) + m.text + current.slice(start + hit[2]!.length);
        log.push(`replace the literal ${hit[2]!.slice(0, 30)} at ${start} with ${m.label}`);
        break;
      }
      case 'bom':
        current = '\uFEFF' + current;
        log.push('prepend a byte order mark');
        break;
    }
  }
  return { value: current, log };
}

/** The plan applied to a document: value mutations, serialisation, text mutations. */
export function mutateDocument(doc: unknown, plan: Plan): Mutated<string> {
  const values = applyValueMutations(doc as Json, plan.values);
  // JSON.stringify cannot serialise very deep values; those come from text mutations only.
  const text = applyTextMutations(JSON.stringify(values.value, null, 2), plan.text);
  return { value: text.value, log: [...values.log, ...text.log] };
}
