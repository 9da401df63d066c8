import type { Design } from '../../model/design.ts';
import { isPlainObject, type JsonObject, type JsonValue } from '../../model/json.ts';
import { mergeTemplateOrigins, type TemplateExpression, type TemplateProperty, type TemplateResourceIdentity } from '../../model/template-origin.ts';
import { namesIn, NO_VALUE } from './intrinsics.ts';

/** The members a resource is told apart from others of its type by, in the order they are looked for. */
export const RESOURCE_NAME_KEYS: readonly string[] = [
  'ClusterName', 'Family', 'ServiceName', 'Name', 'RoleName', 'GroupName', 'LaunchTemplateName', 'AutoScalingGroupName',
  'QueueName', 'TopicName', 'TableName', 'BucketName', 'RepositoryName', 'InstanceProfileName', 'PolicyName', 'AlarmName',
  // A VPC's or subnet's range tells it from the others as well as a name would.
  'CidrBlock', 'LogGroupName',
];

/**
 * Collects the expressions a template names its parameters, conditions, mappings and
 * imports with (intrinsics.ts tells it of each), where they stood and what they were read
 * as, and puts them on the imported design (model/template-origin.ts) for the export.
 */
export class ExpressionKeeper {
  private readonly kept = new Map<string, { id: string; path: Array<string | number>; expression: JsonValue; value: JsonValue | undefined }>();
  private readonly props = new Map<string, JsonObject>();
  private readonly passed: Array<{ id: string; key: string }> = [];

  constructor(
    private readonly template: JsonObject,
    private readonly typeOf: (id: string) => string,
    /** A resource's Properties as the template writes them. */
    private readonly written: (id: string) => JsonObject,
  ) {}

  keep(pointer: string, expression: JsonValue, value: JsonValue | typeof NO_VALUE): void {
    const [, resources, id, properties, ...rest] = pointer.split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (resources !== 'Resources' || properties !== 'Properties' || !id) return;
    const path = rest.map((p) => (/^(0|[1-9]\d*)$/.test(p) ? Number(p) : p));
    this.kept.set(pointer, { id, path, expression, value: value === NO_VALUE ? undefined : value });
  }

  /**
   * A property the design has no place for, kept to be written again as the template had it;
   * `key` may be the API's spelling of it (family for Family). False when it cannot be: it
   * names a resource of the template (whose logical id the export does not keep), or the
   * template has no such property.
   */
  passThrough(id: string, key: string, hasResource: (id: string) => boolean): boolean {
    const raw = this.written(id);
    const written = Object.keys(raw).find((k) => k.toLowerCase() === key.toLowerCase());
    if (written === undefined) return false;
    if (namesIn(raw[written]!).resources.some(hasResource)) return false;
    if (!this.passed.some((p) => p.id === id && p.key === written)) this.passed.push({ id, key: written });
    return true;
  }

  /** A resource's properties as evaluated: what its name is read as. */
  evaluated(id: string, props: JsonObject): void {
    this.props.set(id, props);
  }

  /** The design with the kept expressions (and the template's parameters, conditions, mappings) on it. */
  into(design: Design, warn: (message: string) => void): Design {
    if (!this.kept.size && !this.passed.length) return design;
    const expressions: TemplateExpression[] = [...this.kept.values()].map(({ id, path, expression, value }) => {
      const entry: TemplateExpression = { ...this.identity(id), path, expression };
      if (value !== undefined) entry.value = value;
      return entry;
    });
    const properties: TemplateProperty[] = this.passed.map(({ id, key }) => ({ ...this.identity(id, key), key, value: this.written(id)[key]! }));
    const object = (v: unknown): JsonObject => (isPlainObject(v) ? v : {});
    const { origin, conflicts } = mergeTemplateOrigins(design.cloudFormation, {
      parameters: object(this.template.Parameters),
      conditions: object(this.template.Conditions),
      mappings: object(this.template.Mappings),
      expressions,
      ...(properties.length ? { properties } : {}),
    });
    if (conflicts.length) warn(`${conflicts.join(', ')}: declared differently by a template imported before; the export declares them as that one did`);
    return { ...design, cloudFormation: origin };
  }

  /** How the export finds the resource again: its name, else the members it had (`without` one that the export will not have). */
  private identity(id: string, without?: string): TemplateResourceIdentity {
    const type = this.typeOf(id);
    const props = this.props.get(id) ?? {};
    const key = RESOURCE_NAME_KEYS.find((k) => typeof props[k] === 'string');
    if (key) return { type, name: { key, value: props[key] as string } };
    const raw = this.written(id);
    // Members that hold one value (a literal, a Ref): lists and structures may be written otherwise by the export
    // (a group's inline rules as resources of their own).
    const single = (v: JsonValue) => v === null || typeof v !== 'object' || (isPlainObject(v) && Object.keys(v).length === 1 && /^(Ref|Fn::)/.test(Object.keys(v)[0]!));
    const keys = Object.keys(raw).filter((k) => k !== without && single(raw[k]!));
    const literals = Object.fromEntries(keys.filter((k) => raw[k] === null || typeof raw[k] !== 'object').map((k) => [k, raw[k]!])) as JsonObject;
    return { type, shape: { keys, literals } };
  }
}
