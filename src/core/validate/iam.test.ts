import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design.ts';
import { iamRules, trustsService } from './iam.ts';
import { applyFix, ec2Design, findings, sample } from './service-test-designs.ts';

const check = (design: Design, ruleId: string) => findings(iamRules, design, ruleId);

const trustEc2 = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};

describe('IAM rules', () => {
  it('the sample roles report nothing', () => {
    const t = sample();
    expect(Object.keys(iamRules.rules).flatMap((id) => check(t.design, id))).toEqual([]);
  });

  it('IAM-SAME-ROLE: one role as task role and execution role is a warning (literal ARNs or two nodes naming one role)', () => {
    const t = sample();
    t.unlink('task-role');
    t.unlink('execution-role');
    const arn = 'arn:aws:iam::123456789012:role/web-role';
    t.set(t.first('task-definition'), 'taskRoleArn', 'web-role');
    t.set(t.first('task-definition'), 'executionRoleArn', arn);
    expect(check(t.design, 'IAM-SAME-ROLE')).toMatchObject([{ severity: 'warning', nodeId: t.first('task-definition'), pointer: '/executionRoleArn' }]);

    const nodes = sample();
    nodes.set(nodes.first('role-execution'), 'roleName', 'web-task-role');
    expect(check(nodes.design, 'IAM-SAME-ROLE')).toHaveLength(1);
  });

  it('EXEC-ROLE: ECS Exec without a task role is an error; the fix adds and connects a task role', () => {
    const t = sample();
    const svc = t.first('service');
    t.set(svc, 'enableExecuteCommand', true);
    expect(check(t.design, 'EXEC-ROLE')).toEqual([]);
    t.unlink('task-role');
    const [p] = check(t.design, 'EXEC-ROLE');
    expect(p).toMatchObject({ severity: 'error', nodeId: svc, pointer: '/enableExecuteCommand' });
    const fixed = applyFix(p, t.design);
    expect(fixed.edges.filter((e) => e.kind === 'task-role')).toHaveLength(1);
    expect(check(fixed, 'EXEC-ROLE')).toEqual([]);
  });

  it('IAM-TRUST-TASK: a task or execution role whose edited trust policy lacks ecs-tasks is an error; the fix restores it', () => {
    for (const kind of ['role-task', 'role-execution'] as const) {
      const t = sample();
      const role = t.first(kind);
      t.set(role, 'assumeRolePolicyDocument', trustEc2);
      const [p] = check(t.design, 'IAM-TRUST-TASK');
      expect(p).toMatchObject({ severity: 'error', nodeId: role, pointer: '/AssumeRolePolicyDocument' });
      expect(check(applyFix(p, t.design), 'IAM-TRUST-TASK')).toEqual([]);
    }
  });

  it('IAM-TRUST-INST: an instance role that does not trust ec2.amazonaws.com is an error', () => {
    const t = ec2Design();
    const role = t.add('role-instance');
    t.link(role, t.ids.asg!);
    expect(check(t.design, 'IAM-TRUST-INST')).toEqual([]);
    t.set(role, 'assumeRolePolicyDocument', { ...trustEc2, Statement: [{ ...trustEc2.Statement[0], Principal: { Service: 'ecs-tasks.amazonaws.com' } }] });
    expect(check(t.design, 'IAM-TRUST-INST')).toMatchObject([{ severity: 'error', nodeId: role }]);
  });

  it('IAM-TRUST-*: trustsService reads single statements, lists of services and wildcard actions; Deny does not trust', () => {
    const doc = (statement: unknown) => ({ Version: '2012-10-17', Statement: statement as never });
    expect(trustsService(doc({ Effect: 'Allow', Principal: { Service: ['ec2.amazonaws.com', 'ecs-tasks.amazonaws.com'] }, Action: ['sts:*'] }), 'ecs-tasks.amazonaws.com')).toBe(true);
    expect(trustsService(doc([{ Effect: 'Deny', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }]), 'ecs-tasks.amazonaws.com')).toBe(false);
    expect(trustsService(doc([{ Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 's3:GetObject' }]), 'ecs-tasks.amazonaws.com')).toBe(false);
  });
});
