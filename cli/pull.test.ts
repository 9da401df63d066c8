import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeSecurityGroupsCommand, EC2Client, type IpPermission } from '@aws-sdk/client-ec2';
import { CreateClusterCommand, CreateServiceCommand, DescribeServicesCommand, DescribeTaskDefinitionCommand, ECSClient, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { derive, DeriveContext } from '../src/core/derive/index.ts';
import { detectDocuments } from '../src/core/io/detect.ts';
import type { Design } from '../src/core/model/design.ts';
import type { JsonObject } from '../src/core/model/json.ts';
import { parseDesign } from '../src/core/model/migrate.ts';
import { validate } from '../src/core/validate/index.ts';
import type { Problem } from '../src/core/validate/types.ts';
import { CanvasLayout } from '../src/ui/canvas/canvas-layout.ts';
import { hasMotoServer, startMotoServer, type MotoServer } from '../scripts/moto-server.ts';
import { MAX_ATTEMPTS } from './aws/clients.ts';
import { runCli, type CliRun } from './fuzz/in-process.ts';
import { createMotoAccount, TASK_ROLE_STATEMENT, type MotoAccount } from './pull/moto-account.ts';

// The SDK's ten-line warning about Node 20 (the CLI's main.ts turns it off the same way).
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const dir = mkdtempSync(join(tmpdir(), 'ecs-designer-pull-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The environment of every pull here: nothing but what the test gives. No profile or
 * credentials file of the machine, no instance metadata, no endpoint from outside, so a
 * call can only go to the loopback endpoint the test passes.
 */
const ISOLATED: NodeJS.ProcessEnv = {
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};
const CREDENTIALS = { AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing' };

/** Runs the CLI in this process with exactly `env` for the AWS variables (the others are left alone). */
async function pull(env: NodeJS.ProcessEnv, ...argv: string[]): Promise<CliRun> {
  const saved = { ...process.env };
  for (const key of Object.keys(process.env)) if (key.startsWith('AWS_')) delete process.env[key];
  Object.assign(process.env, ISOLATED, env);
  try {
    return await runCli(['pull', ...argv]);
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

/** One line, no stack, exit code 2: what every AWS failure must look like. */
function expectOneLineFailure(r: CliRun): string {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
  return lines[0]!;
}

describe.skipIf(!hasMotoServer)('pull from a cluster in moto_server', () => {
  let moto: MotoServer;
  let account: MotoAccount;
  let design: Design;
  let pulled: CliRun;
  const output = join(dir, 'orders.json');

  beforeAll(async () => {
    moto = await startMotoServer();
    account = await createMotoAccount(moto.endpoint);
    pulled = await pull({ ...CREDENTIALS, AWS_REGION: 'us-east-1' }, '--cluster', account.clusterName, '--endpoint-url', moto.endpoint, '-o', output);
    const parsed = parseDesign(JSON.parse(readFileSync(output, 'utf8')));
    if (!parsed.ok) throw new Error(parsed.error);
    design = parsed.design;
  }, 120_000);
  afterAll(() => moto?.stop());

  const node = (kind: string, key: string, value: unknown) => {
    const found = design.nodes.find((n) => n.kind === kind && n.data[key] === value);
    if (!found) throw new Error(`no ${kind} with ${key} ${String(value)}`);
    return found;
  };
  const connected = (kind: string, source: string, target: string) => design.edges.some((e) => e.kind === kind && e.source === source && e.target === target);

  it('writes the design and says what it read', () => {
    expect(pulled.code, pulled.stderr).toBe(0);
    expect(pulled.stdout).toMatch(/^wrote .*orders\.json \(cluster orders in us-east-1: 2 services, 2 task definitions, \d+ nodes\)\n$/);
    expect(design.name).toBe('orders');
    expect(design.region).toBe('us-east-1');
  });

  it('draws the cluster, its capacity, services, task definitions, roles, load balancer and network', () => {
    const count = (kind: string) => design.nodes.filter((n) => n.kind === kind).length;
    expect(
      Object.fromEntries(['cluster', 'capacity-fargate', 'capacity-fargate-spot', 'capacity-ec2', 'service', 'task-definition', 'container', 'role-task', 'role-execution', 'load-balancer-alb', 'vpc', 'subnet', 'security-group'].map((k) => [k, count(k)])),
    ).toEqual({
      cluster: 1,
      'capacity-fargate': 1,
      'capacity-fargate-spot': 1,
      'capacity-ec2': 1,
      service: 2,
      'task-definition': 2,
      container: 2,
      'role-task': 1,
      'role-execution': 1,
      'load-balancer-alb': 1,
      vpc: 1,
      subnet: 2,
      'security-group': 2,
    });
    // Existing resources keep their ids and ARNs, so nothing would create them again.
    expect(node('capacity-ec2', 'name', account.capacityProviderName).data.autoScalingGroupArn).toBe(account.autoScalingGroupArn);
    expect(node('role-task', 'roleName', 'orders-task-role').data).toMatchObject({ arn: account.taskRoleArn, policyStatements: [TASK_ROLE_STATEMENT] });
    expect(node('role-execution', 'roleName', 'orders-execution-role').data).toMatchObject({ arn: account.executionRoleArn, managedPolicyArns: [account.executionPolicyArn] });
    expect(node('load-balancer-alb', 'name', 'orders-alb').data).toMatchObject({ arn: account.loadBalancerArn, scheme: 'internal', listeners: [{ port: 80, protocol: 'HTTP' }] });
    expect(node('vpc', 'vpcId', account.vpcId).data).toMatchObject({ name: 'orders-vpc', cidrBlock: '10.20.0.0/16' });
    expect(account.subnetIds.map((id) => node('subnet', 'subnetId', id).data.name)).toEqual(['orders-private-a', 'orders-private-b']);
  });

  it('connects what was read: capacity and services to the cluster, services to task definitions, roles, the route, subnets and groups', () => {
    const cluster = node('cluster', 'clusterName', 'orders').id;
    const api = node('service', 'serviceName', 'orders-api').id;
    const worker = node('service', 'serviceName', 'orders-worker').id;
    const apiTd = node('task-definition', 'family', 'orders-api').id;
    const workerTd = node('task-definition', 'family', 'orders-worker').id;
    const alb = node('load-balancer-alb', 'name', 'orders-alb').id;
    const vpc = node('vpc', 'vpcId', account.vpcId).id;
    const sg = node('security-group', 'groupId', account.groupId).id;
    const albSg = node('security-group', 'groupId', account.loadBalancerGroupId).id;
    const subnets = account.subnetIds.map((id) => node('subnet', 'subnetId', id).id);
    for (const kind of ['capacity-fargate', 'capacity-fargate-spot', 'capacity-ec2']) {
      expect(connected('in-cluster', design.nodes.find((n) => n.kind === kind)!.id, cluster), kind).toBe(true);
    }
    expect(connected('runs-in', api, cluster) && connected('runs-in', worker, cluster)).toBe(true);
    expect(connected('uses', api, apiTd) && connected('uses', worker, workerTd)).toBe(true);
    expect(connected('task-role', node('role-task', 'roleName', 'orders-task-role').id, apiTd)).toBe(true);
    const execution = node('role-execution', 'roleName', 'orders-execution-role').id;
    expect(connected('execution-role', execution, apiTd) && connected('execution-role', execution, workerTd)).toBe(true);
    const route = design.edges.find((e) => e.kind === 'routes-to' && e.source === alb && e.target === api);
    expect(route?.data).toEqual({ targetGroupArn: account.targetGroupArn, listenerPort: 80, containerName: 'api', containerPort: 8080 });
    for (const s of subnets) expect(connected('placed-in', api, s) && connected('placed-in', alb, s) && connected('in-vpc', s, vpc)).toBe(true);
    expect(connected('secured-by', api, sg) && connected('secured-by', alb, albSg) && connected('in-vpc', sg, vpc) && connected('in-vpc', albSg, vpc)).toBe(true);
    // The service's lists are all connections now: no literal ids or ARNs are left on it.
    const apiData = design.nodes.find((n) => n.id === api)!.data;
    expect(apiData.loadBalancers).toBeUndefined();
    expect(apiData.networkConfiguration).toEqual({ awsvpcConfiguration: { assignPublicIp: 'DISABLED' } });
  });

  describe('security group rules', () => {
    const groups = () => ({ tasks: node('security-group', 'groupId', account.groupId), alb: node('security-group', 'groupId', account.loadBalancerGroupId) });

    it('address ranges are each group’s ingress, the rule from the load balancer’s group an allows connection, and there is nothing to warn about', () => {
      const { tasks, alb } = groups();
      // EC2 lists the tasks' two 8080 rules as one permission: its CIDR part stays, its group part is the connection.
      expect(tasks.data.ingress).toEqual([{ IpProtocol: 'tcp', FromPort: 8080, ToPort: 8080, IpRanges: [{ CidrIp: '10.20.0.0/16' }] }]);
      expect(alb.data.ingress).toEqual([{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'HTTPS from anywhere' }] }]);
      const allows = design.edges.filter((e) => e.kind === 'allows').map(({ source, target, data }) => ({ source, target, data }));
      expect(allows).toEqual([{ source: alb.id, target: tasks.id, data: { fromPort: 8080 } }]);
      // Both groups have EC2's default egress only, which is skipped without a word.
      expect(pulled.stderr).toBe('');
    });

    it('each group records the rules DescribeSecurityGroups lists as in the account, and derive does not send them again', async () => {
      const artifacts = derive(design, new DeriveContext(design));
      // AWS refuses a rule that exists: the pulled rules are not in any AuthorizeSecurityGroupIngress.
      expect(artifacts.filter((a) => a.type === 'security-group-ingress')).toEqual([]);
      const ec2 = new EC2Client({ endpoint: moto.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
      const described = (await ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: [account.groupId, account.loadBalancerGroupId] }))).SecurityGroups!;
      ec2.destroy();
      // One line per protocol, ports and source: how EC2 groups them into permissions does not matter.
      const flat = (permissions: readonly IpPermission[]) =>
        permissions
          .flatMap((p) => {
            const ports = `${p.IpProtocol} ${p.FromPort}-${p.ToPort}`;
            return [...(p.IpRanges ?? []).map((r) => `${ports} ${r.CidrIp} ${r.Description ?? ''}`), ...(p.UserIdGroupPairs ?? []).map((g) => `${ports} ${g.GroupId}`)];
          })
          .sort();
      for (const groupId of [account.groupId, account.loadBalancerGroupId]) {
        const group = design.nodes.find((n) => n.kind === 'security-group' && n.data.groupId === groupId)!;
        const rules = flat(group.data.ingressInAccount as IpPermission[]);
        expect(rules, groupId).toEqual(flat(described.find((g) => g.GroupId === groupId)!.IpPermissions!));
        expect(rules.length, groupId).toBeGreaterThan(0);
      }
    });

    it('validate: the load balancer reaches the tasks on the container port (no SG-AWSVPC, which the design without the rules has), and no problem is new', () => {
      const key = (p: Problem) => `${p.ruleId} ${p.nodeId ?? ''} ${p.artifactPath ?? ''} ${p.pointer ?? ''}`;
      const withRules = validate(design).map(key);
      const withoutRules = validate({
        ...design,
        nodes: design.nodes.map((n) => (n.kind === 'security-group' ? { ...n, data: { ...n.data, ingress: undefined } } : n)),
        edges: design.edges.filter((e) => e.kind !== 'allows'),
      }).map(key);
      expect(withoutRules.filter((k) => k.startsWith('SG-AWSVPC '))).toHaveLength(1);
      expect(withRules.filter((k) => k.startsWith('SG-AWSVPC '))).toEqual([]);
      expect(withRules.filter((k) => !withoutRules.includes(k))).toEqual([]);
    });

    it('export --format cfn: a rule added to a pulled group is a SecurityGroupIngress, the rules in the account are not', async () => {
      // A rule drawn after the pull: tasks may be reached on 9090 from the VPC.
      const edited: Design = {
        ...design,
        nodes: design.nodes.map((n) =>
          n.kind === 'security-group' && n.data.groupId === account.groupId
            ? { ...n, data: { ...n.data, ingress: [...(n.data.ingress as JsonObject[]), { IpProtocol: 'tcp', FromPort: 9090, ToPort: 9090, IpRanges: [{ CidrIp: '10.20.0.0/16' }] }] } }
            : n,
        ),
      };
      const file = join(dir, 'orders-edited.json');
      writeFileSync(file, JSON.stringify(edited));
      const out = join(dir, 'orders-cfn');
      const r = await runCli(['export', file, '-o', out, '--format', 'cfn', '--template-format', 'json']);
      expect(r.code, r.stderr).toBe(0);
      const template = JSON.parse(readFileSync(join(out, 'template.json'), 'utf8')) as { Parameters: Record<string, { Type: string; Default: string }>; Resources: Record<string, { Type: string; Properties: unknown }> };
      // Pulled groups exist already: the template does not create them but takes each as a parameter that defaults to its id.
      const group = (groupId: string) => {
        const name = Object.keys(template.Parameters).find((k) => template.Parameters[k]!.Type === 'AWS::EC2::SecurityGroup::Id' && template.Parameters[k]!.Default === groupId);
        expect(name, groupId).toBeDefined();
        return { Ref: name };
      };
      const ingress = Object.values(template.Resources).filter((x) => x.Type === 'AWS::EC2::SecurityGroupIngress').map((x) => x.Properties);
      expect(ingress).toEqual([{ GroupId: group(account.groupId), IpProtocol: 'tcp', FromPort: 9090, ToPort: 9090, CidrIp: '10.20.0.0/16' }]);
      expect(Object.values(template.Resources).some((x) => x.Type === 'AWS::EC2::SecurityGroup')).toBe(false);
    });
  });

  it('is laid out like an auto-layout in the editor: subnets drawn inside their VPC frame, no two top-level boxes overlapping', () => {
    const layout = new CanvasLayout(design);
    const vpc = node('vpc', 'vpcId', account.vpcId).id;
    for (const id of account.subnetIds) expect(layout.parentOf(node('subnet', 'subnetId', id).id)).toBe(vpc);
    const boxes = design.nodes
      .filter((n) => layout.parentOf(n.id) === undefined)
      .map((n) => ({ id: n.id, ...layout.drawn(n.id), ...layout.size(n) }));
    expect(boxes.length).toBeGreaterThan(5);
    for (const a of boxes) {
      for (const b of boxes) {
        if (a.id >= b.id) continue;
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `${a.id} and ${b.id} overlap`).toBe(false);
      }
    }
  });

  describe('derived back', () => {
    const derived = () => {
      const ctx = new DeriveContext(design);
      return derive(design, ctx);
    };
    const ecs = () => new ECSClient({ endpoint: moto.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });

    it('task definitions: every field created comes back, and the whole file equals what DescribeTaskDefinition returned', async () => {
      const client = ecs();
      for (const created of account.taskDefinitions) {
        const td = derived().find((a) => a.type === 'task-definition' && a.content.family === created.family)!;
        expect(td, created.family).toBeDefined();
        for (const [key, value] of Object.entries(created)) {
          // DescribeTaskDefinition adds defaults inside containers (cpu 0, empty lists): what was sent must all be there.
          if (typeof value === 'object') expect(td.content[key], `${created.family}.${key}`).toMatchObject(value as object);
          else expect(td.content[key], `${created.family}.${key}`).toBe(value);
        }
        const described = await client.send(new DescribeTaskDefinitionCommand({ taskDefinition: created.family, include: ['TAGS'] }));
        const detected = detectDocuments(JSON.parse(JSON.stringify(described)));
        expect(detected.ok && detected.documents[0]!.content).toEqual(td.content);
      }
      client.destroy();
    });

    it('services: every field created comes back, and the rest is what DescribeServices returned', async () => {
      const client = ecs();
      const described = await client.send(new DescribeServicesCommand({ cluster: account.clusterName, services: account.services.map((s) => s.serviceName!) }));
      client.destroy();
      for (const created of account.services) {
        const service = derived().find((a) => a.type === 'service' && a.content.serviceName === created.serviceName)!;
        expect(service, created.serviceName).toBeDefined();
        for (const [key, value] of Object.entries(created)) expect(service.content[key], `${created.serviceName}.${key}`).toEqual(value);
        const raw = JSON.parse(JSON.stringify(described.services!.find((s) => s.serviceName === created.serviceName))) as JsonObject;
        for (const [key, value] of Object.entries(service.content)) {
          if (key in created) continue;
          expect(value, `${created.serviceName}.${key} as describe gave it`).toEqual(raw[key]);
        }
      }
    });
  });

  it('a cluster with more services than one DescribeServices call (10) or one imported file (100) takes: all are read, in name order', async () => {
    const client = new ECSClient({ endpoint: moto.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
    const names = Array.from({ length: 105 }, (_, i) => `batch-${String(i).padStart(3, '0')}`);
    try {
      await client.send(new CreateClusterCommand({ clusterName: 'batch' }));
      // Created in reverse, in parallel batches: ListServices' order is not the one pull writes.
      const reversed = [...names].reverse();
      for (let i = 0; i < reversed.length; i += 15) {
        await Promise.all(
          reversed.slice(i, i + 15).map((serviceName) => client.send(new CreateServiceCommand({ cluster: 'batch', serviceName, taskDefinition: 'orders-worker:1', desiredCount: 0, launchType: 'EC2' }))),
        );
      }
    } finally {
      client.destroy();
    }
    const out = join(dir, 'batch.json');
    const r = await pull({ ...CREDENTIALS, AWS_REGION: 'us-east-1' }, '--cluster', 'batch', '--endpoint-url', moto.endpoint, '-o', out);
    expect(r.code, r.stderr).toBe(0);
    const batch = JSON.parse(readFileSync(out, 'utf8')) as Design;
    expect(batch.nodes.filter((n) => n.kind === 'service').map((n) => n.data.serviceName)).toEqual(names);
    // One task definition for all of them, read once.
    expect(batch.nodes.filter((n) => n.kind === 'task-definition')).toHaveLength(1);
    expect(batch.edges.filter((e) => e.kind === 'uses')).toHaveLength(names.length);
  }, 120_000);

  it('a task role IAM does not know (deleted): a one-line warning, the ARN kept on the task definition, no role drawn', async () => {
    const client = new ECSClient({ endpoint: moto.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
    const gone = 'arn:aws:iam::123456789012:role/deleted-role';
    try {
      await client.send(new CreateClusterCommand({ clusterName: 'ghost' }));
      await client.send(
        new RegisterTaskDefinitionCommand({ family: 'ghost', taskRoleArn: gone, containerDefinitions: [{ name: 'app', image: 'busybox', memory: 128, essential: true }] }),
      );
      await client.send(new CreateServiceCommand({ cluster: 'ghost', serviceName: 'ghost', taskDefinition: 'ghost:1', desiredCount: 0, launchType: 'EC2' }));
    } finally {
      client.destroy();
    }
    const out = join(dir, 'ghost.json');
    const r = await pull({ ...CREDENTIALS, AWS_REGION: 'us-east-1' }, '--cluster', 'ghost', '--endpoint-url', moto.endpoint, '-o', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.trimEnd().split('\n')).toEqual([`iam: warning: Role ${gone} is named by a task definition but IAM does not know it (deleted, or in another account): kept as the ARN, not drawn`]);
    const ghost = JSON.parse(readFileSync(out, 'utf8')) as Design;
    expect(ghost.nodes.some((n) => n.kind === 'role-task')).toBe(false);
    expect(ghost.nodes.find((n) => n.kind === 'task-definition')!.data.taskRoleArn).toBe(gone);
  }, 60_000);

  it('a cluster that does not exist: one line naming it and the Region, exit 2, nothing written', async () => {
    const out = join(dir, 'missing.json');
    const r = await pull({ ...CREDENTIALS, AWS_REGION: 'us-east-1' }, '--cluster', 'no-such-cluster', '--endpoint-url', moto.endpoint, '-o', out);
    expect(expectOneLineFailure(r)).toBe('ecs-designer: cluster no-such-cluster not found in us-east-1: no such cluster (check --cluster, --region and --profile)');
    expect(existsSync(out)).toBe(false);
  });
});

/**
 * A stand-in for AWS on 127.0.0.1 that answers every call with an error in the AWS JSON
 * protocol's shape (what ECS speaks), for the failures moto_server cannot make: access
 * denied and throttling. It counts the requests, so the tests see the SDK's retries.
 */
async function errorServer(answer: (request: number, target: string) => { status: number; type: string; message: string } | undefined) {
  let requests = 0;
  const targets: string[] = [];
  const authorizations: string[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    req.resume();
    req.on('end', () => {
      const target = String(req.headers['x-amz-target'] ?? '');
      targets.push(target);
      authorizations.push(String(req.headers.authorization ?? ''));
      const error = answer(++requests, target);
      if (!error) {
        // DescribeClusters with nothing found: the shape of an unknown cluster.
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
        res.end(JSON.stringify({ clusters: [], failures: [{ arn: 'arn:aws:ecs:us-east-1:123456789012:cluster/orders', reason: 'MISSING' }] }));
        return;
      }
      res.writeHead(error.status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': error.type });
      res.end(JSON.stringify({ __type: error.type, message: error.message }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const endpoint = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    endpoint,
    requests: () => requests,
    targets,
    authorizations,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('pull: failures as one line and exit code 2', () => {
  const args = (endpoint: string, out: string) => ['--cluster', 'orders', '--region', 'us-east-1', '--endpoint-url', endpoint, '-o', out];

  it('access denied: names the call and the permission it needs', async () => {
    const aws = await errorServer(() => ({ status: 400, type: 'AccessDeniedException', message: 'User: arn:aws:iam::123456789012:user/dev is not authorized to perform: ecs:DescribeClusters' }));
    const out = join(dir, 'denied.json');
    try {
      const line = expectOneLineFailure(await pull(CREDENTIALS, ...args(aws.endpoint, out)));
      expect(line).toMatch(/^ecs-designer: access denied to ecs:DescribeClusters: the credentials need the ecs:DescribeClusters permission \(AWS said: User: .* is not authorized/);
      // Access denied is not retried.
      expect(aws.requests()).toBe(1);
      expect(aws.targets).toEqual(['AmazonEC2ContainerServiceV20141113.DescribeClusters']);
      expect(existsSync(out)).toBe(false);
    } finally {
      await aws.close();
    }
  });

  it(`throttling: retried with backoff, ${MAX_ATTEMPTS} attempts in all, and the message says so`, async () => {
    const aws = await errorServer(() => ({ status: 400, type: 'ThrottlingException', message: 'Rate exceeded' }));
    try {
      const line = expectOneLineFailure(await pull(CREDENTIALS, ...args(aws.endpoint, join(dir, 'throttled.json'))));
      expect(line).toBe(
        `ecs-designer: AWS throttled ecs:DescribeClusters and it still failed after ${MAX_ATTEMPTS} attempts with exponential backoff: try again later, or ask for a higher request rate`,
      );
      expect(aws.requests()).toBe(MAX_ATTEMPTS);
    } finally {
      await aws.close();
    }
  }, 60_000);

  it('throttling that passes: the retried call goes on (here to a cluster that does not exist)', async () => {
    const aws = await errorServer((n) => (n <= 2 ? { status: 400, type: 'ThrottlingException', message: 'Rate exceeded' } : undefined));
    try {
      const line = expectOneLineFailure(await pull(CREDENTIALS, ...args(aws.endpoint, join(dir, 'throttled-then-missing.json'))));
      expect(line).toBe('ecs-designer: cluster orders not found in us-east-1: no such cluster (check --cluster, --region and --profile)');
      expect(aws.requests()).toBe(3);
    } finally {
      await aws.close();
    }
  }, 60_000);

  it('missing credentials: says how to give them, and no request leaves the machine (none at all)', async () => {
    const aws = await errorServer(() => ({ status: 500, type: 'InternalFailure', message: 'should not be called' }));
    try {
      const line = expectOneLineFailure(await pull({}, ...args(aws.endpoint, join(dir, 'no-credentials.json'))));
      expect(line).toBe(
        'ecs-designer: no AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, pass --profile (or set AWS_PROFILE), or sign in with `aws sso login`',
      );
      expect(aws.requests()).toBe(0);
    } finally {
      await aws.close();
    }
  }, 60_000);

  it('--profile: credentials and Region come from that profile of the shared files', async () => {
    const aws = await errorServer(() => ({ status: 400, type: 'AccessDeniedException', message: 'denied' }));
    const config = join(dir, 'config');
    const credentials = join(dir, 'credentials');
    writeFileSync(config, '[default]\nregion = us-east-1\n\n[profile dev]\nregion = eu-west-1\n');
    writeFileSync(credentials, '[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = x\n\n[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = y\n');
    try {
      const r = await pull({ AWS_CONFIG_FILE: config, AWS_SHARED_CREDENTIALS_FILE: credentials }, '--cluster', 'orders', '--profile', 'dev', '--endpoint-url', aws.endpoint);
      expect(expectOneLineFailure(r)).toMatch(/^ecs-designer: access denied to ecs:DescribeClusters/);
      // SigV4 names the key and the Region the request was signed for.
      expect(aws.authorizations).toEqual([expect.stringMatching(/Credential=AKIDDEV\/\d{8}\/eu-west-1\/ecs\/aws4_request/)]);
    } finally {
      await aws.close();
    }
  });

  it('no Region: says to pass --region, before any call', async () => {
    const aws = await errorServer(() => ({ status: 500, type: 'InternalFailure', message: 'should not be called' }));
    try {
      const r = await pull(CREDENTIALS, '--cluster', 'orders', '--endpoint-url', aws.endpoint);
      expect(expectOneLineFailure(r)).toBe('ecs-designer: no AWS Region: pass --region or set AWS_REGION (or give the profile a region)');
      expect(aws.requests()).toBe(0);
    } finally {
      await aws.close();
    }
  });

  it('an endpoint that is not a URL, and an endpoint nobody listens on', async () => {
    expect(expectOneLineFailure(await pull(CREDENTIALS, ...args('localhost-5000', join(dir, 'x.json'))))).toBe(
      'ecs-designer: --endpoint-url localhost-5000 is not an http(s) URL (e.g. http://127.0.0.1:5000)',
    );
    const aws = await errorServer(() => undefined);
    await aws.close(); // a port that was just free: connections are refused
    const line = expectOneLineFailure(await pull(CREDENTIALS, ...args(aws.endpoint, join(dir, 'y.json'))));
    expect(line).toMatch(/^ecs-designer: cannot reach AWS for ecs:DescribeClusters \(ECONNREFUSED\)/);
  }, 60_000);
});
