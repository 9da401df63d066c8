import { describe, expect, it } from 'vitest';
import { derive } from '../../../derive/index.ts';
import type { JsonObject } from '../../../model/json.ts';
import { loggingSecretsRules } from './logging-secrets.ts';
import { container, problemsOf, taskDesign, type Capacity } from './task-test-designs.ts';

const check = (design: Parameters<typeof problemsOf>[1], ruleId: string) => problemsOf(loggingSecretsRules, design, ruleId);
const awslogs = (options: JsonObject = { 'awslogs-group': '/ecs/app', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'ecs' }) => ({
  logConfiguration: { logDriver: 'awslogs', options },
});
const withLogs = (capacity: Capacity, executionRole = false) => taskDesign({ capacity, executionRole, containers: [container('app', awslogs())] });
const ECR_IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1.2.3';
const SECRETS = { secrets: [{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf' }] };

describe('logging, secrets and execution role rules', () => {
  it('LOG-DRV: an unknown log driver is an error', () => {
    const bad = taskDesign({ capacity: 'ec2', containers: [container('app', { logConfiguration: { logDriver: 'cloudwatch' } })] });
    expect(check(bad.design, 'LOG-DRV')).toMatchObject([{ severity: 'error', nodeId: bad.containers[0], pointer: '/containerDefinitions/0/logConfiguration/logDriver' }]);
    expect(check(taskDesign({ capacity: 'ec2', containers: [container('app', { logConfiguration: { logDriver: 'json-file' } })] }).design, 'LOG-DRV')).toEqual([]);
  });

  it('LOG-FG-DRV: Fargate takes only awslogs, splunk and awsfirelens', () => {
    const jsonFile = [container('app', { logConfiguration: { logDriver: 'json-file' } })];
    expect(check(taskDesign({ capacity: 'fargate', containers: jsonFile }).design, 'LOG-FG-DRV')).toMatchObject([{ severity: 'error' }]);
    expect(check(taskDesign({ capacity: 'ec2', containers: jsonFile }).design, 'LOG-FG-DRV')).toEqual([]);
    expect(check(withLogs('fargate').design, 'LOG-FG-DRV')).toEqual([]);
  });

  it('LOG-AWSLOGS-OPT: awslogs needs group and region, and on Fargate a stream prefix; the fix fills them', () => {
    const bad = taskDesign({ capacity: 'fargate', containers: [container('app', awslogs({ 'awslogs-group': '/ecs/app' }))] });
    const [p] = check(bad.design, 'LOG-AWSLOGS-OPT');
    expect(p).toMatchObject({ severity: 'error', pointer: '/containerDefinitions/0/logConfiguration/options' });
    expect(p!.message).toContain('awslogs-stream-prefix');
    const fixed = p!.fix!.apply(bad.design);
    expect(fixed.nodes.find((n) => n.id === bad.containers[0])!.data.logConfiguration).toEqual(awslogs().logConfiguration);
    expect(check(fixed, 'LOG-AWSLOGS-OPT')).toEqual([]);
    // EC2 needs no stream prefix.
    const ec2 = taskDesign({ capacity: 'ec2', containers: [container('app', awslogs({ 'awslogs-group': '/ecs/app', 'awslogs-region': 'us-east-1' }))] });
    expect(check(ec2.design, 'LOG-AWSLOGS-OPT')).toEqual([]);
  });

  it('LOG-AWSLOGS-ROLE-FG: the implied role is an info with a fix that draws it; a drawn role passes', () => {
    const implied = withLogs('fargate');
    const [p] = check(implied.design, 'LOG-AWSLOGS-ROLE-FG');
    expect(p).toMatchObject({ severity: 'info', nodeId: implied.td, pointer: '/executionRoleArn', artifactPath: 'task-definitions/app.json' });
    expect(p!.message).toBe(
      'An execution role is required for awslogs on Fargate; the designer generates app-task-execution-role. Add a Task execution role to control it.',
    );
    const fixed = p!.fix!.apply(implied.design);
    const role = fixed.nodes.find((n) => n.kind === 'role-execution')!;
    expect(role.data.roleName).toBe('app-task-execution-role');
    expect(fixed.edges).toContainEqual(expect.objectContaining({ kind: 'execution-role', source: role.id, target: implied.td }));
    expect(derive(fixed).some((a) => a.implied)).toBe(false);
    expect(check(fixed, 'LOG-AWSLOGS-ROLE-FG')).toEqual([]);
    expect(check(withLogs('fargate', true).design, 'LOG-AWSLOGS-ROLE-FG')).toEqual([]);
  });

  it('LOG-AWSLOGS-ROLE-FG: without the options the deriver implies nothing, so it is an error', () => {
    const bad = taskDesign({ capacity: 'fargate', containers: [container('app', { logConfiguration: { logDriver: 'awslogs' } })] });
    const [p] = check(bad.design, 'LOG-AWSLOGS-ROLE-FG');
    expect(p).toMatchObject({ severity: 'error' });
    expect(check(p!.fix!.apply(bad.design), 'LOG-AWSLOGS-ROLE-FG')).toEqual([]);
  });

  it('LOG-AWSLOGS-ROLE-EC2: awslogs on EC2 without any execution role is a warning with the same fix', () => {
    const bad = withLogs('ec2');
    const [p] = check(bad.design, 'LOG-AWSLOGS-ROLE-EC2');
    expect(p).toMatchObject({ severity: 'warning', nodeId: bad.td, pointer: '/executionRoleArn' });
    expect(p!.fix!.label).toBe('Add execution role app-task-execution-role');
    expect(check(p!.fix!.apply(bad.design), 'LOG-AWSLOGS-ROLE-EC2')).toEqual([]);
    expect(check(withLogs('ec2', true).design, 'LOG-AWSLOGS-ROLE-EC2')).toEqual([]);
  });

  it('SEC-ROLE: secrets need an execution role on every launch type; an implied one is an info', () => {
    for (const capacity of ['ec2', 'fargate'] as const) {
      const t = taskDesign({ capacity, containers: [container('app', SECRETS)] });
      const [p] = check(t.design, 'SEC-ROLE');
      expect(p).toMatchObject({ severity: 'info' });
      expect(p!.message).toContain('secrets');
      expect(check(p!.fix!.apply(t.design), 'SEC-ROLE')).toEqual([]);
    }
    expect(check(taskDesign({ capacity: 'ec2', executionRole: true, containers: [container('app', SECRETS)] }).design, 'SEC-ROLE')).toEqual([]);
  });

  it('SEC-ROLE: a literal empty executionRoleArn leaves secrets without a role: an error', () => {
    const bad = taskDesign({ capacity: 'none', td: { executionRoleArn: '' }, containers: [container('app', SECRETS)] });
    expect(check(bad.design, 'SEC-ROLE')).toMatchObject([{ severity: 'error' }]);
  });

  it('REG-ECR-FG: private ECR on Fargate needs the execution role (implied: info); public images need none', () => {
    const ecr = taskDesign({ capacity: 'fargate', containers: [container('app', { image: ECR_IMAGE })] });
    const [p] = check(ecr.design, 'REG-ECR-FG');
    expect(p).toMatchObject({ severity: 'info' });
    expect(p!.message).toContain('private ECR images on Fargate');
    expect(check(p!.fix!.apply(ecr.design), 'REG-ECR-FG')).toEqual([]);
    expect(check(taskDesign({ capacity: 'fargate' }).design, 'REG-ECR-FG')).toEqual([]);
  });

  it('REG-ECR-EC2: private ECR on EC2 without a role is a warning (the instance role pulls)', () => {
    const bad = taskDesign({ capacity: 'ec2', containers: [container('app', { image: ECR_IMAGE })] });
    const [p] = check(bad.design, 'REG-ECR-EC2');
    expect(p).toMatchObject({ severity: 'warning' });
    expect(check(p!.fix!.apply(bad.design), 'REG-ECR-EC2')).toEqual([]);
    // With secrets the deriver implies a role, which also serves the pull.
    const implied = taskDesign({ capacity: 'ec2', containers: [container('app', { image: ECR_IMAGE, ...SECRETS })] });
    expect(check(implied.design, 'REG-ECR-EC2')).toEqual([]);
  });

  it('the fix reuses a drawn execution role of the generated name', () => {
    const t = withLogs('fargate');
    const drawn = { ...t.design, nodes: [...t.design.nodes, { id: 'r', kind: 'role-execution' as const, position: { x: 0, y: 0 }, data: { roleName: 'app-task-execution-role' } }] };
    const fixed = check(drawn, 'LOG-AWSLOGS-ROLE-FG')[0]!.fix!.apply(drawn);
    expect(fixed.nodes.filter((n) => n.kind === 'role-execution')).toHaveLength(1);
    expect(fixed.edges).toContainEqual(expect.objectContaining({ kind: 'execution-role', source: 'r', target: t.td }));
  });
});
