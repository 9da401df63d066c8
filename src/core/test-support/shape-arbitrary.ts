import fc from 'fast-check';
import { ECS_ENUMS, ECS_SHAPES, type ShapeRef } from '../generated/ecs-model.gen.ts';
import type { JsonObject, JsonValue } from '../model/json.ts';

/**
 * Random ECS API inputs generated from the API model itself (src/core/generated), so that
 * every field the API has — including the ones the designer does not model — is exercised
 * by the lossless import/export property. Depth and sizes are bounded to keep runs fast.
 */

const MAX_DEPTH = 4;

/** Unusual but legal strings: empty, whitespace, quotes, escapes, non-ASCII, JSON look-alikes. */
const stringArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', 'a"b\\c', 'line\nbreak', '${VAR}', 'null', 'true', '0', '日本語', '🚀', 'arn:aws:iam::123456789012:role/x') },
);

// `__proto__` is the one key import leaves out on purpose (and reports): see parseJsonText.
const mapKeyArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 10 }).filter((k) => k !== '__proto__') },
  { weight: 1, arbitrary: fc.constantFrom('com.example.label', 'awslogs-group', 'net.core.somaxconn', 'constructor', 'toString') },
);

function scalarArb(ref: ShapeRef): fc.Arbitrary<JsonValue> {
  switch (ref.type) {
    case 'string':
      return ref.enum && ECS_ENUMS[ref.enum] ? fc.constantFrom(...ECS_ENUMS[ref.enum]!) : stringArb;
    case 'integer':
      return fc.integer();
    case 'long':
    case 'timestamp':
      return fc.maxSafeInteger();
    case 'double':
      // JSON has no -0, NaN or Infinity.
      return fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0));
    case 'boolean':
      return fc.boolean();
    default:
      return stringArb;
  }
}

export function refArb(ref: ShapeRef, depth: number): fc.Arbitrary<JsonValue> {
  if (ref.type === 'structure') return structureArb(ref.shape, depth + 1);
  if (ref.type === 'list') return fc.array(refArb(ref.member, depth + 1), { maxLength: depth < MAX_DEPTH ? 3 : 0 });
  if (ref.type === 'map') {
    return fc.dictionary(mapKeyArb, refArb(ref.value, depth + 1), { maxKeys: depth < MAX_DEPTH ? 3 : 0, noNullPrototype: true });
  }
  return scalarArb(ref);
}

/**
 * A structure of the model: required members (and `alwaysSet`) always, the others
 * sometimes; a union (Smithy) has exactly one member. Past MAX_DEPTH only required
 * members are generated. `overrides` replace the generator of some members.
 */
export function structureArb(
  shapeName: string,
  depth = 0,
  overrides: Record<string, fc.Arbitrary<JsonValue>> = {},
  alwaysSet: readonly string[] = [],
): fc.Arbitrary<JsonObject> {
  const shape = ECS_SHAPES[shapeName];
  if (!shape) throw new Error(`no shape ${shapeName} in the ECS model`);
  // A union must have one member set, whatever the depth.
  const members = shape.members.filter(([name]) => shape.union || depth < MAX_DEPTH || shape.required.includes(name) || name in overrides);
  const arbs = Object.fromEntries(members.map(([name, ref]) => [name, overrides[name] ?? refArb(ref, depth)]));
  if (shape.union) {
    return fc.oneof(...members.map(([name]) => arbs[name]!.map((v) => ({ [name]: v }) as JsonObject)));
  }
  const required = [...shape.required, ...alwaysSet].filter((name) => name in arbs);
  return fc.record(arbs, { requiredKeys: [...new Set(required)], noNullPrototype: true }) as fc.Arbitrary<JsonObject>;
}

const cpuArb = fc.constantFrom('256', '1024', '.25 vcpu', '1 vCPU', '2 vcpu', '4096', ' 512 ');
const memoryArb = fc.constantFrom('512', '2048', '0.5GB', '2 GB', '4gb', '30720', '1024 ');

const containerArb = structureArb('ContainerDefinition', 1, {
  name: fc.string({ minLength: 1, maxLength: 12 }),
  image: fc.constantFrom('nginx:1.27', 'public.ecr.aws/nginx/nginx:1.27', '123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1', 'ghcr.io/o/r@sha256:' + 'f'.repeat(64)),
}, ['name', 'image']);

/** Anything in the containers that makes an execution role necessary (a superset of ECS_RULES §5.2). */
function mayNeedExecutionRole(containers: JsonObject[]): boolean {
  return containers.some(
    (c) =>
      c.secrets !== undefined ||
      c.logConfiguration !== undefined ||
      c.repositoryCredentials !== undefined ||
      c.environmentFiles !== undefined ||
      /\.dkr\.ecr/.test(String(c.image)),
  );
}

/**
 * A RegisterTaskDefinition input AWS would take as it is: a family, at least one container
 * with name and image, and what a launch type requires (Fargate: awsvpc, cpu and memory;
 * Managed Instances: a network mode;
 * an execution role when secrets, logs or private images need one). Those are what derive
 * fills when missing, so an input without them would not round-trip — by design.
 */
export const registerTaskDefinitionArb: fc.Arbitrary<JsonObject> = structureArb('RegisterTaskDefinitionRequest', 0, {
  family: fc.string({ minLength: 1, maxLength: 20 }),
  containerDefinitions: fc.array(containerArb, { minLength: 1, maxLength: 3 }),
  cpu: cpuArb,
  memory: memoryArb,
}).map((td) => {
  const out: JsonObject = { ...td };
  const compat = Array.isArray(out.requiresCompatibilities) ? (out.requiresCompatibilities as string[]) : [];
  // Managed Instances take no default network mode either (NET-MI).
  if (compat.includes('MANAGED_INSTANCES')) out.networkMode ??= 'awsvpc';
  if (compat.includes('FARGATE')) {
    out.networkMode ??= 'awsvpc';
    out.cpu ??= '256';
    out.memory ??= '512';
  }
  if (out.executionRoleArn === undefined && mayNeedExecutionRole(out.containerDefinitions as JsonObject[])) {
    out.executionRoleArn = 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole';
  }
  return out;
});
