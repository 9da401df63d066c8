import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design.ts';
import type { JsonObject } from '../model/json.ts';
import { iamAdviceRules } from './iam-advice.ts';
import { applyFix, ec2Design, findings, sample } from './service-test-designs.ts';

const check = (design: Design, ruleId: string) => findings(iamAdviceRules, design, ruleId);

const ecsTasksTrust = (condition?: JsonObject): JsonObject => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole', ...(condition ? { Condition: condition } : {}) }],
});

describe('IAM advice (ECS_RULES §5.3)', () => {
  it('the sample reports none of it', () => {
    const t = sample();
    expect(Object.keys(iamAdviceRules.rules).flatMap((id) => check(t.design, id))).toEqual([]);
  });

  it('IAM-CONFUSED: a task role trust without aws:SourceAccount/aws:SourceArn is a warning; the fix restores the generated one', () => {
    const t = sample();
    const role = t.first('role-task');
    t.set(role, 'assumeRolePolicyDocument', ecsTasksTrust());
    const [p] = check(t.design, 'IAM-CONFUSED');
    expect(p).toMatchObject({ severity: 'warning', nodeId: role, pointer: '/AssumeRolePolicyDocument', message: expect.stringContaining('aws:SourceAccount') });
    expect(check(applyFix(p, t.design), 'IAM-CONFUSED')).toEqual([]);
    t.set(role, 'assumeRolePolicyDocument', ecsTasksTrust({ StringEquals: { 'aws:SourceAccount': '123456789012' } }));
    expect(check(t.design, 'IAM-CONFUSED')).toEqual([]);
  });

  it('IAM-EC2-LEAK: an instance role with more than the agent policy is a warning', () => {
    const t = ec2Design();
    const role = t.add('role-instance');
    t.link(role, t.ids.asg!);
    expect(check(t.design, 'IAM-EC2-LEAK')).toEqual([]);
    t.set(role, 'managedPolicyArns', ['arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role', 'arn:aws:iam::aws:policy/AmazonS3FullAccess']);
    expect(check(t.design, 'IAM-EC2-LEAK')).toMatchObject([{ severity: 'warning', nodeId: role, pointer: '/ManagedPolicyArns', message: expect.stringContaining('AmazonS3FullAccess') }]);
  });

  it('IAM-WIN-TASKROLE: a task role on Windows EC2 instances needs -EnableTaskIAMRole', () => {
    const t = ec2Design({ networkMode: 'awsvpc' });
    t.set(t.ids.asg!, 'amiFamily', 'WINDOWS_SERVER_2022_CORE');
    expect(check(t.design, 'IAM-WIN-TASKROLE')).toEqual([]);
    t.link(t.add('role-task', { roleName: 'api-task-role' }), t.ids.td!);
    expect(check(t.design, 'IAM-WIN-TASKROLE')).toMatchObject([{ severity: 'warning', nodeId: t.ids.td, pointer: '/taskRoleArn', message: expect.stringContaining('-EnableTaskIAMRole') }]);
    t.set(t.ids.asg!, 'amiFamily', 'AL2023');
    expect(check(t.design, 'IAM-WIN-TASKROLE')).toEqual([]);
  });

  it('IAM-SLR: cluster auto scaling or service discovery relies on the service-linked role (one note); awsvpc alone is not mentioned', () => {
    const t = ec2Design();
    expect(check(t.design, 'IAM-SLR')).toMatchObject([{ severity: 'info', nodeId: t.ids.asg, message: expect.stringContaining('cluster auto scaling') }]);
    t.set(t.ids.asg!, ['managedScaling', 'status'], 'DISABLED');
    expect(check(t.design, 'IAM-SLR')).toEqual([]);
    const s = sample();
    s.set(s.first('service'), 'serviceRegistries', [{ registryArn: 'arn:aws:servicediscovery:us-east-1:123456789012:service/srv-abc' }]);
    expect(check(s.design, 'IAM-SLR')).toMatchObject([{ message: expect.stringContaining('awsvpc networking, service discovery (web)') }]);
  });
});
