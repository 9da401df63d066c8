import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasMotoServer, startMotoServer, type MotoServer } from '../../../../scripts/moto-server.ts';
import { derive } from '../../derive/index.ts';
import { fargateWebSample } from '../../templates/fargate-web.ts';
import { toCloudFormation } from './template.ts';
import { fargateInOwnNetwork } from './export.test-designs.ts';
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

  /** Creates a stack and waits until it is no longer in progress; returns its status. */
  const createStack = async (name: string, file: string, parameters: string[] = []): Promise<string> => {
    aws('cloudformation', 'create-stack', '--stack-name', name, '--template-body', `file://${file}`, '--capabilities', 'CAPABILITY_NAMED_IAM', ...(parameters.length ? ['--parameters', ...parameters] : []));
    let status = 'CREATE_IN_PROGRESS';
    for (let i = 0; i < 120 && status === 'CREATE_IN_PROGRESS'; i++) {
      status = ((aws('cloudformation', 'describe-stacks', '--stack-name', name).Stacks as Array<{ StackStatus: string }>)[0]!).StackStatus;
      if (status === 'CREATE_IN_PROGRESS') await new Promise((r) => setTimeout(r, 500));
    }
    return status;
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
    expect(await createStack('sample', file, parameters)).toBe('CREATE_COMPLETE');

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

  it('a design that draws its own network deploys, every reference wired to what the stack created', async () => {
    const design = fargateInOwnNetwork();
    const { template } = toCloudFormation(design);
    // Outside the design: the NAT gateway's Elastic IP, allocated first (and the image tag, whose default is the design's).
    expect(Object.keys(template.Parameters as object).filter((p) => !p.endsWith('ImageTag'))).toEqual(['Eipalloc0123456789abcdef0']);
    const allocation = aws('ec2', 'allocate-address', '--domain', 'vpc').AllocationId as string;
    const file = join(dir, 'network.yaml');
    writeFileSync(file, templateText(template));
    expect(await createStack('network', file, [`ParameterKey=Eipalloc0123456789abcdef0,ParameterValue=${allocation}`])).toBe('CREATE_COMPLETE');

    const artifacts = derive(design);
    const byType = (type: string) => artifacts.filter((a) => a.type === type).map((a) => a.content);
    const vpcs = (aws('ec2', 'describe-vpcs', '--filters', 'Name=tag:Name,Values=app-vpc').Vpcs as Array<{ VpcId: string; CidrBlock: string }>);
    expect(vpcs.map((v) => v.CidrBlock)).toEqual([byType('vpc')[0]!.CidrBlock]);
    const vpc = vpcs[0]!.VpcId;
    const subnets = aws('ec2', 'describe-subnets', '--filters', `Name=vpc-id,Values=${vpc}`).Subnets as Array<{ SubnetId: string; CidrBlock: string; AvailabilityZone: string; Tags?: Array<{ Key: string; Value: string }> }>;
    const subnetByName = new Map(subnets.map((s) => [s.Tags?.find((t) => t.Key === 'Name')?.Value, s]));
    for (const s of byType('subnet')) {
      const name = (s.TagSpecifications as Array<{ Tags: Array<{ Value: string }> }>)[0]!.Tags[0]!.Value;
      expect(subnetByName.get(name), name).toMatchObject({ CidrBlock: s.CidrBlock, AvailabilityZone: s.AvailabilityZone });
    }
    // The tasks' group lets the load balancer's group in on the container port.
    const groups = aws('ec2', 'describe-security-groups', '--filters', `Name=vpc-id,Values=${vpc}`).SecurityGroups as Array<{ GroupId: string; GroupName: string; IpPermissions: Array<{ FromPort?: number; UserIdGroupPairs: Array<{ GroupId: string }>; IpRanges: Array<{ CidrIp: string }> }> }>;
    const group = (name: string) => groups.find((g) => g.GroupName === name)!;
    expect(group('task-sg').IpPermissions.map((p) => [p.FromPort, p.UserIdGroupPairs.map((g) => g.GroupId)])).toEqual([[8080, [group('alb-sg').GroupId]]]);
    expect(group('alb-sg').IpPermissions.map((p) => [p.FromPort, p.IpRanges.map((r) => r.CidrIp)])).toEqual([[80, ['0.0.0.0/0']]]);
    // Public subnets route to the internet gateway, private ones to the NAT gateway (with the Elastic IP the template allocated).
    const igw = ((aws('ec2', 'describe-internet-gateways', '--filters', `Name=attachment.vpc-id,Values=${vpc}`).InternetGateways as Array<{ InternetGatewayId: string }>)[0]!).InternetGatewayId;
    const nat = (aws('ec2', 'describe-nat-gateways').NatGateways as Array<{ NatGatewayId: string; SubnetId: string; NatGatewayAddresses: Array<{ AllocationId: string }> }>)[0]!;
    expect(nat.SubnetId).toBe(subnetByName.get('public-a')!.SubnetId);
    expect(nat.NatGatewayAddresses[0]!.AllocationId).toBe(allocation);
    // moto keeps neither a route table's tags nor its subnet associations from a stack: tables are found by their logical id.
    const tables = aws('ec2', 'describe-route-tables', '--filters', `Name=vpc-id,Values=${vpc}`).RouteTables as Array<{ Tags: Array<{ Key: string; Value: string }>; Routes: Array<{ DestinationCidrBlock?: string; GatewayId?: string; NatGatewayId?: string }> }>;
    const defaultRoute = (logicalId: string) =>
      tables.find((t) => t.Tags.some((tag) => tag.Key === 'aws:cloudformation:logical-id' && tag.Value === logicalId))!.Routes.find((r) => r.DestinationCidrBlock === '0.0.0.0/0')!;
    expect(defaultRoute('AppVpcPublicRouteTable').GatewayId).toBe(igw);
    expect(defaultRoute('AppVpcPrivateUsEast1aRouteTable').NatGatewayId).toBe(nat.NatGatewayId);
    expect(defaultRoute('AppVpcPrivateUsEast1bRouteTable').NatGatewayId).toBe(nat.NatGatewayId);
    // The load balancer is in the public subnets, its target group in the VPC.
    const lb = (aws('elbv2', 'describe-load-balancers', '--names', 'shop-alb').LoadBalancers as Array<{ AvailabilityZones: Array<{ SubnetId: string }> }>)[0]!;
    expect(lb.AvailabilityZones.map((z) => z.SubnetId).sort()).toEqual([subnetByName.get('public-a')!.SubnetId, subnetByName.get('public-b')!.SubnetId].sort());
    const tg = (aws('elbv2', 'describe-target-groups', '--names', 'shop-tg').TargetGroups as Array<{ VpcId: string; Port: number }>)[0]!;
    expect(tg).toMatchObject({ VpcId: vpc, Port: byType('target-group')[0]!.Port });
    // ECS: the task definition and the service moto keeps (see the first test).
    const td = byType('task-definition')[0]!;
    const described = aws('ecs', 'describe-task-definition', '--task-definition', 'shop').taskDefinition as Record<string, unknown>;
    expect(described.containerDefinitions).toMatchObject(td.containerDefinitions as object);
    const service = (aws('ecs', 'describe-services', '--cluster', 'shop', '--services', 'shop').services as Array<Record<string, unknown>>)[0]!;
    expect(service).toMatchObject({ serviceName: 'shop', desiredCount: 2, taskDefinition: described.taskDefinitionArn });
  }, 120_000);
});
