import { ECS_SHAPES, type ShapeRef } from '../generated/ecs-model.gen.ts';
import type { Artifact, ArtifactType } from '../model/artifact.ts';
import { isPlainObject, pointer, type JsonValue } from '../model/json.ts';
import { textOf } from '../model/text.ts';
import type { RuleModule, ValidateContext } from './context.ts';
import { ownerAt } from './helpers.ts';

/** The API request each ECS file is the input of. */
const ROOT_SHAPE: Partial<Record<ArtifactType, string>> = {
  'task-definition': 'RegisterTaskDefinitionRequest',
  service: 'CreateServiceRequest',
  cluster: 'CreateClusterRequest',
  'capacity-provider': 'CreateCapacityProviderRequest',
  'run-task': 'RunTaskRequest',
};

/**
 * Lower bounds of the ECS model (numbers: value, strings: length) that the AWS SDKs check
 * before sending. The generated model does not carry them; these are the members whose
 * shape has a `min` in botocore's ecs/2014-11-13 model, on the request shapes we emit.
 * `items` bounds each item of a list member.
 */
export const API_MINIMUM: Readonly<Record<string, Readonly<Record<string, { value?: number; items?: number }>>>> = {
  CapacityProviderStrategyItem: { weight: { value: 0 }, base: { value: 0 } },
  DeploymentLifecycleHookTimeoutConfiguration: { timeoutInMinutes: { value: 1 } },
  InstanceRequirementsRequest: { allowedInstanceTypes: { items: 1 }, excludedInstanceTypes: { items: 1 } },
  ManagedInstancesStorageConfiguration: { storageSizeGiB: { value: 1 } },
  ManagedScaling: { targetCapacity: { value: 1 }, minimumScalingStepSize: { value: 1 }, maximumScalingStepSize: { value: 1 }, instanceWarmupPeriod: { value: 0 } },
  ServiceConnectClientAlias: { port: { value: 0 } },
  ServiceConnectService: { ingressPortOverride: { value: 0 } },
  Tag: { key: { value: 1 } },
  TimeoutConfiguration: { idleTimeoutSeconds: { value: 0 }, perRequestTimeoutSeconds: { value: 0 } },
};

/**
 * Required members botocore's model has and the SDK model the generator reads does not:
 * ResourceRequirement.value (the API reference marks it required too).
 */
export const EXTRA_REQUIRED: Readonly<Record<string, readonly string[]>> = { ResourceRequirement: ['value'] };

/**
 * Required members of nested structures that a rule of their own explains (with the
 * connection that fills them in, or a quick fix): API-SHAPE leaves them to it, so one
 * missing value is one problem. Managed Instances: MI-REQ and MI-IR.
 */
export const OWNED_REQUIRED: Readonly<Record<string, readonly string[]>> = {
  CreateManagedInstancesProviderConfiguration: ['infrastructureRoleArn', 'instanceLaunchTemplate'],
  InstanceLaunchTemplate: ['ec2InstanceProfileArn', 'networkConfiguration'],
  InstanceRequirementsRequest: ['vCpuCount', 'memoryMiB'],
  VCpuCountRangeRequest: ['min'],
  MemoryMiBRequest: ['min'],
};

/**
 * API-SHAPE: every ECS file holds what its API request accepts: the JSON type of each
 * member, no member the API does not have, the required members of nested structures,
 * one member of a union, and the model's lower bounds. These are the checks the AWS SDKs
 * (botocore's ParamValidator, the CLI) make before a request is sent; a file that fails
 * them is refused whatever the other rules say. Import keeps unknown and mistyped fields
 * (lossless), so this is where they are explained. Required members of the request
 * itself (family, serviceName, name) are left to the rules that own them (TD-REQ,
 * SVC-REQ, NAME-CP).
 */
export const apiShapeRules: RuleModule = {
  area: 'API input shape',
  rules: { 'API-SHAPE': 'error' },
  check(ctx) {
    for (const artifact of ctx.artifacts) {
      const root = ROOT_SHAPE[artifact.type];
      if (root) ctx.checkFile(API_SHAPE, artifact, () => new ShapeWalk(ctx, artifact).structure(root, artifact.content, true));
    }
  },
};

/** This check reads one file and nothing else: its problems are reused for an unchanged file. */
const API_SHAPE = Symbol('API-SHAPE');

const JSON_TYPE = (v: JsonValue): string =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : typeof v === 'string' ? 'a string' : typeof v === 'number' ? 'a number' : 'a boolean';

const EXPECTED: Record<ShapeRef['type'], string> = {
  string: 'a string',
  integer: 'a whole number',
  long: 'a whole number',
  double: 'a number',
  boolean: 'true or false',
  timestamp: 'a date (string or number)',
  blob: 'a string',
  document: 'any JSON value',
  structure: 'an object',
  list: 'an array',
  map: 'an object',
};

// Member lookups of the (static) model, built once: validation runs on every edit.
const MEMBERS = new Map<string, ReadonlyMap<string, ShapeRef>>();
function membersOf(shapeName: string): ReadonlyMap<string, ShapeRef> {
  let members = MEMBERS.get(shapeName);
  if (!members) MEMBERS.set(shapeName, (members = new Map(ECS_SHAPES[shapeName]?.members ?? [])));
  return members;
}

/**
 * One file's walk. The place is one stack of segments pushed and popped as the walk goes:
 * it runs over every member of every ECS file on each edit, and a well-formed file (the
 * usual case) then allocates nothing; pointers are only built for a report.
 */
class ShapeWalk {
  private readonly path: Array<string | number> = [];

  constructor(
    private readonly ctx: ValidateContext,
    private readonly artifact: Artifact,
  ) {}

  private report(message: string, extra?: string | number): void {
    const at = extra === undefined ? pointer(...this.path) : pointer(...this.path, extra);
    const node = this.ctx.index.node(ownerAt(this.artifact, at).nodeId);
    this.ctx.report({ ruleId: 'API-SHAPE', ...(node ? { node } : {}), artifactPath: this.artifact.path, pointer: at, message: `${at || 'The file'}: ${message}` });
  }

  structure(shapeName: string, value: JsonValue, isRoot = false): void {
    const shape = ECS_SHAPES[shapeName];
    if (!shape || !isPlainObject(value)) return;
    const members = membersOf(shapeName);
    const bounds = API_MINIMUM[shapeName];
    let set = 0;
    for (const key in value) {
      const member = value[key];
      if (member === undefined) continue;
      set++;
      const ref = members.get(key);
      if (!ref) {
        const known = shape.members.length <= 12 ? `: it takes ${shape.members.map(([m]) => m).join(', ')}` : '';
        this.report(`${JSON.stringify(key)} is not a field of ${shapeName.replace(/Request$/, '')}${known}.`, key);
        continue;
      }
      const bound = bounds?.[key];
      this.path.push(key);
      this.value(ref, member, bound?.value, bound?.items);
      this.path.pop();
    }
    if (!isRoot) {
      const owned = OWNED_REQUIRED[shapeName];
      for (const name of shape.required) {
        if (value[name] === undefined && !owned?.includes(name)) this.report(`${name} is required here.`, name);
      }
      for (const name of EXTRA_REQUIRED[shapeName] ?? []) {
        if (value[name] === undefined) this.report(`${name} is required here.`, name);
      }
    }
    if (shape.union && set !== 1) {
      this.report(`set exactly one of ${shape.members.map(([m]) => m).join(', ')} (${set} are set).`);
    }
  }

  private value(ref: ShapeRef, value: JsonValue, min?: number, itemMin?: number): void {
    switch (ref.type) {
      case 'string':
      case 'blob':
        if (typeof value !== 'string') return this.wrong(ref, value);
        if (min !== undefined && value.length < min) this.report('must not be empty.');
        return;
      case 'integer':
      case 'long':
        // Beyond 1e21 JSON writes numbers with an exponent, which SDKs read as a float.
        if (typeof value !== 'number' || !Number.isInteger(value) || Math.abs(value) >= 1e21) return this.wrong(ref, value);
        if (min !== undefined && value < min) this.report(`must be at least ${min} (it is ${value}).`);
        return;
      case 'double':
        if (typeof value !== 'number') return this.wrong(ref, value);
        if (min !== undefined && value < min) this.report(`must be at least ${min} (it is ${value}).`);
        return;
      case 'boolean':
        if (typeof value !== 'boolean') this.wrong(ref, value);
        return;
      case 'timestamp':
        if (typeof value !== 'string' && typeof value !== 'number') this.wrong(ref, value);
        return;
      case 'document':
        return;
      case 'structure':
        if (!isPlainObject(value)) return this.wrong(ref, value);
        return this.structure(ref.shape, value);
      case 'list':
        if (!Array.isArray(value)) return this.wrong(ref, value);
        for (let i = 0; i < value.length; i++) {
          this.path.push(i);
          this.value(ref.member, value[i]!, itemMin);
          this.path.pop();
        }
        return;
      case 'map':
        if (!isPlainObject(value)) return this.wrong(ref, value);
        for (const key in value) {
          const item = value[key];
          if (item === undefined) continue;
          this.path.push(key);
          this.value(ref.value, item);
          this.path.pop();
        }
        return;
    }
  }

  private wrong(ref: ShapeRef, value: JsonValue): void {
    this.report(
      value === null
        ? 'null is not accepted: leave the field out.'
        : `must be ${EXPECTED[ref.type]}, not ${JSON_TYPE(value)}${typeof value === 'object' ? '' : ` (${textOf(value).slice(0, 40)})`}.`,
    );
  }
}
