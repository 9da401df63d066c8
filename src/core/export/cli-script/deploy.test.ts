import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasMotoServer, startMotoServer, type MotoServer } from '../../../../scripts/moto-server.ts';
import { derive } from '../../derive/index.ts';
import type { Design } from '../../model/design.ts';
import { asgInNetwork } from '../../kinds/capacity-ec2/asg-network.test-designs.ts';
import { TEMPLATE_BUILDERS } from '../../templates/build/index.ts';
import { fargateInOwnNetwork } from '../cloudformation/export.test-designs.ts';
import { toCliScript } from './script.ts';
import { asyncResourcesDesign, trickySample, TRICKY_VALUE } from './test-designs.ts';

const hasAws = spawnSync('aws', ['--version'], { stdio: 'ignore' }).status === 0;
const SKIPPED = hasMotoServer && hasAws ? '' : ' [skipped: moto_server or the AWS CLI is not installed]';

type Json = Record<string, unknown>;

/** The AWS CLI against one moto_server, its output as JSON. */
function awsCli(server: () => MotoServer) {
  return (...args: string[]): Json => {
    const run = spawnSync('aws', [...args, '--output', 'json'], { env: server().env, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`aws ${args.join(' ')}: ${run.stderr}`);
    return run.stdout.trim() ? (JSON.parse(run.stdout) as Json) : {};
  };
}

/** Writes a design's deploy.sh into `dir` and runs it against the server (through AWS_ENDPOINT_URL). */
function scriptRunner(server: () => MotoServer, dir: () => string) {
  return (design: Design, name: string, env: NodeJS.ProcessEnv = {}) => {
    const file = join(dir(), `${name}.sh`);
    writeFileSync(file, toCliScript(design).text, { mode: 0o755 });
    return spawnSync('bash', [file], { env: { ...server().env, ...env }, encoding: 'utf8' });
  };
}

/**
 * Runs the exported deploy.sh against moto_server (on loopback, through the environment's
 * AWS_ENDPOINT_URL as a user would) and reads back what it created with the AWS CLI: the
 * cluster, task definition and service must be what the design's API inputs say, and
 * every id the script captured must be wired to what AWS assigned.
 */
describe.skipIf(!hasMotoServer || !hasAws)(`AWS CLI script export runs against moto${SKIPPED}`, () => {
  let moto: MotoServer;
  let dir: string;
  const aws = awsCli(() => moto);
  const runScript = scriptRunner(() => moto, () => dir);

  beforeAll(async () => {
    // The instance role attaches AWS managed policies, which moto knows only when asked to load them.
    moto = await startMotoServer(60_000, { MOTO_IAM_LOAD_MANAGED_POLICIES: 'true' });
    dir = mkdtempSync(join(tmpdir(), 'ecs-cli-script-'));
  }, 90_000);
  afterAll(async () => {
    await moto?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** What moto keeps of the ECS inputs, compared with the derived ones. */
  const expectEcsAsDerived = (design: Design) => {
    const artifacts = derive(design);
    const content = (type: string) => artifacts.find((a) => a.type === type)!.content as Json;
    const cluster = content('cluster');
    const td = content('task-definition');
    const svc = content('service');
    const clusters = aws('ecs', 'describe-clusters', '--clusters', cluster.clusterName as string).clusters as Json[];
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ clusterName: cluster.clusterName, status: 'ACTIVE' });
    if (cluster.settings) expect(clusters[0]!.settings).toEqual(cluster.settings);
    if (cluster.capacityProviders) expect(clusters[0]!.capacityProviders).toEqual(cluster.capacityProviders);
    const described = aws('ecs', 'describe-task-definition', '--task-definition', td.family as string).taskDefinition as Json;
    // Unlike its CloudFormation, moto's RegisterTaskDefinition keeps the task-level fields.
    for (const key of ['family', 'networkMode', 'cpu', 'memory', 'requiresCompatibilities'] as const) expect(described[key], key).toEqual(td[key]);
    expect(described.containerDefinitions).toMatchObject(td.containerDefinitions as object);
    // The roles are the ones the script created (their ARNs came from create-role's output).
    for (const key of ['taskRoleArn', 'executionRoleArn'] as const) {
      if (!td[key]) continue;
      const roleName = (td[key] as string).split('/').pop()!;
      expect(described[key], key).toBe((aws('iam', 'get-role', '--role-name', roleName).Role as Json).Arn);
    }
    const service = (aws('ecs', 'describe-services', '--cluster', svc.cluster as string, '--services', svc.serviceName as string).services as Json[])[0]!;
    expect(service).toMatchObject({ serviceName: svc.serviceName, desiredCount: svc.desiredCount, taskDefinition: described.taskDefinitionArn });
    expect(service.networkConfiguration).toBeDefined();
    // The load balancer entry points at the target group the script created.
    const tgName = ((svc.loadBalancers as Json[])[0]!.targetGroupArn as string).split('/')[1]!;
    const tg = (aws('elbv2', 'describe-target-groups', '--names', tgName).TargetGroups as Json[])[0]!;
    expect(service.loadBalancers).toEqual([{ ...(svc.loadBalancers as Json[])[0], targetGroupArn: tg.TargetGroupArn }]);
    return { service, tg };
  };

  it('the sample script exits 0 with the existing network given as variables; cluster, task definition and service are the derived ones', () => {
    // The sample, with an environment value full of quotes and `$` that must reach AWS as written.
    const design = trickySample();
    const { externals } = toCliScript(design);
    // The existing VPC, subnets and groups the sample names: created in moto, passed by variable as a user would.
    const vpc = (aws('ec2', 'create-vpc', '--cidr-block', '10.0.0.0/16').Vpc as Json).VpcId as string;
    const env: NodeJS.ProcessEnv = {};
    let n = 0;
    for (const e of externals) {
      if (e.resourceType === 'vpc') env[e.variable] = vpc;
      else if (e.resourceType === 'subnet') env[e.variable] = (aws('ec2', 'create-subnet', '--vpc-id', vpc, '--cidr-block', `10.0.${n++}.0/24`).Subnet as Json).SubnetId as string;
      else if (e.resourceType === 'security-group') env[e.variable] = aws('ec2', 'create-security-group', '--group-name', e.variable, '--description', e.id, '--vpc-id', vpc).GroupId as string;
    }
    expect(Object.keys(env).sort()).toEqual(externals.map((e) => e.variable).sort());
    const run = runScript(design, 'sample', env);
    expect(run.status, run.stderr).toBe(0);
    const { service, tg } = expectEcsAsDerived(design);
    const td = aws('ecs', 'describe-task-definition', '--task-definition', 'web').taskDefinition as { containerDefinitions: Array<{ environment: unknown }> };
    expect(td.containerDefinitions[0]!.environment).toEqual([{ name: 'GREETING', value: TRICKY_VALUE }]);
    expect(((service.networkConfiguration as Json).awsvpcConfiguration as Json).subnets).toEqual([env.Subnet0a1b2c3d4e5f60101, env.Subnet0a1b2c3d4e5f60102]);
    expect(tg.VpcId).toBe(vpc);
    const lb = (aws('elbv2', 'describe-load-balancers', '--names', 'web-alb').LoadBalancers as Json[])[0]!;
    const listeners = aws('elbv2', 'describe-listeners', '--load-balancer-arn', lb.LoadBalancerArn as string).Listeners as Array<{ Port: number; DefaultActions: Array<{ TargetGroupArn: string }> }>;
    expect(listeners.map((l) => [l.Port, l.DefaultActions[0]!.TargetGroupArn])).toEqual([[80, tg.TargetGroupArn]]);
    // The inline policy went in as a document.
    const policy = aws('iam', 'get-role-policy', '--role-name', 'web-task-execution-role', '--policy-name', 'ecs-task-execution');
    expect(JSON.stringify(policy.PolicyDocument)).toContain('logs:PutLogEvents');
  }, 120_000);

  it('a design that draws its own network: every captured id is wired to what the script created', () => {
    const design = fargateInOwnNetwork();
    const allocation = aws('ec2', 'allocate-address', '--domain', 'vpc').AllocationId as string;
    const { externals } = toCliScript(design);
    expect(externals.map((e) => e.variable)).toEqual(['Eipalloc0123456789abcdef0']);
    const run = runScript(design, 'network', { Eipalloc0123456789abcdef0: allocation });
    expect(run.status, run.stderr).toBe(0);

    const artifacts = derive(design);
    const vpcs = aws('ec2', 'describe-vpcs', '--filters', 'Name=tag:Name,Values=app-vpc').Vpcs as Json[];
    expect(vpcs.map((v) => v.CidrBlock)).toEqual([(artifacts.find((a) => a.type === 'vpc')!.content as Json).CidrBlock]);
    const vpc = vpcs[0]!.VpcId as string;
    const subnets = aws('ec2', 'describe-subnets', '--filters', `Name=vpc-id,Values=${vpc}`).Subnets as Array<{ SubnetId: string; CidrBlock: string; Tags?: Array<{ Key: string; Value: string }> }>;
    const subnet = (name: string) => subnets.find((s) => s.Tags?.some((t) => t.Key === 'Name' && t.Value === name))!.SubnetId;
    expect(subnets).toHaveLength(4);
    const groups = aws('ec2', 'describe-security-groups', '--filters', `Name=vpc-id,Values=${vpc}`).SecurityGroups as Array<{ GroupId: string; GroupName: string; IpPermissions: Array<{ FromPort?: number; UserIdGroupPairs: Array<{ GroupId: string }> }> }>;
    const group = (name: string) => groups.find((g) => g.GroupName === name)!;
    expect(group('task-sg').IpPermissions.map((p) => [p.FromPort, p.UserIdGroupPairs.map((g) => g.GroupId)])).toEqual([[8080, [group('alb-sg').GroupId]]]);
    const igw = ((aws('ec2', 'describe-internet-gateways', '--filters', `Name=attachment.vpc-id,Values=${vpc}`).InternetGateways as Json[])[0]!).InternetGatewayId;
    const nat = (aws('ec2', 'describe-nat-gateways', '--filter', `Name=vpc-id,Values=${vpc}`).NatGateways as Array<{ NatGatewayId: string; SubnetId: string; NatGatewayAddresses: Array<{ AllocationId: string }> }>)[0]!;
    expect(nat.SubnetId).toBe(subnet('public-a'));
    expect(nat.NatGatewayAddresses[0]!.AllocationId).toBe(allocation);
    // Route tables by their Name tag (the script's CreateRouteTable keeps its tags), with their routes and associations.
    const tables = aws('ec2', 'describe-route-tables', '--filters', `Name=vpc-id,Values=${vpc}`).RouteTables as Array<{ Tags: Array<{ Key: string; Value: string }>; Routes: Array<{ DestinationCidrBlock?: string; GatewayId?: string; NatGatewayId?: string }>; Associations: Array<{ SubnetId?: string }> }>;
    const table = (name: string) => tables.find((t) => t.Tags.some((tag) => tag.Key === 'Name' && tag.Value === name))!;
    const defaultRoute = (name: string) => table(name).Routes.find((r) => r.DestinationCidrBlock === '0.0.0.0/0')!;
    expect(defaultRoute('app-vpc-public').GatewayId).toBe(igw);
    expect(defaultRoute('app-vpc-private-us-east-1a').NatGatewayId).toBe(nat.NatGatewayId);
    expect(table('app-vpc-public').Associations.map((a) => a.SubnetId).filter(Boolean).sort()).toEqual([subnet('public-a'), subnet('public-b')].sort());
    const lb = (aws('elbv2', 'describe-load-balancers', '--names', 'shop-alb').LoadBalancers as Array<{ AvailabilityZones: Array<{ SubnetId: string }>; SecurityGroups: string[] }>)[0]!;
    expect(lb.AvailabilityZones.map((z) => z.SubnetId).sort()).toEqual([subnet('public-a'), subnet('public-b')].sort());
    expect(lb.SecurityGroups).toEqual([group('alb-sg').GroupId]);
    const { service, tg } = expectEcsAsDerived(design);
    expect(tg.VpcId).toBe(vpc);
    const awsvpc = (service.networkConfiguration as Json).awsvpcConfiguration as Json;
    expect(awsvpc.subnets).toEqual([subnet('private-a'), subnet('private-b')]);
    expect(awsvpc.securityGroups).toEqual([group('task-sg').GroupId]);
  }, 120_000);

  it('EC2 capacity: launch template, Auto Scaling group (its ARN read back) and capacity provider before the cluster that uses it', () => {
    const design = asgInNetwork().build();
    const allocation = aws('ec2', 'allocate-address', '--domain', 'vpc').AllocationId as string;
    const { externals, notScripted } = toCliScript(design);
    expect(notScripted).toEqual([]);
    const env = Object.fromEntries(externals.filter((e) => e.resourceType === 'elastic-ip').map((e) => [e.variable, allocation]));
    const run = runScript(design, 'asg', env);
    expect(run.status, run.stderr).toBe(0);
    const artifacts = derive(design);
    const content = (type: string) => artifacts.find((a) => a.type === type)!.content as Json;
    const asg = content('auto-scaling-group');
    const groups = aws('autoscaling', 'describe-auto-scaling-groups', '--auto-scaling-group-names', asg.AutoScalingGroupName as string).AutoScalingGroups as Json[];
    expect(groups[0]).toMatchObject({ MinSize: asg.MinSize, MaxSize: asg.MaxSize, LaunchTemplate: { LaunchTemplateName: (asg.LaunchTemplate as Json).LaunchTemplateName } });
    const cp = content('capacity-provider');
    const providers = aws('ecs', 'describe-capacity-providers', '--capacity-providers', cp.name as string).capacityProviders as Json[];
    expect((providers[0]!.autoScalingGroupProvider as Json).autoScalingGroupArn).toBe(groups[0]!.AutoScalingGroupARN);
    const cluster = content('cluster');
    const clusters = aws('ecs', 'describe-clusters', '--clusters', cluster.clusterName as string).clusters as Json[];
    expect(clusters[0]).toMatchObject({ clusterName: cluster.clusterName, capacityProviders: cluster.capacityProviders });
  }, 120_000);
});

/**
 * The resources AWS finishes in the background or that name others by id: the script of a
 * design with an EFS file system (access point, mount targets) mounted by a task
 * definition, a service registered by DNS in a private DNS namespace, and a rule and a
 * schedule that start a standalone task, run against moto; what moto then describes must
 * be wired with the ids it assigned. moto runs as another account than the design's
 * 123456789012, so an ARN the script wrote from the files instead of from AWS's answer
 * would show. moto has every call the script makes (efs, servicediscovery, events and
 * scheduler); it creates EFS resources and Cloud Map operations finished at once, so the
 * waits pass on their first check (script.test.ts runs them against a slow fake), and it
 * does not associate a private DNS namespace's hosted zone with its VPC (Route 53's
 * GetHostedZone lists no VPCs), so the namespace's Vpc is checked in the script only
 * (script.test.ts) and botocore checks every input.
 */
describe.skipIf(!hasMotoServer || !hasAws)(`AWS CLI script export of EFS, Cloud Map and EventBridge runs against moto${SKIPPED}`, () => {
  const ACCOUNT = '210987654321';
  // Some 90 AWS CLI calls a test, each starting Python: generous for a busy machine.
  const TIMEOUT = 240_000;
  let moto: MotoServer;
  let dir: string;
  const aws = awsCli(() => moto);
  const runScript = scriptRunner(() => moto, () => dir);

  beforeAll(async () => {
    moto = await startMotoServer(60_000, { MOTO_ACCOUNT_ID: ACCOUNT });
    dir = mkdtempSync(join(tmpdir(), 'ecs-cli-script-async-'));
  }, 90_000);
  afterAll(async () => {
    await moto?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('EFS, Cloud Map, the rule and the schedule are created and name each other, the task definition and the network by the ids moto assigned', () => {
    const design = asyncResourcesDesign();
    const { externals, notScripted } = toCliScript(design);
    expect(externals).toEqual([]);
    expect(notScripted.map((n) => n.type)).toEqual(['run-task']);
    const run = runScript(design, 'async');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('deploy.sh: done');
    const artifacts = derive(design);
    const content = (path: string) => artifacts.find((a) => a.path === path)!.content as Json;

    const vpc = ((aws('ec2', 'describe-vpcs', '--filters', 'Name=tag:Name,Values=batch-vpc').Vpcs as Json[])[0]!).VpcId as string;
    const subnets = aws('ec2', 'describe-subnets', '--filters', `Name=vpc-id,Values=${vpc}`).Subnets as Array<{ SubnetId: string; Tags?: Array<{ Key: string; Value: string }> }>;
    const subnet = (name: string) => subnets.find((x) => x.Tags?.some((t) => t.Key === 'Name' && t.Value === name))!.SubnetId;
    const groups = aws('ec2', 'describe-security-groups', '--filters', `Name=vpc-id,Values=${vpc}`).SecurityGroups as Array<{ GroupId: string; GroupName: string }>;
    const group = (name: string) => groups.find((g) => g.GroupName === name)!.GroupId;
    const roleArn = (name: string) => (aws('iam', 'get-role', '--role-name', name).Role as Json).Arn as string;

    // EFS: the file system, its access point and a mount target per subnet, in the group the design gives them.
    const fs = (aws('efs', 'describe-file-systems', '--creation-token', 'shared').FileSystems as Json[])[0]!;
    expect(fs).toMatchObject({ LifeCycleState: 'available', PerformanceMode: 'generalPurpose', Encrypted: true, ThroughputMode: 'elastic' });
    expect(fs.FileSystemArn).toContain(`:${ACCOUNT}:file-system/${fs.FileSystemId as string}`);
    const aps = aws('efs', 'describe-access-points', '--file-system-id', fs.FileSystemId as string).AccessPoints as Json[];
    expect(aps.map((a) => [a.ClientToken, a.FileSystemId, (a.RootDirectory as Json).Path])).toEqual([['shared-data', fs.FileSystemId, '/data']]);
    const ap = aps[0]!;
    const mts = aws('efs', 'describe-mount-targets', '--file-system-id', fs.FileSystemId as string).MountTargets as Array<{ MountTargetId: string; SubnetId: string; LifeCycleState: string }>;
    expect(mts.map((m) => m.SubnetId).sort()).toEqual([subnet('private-a'), subnet('private-b')].sort());
    for (const mt of mts) {
      expect(mt.LifeCycleState).toBe('available');
      expect(aws('efs', 'describe-mount-target-security-groups', '--mount-target-id', mt.MountTargetId).SecurityGroups).toEqual([group('efs-mounts')]);
    }
    // The task definition mounts that file system through that access point; its role may mount exactly them.
    const td = aws('ecs', 'describe-task-definition', '--task-definition', 'report').taskDefinition as Json;
    expect(td.taskRoleArn).toBe(roleArn('report-task-role'));
    expect(td.volumes).toMatchObject([{ name: 'shared', efsVolumeConfiguration: { fileSystemId: fs.FileSystemId, transitEncryption: 'ENABLED', authorizationConfig: { accessPointId: ap.AccessPointId, iam: 'ENABLED' } } }]);
    expect((td.containerDefinitions as Json[])[0]!.mountPoints).toEqual([{ sourceVolume: 'shared', containerPath: '/mnt/shared' }]);
    const policy = aws('iam', 'get-role-policy', '--role-name', 'report-task-role', '--policy-name', 'efs-access').PolicyDocument as { Statement: Json[] };
    expect(policy.Statement[0]).toMatchObject({ Resource: fs.FileSystemArn, Condition: { StringEquals: { 'elasticfilesystem:AccessPointArn': ap.AccessPointArn } } });

    // Cloud Map: the namespace, the discovery service in it, and the ECS service registered with that service.
    const ns = (aws('servicediscovery', 'list-namespaces').Namespaces as Json[]).find((n) => n.Name === 'batch.internal')!;
    expect(ns.Type).toBe('DNS_PRIVATE');
    const service = (aws('ecs', 'describe-services', '--cluster', 'batch', '--services', 'api').services as Json[])[0]!;
    expect(service.taskDefinition).toBe((aws('ecs', 'describe-task-definition', '--task-definition', 'api').taskDefinition as Json).taskDefinitionArn);
    const registries = service.serviceRegistries as Array<{ registryArn: string }>;
    expect(registries).toHaveLength(1);
    const discovery = aws('servicediscovery', 'get-service', '--id', registries[0]!.registryArn.split('/').pop()!).Service as Json;
    expect(discovery).toMatchObject({ Arn: registries[0]!.registryArn, Name: 'api', NamespaceId: ns.Id, DnsConfig: content('cloudmap-services/api.json').DnsConfig as Json });
    expect(((service.networkConfiguration as Json).awsvpcConfiguration as Json).subnets).toEqual([subnet('private-a'), subnet('private-b')]);

    // The rule and the schedule start the report task in this cluster, with their own roles, in the drawn network.
    const clusterArn = ((aws('ecs', 'describe-clusters', '--clusters', 'batch').clusters as Json[])[0]!).clusterArn as string;
    expect(clusterArn).toBe(`arn:aws:ecs:us-east-1:${ACCOUNT}:cluster/batch`);
    const ecsParameters = {
      TaskDefinitionArn: td.taskDefinitionArn,
      TaskCount: 1,
      NetworkConfiguration: { awsvpcConfiguration: { Subnets: [subnet('private-a'), subnet('private-b')], SecurityGroups: [group('batch-tasks')] } },
      CapacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }],
    };
    expect(aws('events', 'describe-rule', '--name', 'on-upload')).toMatchObject({ EventPattern: content('eventbridge-rules/on-upload.json').EventPattern, State: 'ENABLED' });
    expect(aws('events', 'list-targets-by-rule', '--rule', 'on-upload').Targets).toMatchObject([{ Id: 'run-task', Arn: clusterArn, RoleArn: roleArn('on-upload-events-role'), EcsParameters: ecsParameters }]);
    const schedule = aws('scheduler', 'get-schedule', '--name', 'hourly-report');
    expect(schedule).toMatchObject({ ScheduleExpression: 'rate(1 hour)', State: 'ENABLED', Target: { Arn: clusterArn, RoleArn: roleArn('hourly-report-scheduler-role'), EcsParameters: ecsParameters } });
  }, TIMEOUT);

  it('an HTTP namespace for Service Connect (the template): created, waited for and named by the cluster by its ARN', () => {
    const design = TEMPLATE_BUILDERS['service-connect-shop']!();
    const allocation = aws('ec2', 'allocate-address', '--domain', 'vpc').AllocationId as string;
    const { externals } = toCliScript(design);
    const run = runScript(design, 'service-connect', Object.fromEntries(externals.map((e) => [e.variable, allocation])));
    expect(run.status, run.stderr).toBe(0);
    const ns = (aws('servicediscovery', 'list-namespaces').Namespaces as Json[]).find((n) => n.Name === 'shop.local')!;
    expect(ns).toMatchObject({ Type: 'HTTP' });
    expect(ns.Arn).toContain(`:${ACCOUNT}:namespace/`);
    const cluster = ((aws('ecs', 'describe-clusters', '--clusters', 'shop').clusters as Json[])[0]!);
    expect(cluster.serviceConnectDefaults).toEqual({ namespace: ns.Arn });
  }, TIMEOUT);
});
