import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasMotoServer, startMotoServer, type MotoServer } from '../../../../scripts/moto-server.ts';
import { derive } from '../../derive/index.ts';
import { fargateWebSample } from '../../templates/fargate-web.ts';
import { toCloudFormation } from './template.ts';
import { templateText } from './serialize.ts';

const hasAws = spawnSync('aws', ['--version'], { stdio: 'ignore' }).status === 0;
const SKIPPED = hasMotoServer && hasAws ? '' : ' [skipped: moto_server or the AWS CLI is not installed]';

/**
 * Deploys the sample's template into moto's CloudFormation (on loopback) and reads the task
 * definition and service back with the AWS CLI: what the stack created must be what the
 * design's API inputs say. The subnets, security groups and VPC the sample names as
 * existing are created in moto first and given as the template's parameters, as a user
 * would pass their own.
 */
describe.skipIf(!hasMotoServer || !hasAws)(`CloudFormation export deploys into moto${SKIPPED}`, () => {
  let moto: MotoServer;
  let dir: string;
  const aws = (...args: string[]): Record<string, unknown> => {
    const run = spawnSync('aws', [...args, '--endpoint-url', moto.endpoint, '--output', 'json'], { env: moto.env, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`aws ${args.join(' ')}: ${run.stderr}`);
    return run.stdout.trim() ? (JSON.parse(run.stdout) as Record<string, unknown>) : {};
  };

  beforeAll(async () => {
    moto = await startMotoServer();
    dir = mkdtempSync(join(tmpdir(), 'ecs-cfn-deploy-'));
  }, 90_000);
  afterAll(async () => {
    await moto?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the sample stack is created, and its task definition and service are the derived ones', async () => {
    const design = fargateWebSample();
    const { template } = toCloudFormation(design);
    const file = join(dir, 'template.yaml');
    writeFileSync(file, templateText(template));
    // The existing network the sample names: created in moto, passed as parameters.
    const vpc = (aws('ec2', 'create-vpc', '--cidr-block', '10.0.0.0/16').Vpc as { VpcId: string }).VpcId;
    const parameters: string[] = [];
    let n = 0;
    for (const [name, p] of Object.entries(template.Parameters as Record<string, { Type: string }>)) {
      let value: string;
      if (p.Type === 'AWS::EC2::VPC::Id') value = vpc;
      else if (p.Type === 'AWS::EC2::Subnet::Id') value = (aws('ec2', 'create-subnet', '--vpc-id', vpc, '--cidr-block', `10.0.${n++}.0/24`).Subnet as { SubnetId: string }).SubnetId;
      else if (p.Type === 'AWS::EC2::SecurityGroup::Id') value = aws('ec2', 'create-security-group', '--group-name', name, '--description', name, '--vpc-id', vpc).GroupId as string;
      else continue;
      parameters.push(`ParameterKey=${name},ParameterValue=${value}`);
    }
    aws('cloudformation', 'create-stack', '--stack-name', 'sample', '--template-body', `file://${file}`, '--capabilities', 'CAPABILITY_NAMED_IAM', '--parameters', ...parameters);
    let status = '';
    for (let i = 0; i < 60 && !status.endsWith('_COMPLETE') && !status.endsWith('_FAILED'); i++) {
      status = ((aws('cloudformation', 'describe-stacks', '--stack-name', 'sample').Stacks as Array<{ StackStatus: string }>)[0]!).StackStatus;
      if (status === 'CREATE_IN_PROGRESS') await new Promise((r) => setTimeout(r, 500));
    }
    expect(status).toBe('CREATE_COMPLETE');

    const artifacts = derive(design);
    const td = artifacts.find((a) => a.type === 'task-definition')!.content;
    const svc = artifacts.find((a) => a.type === 'service')!.content;
    const described = aws('ecs', 'describe-task-definition', '--task-definition', td.family as string).taskDefinition as Record<string, unknown>;
    // moto's AWS::ECS::TaskDefinition keeps Family, ContainerDefinitions, Volumes and Memory
    // only (it drops NetworkMode, Cpu, roles, RequiresCompatibilities): those are compared.
    // moto adds its defaults (empty environment, mountPoints, ...): every derived field must be there, equal.
    expect(described.family).toBe(td.family);
    expect(described.memory).toBe(td.memory);
    expect(described.containerDefinitions).toMatchObject(td.containerDefinitions as object);
    const service = (aws('ecs', 'describe-services', '--cluster', svc.cluster as string, '--services', svc.serviceName as string).services as Array<Record<string, unknown>>)[0]!;
    expect(service.serviceName).toBe(svc.serviceName);
    expect(service.desiredCount).toBe(svc.desiredCount);
    expect(service.taskDefinition).toBe(described.taskDefinitionArn);
    // moto's AWS::ECS::Service drops LoadBalancers; the Ref wiring is checked on the listener instead.
    const tg = ((aws('elbv2', 'describe-target-groups', '--names', 'web-tg').TargetGroups as Array<{ TargetGroupArn: string; LoadBalancerArns: string[] }>)[0]!);
    const lb = ((aws('elbv2', 'describe-load-balancers', '--names', 'web-alb').LoadBalancers as Array<{ LoadBalancerArn: string }>)[0]!).LoadBalancerArn;
    const listeners = aws('elbv2', 'describe-listeners', '--load-balancer-arn', lb).Listeners as Array<{ Port: number; DefaultActions: Array<{ TargetGroupArn: string }> }>;
    expect(listeners.map((l) => [l.Port, l.DefaultActions[0]!.TargetGroupArn])).toEqual([[80, tg.TargetGroupArn]]);
  }, 120_000);
});
