import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../io/import.ts';
import { emptyDesign } from '../model/design.ts';
import type { JsonObject } from '../model/json.ts';
import { ECS_SHAPES } from '../generated/ecs-model.gen.ts';
import { API_MINIMUM, EXTRA_REQUIRED } from './api-shape.ts';
import { validate, type Problem } from './index.ts';

/**
 * API-SHAPE, with the cases the fuzzer (cli/fuzz) found: mutated fixtures that imported,
 * validated without errors and were then refused by botocore's ParamValidator.
 */
const FIXTURES = fileURLToPath(new URL('../../../fixtures/ecs/', import.meta.url));

const fixture = (path: string) => JSON.parse(readFileSync(FIXTURES + path, 'utf8')) as JsonObject;

function shapeProblems(doc: JsonObject): Problem[] {
  const r = importFiles(emptyDesign(), [{ name: 'doc.json', text: JSON.stringify(doc) }]);
  if (!r.ok) throw new Error(r.error);
  return validate(r.design).filter((p) => p.ruleId === 'API-SHAPE');
}

const pointers = (doc: JsonObject) => shapeProblems(doc).map((p) => p.pointer);

describe('API-SHAPE: every ECS file holds what its API request accepts', () => {
  it('passes every fixture as it is', () => {
    for (const dir of ['task-definitions', 'services', 'describe', 'clusters']) {
      for (const name of readdirSync(FIXTURES + dir).filter((f) => f.endsWith('.json'))) {
        expect(shapeProblems(fixture(`${dir}/${name}`)), `${dir}/${name}`).toEqual([]);
      }
    }
  });

  it('services/exec-tags-propagate.json with an added member "3": not a field of CreateService', () => {
    const doc = { ...fixture('services/exec-tags-propagate.json'), 3: 1024 };
    const [p] = shapeProblems(doc);
    expect(p).toMatchObject({ severity: 'error', pointer: '/3', artifactPath: 'services/thumbnailer.json' });
    expect(p!.message).toContain('"3" is not a field of CreateService');
  });

  it('task-definitions/fsx-windows.json with entryPoint a string and a volume name an object: wrong JSON types', () => {
    const doc = fixture('task-definitions/fsx-windows.json');
    const defs = doc.containerDefinitions as JsonObject[];
    defs[0]!.entryPoint = 'powershell';
    (doc.volumes as JsonObject[])[0]!.name = { value: 'fsx-share' };
    const problems = shapeProblems(doc);
    expect(problems.map((p) => p.pointer)).toEqual(['/containerDefinitions/0/entryPoint', '/volumes/0/name']);
    expect(problems[0]!.message).toContain('must be an array, not a string');
    // Pinned to the container node, in the task definition's file.
    expect(problems[0]!.artifactPath).toBe('task-definitions/fsx-windows-share.json');
    expect(problems[0]!.nodeId).not.toBe(problems[1]!.nodeId);
  });

  it('task-definitions/ulimits-ec2.json with a ulimit without hardLimit: a required member of a nested structure', () => {
    const doc = fixture('task-definitions/ulimits-ec2.json');
    const ulimit = ((doc.containerDefinitions as JsonObject[])[0]!.ulimits as JsonObject[])[0]!;
    delete ulimit.hardLimit;
    expect(pointers(doc)).toEqual(['/containerDefinitions/0/ulimits/0/hardLimit']);
  });

  it('integers: a fraction, a boolean, and a number JSON writes with an exponent (read as a float) are refused', () => {
    const doc = fixture('task-definitions/fargate-web-awslogs.json');
    const def = (doc.containerDefinitions as JsonObject[])[0]!;
    (def.portMappings as JsonObject[])[0]!.containerPort = 8.5e-8;
    def.startTimeout = 1e21;
    def.stopTimeout = 9007199254740992; // still written as digits: accepted
    def.essential = 'true' as unknown as boolean;
    expect(pointers(doc)).toEqual(['/containerDefinitions/0/essential', '/containerDefinitions/0/portMappings/0/containerPort', '/containerDefinitions/0/startTimeout']);
  });

  it('the lower bounds of the model: an empty tag key, a negative capacity provider weight', () => {
    const doc = fixture('services/fargate-spot-capacity-providers.json');
    (doc.capacityProviderStrategy as JsonObject[])[0]!.weight = -1;
    doc.tags = [{ key: '', value: 'x' }];
    const problems = shapeProblems(doc);
    expect(problems.map((p) => p.pointer)).toEqual(['/capacityProviderStrategy/0/weight', '/tags/0/key']);
    expect(problems[0]!.message).toContain('at least 0');
  });

  it('maps: every value is checked (dockerLabels take strings)', () => {
    const doc = fixture('task-definitions/docker-labels-system-controls.json');
    const def = (doc.containerDefinitions as JsonObject[])[0]!;
    def.dockerLabels = { ...(def.dockerLabels as JsonObject), 'com.example.count': 3 };
    expect(pointers(doc)).toEqual(['/containerDefinitions/0/dockerLabels/com.example.count']);
  });

  // Where the lower bounds come from: botocore's model, walked from the four requests we emit.
  const BOTOCORE_MINIMUMS = `
import botocore.session, json
shapes = botocore.session.get_session().get_service_model("ecs")._service_description["shapes"]
out, seen, todo = {}, set(), ["RegisterTaskDefinitionRequest", "CreateServiceRequest", "CreateClusterRequest", "CreateCapacityProviderRequest"]
def bound(name):
    s = shapes[name]
    # A length of at least 0 bounds nothing.
    return s.get("min") if s.get("min") and s["type"] in ("string", "list", "map") or ("min" in s and s["type"] in ("integer", "long", "double")) else None
while todo:
    name = todo.pop()
    if name in seen: continue
    seen.add(name)
    for member, ref in shapes[name].get("members", {}).items():
        target = shapes[ref["shape"]]
        if bound(ref["shape"]) is not None: out.setdefault(name, {})[member] = {"value": bound(ref["shape"])}
        if target["type"] == "list" and bound(target["member"]["shape"]) is not None: out.setdefault(name, {}).setdefault(member, {})["items"] = bound(target["member"]["shape"])
        for inner in [ref["shape"], target.get("member", {}).get("shape"), target.get("value", {}).get("shape")]:
            if inner and shapes[inner]["type"] == "structure": todo.append(inner)
required = {name: sorted(shapes[name].get("required", [])) for name in seen if shapes[name]["type"] == "structure"}
print(json.dumps({"minimum": out, "required": required}))
`;
  const botocore = spawnSync('python3', ['-c', BOTOCORE_MINIMUMS], { encoding: 'utf8' });
  it.skipIf(botocore.status !== 0)(`the lower bounds are those of botocore's model${botocore.status !== 0 ? ' [skipped: python3 cannot import botocore]' : ''}`, () => {
    expect(API_MINIMUM).toEqual(JSON.parse(botocore.stdout).minimum);
  });

  it.skipIf(botocore.status !== 0)(`the required members are those of botocore's model${botocore.status !== 0 ? ' [skipped: python3 cannot import botocore]' : ''}`, () => {
    const required = JSON.parse(botocore.stdout).required as Record<string, string[]>;
    const ours = Object.fromEntries(
      Object.keys(required).filter((name) => ECS_SHAPES[name]).map((name) => [name, [...ECS_SHAPES[name]!.required, ...(EXTRA_REQUIRED[name] ?? [])].sort()]),
    );
    expect(ours).toEqual(Object.fromEntries(Object.entries(required).filter(([name]) => ECS_SHAPES[name])));
  });

  it('task-definitions/gpu-ec2.json with a resource requirement without value: required (in botocore, not in the SDK model)', () => {
    const doc = fixture('task-definitions/gpu-ec2.json');
    delete ((doc.containerDefinitions as JsonObject[])[0]!.resourceRequirements as JsonObject[])[0]!.value;
    expect(pointers(doc)).toEqual(['/containerDefinitions/0/resourceRequirements/0/value']);
  });
});
