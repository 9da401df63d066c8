import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../../../bench/generate.ts';
import { validate } from '../../validate/index.ts';
import { ARTIFACT_TYPES } from '../../model/artifact.ts';
import { derive } from '../../derive/index.ts';
import { exportTestDesigns } from './export.test-designs.ts';
import { fargateWebSample } from '../../templates/fargate-web.ts';
import { asgInNetwork } from '../../kinds/capacity-ec2/asg-network.test-designs.ts';
import { cloudFormationCoverage, toCloudFormation } from './template.ts';
import { templateText } from './serialize.ts';

const hasCfnLint = spawnSync('cfn-lint', ['--version'], { stdio: 'ignore' }).status === 0;
const SKIPPED = hasCfnLint ? '' : ' [skipped: cfn-lint is not installed]';

/** Replaces cfn-conformance.test.ts: the whole template is linted, IAM and ELBv2 pieces included. */
describe('CloudFormation export passes cfn-lint', () => {
  it.skipIf(!hasCfnLint)(`the sample, the kinds' test designs and the 200-node bench design lint without errors${SKIPPED}`, () => {
    const designs = { ...exportTestDesigns(), bench200: generateDesign(200) };
    for (const [name, d] of Object.entries(designs)) expect(validate(d).filter((p) => p.severity === 'error').map((p) => p.ruleId), name).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'ecs-cfn-'));
    try {
      const files = Object.entries(designs).flatMap(([name, design], i) => {
        const { template } = toCloudFormation(design);
        // YAML for most, JSON for one, so both serialisations are linted.
        const format = i === 1 ? 'json' : 'yaml';
        const file = join(dir, `${name}.${format}`);
        writeFileSync(file, templateText(template, format));
        return [file];
      });
      const run = spawnSync('cfn-lint', [...files, '--format', 'parseable', '--regions', 'us-east-1'], { encoding: 'utf8' });
      const errors = run.stdout.split('\n').filter((line) => /:E\d{4}:/.test(line));
      expect(errors).toEqual([]);
      // Exit status bits: 1 = the linter itself failed, 2 = errors found (4/8 = warnings/info).
      expect(run.status! & 3, run.stderr).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('CloudFormation export', () => {
  it('maps every artifact type of the bench design but RunTask, and says what it left out', () => {
    const design = generateDesign(200);
    const { template, leftOut } = toCloudFormation(design);
    expect(new Set(leftOut.map((l) => l.type))).toEqual(new Set(['run-task']));
    expect(leftOut[0]!.reason).toMatch(/RunTask/);
    const resources = template.Resources as Record<string, { Type: string }>;
    expect(Object.keys(resources).length).toBeGreaterThan(200);
  });

  it('holds every artifact type but RunTask, as its own resource or folded into another', () => {
    const coverage = cloudFormationCoverage();
    expect(Object.keys(coverage).sort()).toEqual([...ARTIFACT_TYPES].sort());
    expect(Object.entries(coverage).filter(([, how]) => how === 'left out').map(([type]) => type)).toEqual(['run-task']);
    expect(coverage['s3-bucket-versioning']).toBe('folded');
  });

  it('reports an artifact type it cannot express (a SecureString parameter)', () => {
    const design = fargateWebSample();
    const artifacts = derive(design);
    const secure = { path: 'ssm-parameters/db.json', type: 'ssm-parameter' as const, nodeId: 'none', title: 'db', content: { Name: '/db/password', Type: 'SecureString', Value: 'x' }, owners: [] };
    const { leftOut, template } = toCloudFormation(design, {}, [...artifacts, secure]);
    expect(leftOut).toEqual([{ path: 'ssm-parameters/db.json', type: 'ssm-parameter', reason: expect.stringMatching(/SecureString/) }]);
    expect(JSON.stringify(template)).not.toContain('/db/password');
  });

  it('is deterministic: the same design gives the same text, YAML and JSON', () => {
    const design = generateDesign(120);
    for (const format of ['yaml', 'json'] as const) {
      expect(templateText(toCloudFormation(design).template, format)).toBe(templateText(toCloudFormation(structuredClone(design)).template, format));
    }
  });

  it('refers to what the design creates with Ref / GetAtt, and to what it names as existing with Parameters', () => {
    const { template } = toCloudFormation(fargateWebSample());
    const r = template.Resources as Record<string, { Type: string; DependsOn?: string[]; Properties: Record<string, unknown> }>;
    expect(r.WebService!.Properties.Cluster).toEqual({ Ref: 'WebCluster' });
    expect(r.WebService!.Properties.TaskDefinition).toEqual({ Ref: 'WebTaskDefinition' });
    expect(r.WebService!.DependsOn).toEqual(['WebAlb80Listener', 'WebClusterCapacityProviders']);
    expect(r.WebTaskDefinition!.Properties.ExecutionRoleArn).toEqual({ 'Fn::GetAtt': ['WebTaskExecutionRole', 'Arn'] });
    expect(r.WebAlb80Listener!.Properties.LoadBalancerArn).toEqual({ Ref: 'WebAlbLoadBalancer' });
    expect((template.Parameters as Record<string, { Type: string; Default: string }>).Subnet0a1b2c3d4e5f60101).toMatchObject({ Type: 'AWS::EC2::Subnet::Id', Default: 'subnet-0a1b2c3d4e5f60101' });
    // Map-valued members keep their keys.
    const ctr = (r.WebTaskDefinition!.Properties.ContainerDefinitions as Array<{ LogConfiguration: { Options: Record<string, string> } }>)[0]!;
    expect(Object.keys(ctr.LogConfiguration.Options)).toEqual(['awslogs-group', 'awslogs-region', 'awslogs-stream-prefix']);
  });

  it('gives EC2 capacity an SSM-typed AMI parameter, ECS_CLUSTER by Ref, and an instance profile', () => {
    const { template } = toCloudFormation(asgInNetwork().build());
    const text = JSON.stringify(template);
    expect(text).toContain('AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>');
    expect(text).toContain('ECS_CLUSTER=${Ec2Cluster}');
    const types = Object.values(template.Resources as Record<string, { Type: string }>).map((r) => r.Type);
    expect(types).toContain('AWS::IAM::InstanceProfile');
    expect(types).toContain('AWS::EC2::VPCGatewayAttachment');
  });
});
