import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fargateWebSample } from '../../templates/fargate-web.ts';
import { exportTestDesigns, fargateInOwnNetwork } from '../cloudformation/export.test-designs.ts';
import { SCRIPT_ORDER } from './calls.ts';
import { Holed, holedText, jsonSegments } from './json-text.ts';
import { PRELUDE } from './prelude.ts';
import { callReads, toCliScript } from './script.ts';
import { trickySample, TRICKY_VALUE } from './test-designs.ts';

const hasBash = spawnSync('bash', ['--version'], { stdio: 'ignore' }).status === 0;

describe('AWS CLI script: order', () => {
  for (const [name, design] of Object.entries(exportTestDesigns())) {
    it(`${name}: every variable a call reads was set by an earlier call or is an existing resource's`, () => {
      const { calls, externals } = toCliScript(design);
      const set = new Set(externals.map((e) => e.variable));
      for (const call of calls) {
        for (const v of callReads(call)) expect(set.has(v), `${call.title} ${call.operation} reads ${v}`).toBe(true);
        for (const v of call.capture?.variables ?? []) set.add(v);
      }
    });
  }

  it('the calls follow the dependency order: roles, network, load balancer pieces, cluster, task definitions, services', () => {
    const ops = toCliScript(fargateInOwnNetwork()).calls.map((c) => c.operation);
    const first = (op: string) => ops.indexOf(op);
    const last = (op: string) => ops.lastIndexOf(op);
    const order = ['create-vpc', 'create-internet-gateway', 'attach-internet-gateway', 'create-subnet', 'create-route-table', 'create-nat-gateway', 'create-route', 'associate-route-table', 'create-security-group', 'authorize-security-group-ingress', 'create-load-balancer', 'create-target-group', 'create-listener', 'create-cluster', 'register-task-definition', 'create-service'];
    for (const op of order) expect(first(op), op).toBeGreaterThanOrEqual(0);
    for (let i = 1; i < order.length; i++) expect(last(order[i - 1]!), `${order[i - 1]} before ${order[i]}`).toBeLessThan(first(order[i]!));
    // EC2 capacity: the group's ARN is read back before its capacity provider, which comes before the cluster.
    const ec2 = toCliScript(exportTestDesigns().ec2BehindNlb!).calls.map((c) => c.operation);
    const at = ['create-instance-profile', 'create-launch-template', 'create-auto-scaling-group', 'describe-auto-scaling-groups', 'create-capacity-provider', 'create-cluster'].map((op) => ec2.indexOf(op));
    expect(Math.min(...at)).toBeGreaterThanOrEqual(0);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    const sample = toCliScript(fargateWebSample()).calls.map((c) => c.operation);
    expect(sample.lastIndexOf('put-role-policy')).toBeLessThan(sample.indexOf('create-load-balancer'));
  });

  it('each type appears once in the order', () => {
    const types = SCRIPT_ORDER.map(([t]) => t);
    expect(new Set(types).size).toBe(types.length);
  });
});

describe('AWS CLI script: substitution', () => {
  it('stand-in ids and ARNs the catalog knows become holes of the variables their calls capture', () => {
    const { text, calls } = toCliScript(fargateWebSample());
    const listener = calls.find((c) => c.operation === 'create-listener')!;
    expect(callReads(listener)).toEqual(['WebAlbLoadBalancerArn', 'WebTgTargetGroupArn']);
    const service = calls.find((c) => c.operation === 'create-service')!;
    // The task definition by its registered ARN; the cluster stays named (names are known before the call).
    expect(callReads(service)).toEqual(['WebTaskDefinitionArn', 'WebTgTargetGroupArn', 'Subnet0a1b2c3d4e5f60101', 'Subnet0a1b2c3d4e5f60102', 'Sg0a1b2c3d4e5f60020']);
    expect((service.input as Record<string, unknown>).cluster).toBe('web-cluster');
    expect(text).toContain(`WebTgTargetGroupArn=$(call elbv2 create-target-group 'TargetGroups[0].TargetGroupArn' <<'JSON'`);
    expect(text).toContain('"targetGroupArn": "${WebTgTargetGroupArn}"');
    // No stand-in ARN of a created resource is left in the script.
    expect(text).not.toContain('targetgroup/web-tg/0000000000000000');
    expect(text).not.toContain('arn:aws:iam::123456789012:role/web-task-role');
  });

  it('existing resources the design names are variables with the design\'s id as default', () => {
    const { text, externals } = toCliScript(fargateWebSample());
    expect(externals).toContainEqual({ variable: 'Vpc0a1b2c3d4e5f60000', id: 'vpc-0a1b2c3d4e5f60000', resourceType: 'vpc' });
    expect(text).toContain(': "${Vpc0a1b2c3d4e5f60000:=vpc-0a1b2c3d4e5f60000}"');
  });

  it('literal $ in a document is written \\u0024, so only holes look like ${...}', () => {
    const text = holedText(jsonSegments({ a: new Holed(['x ${NOT_A_HOLE} ', { variable: 'Real' }]), b: 'cost $5' }));
    expect(text).toBe('{"a":"x \\u0024{NOT_A_HOLE} ${Real}","b":"cost \\u00245"}');
    expect(JSON.parse(text.replace('${Real}', 'v'))).toEqual({ a: 'x ${NOT_A_HOLE} v', b: 'cost $5' });
  });

  it('types it does not script are listed in the header', () => {
    const design = exportTestDesigns().scheduledBatch!;
    const { text, notScripted } = toCliScript(design);
    expect(notScripted.map((n) => n.type)).toEqual(['events-rule', 'events-targets', 'schedule', 'run-task']);
    for (const n of notScripted) expect(text).toContain(`#   ${n.path} (${n.type}): `);
  });
});

describe.skipIf(!hasBash)('AWS CLI script: fill in bash', () => {
  /** Runs the script's own fill on a document, with the given variables set. */
  const fill = (doc: string, vars: Record<string, string>) =>
    spawnSync('bash', ['-c', `set -euo pipefail\n${PRELUDE}\nfill`], { input: doc, env: { PATH: process.env.PATH, ...vars }, encoding: 'utf8' });

  it('fills holes with the variables (JSON-escaped) and keeps names with quotes and $ as the design wrote them', () => {
    const design = trickySample();
    const td = toCliScript(design).calls.find((c) => c.operation === 'register-task-definition')!;
    const run = fill(holedText(jsonSegments(td.input, 2)), { WebTaskRoleArn: 'arn:aws:iam::1:role/a"b\\c', WebTaskExecutionRoleArn: 'arn:x' });
    expect(run.status, run.stderr).toBe(0);
    const filled = JSON.parse(run.stdout) as { taskRoleArn: string; executionRoleArn: string; containerDefinitions: Array<{ environment: unknown }> };
    expect(filled.taskRoleArn).toBe('arn:aws:iam::1:role/a"b\\c');
    expect(filled.executionRoleArn).toBe('arn:x');
    expect(filled.containerDefinitions[0]!.environment).toEqual([{ name: 'GREETING', value: TRICKY_VALUE }]);
  });

  it('an unset variable stops the script (set -u)', () => {
    const run = fill('{"a":"${Missing}"}', {});
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('Missing');
  });

  it('the whole script is valid bash', () => {
    for (const design of Object.values(exportTestDesigns())) {
      const run = spawnSync('bash', ['-n'], { input: toCliScript(design).text, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
    }
  });
});
