import { describe, expect, it } from 'vitest';
import { fargateWebSample } from '../../templates/fargate-web.ts';
import { derive } from '../../derive/index.ts';
import { evaluate, type IntrinsicHost } from '../../io/cloudformation/intrinsics.ts';
import type { JsonObject, JsonValue } from '../../model/json.ts';
import { imageTagParameterName, parameterizeImage, splitImageTag } from './image-tags.ts';
import { Parameters } from './intrinsics.ts';
import { toCloudFormation } from './template.ts';

describe('image tags as template parameters (issue 10)', () => {
  it('splits repository and tag; digests, untagged images and registry ports have no tag to take', () => {
    expect(splitImageTag('nginx:1.27')).toEqual({ repository: 'nginx', tag: '1.27' });
    expect(splitImageTag('123456789012.dkr.ecr.us-east-1.amazonaws.com/team/web:2024-06-01.3')).toEqual({
      repository: '123456789012.dkr.ecr.us-east-1.amazonaws.com/team/web',
      tag: '2024-06-01.3',
    });
    expect(splitImageTag('registry.local:5000/app')).toBeUndefined();
    expect(splitImageTag('registry.local:5000/app:v2')).toEqual({ repository: 'registry.local:5000/app', tag: 'v2' });
    expect(splitImageTag('nginx')).toBeUndefined();
    expect(splitImageTag('nginx@sha256:' + 'a'.repeat(64))).toBeUndefined();
    expect(splitImageTag('${Repo.RepositoryUri}:${Tag}')).toBeUndefined();
  });

  it('names the parameter after the family and the container', () => {
    expect(imageTagParameterName('web', 'web')).toBe('WebImageTag');
    expect(imageTagParameterName('orders-api', 'log_router')).toBe('OrdersApiLogRouterImageTag');
  });

  it('the sample template takes its image tag as a parameter whose default deploys the derived image', () => {
    const design = fargateWebSample();
    const { template } = toCloudFormation(design);
    const derived = derive(design).find((a) => a.type === 'task-definition')!.content as JsonObject;
    const image = (derived.containerDefinitions as JsonObject[])[0]!.image as string;
    const parameters = template.Parameters as Record<string, { Type: string; Default: string }>;
    const [name, parameter] = Object.entries(parameters).find(([n]) => n.endsWith('ImageTag'))!;
    expect(parameter).toMatchObject({ Type: 'String', Default: image.slice(image.lastIndexOf(':') + 1) });
    const td = Object.values(template.Resources as Record<string, { Type: string; Properties: JsonObject }>).find((r) => r.Type === 'AWS::ECS::TaskDefinition')!;
    const written = (td.Properties.ContainerDefinitions as JsonObject[])[0]!.Image;
    expect(written).toEqual({ 'Fn::Sub': `${image.slice(0, image.lastIndexOf(':'))}:\${${name}}` });
    // Evaluated as CloudFormation would with the default: the derived image again.
    expect(evaluate(written as JsonValue, host(template.Parameters as JsonObject), '')).toBe(image);
  });

  it('two containers get a parameter each, named after family and container', () => {
    const design = fargateWebSample();
    const first = design.nodes.find((n) => n.kind === 'container')!;
    const contains = design.edges.find((e) => e.source === first.id)!;
    design.nodes.push({ ...first, id: 'sidecar', data: { ...first.data, name: 'proxy', image: 'public.ecr.aws/envoy/envoy:v1.31', portMappings: [] } });
    design.edges.push({ ...contains, id: 'sidecar-in-td', source: 'sidecar' });
    const { template } = toCloudFormation(design);
    const tags = Object.entries(template.Parameters as Record<string, { Default: string }>).filter(([n]) => n.endsWith('ImageTag'));
    expect(tags.map(([n, p]) => [n, p.Default]).sort()).toEqual([['WebImageTag', '1.27'], ['WebProxyImageTag', 'v1.31']]);
  });
});

describe('parameterizeImage', () => {
  it('numbers a name taken by another parameter, reuses one that is the same, keeps Fn::Sub variables', () => {
    const parameters = new Parameters();
    expect(parameterizeImage('app:1', 'web-app', 'web', parameters)).toEqual({ 'Fn::Sub': 'app:${WebAppWebImageTag}' });
    expect(parameterizeImage('app:2', 'web_app', 'web', parameters)).toEqual({ 'Fn::Sub': 'app:${WebAppWebImageTag2}' });
    expect(parameterizeImage('app:1', 'web-app', 'web', parameters)).toEqual({ 'Fn::Sub': 'app:${WebAppWebImageTag}' });
    expect(parameterizeImage({ 'Fn::Sub': '${Repo.RepositoryUri}:3.1' }, 'api', 'api', parameters)).toEqual({ 'Fn::Sub': '${Repo.RepositoryUri}:${ApiImageTag}' });
    expect(parameterizeImage({ 'Fn::GetAtt': ['Repo', 'RepositoryUri'] }, 'api', 'api', parameters)).toEqual({ 'Fn::GetAtt': ['Repo', 'RepositoryUri'] });
    expect(Object.keys(parameters.toJson()!)).toEqual(['ApiImageTag', 'WebAppWebImageTag', 'WebAppWebImageTag2']);
  });
});

function host(parameters: JsonObject): IntrinsicHost {
  return {
    resource: () => undefined,
    hasResource: () => false,
    parameters,
    mappings: {},
    region: 'us-east-1',
    accountId: '123456789012',
    note: () => {},
  };
}
