import { describe, expect, it } from 'vitest';
import { fargateWebSample } from '../../templates/fargate-web.ts';
import { toCloudFormation } from './template.ts';
import { withLogGroups } from './log-groups.ts';

const task = (containers: unknown[]) => ({ Type: 'AWS::ECS::TaskDefinition', Properties: { Family: 'web', ContainerDefinitions: containers } });
const awslogs = (name: string, options: Record<string, string>) => ({ Name: name, LogConfiguration: { LogDriver: 'awslogs', Options: options } });

describe('awslogs groups in the template', () => {
  it('the sample\'s task definition logs to a group the stack creates, named by a Ref (so it exists before tasks start)', () => {
    const template = toCloudFormation(fargateWebSample()).template as { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> };
    const groups = Object.entries(template.Resources).filter(([, r]) => r.Type === 'AWS::Logs::LogGroup');
    expect(groups).toHaveLength(1);
    const [logical, group] = groups[0]!;
    const td = Object.values(template.Resources).find((r) => r.Type === 'AWS::ECS::TaskDefinition')!;
    const options = (td.Properties.ContainerDefinitions as Array<{ LogConfiguration: { Options: Record<string, unknown> } }>)[0]!.LogConfiguration.Options;
    expect(options['awslogs-group']).toEqual({ Ref: logical });
    expect(group.Properties).toEqual({ LogGroupName: expect.stringMatching(/^\/ecs\//) });
  });

  it('one group for the containers that share it; none where awslogs creates it, or for another driver; names stay unique', () => {
    const resources = withLogGroups({
      Web: task([awslogs('a', { 'awslogs-group': '/ecs/web' }), awslogs('b', { 'awslogs-group': '/ecs/web' }), awslogs('c', { 'awslogs-group': '/own', 'awslogs-create-group': 'true' })]),
      Other: task([{ Name: 'd', LogConfiguration: { LogDriver: 'splunk', Options: { 'awslogs-group': '/x' } } }, awslogs('e', { 'awslogs-group': '/ecs/other' })]),
      EcsWebLogGroup: { Type: 'AWS::SQS::Queue', Properties: {} },
    });
    const groups = Object.entries(resources).filter(([, r]) => r.Type === 'AWS::Logs::LogGroup').map(([k, r]) => [k, r.Properties.LogGroupName]);
    expect(groups).toEqual([['EcsWebLogGroup2', '/ecs/web'], ['EcsOtherLogGroup', '/ecs/other']]);
    const web = resources.Web!.Properties.ContainerDefinitions as Array<{ LogConfiguration: { Options: Record<string, unknown> } }>;
    expect(web.map((c) => c.LogConfiguration.Options['awslogs-group'])).toEqual([{ Ref: 'EcsWebLogGroup2' }, { Ref: 'EcsWebLogGroup2' }, '/own']);
    expect(resources.EcsWebLogGroup!.Type).toBe('AWS::SQS::Queue');
  });
});
