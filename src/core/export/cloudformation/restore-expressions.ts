import { isPlainObject, jsonEqual, type JsonObject, type JsonValue } from '../../model/json.ts';
import type { TemplateExpression, TemplateOrigin, TemplateResourceIdentity } from '../../model/template-origin.ts';
import { namesIn } from '../../io/cloudformation/intrinsics.ts';
import type { CfnParameter, Parameters } from './intrinsics.ts';
import type { CfnResource } from './types.ts';

/** What restoring a template's expressions adds to the template besides them. */
export interface Restored {
  parameters: Record<string, JsonValue>;
  conditions: JsonObject;
  mappings: JsonObject;
  /** Expressions not written again because a name they need is taken (by logical name), said in the export's left-out list. */
  notRestored: Array<{ logical: string; reason: string }>;
}

/**
 * Writes the expressions of the template a design was imported from (model/template-origin.ts)
 * back where their values still stand in the exported resources, and declares the
 * parameters, conditions and mappings they name as the template did. A value the user has
 * changed since is left as the user's; a parameter the exporter made for a value that an
 * expression now stands for again (an image tag, an outside subnet) is dropped when nothing
 * else uses it. Resources are copied before they are changed: the mappers' output may share
 * arrays with the derived files.
 */
export function restoreExpressions(resources: Record<string, CfnResource>, origin: TemplateOrigin | undefined, own: Parameters): Restored {
  const restored: Restored = { parameters: {}, conditions: {}, mappings: {}, notRestored: [] };
  if (!origin || (!origin.expressions.length && !origin.properties?.length)) return restored;
  // An SSM-typed parameter stands for what the import read such a parameter as (intrinsics.ts: resolve:ssm:).
  const defaults = new Map([...own.entries].map(([name, p]) => [name, p.Type.startsWith('AWS::SSM::Parameter::Value<') ? `resolve:ssm:${p.Default}` : p.Default]));
  const literal = (v: unknown) => literalOf(v, defaults);

  // Which resource each expression and property stands in, decided on the resources as exported (before any is changed).
  const isIt = (resource: CfnResource, e: TemplateResourceIdentity) =>
    e.type === resource.Type &&
    (!e.name || jsonEqual(literal(resource.Properties[e.name.key]) ?? null, e.name.value)) &&
    (!e.shape || sameShape(resource.Properties, e.shape, literal));
  const targets: Array<[string, TemplateExpression]> = [];
  const homes: Array<[string, NonNullable<TemplateOrigin['properties']>[number]]> = [];
  for (const [logical, resource] of Object.entries(resources)) {
    for (const e of origin.expressions) if (isIt(resource, e)) targets.push([logical, e]);
    for (const p of origin.properties ?? []) if (isIt(resource, p)) homes.push([logical, p]);
  }

  const used = { parameters: new Set<string>(), conditions: new Set<string>(), mappings: new Set<string>() };
  const declare = (needs: Declarations) => {
    needs.parameters.forEach((x) => used.parameters.add(x));
    needs.conditions.forEach((x) => used.conditions.add(x));
    needs.mappings.forEach((x) => used.mappings.add(x));
  };
  /** A parameter the value needs whose name this export has taken for another. */
  const clashOf = (needs: Declarations) => needs.parameters.find((p) => own.entries.has(p) && !sameParameter(own.entries.get(p)!, origin.parameters[p]));
  const copied = new Set<string>();
  for (const [logical, e] of targets) {
    const needs = declarationsFor(e.expression, origin);
    const clash = clashOf(needs);
    if (clash) {
      restored.notRestored.push({ logical, reason: `${e.path.join('.')} is written as its value, not as the imported template's expression: its parameter ${clash} and one this export makes have the same name` });
      continue;
    }
    if (!copied.has(logical)) {
      resources[logical] = { ...resources[logical]!, Properties: structuredClone(resources[logical]!.Properties) as Record<string, unknown> };
      copied.add(logical);
    }
    const parent = walkTo(resources[logical]!.Properties, e.path.slice(0, -1));
    const last = e.path[e.path.length - 1];
    if (!parent || last === undefined) continue;
    const current = (parent as Record<string | number, unknown>)[last];
    const stands = e.value === undefined ? current === undefined : jsonEqual(literal(current) ?? null, e.value);
    if (!stands) continue;
    (parent as Record<string | number, unknown>)[last] = structuredClone(e.expression);
    declare(needs);
  }

  // Properties the design does not hold, where the resource does not have them (the design may have come to hold them since).
  for (const [logical, p] of homes) {
    if (resources[logical]!.Properties[p.key] !== undefined) continue;
    const needs = declarationsFor(p.value, origin);
    if (clashOf(needs)) {
      restored.notRestored.push({ logical, reason: `${p.key} of the imported template is not written: a parameter it names and one this export makes have the same name` });
      continue;
    }
    resources[logical] = { ...resources[logical]!, Properties: { ...resources[logical]!.Properties, [p.key]: structuredClone(p.value) } };
    declare(needs);
  }

  for (const p of [...used.parameters].sort()) restored.parameters[p] = origin.parameters[p]!;
  for (const c of [...used.conditions].sort()) restored.conditions[c] = origin.conditions[c]!;
  for (const m of [...used.mappings].sort()) restored.mappings[m] = origin.mappings[m]!;
  // The exporter's own parameters that nothing names any more.
  const named = new Set(namesIn(resources as unknown as JsonValue).parameters);
  for (const name of [...own.entries.keys()]) if (!named.has(name)) own.entries.delete(name);
  return restored;
}

interface Declarations {
  parameters: string[];
  conditions: string[];
  mappings: string[];
}

/** The parameters, conditions and mappings an expression needs declared, following conditions into what they name. */
function declarationsFor(expression: JsonValue, origin: TemplateOrigin): Declarations {
  const parameters = new Set<string>();
  const conditions = new Set<string>();
  const mappings = new Set<string>();
  const add = (names: ReturnType<typeof namesIn>) => {
    names.parameters.filter((p) => origin.parameters[p] !== undefined).forEach((p) => parameters.add(p));
    names.mappings.filter((m) => origin.mappings[m] !== undefined).forEach((m) => mappings.add(m));
    for (const c of names.conditions) {
      if (conditions.has(c) || origin.conditions[c] === undefined) continue;
      conditions.add(c);
      add(namesIn(origin.conditions[c]!));
    }
  };
  add(namesIn(expression));
  return { parameters: [...parameters], conditions: [...conditions], mappings: [...mappings] };
}

/** Whether a resource has every member a nameless one had, agreeing with those it wrote literally (where its own are literal). */
function sameShape(props: Record<string, unknown>, shape: NonNullable<TemplateExpression['shape']>, literal: (v: unknown) => JsonValue | undefined): boolean {
  if (!shape.keys.every((k) => props[k] !== undefined)) return false;
  return Object.entries(shape.literals).every(([k, v]) => {
    const mine = literal(props[k]);
    return mine === undefined || jsonEqual(mine, v);
  });
}

function sameParameter(mine: CfnParameter, theirs: JsonValue | undefined): boolean {
  return isPlainObject(theirs) && theirs.Type === mine.Type && String(theirs.Default) === mine.Default;
}

function walkTo(root: unknown, path: ReadonlyArray<string | number>): unknown {
  let at: unknown = root;
  for (const step of path) {
    if (Array.isArray(at) && typeof step === 'number') at = at[step];
    else if (isPlainObject(at) && typeof step === 'string') at = at[step];
    else return undefined;
  }
  return isPlainObject(at) || Array.isArray(at) ? at : undefined;
}

/**
 * A template value as the literal it stands for, where that needs only the exporter's own
 * parameters (their defaults): a literal, a Ref of one, a Fn::Sub of them. Undefined otherwise.
 */
function literalOf(value: unknown, defaults: ReadonlyMap<string, string>): JsonValue | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) {
    const items = value.map((v) => literalOf(v, defaults));
    return items.every((i) => i !== undefined) ? (items as JsonValue[]) : undefined;
  }
  if (!isPlainObject(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === 'Ref') return typeof value.Ref === 'string' ? defaults.get(value.Ref) : undefined;
  if (keys.length === 1 && keys[0] === 'Fn::Sub' && typeof value['Fn::Sub'] === 'string') {
    let unknown = false;
    const text = value['Fn::Sub'].replace(/\$\{(!?)([^}]*)\}/g, (_, bang: string, name: string) => {
      if (bang) return `\${${name}}`;
      const d = defaults.get(name);
      if (d === undefined) unknown = true;
      return d ?? '';
    });
    return unknown ? undefined : text;
  }
  if (keys.some((k) => k === 'Ref' || k.startsWith('Fn::'))) return undefined;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(value)) {
    const l = literalOf(v, defaults);
    if (l === undefined) return undefined;
    out[k] = l;
  }
  return out;
}
