import { describe, expect, it } from 'vitest';
import { fargateWebSample } from '../templates/fargate-web.ts';
import { contentAt, artifactAt } from '../test-support/builders.ts';
import { derive } from './index.ts';

const ACCOUNT = '123456789012';
const TG_ARN = `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:targetgroup/web-tg/0000000000000000`;

describe('derive: the Fargate web sample', () => {
  const design = fargateWebSample();

  it('emits one file of each kind the sample draws', () => {
    expect(derive(design).map((a) => a.path)).toEqual([
      'clusters/web-cluster.json',
      'iam-roles/web-task-execution-role.json',
      'iam-roles/web-task-role.json',
      'listeners/web-alb-80.json',
      'load-balancers/web-alb.json',
      'services/web.json',
      'target-groups/web-tg.json',
      'task-definitions/web.json',
    ]);
  });

  it('task definition: Fargate implies compatibilities, awsvpc and the smallest size; roles come from the role nodes', () => {
    const td = contentAt(design, 'task-definitions/web.json');
    expect(td.family).toBe('web');
    expect(td.requiresCompatibilities).toEqual(['FARGATE']);
    expect(td.networkMode).toBe('awsvpc');
    expect(td.cpu).toBe('256');
    expect(td.memory).toBe('512');
    expect(td.taskRoleArn).toBe(`arn:aws:iam::${ACCOUNT}:role/web-task-role`);
    expect(td.executionRoleArn).toBe(`arn:aws:iam::${ACCOUNT}:role/web-task-execution-role`);
    expect((td.containerDefinitions as Array<{ name: string }>).map((c) => c.name)).toEqual(['web']);
  });

  it('task definition owners point each container entry at its node', () => {
    const artifact = artifactAt(design, 'task-definitions/web.json');
    const container = design.nodes.find((n) => n.kind === 'container')!;
    expect(artifact.owners).toContainEqual({ pointer: '/containerDefinitions/0', nodeId: container.id });
  });

  it('service: cluster, task definition and load balancer come from relations; no launchType (the cluster default strategy decides)', () => {
    const svc = contentAt(design, 'services/web.json');
    expect(svc.cluster).toBe('web-cluster');
    expect(svc.taskDefinition).toBe('web');
    expect(svc.loadBalancers).toEqual([{ targetGroupArn: TG_ARN, containerName: 'web', containerPort: 80 }]);
    expect(svc).not.toHaveProperty('launchType');
    expect(svc).not.toHaveProperty('capacityProviderStrategy');
    expect(svc.desiredCount).toBe(2);
  });

  it('cluster: the Fargate node is an associated provider and the default strategy', () => {
    const cluster = contentAt(design, 'clusters/web-cluster.json');
    expect(cluster.clusterName).toBe('web-cluster');
    expect(cluster.capacityProviders).toEqual(['FARGATE']);
    expect(cluster.defaultCapacityProviderStrategy).toEqual([{ capacityProvider: 'FARGATE', weight: 1 }]);
    expect(cluster.settings).toEqual([{ name: 'containerInsights', value: 'enabled' }]);
  });

  it('execution role policy: exactly CreateLogStream/PutLogEvents on the /ecs/web log group, no ECR for a public image', () => {
    const role = contentAt(design, 'iam-roles/web-task-execution-role.json');
    expect(role.RoleName).toBe('web-task-execution-role');
    expect(role.Policies).toEqual([
      {
        PolicyName: 'ecs-task-execution',
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'AwsLogs',
              Effect: 'Allow',
              Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
              Resource: [`arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/ecs/web:*`],
            },
          ],
        },
      },
    ]);
  });

  it('roles trust ecs-tasks.amazonaws.com with the confused-deputy conditions (IAM-CONFUSED)', () => {
    for (const path of ['iam-roles/web-task-role.json', 'iam-roles/web-task-execution-role.json']) {
      const trust = contentAt(design, path).AssumeRolePolicyDocument as { Statement: Array<Record<string, unknown>> };
      expect(trust.Statement).toEqual([
        {
          Effect: 'Allow',
          Principal: { Service: 'ecs-tasks.amazonaws.com' },
          Action: 'sts:AssumeRole',
          Condition: {
            ArnLike: { 'aws:SourceArn': `arn:aws:ecs:us-east-1:${ACCOUNT}:*` },
            StringEquals: { 'aws:SourceAccount': ACCOUNT },
          },
        },
      ]);
    }
  });

  it('the task role without statements or managed policies has no Policies and no ManagedPolicyArns', () => {
    const role = contentAt(design, 'iam-roles/web-task-role.json');
    expect(role).not.toHaveProperty('Policies');
    expect(role).not.toHaveProperty('ManagedPolicyArns');
  });

  it('target group: ip targets for awsvpc, on the container port, in the VPC of the load balancer', () => {
    expect(contentAt(design, 'target-groups/web-tg.json')).toEqual({
      Name: 'web-tg',
      Protocol: 'HTTP',
      Port: 80,
      VpcId: 'vpc-0a1b2c3d4e5f60000',
      HealthCheckPath: '/',
      TargetType: 'ip',
    });
  });

  it('listener: default action forwards to the target group of the route', () => {
    const listener = contentAt(design, 'listeners/web-alb-80.json');
    expect(listener.LoadBalancerArn).toBe(`arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:loadbalancer/app/web-alb/0000000000000000`);
    expect(listener.Protocol).toBe('HTTP');
    expect(listener.Port).toBe(80);
    expect(listener.DefaultActions).toEqual([{ Type: 'forward', TargetGroupArn: TG_ARN }]);
  });

  it('load balancer: application type with the node subnets and security groups', () => {
    expect(contentAt(design, 'load-balancers/web-alb.json')).toEqual({
      Name: 'web-alb',
      Subnets: ['subnet-0a1b2c3d4e5f60001', 'subnet-0a1b2c3d4e5f60002'],
      SecurityGroups: ['sg-0a1b2c3d4e5f60010'],
      Scheme: 'internet-facing',
      Type: 'application',
    });
  });
});
