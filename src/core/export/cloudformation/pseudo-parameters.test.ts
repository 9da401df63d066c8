import { describe, expect, it } from 'vitest';
import { fargateWebSample } from '../../templates/fargate-web.ts';
import { exportTestDesigns } from './export.test-designs.ts';
import { toCloudFormation } from './template.ts';
import { withPseudoParameters } from './pseudo-parameters.ts';

describe('the design\'s account and Region in the template', () => {
  it('no resource of the exported templates names the account or Region the design was drawn for', () => {
    for (const [name, design] of Object.entries({ sample: fargateWebSample(), ...exportTestDesigns() })) {
      const text = JSON.stringify(toCloudFormation(design).template.Resources);
      expect(text.includes(design.accountId), name).toBe(false);
      expect(text.match(new RegExp(`"${design.region}"|:${design.region}:`, 'g')), name).toBeNull();
    }
  });

  it('ARNs, image URIs, a whole account id and a Region under a region key become pseudo parameters; other accounts and managed policies do not', () => {
    const resources = withPseudoParameters(
      {
        Role: {
          Type: 'AWS::IAM::Role',
          Properties: {
            ManagedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy', 'arn:aws:iam::111122223333:policy/theirs'],
            Policies: [{ Resource: 'arn:aws:logs:eu-west-1:123456789012:log-group:/ecs/${x}:*', Condition: { StringEquals: { 'aws:SourceAccount': '123456789012' } } }],
          },
        },
        Task: {
          Type: 'AWS::ECS::TaskDefinition',
          Properties: {
            Image: { 'Fn::Sub': '123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:${WebImageTag}' },
            Options: { 'awslogs-region': 'eu-west-1', 'awslogs-group': 'eu-west-1' },
            Ref: { Ref: 'Other' },
          },
        },
      },
      'eu-west-1',
      '123456789012',
    );
    expect(resources.Role!.Properties).toEqual({
      ManagedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy', 'arn:aws:iam::111122223333:policy/theirs'],
      Policies: [{ Resource: { 'Fn::Sub': 'arn:aws:logs:${AWS::Region}:${AWS::AccountId}:log-group:/ecs/${!x}:*' }, Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } } }],
    });
    expect(resources.Task!.Properties).toEqual({
      Image: { 'Fn::Sub': '${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/web:${WebImageTag}' },
      // A log group that happens to be called after the Region is a name, not the Region.
      Options: { 'awslogs-region': { Ref: 'AWS::Region' }, 'awslogs-group': 'eu-west-1' },
      Ref: { Ref: 'Other' },
    });
  });
});
