import { isPlainObject, type JsonObject, type JsonValue } from './json.ts';

/**
 * What a design imported from a CloudFormation template keeps of the template's own
 * expressions, so that exporting it again writes them as they were. The design works with
 * literal values (a parameter's default, a condition's first branch): that is what the
 * canvas shows and the rules check. Each expression here remembers where it stood and the
 * value it was read as; the exporter puts the expression back wherever that value still
 * stands (a value the user has since changed is exported as the user's).
 */
export interface TemplateOrigin {
  /** The template's Parameters, Conditions and Mappings, for the expressions that name them. */
  parameters: JsonObject;
  conditions: JsonObject;
  mappings: JsonObject;
  expressions: TemplateExpression[];
  /** Properties the design has no place for (a log group's retention), written again into their resource as the template had them. */
  properties?: TemplateProperty[];
}

/** Which resource of an exported template a kept expression or property belongs to. */
export interface TemplateResourceIdentity {
  /** The resource type it stood in (AWS::ECS::Service). */
  type: string;
  /** The resource's name member and value (ServiceName: web), when the template names it literally; else any resource of the type. */
  name?: { key: string; value: string };
  /**
   * For a resource with no name (a SecurityGroupIngress): the members it had and those of
   * them it wrote literally, which a resource it stands in again must have and agree with.
   */
  shape?: { keys: string[]; literals: JsonObject };
}

export interface TemplateProperty extends TemplateResourceIdentity {
  key: string;
  value: JsonValue;
}

export interface TemplateExpression extends TemplateResourceIdentity {
  /** Where in the resource's Properties (keys and indexes). */
  path: Array<string | number>;
  /** The value the import read it as; absent when it was AWS::NoValue (the member was left out). */
  value?: JsonValue;
  /** The expression as the template wrote it, in long form ({"Ref": "ImageUrl"}). */
  expression: JsonValue;
}

export function emptyTemplateOrigin(): TemplateOrigin {
  return { parameters: {}, conditions: {}, mappings: {}, expressions: [] };
}

/** A design file's `cloudFormation` member as a TemplateOrigin, leaving out what is malformed; undefined if there is none. */
export function readTemplateOrigin(raw: unknown): TemplateOrigin | undefined {
  if (!isPlainObject(raw)) return undefined;
  const object = (v: unknown): JsonObject => (isPlainObject(v) ? v : {});
  const expressions = (Array.isArray(raw.expressions) ? (raw.expressions as unknown[]) : []).filter(isExpression);
  const properties = (Array.isArray(raw.properties) ? (raw.properties as unknown[]) : []).filter(isProperty);
  const origin: TemplateOrigin = { parameters: object(raw.parameters), conditions: object(raw.conditions), mappings: object(raw.mappings), expressions };
  if (properties.length) origin.properties = properties;
  return origin;
}

function isExpression(v: unknown): v is TemplateExpression {
  if (!isPlainObject(v) || v.expression === undefined) return false;
  if (!Array.isArray(v.path) || !v.path.every((p) => typeof p === 'string' || (typeof p === 'number' && Number.isInteger(p) && p >= 0))) return false;
  return isIdentity(v);
}

function isProperty(v: unknown): v is TemplateProperty {
  return isPlainObject(v) && typeof v.key === 'string' && v.value !== undefined && isIdentity(v);
}

function isIdentity(v: JsonObject): boolean {
  if (typeof v.type !== 'string') return false;
  if (v.name !== undefined && !(isPlainObject(v.name) && typeof v.name.key === 'string' && typeof v.name.value === 'string')) return false;
  if (v.shape !== undefined && !(isPlainObject(v.shape) && Array.isArray(v.shape.keys) && v.shape.keys.every((k) => typeof k === 'string') && isPlainObject(v.shape.literals))) return false;
  return true;
}

/**
 * Two origins as one (a second template imported into the same design). A parameter,
 * condition or mapping the first already declares differently keeps the first's
 * declaration; the names are returned so the import can say so.
 */
export function mergeTemplateOrigins(a: TemplateOrigin | undefined, b: TemplateOrigin): { origin: TemplateOrigin; conflicts: string[] } {
  if (!a) return { origin: b, conflicts: [] };
  const conflicts: string[] = [];
  const merge = (x: JsonObject, y: JsonObject, what: string): JsonObject => {
    const out = { ...x };
    for (const [k, v] of Object.entries(y)) {
      if (out[k] === undefined) out[k] = v!;
      else if (JSON.stringify(out[k]) !== JSON.stringify(v)) conflicts.push(`${what} ${k}`);
    }
    return out;
  };
  return {
    origin: {
      parameters: merge(a.parameters, b.parameters, 'parameter'),
      conditions: merge(a.conditions, b.conditions, 'condition'),
      mappings: merge(a.mappings, b.mappings, 'mapping'),
      expressions: [...a.expressions, ...b.expressions],
      ...(a.properties || b.properties ? { properties: [...(a.properties ?? []), ...(b.properties ?? [])] } : {}),
    },
    conflicts,
  };
}
