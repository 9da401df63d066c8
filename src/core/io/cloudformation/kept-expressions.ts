import type { Design } from '../../model/design.ts';
import { isPlainObject, type JsonObject, type JsonValue } from '../../model/json.ts';
import { mergeTemplateOrigins, type TemplateExpression } from '../../model/template-origin.ts';
import { NO_VALUE } from './intrinsics.ts';

/** The members a resource is named by, in the order they are looked for. */
const NAME_KEYS = [
  'ClusterName', 'Family', 'ServiceName', 'Name', 'RoleName', 'GroupName', 'LaunchTemplateName', 'AutoScalingGroupName',
  'QueueName', 'TopicName', 'TableName', 'BucketName', 'RepositoryName', 'InstanceProfileName', 'PolicyName', 'AlarmName',
  // A VPC's or subnet's range tells it from the others as well as a name would.
  'CidrBlock',
];

/**
 * Collects the expressions a template names its parameters, conditions, mappings and
 * imports with (intrinsics.ts tells it of each), where they stood and what they were read
 * as, and puts them on the imported design (model/template-origin.ts) for the export.
 */
export class ExpressionKeeper {
  private readonly kept = new Map<string, { id: string; path: Array<string | number>; expression: JsonValue; value: JsonValue | undefined }>();
  private readonly props = new Map<string, JsonObject>();

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

  /** A resource's properties as evaluated: what its name is read as. */
  evaluated(id: string, props: JsonObject): void {
    this.props.set(id, props);
  }

  /** The design with the kept expressions (and the template's parameters, conditions, mappings) on it. */
  into(design: Design, warn: (message: string) => void): Design {
    if (!this.kept.size) return design;
    const expressions: TemplateExpression[] = [...this.kept.values()].map(({ id, path, expression, value }) => {
      const entry: TemplateExpression = { type: this.typeOf(id), path, expression };
      if (value !== undefined) entry.value = value;
      const props = this.props.get(id) ?? {};
      const key = NAME_KEYS.find((k) => typeof props[k] === 'string');
      if (key) entry.name = { key, value: props[key] as string };
      else {
        const raw = this.written(id);
        const literals = Object.fromEntries(Object.entries(raw).filter(([, v]) => v === null || typeof v !== 'object')) as JsonObject;
        entry.shape = { keys: Object.keys(raw), literals };
      }
      return entry;
    });
    const object = (v: unknown): JsonObject => (isPlainObject(v) ? v : {});
    const { origin, conflicts } = mergeTemplateOrigins(design.cloudFormation, {
      parameters: object(this.template.Parameters),
      conditions: object(this.template.Conditions),
      mappings: object(this.template.Mappings),
      expressions,
    });
    if (conflicts.length) warn(`${conflicts.join(', ')}: declared differently by a template imported before; the export declares them as that one did`);
    return { ...design, cloudFormation: origin };
  }
}
