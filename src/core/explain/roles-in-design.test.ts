import { describe, expect, it } from 'vitest';
import { TEMPLATE_BUILDERS } from '../templates/build/index.ts';
import { fargateWebSample } from '../templates/fargate-web.ts';
import type { Design } from '../model/design.ts';
import { roleInDesign, rolesOfTaskDefinition } from './roles-in-design.ts';

const template = (id: string): Design => TEMPLATE_BUILDERS[id]!();
const idOf = (design: Design, kind: string) => design.nodes.find((n) => n.kind === kind)!.id;
const texts = (story: { uses: { text: string }[] } | undefined) => story!.uses.map((u) => u.text);

describe('which role does what in this design (issue 11, Learn panel)', () => {
  it('the sample: the execution role writes the web container’s logs; the task role gives the application its credentials', () => {
    const d = fargateWebSample();
    const execution = roleInDesign(d, idOf(d, 'role-execution'))!;
    expect(execution.uses[0]!.text).toMatch(/execution role of web/);
    expect(execution.uses[1]).toEqual({ text: 'Container web of web: it sends its logs to CloudWatch log group /ecs/web.', nodeIds: [idOf(d, 'container')] });
    const task = roleInDesign(d, idOf(d, 'role-task'))!;
    expect(texts(task)).toEqual([expect.stringMatching(/task role of web: .*nothing in the design grants it access/)]);
  });

  it('a task role names each bucket, table, queue or topic its task definition accesses, with the access', () => {
    const d = template('s3-upload-pipeline');
    const task = roleInDesign(d, idOf(d, 'role-task'))!;
    expect(texts(task)).toContain('The application of thumbnailer reads S3 bucket uploads-123456789012.');
    expect(texts(task)).toContain('The application of thumbnailer writes to DynamoDB table thumbnails.');
    expect(task.uses.find((u) => u.text.includes('DynamoDB'))!.nodeIds).toEqual([idOf(d, 'dynamodb-table')]);
  });

  it('an execution role follows the containers’ secrets and ECR images (derived grants, not guesses)', () => {
    const d = fargateWebSample();
    const container = d.nodes.find((n) => n.kind === 'container')!;
    container.data.image = '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.2';
    container.data.secrets = [{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-password-AbCdEf' }];
    const [, jobs] = roleInDesign(d, idOf(d, 'role-execution'))!.uses;
    expect(jobs!.text).toContain('pulls its image from ECR repository web');
    expect(jobs!.text).toContain('reads secret db-password-AbCdEf from Secrets Manager');
    expect(jobs!.text).toContain('log group /ecs/web');
  });

  it('an instance role registers its capacity’s instances with the cluster; an infrastructure role says what ECS does with it', () => {
    const ec2 = template('ec2-binpack-alb');
    expect(texts(roleInDesign(ec2, idOf(ec2, 'role-instance')))[0]).toMatch(/instances of api-asg .* register them with cluster ec2-cluster/);
    const mi = template('managed-instances');
    expect(texts(roleInDesign(mi, idOf(mi, 'role-infrastructure')))[0]).toMatch(/on behalf of mi-capacity for launching, patching and replacing/);
  });

  it('a task definition says which of its roles is which, and when one is missing', () => {
    const d = fargateWebSample();
    const [execution, task] = texts(rolesOfTaskDefinition(d, idOf(d, 'task-definition')));
    expect(execution).toMatch(/^Execution role: web-task-execution-role\. ECS \(not your code\)/);
    expect(task).toMatch(/^Task role: web-task-role\./);
    const noRoles: Design = { ...d, edges: d.edges.filter((e) => e.kind !== 'task-role' && e.kind !== 'execution-role') };
    const [needs, none] = texts(rolesOfTaskDefinition(noRoles, idOf(d, 'task-definition')));
    expect(needs).toMatch(/No execution role is connected, but the containers need one/);
    expect(none).toMatch(/No task role/);
  });

  it('a role nothing uses says so; a node that is not a role has no story', () => {
    const d = fargateWebSample();
    const lonely: Design = { ...d, edges: d.edges.filter((e) => e.kind !== 'task-role') };
    expect(texts(roleInDesign(lonely, idOf(d, 'role-task')))).toEqual([expect.stringMatching(/^Nothing uses it yet: connect it to a task definition/)]);
    expect(roleInDesign(d, idOf(d, 'cluster'))).toBeUndefined();
    expect(rolesOfTaskDefinition(d, idOf(d, 'cluster'))).toBeUndefined();
  });
});
