import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateSecurityGroupCommand, CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import { DescribeServicesCommand, DescribeTaskDefinitionCommand, ECSClient } from '@aws-sdk/client-ecs';
import { CreateBucketCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { derive } from '../src/core/derive/index.ts';
import { toCloudFormation } from '../src/core/export/cloudformation/template.ts';
import type { Design } from '../src/core/model/design.ts';
import { fargateWebSample } from '../src/core/templates/fargate-web.ts';
import { hasMotoServer, startMotoServer, type MotoServer } from '../scripts/moto-server.ts';
import { runCli, type CliRun } from './fuzz/in-process.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const dir = mkdtempSync(join(tmpdir(), 'ecs-designer-deploy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ENV: NodeJS.ProcessEnv = {
  AWS_ACCESS_KEY_ID: 'testing',
  AWS_SECRET_ACCESS_KEY: 'testing',
  AWS_REGION: 'us-east-1',
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

/** The CLI in this process with only the test's AWS variables. */
async function deploy(...argv: string[]): Promise<CliRun> {
  const saved = { ...process.env };
  for (const key of Object.keys(process.env)) if (key.startsWith('AWS_')) delete process.env[key];
  Object.assign(process.env, ENV);
  try {
    return await runCli(['deploy', ...argv]);
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

function designFile(name: string, design: Design): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(design));
  return file;
}

describe.skipIf(!hasMotoServer)('deploy into moto_server', () => {
  let moto: MotoServer;
  /** --parameter items for the sample's existing VPC, subnets and groups, created in moto. */
  const parameters: string[] = [];

  beforeAll(async () => {
    moto = await startMotoServer();
    const ec2 = new EC2Client({ endpoint: moto.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
    try {
      const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }))).Vpc!.VpcId!;
      let n = 0;
      for (const [name, p] of Object.entries(toCloudFormation(fargateWebSample()).template.Parameters as Record<string, { Type: string }>)) {
        let value: string | undefined;
        if (p.Type === 'AWS::EC2::VPC::Id') value = vpc;
        else if (p.Type === 'AWS::EC2::Subnet::Id') value = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: `10.0.${n++}.0/24` }))).Subnet!.SubnetId!;
        else if (p.Type === 'AWS::EC2::SecurityGroup::Id') value = (await ec2.send(new CreateSecurityGroupCommand({ VpcId: vpc, GroupName: name, Description: name }))).GroupId!;
        if (value) parameters.push('--parameter', `${name}=${value}`);
      }
    } finally {
      ec2.destroy();
    }
  }, 90_000);
  afterAll(() => moto?.stop());

  it('creates the stack, prints its events, and the task definition and service in the account are the derived ones; the same design again has nothing to do; a changed one updates it', async () => {
    const sample = fargateWebSample();
    const created = await deploy(designFile('sample.json', sample), '--stack', 'sample', '--endpoint-url', moto.endpoint, '--poll', '0.2', ...parameters);
    expect(created.code, created.stderr).toBe(0);
    const lines = created.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d {2}sample {2}AWS::CloudFormation::Stack {2}CREATE_IN_PROGRESS/);
    expect(lines).toContainEqual(expect.stringMatching(/ {2}sample {2}AWS::CloudFormation::Stack {2}CREATE_COMPLETE$/));
    expect(lines.at(-1)).toBe('stack sample in us-east-1 created: CREATE_COMPLETE');

    const ecs = new ECSClient({ endpoint: moto.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
    try {
      const artifacts = derive(sample);
      const td = artifacts.find((a) => a.type === 'task-definition')!.content;
      const svc = artifacts.find((a) => a.type === 'service')!.content;
      const described = (await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: td.family as string }))).taskDefinition!;
      // moto's AWS::ECS::TaskDefinition keeps family, containers and memory (see export-cfn's deploy test).
      expect(described.family).toBe(td.family);
      expect(JSON.parse(JSON.stringify(described.containerDefinitions))).toMatchObject(td.containerDefinitions as object);
      const service = (await ecs.send(new DescribeServicesCommand({ cluster: svc.cluster as string, services: [svc.serviceName as string] }))).services![0]!;
      expect(service.desiredCount).toBe(svc.desiredCount);

      // The same design again: UpdateStack has nothing to do, and that is a success.
      const again = await deploy(designFile('sample.json', sample), '--stack', 'sample', '--endpoint-url', moto.endpoint, '--poll', '0.2', ...parameters);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toBe('stack sample in us-east-1 is already as the design says (CREATE_COMPLETE): nothing to update\n');

      // A changed design: UpdateStack, only the new events are printed.
      const changed = structuredClone(sample);
      changed.nodes.find((n) => n.kind === 'service')!.data.desiredCount = 3;
      const updated = await deploy(designFile('changed.json', changed), '--stack', 'sample', '--endpoint-url', moto.endpoint, '--poll', '0.2', ...parameters);
      expect(updated.code, updated.stderr).toBe(0);
      expect(updated.stdout).not.toContain('CREATE_');
      expect(updated.stdout).toMatch(/UPDATE_IN_PROGRESS[\s\S]*\nstack sample in us-east-1 updated: UPDATE_COMPLETE\n$/);
    } finally {
      ecs.destroy();
    }
  }, 120_000);

  // A container with a large environment makes the template larger than CloudFormation takes inline.
  const largeSample = (): Design => {
    const design = fargateWebSample();
    const container = design.nodes.find((n) => n.kind === 'container')!;
    container.data.environment = Array.from({ length: 60 }, (_, i) => ({ name: `SETTING_${i}`, value: 'x'.repeat(900) }));
    // Its own names: the first test's stack holds the sample's roles, load balancer and log group.
    const rename: Record<string, [string, string]> = {
      'role-task': ['roleName', 'large-task-role'],
      'role-execution': ['roleName', 'large-execution-role'],
      'load-balancer-alb': ['name', 'large-alb'],
      cluster: ['clusterName', 'large-cluster'],
      service: ['serviceName', 'large'],
      'task-definition': ['family', 'large'],
    };
    for (const node of design.nodes) {
      const r = rename[node.kind];
      if (r) node.data[r[0]] = r[1];
    }
    (container.data.logConfiguration as { options: Record<string, string> }).options['awslogs-group'] = '/ecs/large';
    return design;
  };

  it('a template over 51,200 bytes is refused inline, naming --template-bucket, and nothing is created', async () => {
    const body = JSON.stringify(toCloudFormation(largeSample()).template);
    expect(body.length).toBeGreaterThan(51_200);
    const r = await deploy(designFile('large.json', largeSample()), '--stack', 'large-inline', '--endpoint-url', moto.endpoint, ...parameters);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the template is [\d,]+ bytes, over CloudFormation's 51,200 for a template sent inline: pass --template-bucket BUCKET/);
    const again = await deploy(designFile('large.json', largeSample()), '--stack', 'large-inline', '--endpoint-url', moto.endpoint, '--template-bucket', 'Not_A_Bucket');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--template-bucket: "Not_A_Bucket" is not an S3 bucket name');
  });

  it('with --template-bucket the template goes to S3 and the stack is created from its URL', async () => {
    const credentials = { accessKeyId: 'testing', secretAccessKey: 'testing' };
    const s3 = new S3Client({ endpoint: moto.endpoint, region: 'us-east-1', forcePathStyle: true, credentials });
    const ecs = new ECSClient({ endpoint: moto.endpoint, region: 'us-east-1', credentials });
    try {
      await s3.send(new CreateBucketCommand({ Bucket: 'deploy-templates' }));
      const large = largeSample();
      const r = await deploy(designFile('large.json', large), '--stack', 'large', '--endpoint-url', moto.endpoint, '--poll', '0.2', '--template-bucket', 'deploy-templates', ...parameters);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('stack large in us-east-1 created: CREATE_COMPLETE');
      const objects = (await s3.send(new ListObjectsV2Command({ Bucket: 'deploy-templates' }))).Contents ?? [];
      expect(objects.map((o) => o.Key)).toEqual([expect.stringMatching(/^ecs-designer\/large\/template-[0-9a-f]{16}\.json$/)]);
      const family = derive(large).find((a) => a.type === 'task-definition')!.content.family as string;
      const described = (await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: family }))).taskDefinition!;
      expect(described.containerDefinitions![0]!.environment).toHaveLength(60);
      // A bucket that does not exist: a clear error, no stack.
      const missing = await deploy(designFile('large.json', large), '--stack', 'large-2', '--endpoint-url', moto.endpoint, '--template-bucket', 'no-such-bucket', ...parameters);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/s3:PutObject/);
    } finally {
      s3.destroy();
      ecs.destroy();
    }
  }, 120_000);

  it('a parameter the template does not have is refused before any call (a typo would deploy the default)', async () => {
    const r = await deploy(designFile('sample.json', fargateWebSample()), '--stack', 'typo', '--endpoint-url', moto.endpoint, '--parameter', 'Vpc=vpc-1');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ecs-designer: --parameter: the template has no parameter Vpc \(it has Sg0a1b2c3d4e5f60010, .*\)\n$/);
  });
});

/**
 * CloudFormation (its query protocol: form-encoded requests, XML answers) as far as a
 * deploy that rolls back needs it, on 127.0.0.1: moto_server cannot make a stack fail.
 */
async function rollingBackCloudFormation() {
  const actions: string[] = [];
  let created = false;
  const xml = (action: string, result: string) =>
    `<${action}Response xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><${action}Result>${result}</${action}Result><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></${action}Response>`;
  const event = (id: string, logical: string, type: string, status: string, reason = '') =>
    `<member><EventId>${id}</EventId><StackName>web</StackName><LogicalResourceId>${logical}</LogicalResourceId><ResourceType>${type}</ResourceType><Timestamp>2026-12-04T12:00:0${id}Z</Timestamp><ResourceStatus>${status}</ResourceStatus>${reason ? `<ResourceStatusReason>${reason}</ResourceStatusReason>` : ''}</member>`;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const action = new URLSearchParams(body).get('Action') ?? '';
      actions.push(action);
      res.setHeader('content-type', 'text/xml');
      if (action === 'DescribeStacks' && !created) {
        res.statusCode = 400;
        res.end('<ErrorResponse><Error><Type>Sender</Type><Code>ValidationError</Code><Message>Stack with id web does not exist</Message></Error><RequestId>1</RequestId></ErrorResponse>');
      } else if (action === 'CreateStack') {
        created = true;
        res.end(xml(action, '<StackId>arn:aws:cloudformation:us-east-1:123456789012:stack/web/1</StackId>'));
      } else if (action === 'DescribeStacks') {
        res.end(xml(action, '<Stacks><member><StackName>web</StackName><StackId>arn:aws:cloudformation:us-east-1:123456789012:stack/web/1</StackId><CreationTime>2026-12-04T12:00:00Z</CreationTime><StackStatus>ROLLBACK_COMPLETE</StackStatus></member></Stacks>'));
      } else if (action === 'DescribeStackEvents') {
        // Newest first, as CloudFormation lists them, two to a page.
        const all = [
          event('4', 'web', 'AWS::CloudFormation::Stack', 'ROLLBACK_COMPLETE'),
          event('3', 'web', 'AWS::CloudFormation::Stack', 'ROLLBACK_IN_PROGRESS', 'The following resource(s) failed to create: [WebService]. Rollback requested by user.'),
          event('2', 'WebService', 'AWS::ECS::Service', 'CREATE_FAILED', 'Resource handler returned message: "Invalid request provided: CreateService error"'),
          event('1', 'web', 'AWS::CloudFormation::Stack', 'CREATE_IN_PROGRESS', 'User Initiated'),
        ];
        const second = new URLSearchParams(body).get('NextToken') === 'page-2';
        const page = second ? all.slice(2) : all.slice(0, 2);
        res.end(xml(action, `<StackEvents>${page.join('')}</StackEvents>${second ? '' : '<NextToken>page-2</NextToken>'}`));
      } else {
        res.statusCode = 400;
        res.end(`<ErrorResponse><Error><Type>Sender</Type><Code>InvalidAction</Code><Message>${action}</Message></Error></ErrorResponse>`);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    endpoint: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    actions,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('deploy: a stack that rolls back', () => {
  let cfn: Awaited<ReturnType<typeof rollingBackCloudFormation>>;
  beforeAll(async () => {
    cfn = await rollingBackCloudFormation();
  });
  afterAll(() => cfn?.close());

  it('prints every event (two pages of them), oldest first, names the status and exits 1', async () => {
    const r = await deploy(designFile('web.json', fargateWebSample()), '--stack', 'web', '--endpoint-url', cfn.endpoint, '--poll', '0');
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      '12:00:01  web  AWS::CloudFormation::Stack  CREATE_IN_PROGRESS  User Initiated',
      '12:00:02  WebService  AWS::ECS::Service  CREATE_FAILED  Resource handler returned message: "Invalid request provided: CreateService error"',
      '12:00:03  web  AWS::CloudFormation::Stack  ROLLBACK_IN_PROGRESS  The following resource(s) failed to create: [WebService]. Rollback requested by user.',
      '12:00:04  web  AWS::CloudFormation::Stack  ROLLBACK_COMPLETE',
    ]);
    expect(r.stderr).toBe('ecs-designer: stack web ended ROLLBACK_COMPLETE: see the events above for the resource that failed\n');
    expect(cfn.actions).toEqual(['DescribeStacks', 'CreateStack', 'DescribeStackEvents', 'DescribeStackEvents', 'DescribeStacks']);
  });

  it('deploying again onto the rolled-back stack says to delete it first, exit 2', async () => {
    const r = await deploy(designFile('web.json', fargateWebSample()), '--stack', 'web', '--endpoint-url', cfn.endpoint);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'ecs-designer: stack web is ROLLBACK_COMPLETE (its creation failed): delete it before deploying again (aws cloudformation delete-stack --stack-name web)\n',
    );
  });

  it('a design with errors is not deployed unless --force: exit 1 and no call', async () => {
    const broken = fargateWebSample();
    broken.nodes.find((n) => n.kind === 'container')!.data.image = '';
    const before = cfn.actions.length;
    const r = await deploy(designFile('broken.json', broken), '--stack', 'web', '--endpoint-url', cfn.endpoint);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nothing deployed \(use --force to deploy anyway\)\n$/);
    expect(cfn.actions.length).toBe(before);
  });
});
