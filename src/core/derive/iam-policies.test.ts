import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../model/json.ts';
import { DesignBuilder, artifactAt, contentAt } from '../test-support/builders.ts';
import { derive } from './index.ts';

const ACCOUNT = '123456789012';
const PRIVATE_IMAGE = `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/shop/api:1.4.2`;
const SECRET = `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:db-password-AbCdEf`;

/** A Fargate service running a task definition with one container; the role is optional. */
function fargateTask(container: JsonObject, withExecutionRole: boolean) {
  const b = new DesignBuilder()
    .add('fargate', 'capacity-fargate')
    .add('cluster', 'cluster', { clusterName: 'c' })
    .add('svc', 'service', { serviceName: 'api' })
    .add('td', 'task-definition', { family: 'api' })
    .add('ctr', 'container', { name: 'api', image: 'public.ecr.aws/docker/library/busybox:1.36', ...container })
    .link('fargate', 'cluster')
    .link('svc', 'cluster')
    .link('svc', 'td')
    .link('ctr', 'td');
  if (withExecutionRole) b.add('exec', 'role-execution', { roleName: 'api-exec' }).link('exec', 'td');
  return b.build();
}

function statements(role: JsonObject): JsonObject[] {
  const policies = (role.Policies as Array<{ PolicyDocument: { Statement: JsonObject[] } }> | undefined) ?? [];
  return policies.flatMap((p) => p.PolicyDocument.Statement);
}

describe('derive: execution role permissions (ECS_RULES §5.2)', () => {
  it('REG-ECR-FG: a private ECR image gets GetAuthorizationToken and pull on that repository only', () => {
    const design = fargateTask({ image: PRIVATE_IMAGE }, true);
    const sts = statements(contentAt(design, 'iam-roles/api-exec.json'));
    expect(sts).toEqual([
      { Sid: 'EcrAuth', Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' },
      {
        Sid: 'EcrPull',
        Effect: 'Allow',
        Action: ['ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage'],
        Resource: [`arn:aws:ecr:us-east-1:${ACCOUNT}:repository/shop/api`],
      },
    ]);
  });

  it('REG-ECR-FG: public registry images (ECR Public, Docker Hub) get no ECR statements', () => {
    for (const image of ['public.ecr.aws/nginx/nginx:1.27', 'docker.io/library/nginx:1.27', 'nginx:1.27']) {
      const design = fargateTask({ image }, true);
      const actions = statements(contentAt(design, 'iam-roles/api-exec.json')).flatMap((s) => [s.Action].flat());
      expect(actions.filter((a) => String(a).startsWith('ecr:')), image).toEqual([]);
    }
  });

  it('SEC-ROLE: Secrets Manager and SSM secrets get GetSecretValue / GetParameters on exactly those resources', () => {
    const design = fargateTask(
      {
        secrets: [
          { name: 'DB_PASSWORD', valueFrom: `${SECRET}:password::` },
          { name: 'API_KEY', valueFrom: `arn:aws:ssm:us-east-1:${ACCOUNT}:parameter/api/key` },
          { name: 'PLAIN', valueFrom: 'plain-name' },
        ],
      },
      true,
    );
    expect(statements(contentAt(design, 'iam-roles/api-exec.json'))).toEqual([
      { Sid: 'Secrets', Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: [SECRET] },
      {
        Sid: 'Parameters',
        Effect: 'Allow',
        Action: 'ssm:GetParameters',
        Resource: [`arn:aws:ssm:us-east-1:${ACCOUNT}:parameter/api/key`, `arn:aws:ssm:us-east-1:${ACCOUNT}:parameter/plain-name`],
      },
    ]);
  });

  it('LOG-AWSLOGS-ROLE-FG: awslogs-create-group adds CreateLogGroup', () => {
    const design = fargateTask(
      {
        logConfiguration: {
          logDriver: 'awslogs',
          options: { 'awslogs-group': '/ecs/api', 'awslogs-region': 'eu-west-1', 'awslogs-create-group': 'true', 'awslogs-stream-prefix': 'ecs' },
        },
      },
      true,
    );
    expect(statements(contentAt(design, 'iam-roles/api-exec.json'))).toEqual([
      {
        Sid: 'AwsLogs',
        Effect: 'Allow',
        Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: [`arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:/ecs/api:*`],
      },
    ]);
  });

  it('an execution role with nothing to do has no inline policy', () => {
    const design = fargateTask({}, true);
    expect(contentAt(design, 'iam-roles/api-exec.json')).not.toHaveProperty('Policies');
  });
});

describe('derive: implied execution role', () => {
  it('SEC-ROLE: secrets without a drawn execution role imply <family>-task-execution-role, linked from the task definition', () => {
    const design = fargateTask({ secrets: [{ name: 'DB_PASSWORD', valueFrom: SECRET }] }, false);
    const role = artifactAt(design, 'iam-roles/api-task-execution-role.json');
    const td = design.nodes.find((n) => n.kind === 'task-definition')!;
    expect(role.implied).toBe(true);
    expect(role.nodeId).toBe(td.id);
    expect(role.content.RoleName).toBe('api-task-execution-role');
    expect(statements(role.content)).toEqual([{ Sid: 'Secrets', Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: [SECRET] }]);
    expect(contentAt(design, 'task-definitions/api.json').executionRoleArn).toBe(`arn:aws:iam::${ACCOUNT}:role/api-task-execution-role`);
  });

  it('SEC-ROLE: secrets imply an execution role on EC2 too (the instance role cannot read them)', () => {
    const design = new DesignBuilder()
      .add('td', 'task-definition', { family: 'batch' })
      .add('ctr', 'container', { name: 'job', image: 'busybox:1.36', memory: 128, secrets: [{ name: 'S', valueFrom: SECRET }] })
      .link('ctr', 'td')
      .build();
    expect(derive(design).map((a) => a.path)).toContain('iam-roles/batch-task-execution-role.json');
  });

  it('a drawn execution role replaces the implied one', () => {
    const design = fargateTask({ secrets: [{ name: 'DB_PASSWORD', valueFrom: SECRET }] }, true);
    const paths = derive(design).map((a) => a.path);
    expect(paths).toContain('iam-roles/api-exec.json');
    expect(paths).not.toContain('iam-roles/api-task-execution-role.json');
    expect(contentAt(design, 'task-definitions/api.json').executionRoleArn).toBe(`arn:aws:iam::${ACCOUNT}:role/api-exec`);
  });

  it('a task definition with no execution needs and no role has no executionRoleArn and no implied role', () => {
    const design = fargateTask({}, false);
    expect(derive(design).filter((a) => a.type === 'iam-role')).toEqual([]);
    expect(contentAt(design, 'task-definitions/api.json')).not.toHaveProperty('executionRoleArn');
  });

  it('a role with an existing ARN emits no role file, and the task definition uses that ARN', () => {
    const arn = `arn:aws:iam::${ACCOUNT}:role/existing/shared-exec`;
    const design = new DesignBuilder()
      .add('td', 'task-definition', { family: 'x' })
      .add('ctr', 'container', { name: 'x', image: 'busybox:1.36', memory: 64 })
      .add('exec', 'role-execution', { roleName: 'ignored', arn })
      .link('ctr', 'td')
      .link('exec', 'td')
      .build();
    expect(derive(design).filter((a) => a.type === 'iam-role')).toEqual([]);
    expect(contentAt(design, 'task-definitions/x.json').executionRoleArn).toBe(arn);
  });
});
