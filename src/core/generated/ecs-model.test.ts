import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { ECS_ENUMS, ECS_MODEL_VERSION, ECS_ROOT_SHAPES, ECS_SHAPES, type ShapeRef, type StructureShape } from './ecs-model.gen.ts';

// Imported through a non-literal specifier: the generator is plain .mjs without type declarations.
const GENERATOR = new URL('../../../scripts/gen-ecs-model.mjs', import.meta.url).href;
type GeneratorModule = { generate: () => string; OUTPUT_PATH: string };

function shape(name: string): StructureShape {
  const s = ECS_SHAPES[name];
  if (!s) throw new Error(`shape ${name} missing`);
  return s;
}
const memberNames = (name: string) => shape(name).members.map(([n]) => n);
const member = (shapeName: string, m: string): ShapeRef | undefined => shape(shapeName).members.find(([n]) => n === m)?.[1];

describe('ecs-model.gen.ts', () => {
  it('is up to date with scripts/gen-ecs-model.mjs (run `npm run gen:model`)', async () => {
    const gen = (await import(/* @vite-ignore */ GENERATOR)) as GeneratorModule;
    const fresh = gen.generate();
    expect(gen.generate()).toBe(fresh); // deterministic
    const committed = readFileSync(new URL('./ecs-model.gen.ts', import.meta.url), 'utf8');
    expect(committed === fresh, 'ecs-model.gen.ts is stale: run `npm run gen:model`').toBe(true);
  }, 60_000);

  it('records the SDK version it was generated from', () => {
    expect(ECS_MODEL_VERSION).toMatch(/^3\.\d+\.\d+$/);
  });

  it('contains every root shape and every referenced shape/enum', () => {
    for (const r of ECS_ROOT_SHAPES) expect(ECS_SHAPES[r], r).toBeDefined();
    const check = (ref: ShapeRef, where: string): void => {
      if (ref.type === 'structure') expect(ECS_SHAPES[ref.shape], where).toBeDefined();
      else if (ref.type === 'list') check(ref.member, `${where}[]`);
      else if (ref.type === 'map') check(ref.value, `${where}{}`);
      else if (ref.type === 'string' && ref.enum !== undefined) expect(ECS_ENUMS[ref.enum], where).toBeDefined();
    };
    for (const [name, s] of Object.entries(ECS_SHAPES)) {
      const names = s.members.map(([n]) => n);
      expect(new Set(names).size, name).toBe(names.length);
      for (const r of s.required) expect(names, `${name} required ${r}`).toContain(r);
      for (const [n, ref] of s.members) check(ref, `${name}.${n}`);
    }
  });

  it('RegisterTaskDefinitionRequest: declared (API reference) member order and required members', () => {
    // Note: the SDK's runtime schema hoists required members first (family, containerDefinitions, ...);
    // the generator restores the model's declared order, which matches botocore / the API reference.
    expect(memberNames('RegisterTaskDefinitionRequest').slice(0, 5)).toEqual(['family', 'taskRoleArn', 'executionRoleArn', 'networkMode', 'containerDefinitions']);
    expect(shape('RegisterTaskDefinitionRequest').required).toEqual(['family', 'containerDefinitions']);
    expect(member('RegisterTaskDefinitionRequest', 'containerDefinitions')).toEqual({ type: 'list', member: { type: 'structure', shape: 'ContainerDefinition' } });
    expect(member('RegisterTaskDefinitionRequest', 'networkMode')).toEqual({ type: 'string', enum: 'NetworkMode' });
    expect(member('RegisterTaskDefinitionRequest', 'requiresCompatibilities')).toEqual({ type: 'list', member: { type: 'string', enum: 'Compatibility' } });
  });

  it('ContainerDefinition members', () => {
    const names = memberNames('ContainerDefinition');
    expect(names.slice(0, 2)).toEqual(['name', 'image']);
    for (const m of ['portMappings', 'environment', 'secrets', 'logConfiguration', 'healthCheck', 'essential', 'cpu', 'memory', 'dockerLabels']) expect(names).toContain(m);
    expect(member('ContainerDefinition', 'portMappings')).toEqual({ type: 'list', member: { type: 'structure', shape: 'PortMapping' } });
    expect(member('ContainerDefinition', 'environment')).toEqual({ type: 'list', member: { type: 'structure', shape: 'KeyValuePair' } });
    expect(member('ContainerDefinition', 'essential')).toEqual({ type: 'boolean' });
    expect(member('ContainerDefinition', 'cpu')).toEqual({ type: 'integer' });
    expect(member('ContainerDefinition', 'dockerLabels')).toEqual({ type: 'map', value: { type: 'string' } });
    expect(memberNames('PortMapping')).toContain('containerPort');
    expect(member('PortMapping', 'protocol')).toEqual({ type: 'string', enum: 'TransportProtocol' });
  });

  it('other root shapes', () => {
    expect(shape('CreateServiceRequest').required).toEqual(['serviceName']);
    expect(memberNames('CreateServiceRequest').slice(0, 3)).toEqual(['cluster', 'serviceName', 'taskDefinition']);
    expect(member('CreateServiceRequest', 'launchType')).toEqual({ type: 'string', enum: 'LaunchType' });
    expect(shape('CreateClusterRequest').required).toEqual([]);
    expect(shape('CreateCapacityProviderRequest').required).toEqual(['name']);
    expect(member('TaskDefinition', 'registeredAt')).toEqual({ type: 'timestamp' });
    expect(member('Service', 'createdAt')).toEqual({ type: 'timestamp' });
    expect(member('MemoryGiBPerVCpuRequest', 'min')).toEqual({ type: 'double' });
    expect(shape('SharingStrategy').union).toBe(true);
    expect(shape('ContainerDefinition').union).toBeUndefined();
  });

  it('enums', () => {
    expect(ECS_ENUMS.LaunchType).toEqual(expect.arrayContaining(['FARGATE', 'EC2', 'EXTERNAL']));
    expect(ECS_ENUMS.NetworkMode).toEqual(expect.arrayContaining(['awsvpc', 'bridge', 'host', 'none']));
  });
});
