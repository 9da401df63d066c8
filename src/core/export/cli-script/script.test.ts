import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derive } from '../../derive/index.ts';
import type { Design } from '../../model/design.ts';
import { fargateWebSample } from '../../templates/fargate-web.ts';
import { TEMPLATE_BUILDERS } from '../../templates/build/index.ts';
import { apiInputCheck, hasBotocore, NO_BOTOCORE } from '../../test-support/api-input-check.ts';
import { validate } from '../../validate/index.ts';
import { exportTestDesigns, fargateInOwnNetwork } from '../cloudformation/export.test-designs.ts';
import type { CliCall } from './calls.ts';
import { Holed, holedText, jsonSegments } from './json-text.ts';
import { SCRIPT_ORDER } from './order.ts';
import { PRELUDE } from './prelude.ts';
import { callReads, toCliScript } from './script.ts';
import { asyncResourcesDesign, trickySample, TRICKY_VALUE } from './test-designs.ts';

const hasBash = spawnSync('bash', ['--version'], { stdio: 'ignore' }).status === 0;

/** The exporters' test designs, the one with EFS, Cloud Map and EventBridge, and every template. */
function scriptDesigns(): Record<string, Design> {
  const templates = Object.fromEntries(Object.entries(TEMPLATE_BUILDERS).map(([id, build]) => [`template ${id}`, build()]));
  return { ...exportTestDesigns(), asyncResources: asyncResourcesDesign(), ...templates };
}

describe('AWS CLI script: order', () => {
  for (const [name, design] of Object.entries(scriptDesigns())) {
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

  it('EFS before the roles whose policies name it and the task definitions that mount it; Cloud Map after the VPC and before clusters and services; rules and schedules after task definitions', () => {
    const calls = toCliScript(asyncResourcesDesign()).calls;
    const ops = calls.map((c) => `${c.service} ${c.operation}`);
    const first = (op: string) => ops.indexOf(op);
    const last = (op: string) => ops.lastIndexOf(op);
    const order = [
      'efs create-file-system',
      'efs create-access-point',
      'iam create-role',
      'ec2 create-vpc',
      'ec2 create-security-group',
      'efs create-mount-target',
      'servicediscovery create-private-dns-namespace',
      'servicediscovery get-operation',
      'servicediscovery get-namespace',
      'servicediscovery create-service',
      'ecs create-cluster',
      'ecs register-task-definition',
      'ecs create-service',
      'events put-rule',
      'events put-targets',
      'scheduler create-schedule',
    ];
    for (const op of order) expect(first(op), op).toBeGreaterThanOrEqual(0);
    for (let i = 1; i < order.length; i++) expect(last(order[i - 1]!), `${order[i - 1]} before ${order[i]}`).toBeLessThan(first(order[i]!));
    // Each EFS resource is waited for right after its create call, before anything can use it.
    const creates = ops.flatMap((op, i) => (op.startsWith('efs create-') ? [i] : []));
    expect(creates).toHaveLength(4);
    for (const i of creates) expect(`${ops[i]} then ${ops[i + 1]}`).toMatch(/^efs create-(file-system|access-point|mount-target) then efs describe-\1s$/);
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
    expect(notScripted.map((n) => n.type)).toEqual(['run-task']);
    for (const n of notScripted) expect(text).toContain(`#   ${n.path} (${n.type}): RunTask starts tasks once`);
  });

  it('EFS, Cloud Map and EventBridge inputs name what earlier calls created by their variables; no stand-in id is left', () => {
    const design = asyncResourcesDesign();
    const { text, calls, externals } = toCliScript(design);
    expect(externals).toEqual([]);
    const find = (service: string, operation: string, n = 0) => calls.filter((c) => c.service === service && c.operation === operation)[n]!;
    const input = (c: CliCall) => c.input as Record<string, unknown>;
    expect(find('efs', 'create-file-system').capture).toEqual({ variables: ['SharedFileSystemId', 'SharedFileSystemArn'], query: '[FileSystemId, FileSystemArn]' });
    expect(callReads(find('efs', 'create-access-point'))).toEqual(['SharedFileSystemId']);
    expect(callReads(find('efs', 'create-mount-target', 0))).toEqual(['SharedFileSystemId', 'PrivateASubnetId', 'EfsMountsSecurityGroupId']);
    expect(callReads(find('efs', 'create-mount-target', 1))).toEqual(['SharedFileSystemId', 'PrivateBSubnetId', 'EfsMountsSecurityGroupId']);
    // The task role's EFS policy names the file system and access point by their ARNs.
    const efsPolicy = calls.find((c) => c.operation === 'put-role-policy' && input(c).PolicyName === 'efs-access')!;
    expect(callReads(efsPolicy)).toEqual(['SharedFileSystemArn', 'SharedDataAccessPointArn']);
    const report = calls.find((c) => c.operation === 'register-task-definition' && input(c).family === 'report')!;
    expect(callReads(report)).toEqual(['ReportTaskRoleArn', 'ReportTaskExecutionRoleArn', 'SharedFileSystemId', 'SharedDataAccessPointId']);
    // Cloud Map: the operation id, then the namespace id and ARN, each printed by its call.
    expect(callReads(find('servicediscovery', 'create-private-dns-namespace'))).toEqual(['BatchVpcId']);
    expect(find('servicediscovery', 'create-private-dns-namespace').capture).toEqual({ variables: ['BatchInternalNamespaceOperationId'], query: 'OperationId' });
    expect(find('servicediscovery', 'get-operation', 0).expect).toEqual({ query: 'Operation.[Status, ErrorMessage]', want: 'SUCCESS', fail: 'FAIL', wait: true });
    expect(find('servicediscovery', 'get-operation', 1).capture).toEqual({ variables: ['BatchInternalNamespaceId'], query: 'Operation.Targets.NAMESPACE' });
    expect(find('servicediscovery', 'get-namespace').capture).toEqual({ variables: ['BatchInternalNamespaceArn'], query: 'Namespace.Arn' });
    expect(callReads(find('servicediscovery', 'create-service'))).toEqual(['BatchInternalNamespaceId']);
    expect(callReads(find('ecs', 'create-service'))).toEqual(['ApiTaskDefinitionArn', 'ApiDiscoveryServiceArn', 'PrivateASubnetId', 'PrivateBSubnetId', 'BatchTasksSecurityGroupId']);
    // The rule's and the schedule's targets: the cluster, role and task definition as created, in the drawn network.
    const network = ['PrivateASubnetId', 'PrivateBSubnetId', 'BatchTasksSecurityGroupId'];
    expect(callReads(find('events', 'put-targets'))).toEqual(['BatchClusterArn', 'OnUploadEventsRoleArn', 'ReportTaskDefinitionArn', ...network]);
    expect(find('events', 'put-targets').expect).toEqual({ query: '[FailedEntryCount, FailedEntries[0].ErrorMessage]', want: '0', wait: false });
    expect(callReads(find('scheduler', 'create-schedule'))).toEqual(['BatchClusterArn', 'HourlyReportSchedulerRoleArn', 'ReportTaskDefinitionArn', ...network]);
    // The derived files' stand-in ids of the file system, access point, namespace and Cloud Map service are gone.
    const artifacts = derive(design);
    const content = (path: string) => artifacts.find((a) => a.path === path)!.content as Record<string, unknown>;
    const standIns = [
      content('efs-access-points/shared-data.json').FileSystemId,
      (content('task-definitions/report.json').volumes as Array<{ efsVolumeConfiguration: { authorizationConfig: { accessPointId: string } } }>)[0]!.efsVolumeConfiguration.authorizationConfig.accessPointId,
      content('cloudmap-services/api.json').NamespaceId,
      (content('services/api.json').serviceRegistries as Array<{ registryArn: string }>)[0]!.registryArn,
    ] as string[];
    for (const id of standIns) {
      expect(id).toMatch(/^(fs|fsap|ns)-|:service\/srv-/);
      expect(text).not.toContain(id);
    }
    expect(text).toContain(`await_state efs describe-file-systems 'FileSystems[0].LifeCycleState' 'available' 'error' "$wait_tries" <<'JSON'`);
    expect(text).toContain(`await_state events put-targets '[FailedEntryCount, FailedEntries[0].ErrorMessage]' '0' '' 1 <<'JSON'`);
  });

  it('Service Connect names the namespace by the ARN GetNamespace printed (the cluster default and each service)', () => {
    const { calls } = toCliScript(TEMPLATE_BUILDERS['service-connect-shop']!());
    expect(calls.find((c) => c.operation === 'create-http-namespace')!.capture!.variables).toEqual(['ShopLocalNamespaceOperationId']);
    const cluster = calls.find((c) => c.operation === 'create-cluster')!.input as { serviceConnectDefaults: { namespace: unknown } };
    expect(cluster.serviceConnectDefaults.namespace).toEqual(new Holed([{ variable: 'ShopLocalNamespaceArn' }]));
    const services = calls.filter((c) => c.service === 'ecs' && c.operation === 'create-service').map((c) => c.input as { serviceConnectConfiguration?: { namespace?: unknown } });
    expect(services.length).toBeGreaterThan(0);
    for (const s of services) expect(s.serviceConnectConfiguration?.namespace).toEqual(new Holed([{ variable: 'ShopLocalNamespaceArn' }]));
  });

  it('S3 calls go to `aws s3api` (botocore\'s s3 is the CLI\'s s3api)', () => {
    const { calls, text } = toCliScript(TEMPLATE_BUILDERS['s3-upload-pipeline']!());
    expect(calls.some((c) => c.service === 's3' && c.operation === 'create-bucket')).toBe(true);
    expect(text).toMatch(/^call s3api create-bucket /m);
    expect(text).not.toMatch(/call s3 /);
  });

  it('the EFS, Cloud Map and EventBridge design is one the validator accepts (no error)', () => {
    expect(validate(asyncResourcesDesign()).filter((p) => p.severity === 'error')).toEqual([]);
  });
});

/** `create-private-dns-namespace` → `CreatePrivateDnsNamespace`, the API's name of a CLI operation. */
const apiOperation = (cli: string) => cli.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase());

describe.skipIf(!hasBotocore)(`AWS CLI script: every input passes botocore${NO_BOTOCORE}`, () => {
  for (const [name, design] of Object.entries(scriptDesigns())) {
    it(name, () => {
      // Holes stand for ids and ARNs printed by earlier calls: any non-empty string is what botocore checks them as.
      const inputs = toCliScript(design).calls.map((call, i) => ({
        file: `${i} ${call.title} ${call.operation}`,
        service: call.service,
        operation: apiOperation(call.operation),
        text: jsonSegments(call.input)
          .map((s) => (typeof s === 'string' ? s : `filled-${s.variable}`))
          .join(''),
      }));
      const failures = apiInputCheck(inputs).filter((r) => !r.ok).map((r) => `${r.file}: ${r.errors}`);
      expect(failures).toEqual([]);
    });
  }
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
    for (const design of Object.values(scriptDesigns())) {
      const run = spawnSync('bash', ['-n'], { input: toCliScript(design).text, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
    }
  });
});

describe.skipIf(!hasBash)('AWS CLI script: await_state in bash', () => {
  /**
   * Runs the script's own await_state with an `aws` on PATH that answers each call with the
   * next line of `answers` (the last one again once they run out) and logs its arguments.
   */
  const awaitState = (args: string, answers: string[], env: Record<string, string> = {}) => {
    const dir = mkdtempSync(join(tmpdir(), 'await-state-'));
    try {
      writeFileSync(join(dir, 'answers'), answers.join('\n') + '\n');
      writeFileSync(
        join(dir, 'aws'),
        ['#!/usr/bin/env bash', 'n=$(( $(wc -l < "$FAKE/log") + 1 ))', 'printf "%s\\n" "$*" >> "$FAKE/log"', 'total=$(wc -l < "$FAKE/answers")', 'sed -n "$(( n < total ? n : total ))p" "$FAKE/answers"'].join('\n') + '\n',
        { mode: 0o755 },
      );
      writeFileSync(join(dir, 'log'), '');
      const run = spawnSync('bash', ['-c', `set -euo pipefail\n${PRELUDE}\nawait_state ${args} <<'JSON'\n{"FileSystemId":"\${Fs}"}\nJSON\necho reached-the-end`], {
        env: { PATH: `${dir}:${process.env.PATH}`, FAKE: dir, Fs: 'fs-123', DEPLOY_WAIT_SECONDS: '0', ...env },
        encoding: 'utf8',
      });
      return { ...run, calls: readFileSync(join(dir, 'log'), 'utf8').split('\n').filter(Boolean) };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const WAIT = `efs describe-file-systems 'FileSystems[0].LifeCycleState' 'available' 'error' "$wait_tries"`;

  it('repeats the call until the state is reached, with the filled input and the query', () => {
    const run = awaitState(WAIT, ['creating', 'creating', 'available']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('reached-the-end');
    expect(run.calls).toHaveLength(3);
    expect(run.calls[0]).toBe(`efs describe-file-systems --cli-input-json {"FileSystemId":"fs-123"} --query FileSystems[0].LifeCycleState --output text`);
  });

  it('stops the script at once on the failed state, showing what the call printed', () => {
    const run = awaitState(`servicediscovery get-operation 'Operation.[Status, ErrorMessage]' 'SUCCESS' 'FAIL' "$wait_tries"`, ['PENDING\tNone', 'FAIL\tThe VPC does not exist']);
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain('reached-the-end');
    expect(run.calls).toHaveLength(2);
    expect(run.stderr).toContain('FAIL\tThe VPC does not exist');
  });

  it('gives up after DEPLOY_WAIT_TRIES checks', () => {
    const run = awaitState(WAIT, ['creating'], { DEPLOY_WAIT_TRIES: '4' });
    expect(run.status).toBe(1);
    expect(run.calls).toHaveLength(4);
    expect(run.stderr).toContain('check 4 of 4');
  });

  it('a single check (PutTargets) passes on its first field only and fails without a second call', () => {
    const ok = awaitState(`events put-targets '[FailedEntryCount, FailedEntries[0].ErrorMessage]' '0' '' 1`, ['0\tNone']);
    expect(ok.status, ok.stderr).toBe(0);
    const failed = awaitState(`events put-targets '[FailedEntryCount, FailedEntries[0].ErrorMessage]' '0' '' 1`, ['1\tRoleArn is not valid', '0\tNone']);
    expect(failed.status).toBe(1);
    expect(failed.calls).toHaveLength(1);
    expect(failed.stderr).toContain('RoleArn is not valid');
  });
});
