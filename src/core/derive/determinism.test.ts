import { describe, expect, it } from 'vitest';
import { ECS_SHAPES } from '../generated/ecs-model.gen.ts';
import type { Design } from '../model/design.ts';
import type { JsonObject } from '../model/json.ts';
import { fargateWebSample } from '../templates/fargate-web.ts';
import { contentAt, nullPointers } from '../test-support/builders.ts';
import { artifactText, derive } from './index.ts';

/** Reverses the key order of every object in a JSON value (the worst case for key order). */
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)])) as T;
  }
  return value;
}

function modelOrder(shape: string, content: JsonObject): string[] {
  return ECS_SHAPES[shape]!.members.map(([name]) => name).filter((name) => name in content);
}

/** The sample with extra TD fields, every node's data keys reversed. */
function scrambledSample(): Design {
  const sample = fargateWebSample();
  return {
    ...sample,
    nodes: sample.nodes.map((n) =>
      n.kind === 'task-definition'
        ? { ...n, data: reverseKeys({ family: 'web', cpu: '512', tags: [{ key: 'team', value: 'web' }], runtimePlatform: { cpuArchitecture: 'ARM64', operatingSystemFamily: 'LINUX' } }) }
        : { ...n, data: reverseKeys(n.data) },
    ),
  };
}

describe('derive: determinism and canonical form', () => {
  it('deriving twice gives byte-identical files', () => {
    const design = fargateWebSample();
    const a = derive(design).map((x) => [x.path, artifactText(x)]);
    const b = derive(structuredClone(design)).map((x) => [x.path, artifactText(x)]);
    expect(b).toEqual(a);
  });

  it('RegisterTaskDefinition keys follow the ECS model order (family first) whatever order the node data has', () => {
    const design = scrambledSample();
    const td = contentAt(design, 'task-definitions/web.json');
    expect(Object.keys(td)).toEqual(modelOrder('RegisterTaskDefinitionRequest', td));
    expect(Object.keys(td)[0]).toBe('family');
    expect(Object.keys(td).indexOf('containerDefinitions')).toBeLessThan(Object.keys(td).indexOf('cpu'));
    const container = (td.containerDefinitions as JsonObject[])[0]!;
    expect(Object.keys(container)).toEqual(modelOrder('ContainerDefinition', container));
    expect(Object.keys(td.runtimePlatform as JsonObject)).toEqual(['cpuArchitecture', 'operatingSystemFamily']);
    expect(Object.keys((container.portMappings as JsonObject[])[0]!)).toEqual(modelOrder('PortMapping', (container.portMappings as JsonObject[])[0]!));
  });

  it('service and cluster keys follow the ECS model order', () => {
    const design = scrambledSample();
    const svc = contentAt(design, 'services/web.json');
    expect(Object.keys(svc)).toEqual(modelOrder('CreateServiceRequest', svc));
    expect(Object.keys(svc)[0]).toBe('cluster');
    const cluster = contentAt(design, 'clusters/web-cluster.json');
    expect(Object.keys(cluster)).toEqual(modelOrder('CreateClusterRequest', cluster));
  });

  it('the scrambled design gives the same bytes as the ordered one for ECS artifacts', () => {
    const text = (d: Design) =>
      derive(d)
        .filter((a) => ['service', 'cluster'].includes(a.type))
        .map((a) => artifactText(a));
    expect(text(scrambledSample())).toEqual(text(fargateWebSample()));
  });

  it('no artifact holds a null, even when node data has nulls', () => {
    const sample = fargateWebSample();
    const withNulls: Design = {
      ...sample,
      nodes: sample.nodes.map((n) => (n.kind === 'container' ? { ...n, data: { ...n.data, command: null, environment: [null, { name: 'A', value: 'b' }] } } : n)),
    };
    for (const design of [sample, withNulls]) {
      for (const artifact of derive(design)) expect(nullPointers(artifact.content), artifact.path).toEqual([]);
    }
  });

  it('artifact text is 2-space JSON with a final newline', () => {
    const text = artifactText(derive(fargateWebSample())[0]!);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toMatch(/^ {2}"/);
  });
});
