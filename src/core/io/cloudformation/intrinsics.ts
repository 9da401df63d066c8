import { isPlainObject, type JsonObject, type JsonValue } from '../../model/json.ts';

/**
 * Intrinsic functions of a template evaluated into the literal values the designer works
 * with. A Ref / Fn::GetAtt of a resource of the template becomes the name, ARN or id the
 * designer writes for that resource (so the import draws a connection); a parameter its
 * default; a pseudo parameter the design's account and region. What cannot be evaluated
 * (an import from another stack, a parameter without a default, a condition) is written as
 * text in Fn::Sub form (`${Name}`) and said in a notice: the value is kept, not dropped.
 */

export interface IntrinsicHost {
  /** The text standing for a resource's Ref or attribute; undefined if it has none. */
  resource(logicalId: string, attribute: string | undefined, at: string): string | undefined;
  /** Whether the template has a resource of that logical id. */
  hasResource(logicalId: string): boolean;
  parameters: JsonObject;
  mappings: JsonObject;
  region: string;
  accountId: string;
  /** Says what could not be evaluated (pointer inside the resource). */
  note(pointer: string, message: string): void;
  /**
   * Told of each outermost expression that names only what is outside the template's
   * resources (parameters, pseudo parameters, conditions, mappings, imports), with the
   * value it was read as (NO_VALUE: left out), so that the export can write it again.
   */
  keep?(pointer: string, expression: JsonValue, value: Value): void;
}

/** The value AWS::NoValue stands for: the member is left out. */
export const NO_VALUE = Symbol('AWS::NoValue');

type Value = JsonValue | typeof NO_VALUE;

const PSEUDO = (host: IntrinsicHost): Record<string, string> => ({
  'AWS::Region': host.region,
  'AWS::AccountId': host.accountId,
  'AWS::Partition': host.region.startsWith('cn-') ? 'aws-cn' : host.region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws',
  'AWS::URLSuffix': host.region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com',
});

function refText(name: string, attribute: string | undefined, host: IntrinsicHost, at: string): string | number {
  if (attribute === undefined) {
    const pseudo = PSEUDO(host)[name];
    if (pseudo !== undefined) return pseudo;
    const parameter = host.parameters[name];
    if (isPlainObject(parameter)) {
      if (parameter.Default !== undefined && !Array.isArray(parameter.Default)) {
        // An SSM-typed parameter is resolved by CloudFormation from the parameter store: the API's resolve:ssm: form says the same.
        if (typeof parameter.Type === 'string' && parameter.Type.startsWith('AWS::SSM::Parameter::Value<')) return `resolve:ssm:${String(parameter.Default)}`;
        host.note(at, `parameter ${name}: its default "${String(parameter.Default)}" is used`);
        // A Number parameter is a number where the API takes one (a port); Fn::Sub and Fn::Join write it as text.
        if (parameter.Type === 'Number' && Number.isFinite(Number(parameter.Default))) return Number(parameter.Default);
        if (typeof parameter.Type === 'string' && /^(List<|CommaDelimitedList)/.test(parameter.Type)) return String(parameter.Default).split(',').map((x) => x.trim()) as unknown as string;
        return String(parameter.Default);
      }
      host.note(at, `parameter ${name} has no default: kept as the text \${${name}}`);
      return `\${${name}}`;
    }
  }
  if (host.hasResource(name)) {
    const text = host.resource(name, attribute, at);
    if (text !== undefined) return text;
    host.note(at, `${attribute ? `Fn::GetAtt ${name}.${attribute}` : `Ref ${name}`}: no value the designer knows for it, kept as the text \${${attribute ? `${name}.${attribute}` : name}}`);
    return `\${${attribute ? `${name}.${attribute}` : name}}`;
  }
  host.note(at, `${attribute ? `${name}.${attribute}` : name} is not in the template (pseudo parameter or resource): kept as the text \${${attribute ? `${name}.${attribute}` : name}}`);
  return `\${${attribute ? `${name}.${attribute}` : name}}`;
}

const text = (v: Value): string => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v));

function sub(template: string, variables: JsonObject, host: IntrinsicHost, at: string): string {
  return template.replace(/\$\{(!?)([^}]*)\}/g, (whole, bang: string, name: string) => {
    if (bang) return `\${${name}}`;
    if (name in variables) return text(walk(variables[name]!, host, at, false));
    const dot = name.indexOf('.');
    if (dot > 0 && !PSEUDO(host)[name] && host.hasResource(name.slice(0, dot))) return String(refText(name.slice(0, dot), name.slice(dot + 1), host, at));
    return String(refText(name, undefined, host, at));
  });
}

function azs(host: IntrinsicHost): string[] {
  return ['a', 'b', 'c'].map((z) => `${host.region}${z}`);
}

/** A value with its intrinsics evaluated (AWS::NoValue members and items removed). */
export function evaluate(value: JsonValue, host: IntrinsicHost, at: string): Value {
  return walk(value, host, at, true);
}

/** `outermost`: not inside another intrinsic's arguments (only those are told to host.keep). */
function walk(value: JsonValue, host: IntrinsicHost, at: string, outermost: boolean): Value {
  if (Array.isArray(value)) return value.map((v, i) => walk(v, host, `${at}/${i}`, outermost)).filter((v): v is JsonValue => v !== NO_VALUE);
  if (!isPlainObject(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::'))) {
    const result = intrinsic(keys[0]!, value[keys[0]!]!, host, at);
    if (outermost && host.keep && namesOnlyOutside(value, host)) host.keep(at, value, result);
    return result;
  }
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(value)) {
    const e = walk(v!, host, `${at}/${k}`, outermost);
    if (e !== NO_VALUE) out[k] = e;
  }
  return out;
}

/**
 * Whether an expression names something outside the template's resources and no resource:
 * a Ref of a resource is a connection in the design, and the export writes its own.
 */
function namesOnlyOutside(expression: JsonValue, host: IntrinsicHost): boolean {
  const names = namesIn(expression);
  if (names.resources.some((r) => host.hasResource(r))) return false;
  return names.outside;
}

/** What an expression names: resources (by logical id) and whether anything else. */
export function namesIn(expression: JsonValue): { resources: string[]; parameters: string[]; conditions: string[]; mappings: string[]; outside: boolean } {
  const found = { resources: [] as string[], parameters: [] as string[], conditions: [] as string[], mappings: [] as string[], outside: false };
  const name = (n: string) => {
    if (n.startsWith('AWS::')) found.outside = true;
    else {
      // Ref names a parameter or a resource; which one, only the template knows: both are listed.
      found.parameters.push(n);
      found.resources.push(n.split('.')[0]!);
      found.outside = true;
    }
  };
  const visit = (v: JsonValue): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!isPlainObject(v)) return;
    for (const [k, arg] of Object.entries(v)) {
      if (k === 'Ref' && typeof arg === 'string') name(arg);
      else if (k === 'Fn::GetAtt') found.resources.push(typeof arg === 'string' ? arg.split('.')[0]! : String((arg as JsonValue[])[0]));
      else if (k === 'Fn::Sub') {
        const [text, vars] = Array.isArray(arg) ? [String(arg[0]), isPlainObject(arg[1]) ? arg[1] : {}] : [String(arg), {}];
        for (const m of text.matchAll(/\$\{(?!!)([^}]*)\}/g)) if (!(m[1]! in vars)) name(m[1]!);
        Object.values(vars).forEach((x) => visit(x!));
      } else if (k === 'Fn::If' && Array.isArray(arg)) {
        found.conditions.push(String(arg[0]));
        found.outside = true;
        arg.slice(1).forEach(visit);
      } else if (k === 'Condition' && typeof arg === 'string') {
        found.conditions.push(arg);
        found.outside = true;
      } else if (k === 'Fn::FindInMap' && Array.isArray(arg)) {
        found.mappings.push(String(arg[0]));
        found.outside = true;
        arg.slice(1).forEach(visit);
      } else if (k === 'Fn::ImportValue' || k === 'Fn::GetAZs') {
        found.outside = true;
        visit(arg!);
      } else visit(arg!);
    }
  };
  visit(expression);
  return found;
}

function intrinsic(fn: string, arg: JsonValue, host: IntrinsicHost, at: string): Value {
  // Arguments are not outermost: only the whole expression is told to host.keep.
  const inner = (v: JsonValue, where: string) => walk(v, host, where, false);
  const args = Array.isArray(arg) ? arg : [arg];
  switch (fn) {
    case 'Ref':
      if (arg === 'AWS::NoValue') return NO_VALUE;
      return refText(String(arg), undefined, host, at);
    case 'Fn::GetAtt': {
      const [name, attr] = typeof arg === 'string' ? [arg.split('.')[0]!, arg.split('.').slice(1).join('.')] : [String(args[0]), text(inner(args[1]!, at))];
      return refText(name, attr, host, at);
    }
    case 'Fn::Sub':
      return typeof arg === 'string' ? sub(arg, {}, host, at) : sub(String(args[0]), isPlainObject(args[1]) ? args[1] : {}, host, at);
    case 'Fn::Join': {
      const list = inner(args[1] ?? [], at);
      return (Array.isArray(list) ? list : [list]).map((v) => text(v as Value)).join(String(args[0] ?? ''));
    }
    case 'Fn::Select': {
      const list = inner(args[1] ?? [], at);
      const index = Number(inner(args[0]!, at));
      return Array.isArray(list) && list[index] !== undefined ? list[index]! : kept(fn, arg, host, at);
    }
    case 'Fn::Split': {
      const whole = inner(args[1]!, at);
      return typeof whole === 'string' ? whole.split(String(args[0])) : kept(fn, arg, host, at);
    }
    case 'Fn::GetAZs':
      host.note(at, `Fn::GetAZs: the zones ${azs(host).join(', ')} of ${host.region} are assumed`);
      return azs(host);
    case 'Fn::FindInMap': {
      const [map, top, second] = args.map((a) => text(inner(a, at)));
      const found = isPlainObject(host.mappings[map!]) ? (host.mappings[map!] as JsonObject)[top!] : undefined;
      if (isPlainObject(found) && found[second!] !== undefined) return found[second!]!;
      return kept(fn, arg, host, at);
    }
    case 'Fn::If': {
      // Conditions depend on parameters at deploy time: the first branch (the one the condition being true takes) is used.
      host.note(at, `Fn::If on condition ${String(args[0])}: its first branch is used (the other is not kept)`);
      return inner(args[1]!, at);
    }
    case 'Fn::Base64': {
      const plain = inner(arg, at);
      return typeof plain === 'string' ? base64(plain) : kept(fn, arg, host, at);
    }
    default:
      return kept(fn, arg, host, at);
  }
}

/** An intrinsic with no literal value (Fn::ImportValue, Fn::Cidr…): its long form as text, said in a notice. */
function kept(fn: string, arg: JsonValue, host: IntrinsicHost, at: string): string {
  const written = JSON.stringify({ [fn]: arg });
  host.note(at, `${fn} cannot be evaluated outside a stack: kept as the text ${written}`);
  return written;
}

function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
