import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addNode, connect } from './commands/design-commands.ts';
import { derive } from './derive/index.ts';
import type { ArtifactType } from './model/artifact.ts';
import { emptyDesign, type Design } from './model/design.ts';
import { fargateWebSample } from './templates/fargate-web.ts';
import { validate } from './validate/index.ts';
import { scheduledBatch } from './kinds/standalone-task/test-designs.ts';

/**
 * IAM roles are emitted as AWS::IAM::Role properties, and the ELBv2 inputs use the same
 * names as their CloudFormation resources, so the CloudFormation linter checks them all:
 * property names, types, enums and patterns.
 */
const RESOURCE_TYPE: Partial<Record<ArtifactType, string>> = {
  'iam-role': 'AWS::IAM::Role',
  'load-balancer': 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  'target-group': 'AWS::ElasticLoadBalancingV2::TargetGroup',
  listener: 'AWS::ElasticLoadBalancingV2::Listener',
  'listener-rule': 'AWS::ElasticLoadBalancingV2::ListenerRule',
};

const hasCfnLint = spawnSync('cfn-lint', ['--version'], { stdio: 'ignore' }).status === 0;
const SKIPPED = hasCfnLint ? '' : ' [skipped: cfn-lint is not installed]';

/** One template per design (names are unique within a design, not across designs). */
function template(design: Design, types: Set<string>): object {
  const resources: Record<string, object> = {};
  for (const artifact of derive(design)) {
    const type = RESOURCE_TYPE[artifact.type];
    if (!type) continue;
    types.add(type);
    resources[artifact.path.replace(/[^A-Za-z0-9]/g, '')] = { Type: type, Properties: artifact.content };
  }
  return { AWSTemplateFormatVersion: '2010-09-09', Resources: resources };
}

/** The sample plus a second service on the same ALB behind a path rule (a listener rule). */
function twoServicesOnOneAlb(): Design {
  let d = fargateWebSample();
  const id = (kind: string) => d.nodes.find((n) => n.kind === kind)!.id;
  const alb = id('load-balancer-alb');
  const cluster = id('cluster');
  const step = <T extends { ok: boolean }>(r: T & { design?: Design; id?: string }) => {
    if (!r.ok || !r.design) throw new Error('test design could not be built');
    d = r.design;
    return r.id!;
  };
  const svc = step(addNode(d, 'service', { x: 0, y: 500 }, { serviceName: 'api', desiredCount: 2, networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d4e5f60101'] } } }));
  const td = step(addNode(d, 'task-definition', { x: 0, y: 600 }, { family: 'api' }));
  const ctr = step(addNode(d, 'container', { x: 0, y: 700 }, { name: 'api', image: 'public.ecr.aws/docker/library/httpd:2.4', portMappings: [{ containerPort: 8080 }] }));
  step(connect(d, svc, cluster));
  step(connect(d, svc, td));
  step(connect(d, ctr, td));
  step(connect(d, alb, svc, { pathPattern: '/api/*', healthCheckPath: '/health' }));
  return d;
}

/** EC2 capacity with an instance role, a bridge-mode TCP service behind an NLB with a TLS listener. */
function ec2BehindNlb(): Design {
  let d = emptyDesign('ec2 nlb');
  const step = (r: { ok: boolean; design?: Design; id?: string }) => {
    if (!r.ok || !r.design) throw new Error('test design could not be built');
    d = r.design;
    return r.id!;
  };
  const asg = step(addNode(d, 'capacity-ec2', { x: 0, y: 0 }));
  const role = step(addNode(d, 'role-instance', { x: 0, y: 0 }));
  const cluster = step(addNode(d, 'cluster', { x: 0, y: 0 }));
  const svc = step(addNode(d, 'service', { x: 0, y: 0 }, { serviceName: 'cache', desiredCount: 2 }));
  const td = step(addNode(d, 'task-definition', { x: 0, y: 0 }, { family: 'cache', networkMode: 'bridge', requiresCompatibilities: ['EC2'] }));
  const ctr = step(addNode(d, 'container', { x: 0, y: 0 }, { name: 'redis', image: 'public.ecr.aws/docker/library/redis:7.2', memoryReservation: 256, portMappings: [{ containerPort: 6379, hostPort: 0, protocol: 'tcp' }] }));
  const nlb = step(addNode(d, 'load-balancer-nlb', { x: 0, y: 0 }, {
    name: 'cache-nlb',
    scheme: 'internal',
    subnets: ['subnet-0a1b2c3d4e5f60001'],
    vpcId: 'vpc-0a1b2c3d4e5f60000',
    listeners: [{ port: 6379, protocol: 'TLS', certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-0000-4000-8000-000000000000' }],
  }));
  step(connect(d, role, asg));
  step(connect(d, asg, cluster));
  step(connect(d, svc, cluster));
  step(connect(d, svc, td));
  step(connect(d, svc, asg));
  step(connect(d, ctr, td));
  step(connect(d, nlb, svc));
  return d;
}

describe('conformance with CloudFormation (cfn-lint)', () => {
  it.skipIf(!hasCfnLint)(`IAM roles and load balancer pieces are valid resource properties${SKIPPED}`, () => {
    // Hand-built designs the validator accepts (random designs mostly carry errors, which are
    // the validator's business): what passes validation must export valid resources.
    const designs = [twoServicesOnOneAlb(), ec2BehindNlb(), scheduledBatch().build()];
    for (const d of designs) expect(validate(d).filter((p) => p.severity === 'error').map((p) => p.ruleId), d.name).toEqual([]);
    const types = new Set<string>();
    const dir = mkdtempSync(join(tmpdir(), 'ecs-cfn-'));
    try {
      const files = designs.map((design, i) => {
        const file = join(dir, `design-${i}.json`);
        writeFileSync(file, JSON.stringify(template(design, types), null, 2));
        return file;
      });
      expect(types).toEqual(new Set(Object.values(RESOURCE_TYPE)));
      // The files go first: --regions takes several values and would swallow them.
      const run = spawnSync('cfn-lint', [...files, '--format', 'parseable', '--regions', 'us-east-1'], { encoding: 'utf8' });
      const errors = run.stdout.split('\n').filter((line) => /:E\d{4}:/.test(line));
      expect(errors).toEqual([]);
      // Exit status bits: 1 = the linter itself failed, 2 = errors found (4/8 = warnings/info).
      expect(run.status! & 3, run.stderr).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
