import type { CreateServiceRequest, RegisterTaskDefinitionRequest } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import { derive } from '../derive/index.ts';
import { fargateWebSample } from '../templates/fargate-web.ts';
import { typedContent, type Artifact } from './artifact.ts';

describe('artifacts typed with the AWS SDK input shapes', () => {
  it('task definition and service contents read as RegisterTaskDefinition / CreateService inputs', () => {
    const artifacts = derive(fargateWebSample());
    const td = artifacts.find((a): a is Artifact & { type: 'task-definition' } => a.type === 'task-definition')!;
    const svc = artifacts.find((a): a is Artifact & { type: 'service' } => a.type === 'service')!;
    const taskDefinition: RegisterTaskDefinitionRequest = typedContent(td);
    const service: CreateServiceRequest = typedContent(svc);
    expect(taskDefinition.containerDefinitions?.[0]?.portMappings?.[0]?.containerPort).toBe(80);
    expect(service.loadBalancers?.[0]?.containerName).toBe('web');
  });
});
