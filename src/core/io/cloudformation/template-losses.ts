import { isPlainObject, jsonEqual, type JsonObject, type JsonValue } from '../../model/json.ts';
import { RESOURCE_NAME_KEYS } from './kept-expressions.ts';


/**
 * What of a template is not in the template exported from its import: each resource's
 * property values (leaves, an intrinsic counting as one) that are missing or differ, with
 * the references between resources compared through which resource became which (logical
 * ids are the exporter's own). Resources are paired by type and name, else by order within
 * their type. Used by the tests to count the fixture templates that round-trip without
 * loss, and to name what is lost.
 */
export function templateLosses(original: JsonObject, again: JsonObject): string[] {
  const before = inlineIngressApart(resourcesOf(original));
  const after = resourcesOf(again);
  const defaults = parameterDefaults(again);
  const pairs = pairResources(before, after, defaults);
  const losses: string[] = [];
  for (const [id, resource] of Object.entries(before)) {
    if (ROUTING.has(String(resource.Type))) continue;
    const other = pairs.get(id);
    if (!other) {
      losses.push(`${id} (${String(resource.Type)}): no resource of its type and name`);
      continue;
    }
    for (const [path, value, there] of comparedLeaves(resource, after[other]!, pairs, defaults, after)) {
      if (there === undefined || !jsonEqual(there, value)) losses.push(`${id}.${path.join('.')}: ${JSON.stringify(value)} → ${there === undefined ? 'missing' : JSON.stringify(there)}`);
    }
  }
  // Route tables are derived again from the subnets (one per private zone): compared as each subnet's routes.
  const routesAfter = routesOf(after);
  for (const [subnet, routes] of routesOf(before)) {
    const other = pairs.get(subnet);
    const again = other ? routesAfter.get(other) : undefined;
    const expected = routes.map((r) => JSON.stringify(renameRefs(JSON.parse(r) as JsonValue, pairs))).sort();
    if (!again || JSON.stringify(expected) !== JSON.stringify([...again].sort())) losses.push(`${subnet}.routes: ${expected.join(' ')} → ${again ? [...again].sort().join(' ') : 'none'}`);
  }
  return losses;
}

const ROUTING = new Set(['AWS::EC2::RouteTable', 'AWS::EC2::Route', 'AWS::EC2::SubnetRouteTableAssociation']);

/** Each subnet's routes (destination and target, as JSON text), through the route tables associated with it. */
function routesOf(resources: Record<string, JsonObject>): Map<string, string[]> {
  const refOf = (v: JsonValue | undefined) => (isPlainObject(v) && typeof v.Ref === 'string' ? v.Ref : undefined);
  const out = new Map<string, string[]>();
  for (const a of Object.values(resources).filter((r) => r.Type === 'AWS::EC2::SubnetRouteTableAssociation')) {
    const subnet = refOf(propsOf(a).SubnetId);
    const table = refOf(propsOf(a).RouteTableId);
    if (!subnet || !table) continue;
    const routes = Object.values(resources)
      .filter((r) => r.Type === 'AWS::EC2::Route' && refOf(propsOf(r).RouteTableId) === table)
      .map((r) => {
        const { RouteTableId: _table, ...route } = propsOf(r);
        return JSON.stringify(route);
      });
    out.set(subnet, [...(out.get(subnet) ?? []), ...routes]);
  }
  return out;
}

const resourcesOf = (t: JsonObject): Record<string, JsonObject> => (isPlainObject(t.Resources) ? (t.Resources as Record<string, JsonObject>) : {});
const propsOf = (r: JsonObject): JsonObject => (isPlainObject(r.Properties) ? r.Properties : {});
const nameOf = (r: JsonObject): string | undefined => {
  const p = propsOf(r);
  const key = RESOURCE_NAME_KEYS.find((k) => p[k] !== undefined);
  return key ? `${key}=${JSON.stringify(p[key])}` : undefined;
};

/**
 * Each leaf of a resource's properties (references renamed to the export's resources) and
 * the export's value at its place, written the way the original is where they are the
 * same thing: a value of the export's own parameters (an image tag) as its default, a
 * Fn::Join as the Fn::Sub the exporter writes.
 */
function comparedLeaves(
  resource: JsonObject,
  other: JsonObject,
  pairs: ReadonlyMap<string, string>,
  defaults: ReadonlyMap<string, JsonValue>,
  after: Record<string, JsonObject>,
): Array<[Array<string | number>, JsonValue, JsonValue | undefined]> {
  return leaves(normalised(renameRefs(propsOf(resource), pairs), after), []).map(([path, value]) => {
    const there = at(propsOf(other), path);
    const plain = there !== undefined && !isIntrinsic(value) ? withDefaults(there, defaults, after) : there;
    return [path, value, plain];
  });
}

const isIntrinsic = (v: JsonValue): boolean => isPlainObject(v) && Object.keys(v).length === 1 && (Object.keys(v)[0] === 'Ref' || Object.keys(v)[0]!.startsWith('Fn::'));

/** Fn::Join of texts and references as the equivalent Fn::Sub; a Ref of a security group as its GroupId (the same in a VPC). */
function normalised(value: JsonValue, after: Record<string, JsonObject>): JsonValue {
  if (Array.isArray(value)) return value.map((v) => normalised(v, after));
  if (!isPlainObject(value)) return value;
  if (Object.keys(value).length === 1 && typeof value.Ref === 'string' && after[value.Ref]?.Type === 'AWS::EC2::SecurityGroup') return { 'Fn::GetAtt': [value.Ref, 'GroupId'] };
  const join = value['Fn::Join'];
  if (Object.keys(value).length === 1 && Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
    const parts = join[1].map((p) => {
      if (typeof p === 'string') return p;
      if (isPlainObject(p) && typeof p.Ref === 'string') return `\${${p.Ref}}`;
      if (isPlainObject(p) && Array.isArray(p['Fn::GetAtt'])) return `\${${(p['Fn::GetAtt'] as JsonValue[]).join('.')}}`;
      return undefined;
    });
    if (parts.every((p) => p !== undefined)) return { 'Fn::Sub': parts.join(join[0]) };
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalised(v!, after)]));
}

function parameterDefaults(template: JsonObject): Map<string, JsonValue> {
  const params = isPlainObject(template.Parameters) ? template.Parameters : {};
  return new Map(Object.entries(params).flatMap(([k, p]) => (isPlainObject(p) && p.Default !== undefined ? [[k, p.Default] as [string, JsonValue]] : [])));
}

/**
 * A Ref or Fn::Sub of the template's own parameters as the value their defaults give, a Ref
 * of a log group as its name (what the exporter writes for a literal awslogs-group);
 * anything else as it is.
 */
function withDefaults(value: JsonValue, defaults: ReadonlyMap<string, JsonValue>, resources: Record<string, JsonObject>): JsonValue {
  if (!isPlainObject(value)) return value;
  if (typeof value.Ref === 'string' && defaults.has(value.Ref)) return defaults.get(value.Ref)!;
  const referred = typeof value.Ref === 'string' ? resources[value.Ref] : undefined;
  if (referred?.Type === 'AWS::Logs::LogGroup' && typeof propsOf(referred).LogGroupName === 'string') return propsOf(referred).LogGroupName!;
  const sub = value['Fn::Sub'];
  if (typeof sub === 'string') {
    let all = true;
    const text = sub.replace(/\$\{([^!}][^}]*)\}/g, (whole, name: string) => {
      if (!defaults.has(name)) all = false;
      return String(defaults.get(name) ?? whole);
    });
    return all ? text : value;
  }
  return value;
}

/** A security group's inline SecurityGroupIngress as the separate resources the exporter writes (the same rules to CloudFormation). */
function inlineIngressApart(resources: Record<string, JsonObject>): Record<string, JsonObject> {
  const out: Record<string, JsonObject> = {};
  for (const [id, r] of Object.entries(resources)) {
    const rules = r.Type === 'AWS::EC2::SecurityGroup' && Array.isArray(propsOf(r).SecurityGroupIngress) ? (propsOf(r).SecurityGroupIngress as JsonValue[]) : undefined;
    if (!rules) {
      out[id] = r;
      continue;
    }
    const { SecurityGroupIngress: _rules, ...rest } = propsOf(r);
    out[id] = { ...r, Properties: rest };
    rules.forEach((rule, i) => {
      if (isPlainObject(rule)) out[`${id}Ingress${i}`] = { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: { 'Fn::GetAtt': [id, 'GroupId'] }, ...rule } };
    });
  }
  return out;
}

function pairResources(before: Record<string, JsonObject>, after: Record<string, JsonObject>, defaults: ReadonlyMap<string, JsonValue>): Map<string, string> {
  const pairs = new Map<string, string>();
  const taken = new Set<string>();
  for (const [id, r] of Object.entries(before)) {
    const name = nameOf(r);
    const match = Object.entries(after).find(([other, o]) => !taken.has(other) && o.Type === r.Type && name !== undefined && nameOf(o) === name);
    if (match) {
      pairs.set(id, match[0]);
      taken.add(match[0]);
    }
  }
  // The rest (no name, or a name the export writes otherwise) with the resource of their type they agree with most,
  // references compared through the pairs found so far (named resources first, so ingress rules find their groups).
  for (const [id, r] of Object.entries(before)) {
    if (pairs.has(id)) continue;
    let best: [string, number] | undefined;
    for (const [other, o] of Object.entries(after)) {
      if (taken.has(other) || o.Type !== r.Type) continue;
      const agree = comparedLeaves(r, o, pairs, defaults, after).filter(([, v, there]) => there !== undefined && jsonEqual(v, there)).length;
      if (!best || agree > best[1]) best = [other, agree];
    }
    if (best) {
      pairs.set(id, best[0]);
      taken.add(best[0]);
    }
  }
  return pairs;
}

/** The value with Ref / Fn::GetAtt / Fn::Sub of the original's resources written with the export's logical ids. */
function renameRefs(value: JsonValue, pairs: ReadonlyMap<string, string>): JsonValue {
  if (Array.isArray(value)) return value.map((v) => renameRefs(v, pairs));
  if (!isPlainObject(value)) return value;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === 'Ref' && typeof v === 'string') out[k] = pairs.get(v) ?? v;
    else if (k === 'Fn::GetAtt' && Array.isArray(v)) out[k] = [pairs.get(String(v[0])) ?? v[0]!, ...v.slice(1)];
    else if (k === 'Fn::GetAtt' && typeof v === 'string') out[k] = [pairs.get(v.split('.')[0]!) ?? v.split('.')[0]!, v.split('.').slice(1).join('.')];
    else if (k === 'Fn::Sub' && typeof v === 'string') out[k] = v.replace(/\$\{([^!}.][^}.]*)(\.[^}]*)?\}/g, (whole, id: string, attr = '') => (pairs.has(id) ? `\${${pairs.get(id)}${attr}}` : whole));
    else out[k] = renameRefs(v!, pairs);
  }
  return out;
}

/** Each leaf of the value and its path; an intrinsic is a leaf. */
function leaves(value: JsonValue, path: Array<string | number>): Array<[Array<string | number>, JsonValue]> {
  if (Array.isArray(value)) return value.length ? value.flatMap((v, i) => leaves(v, [...path, i])) : [[path, value]];
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    if (!keys.length || (keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::')))) return [[path, value]];
    return keys.flatMap((k) => leaves(value[k]!, [...path, k]));
  }
  return [[path, value]];
}

function at(root: JsonValue, path: ReadonlyArray<string | number>): JsonValue | undefined {
  let cur: JsonValue | undefined = root;
  for (const step of path) {
    if (Array.isArray(cur) && typeof step === 'number') cur = cur[step];
    else if (isPlainObject(cur) && typeof step === 'string') cur = cur[step];
    else return undefined;
  }
  return cur;
}
