import { describe, expect, it } from 'vitest';
import { applyArtifactText } from '../../apply/index.ts';
import { artifactText, derive } from '../../derive/index.ts';
import type { Design } from '../../model/design.ts';
import { applied, contentAt, editedText, nodeById } from '../../test-support/builders.ts';
import { apiInputFailures, hasBotocore, NO_BOTOCORE } from '../../test-support/api-input-check.ts';
import { validate } from '../../validate/index.ts';
import { scheduledBatch, withField } from '../standalone-task/test-designs.ts';

const RULE = 'eventbridge-rules/on-upload.json';
const TARGETS = 'eventbridge-rules/on-upload.targets.json';
const ROLE = 'iam-roles/on-upload-events-role.json';
const ACCOUNT = '123456789012';

type Statement = { Sid: string; Action: string; Resource: string | string[]; Condition?: object };
const statements = (design: Design, path: string): Statement[] =>
  (contentAt(design, path).Policies as Array<{ PolicyDocument: { Statement: Statement[] } }>)[0]!.PolicyDocument.Statement;

describe('EventBridge rule', () => {
  const b = scheduledBatch();
  const design = b.build();
  const rule = b.id('rule');
  const task = b.id('task');

  it('derives PutRule with the chosen pattern as the JSON text the API takes', () => {
    expect(contentAt(design, RULE)).toEqual({
      Name: 'on-upload',
      EventPattern: JSON.stringify({ source: ['aws.s3'], 'detail-type': ['Object Created'] }),
      State: 'ENABLED',
    });
  });

  it('derives PutTargets: the cluster ARN, the generated role and EcsParameters from the standalone task', () => {
    expect(contentAt(design, TARGETS)).toEqual({
      Rule: 'on-upload',
      Targets: [
        {
          Id: 'run-task',
          Arn: `arn:aws:ecs:us-east-1:${ACCOUNT}:cluster/batch`,
          RoleArn: `arn:aws:iam::${ACCOUNT}:role/on-upload-events-role`,
          EcsParameters: {
            TaskDefinitionArn: `arn:aws:ecs:us-east-1:${ACCOUNT}:task-definition/report`,
            TaskCount: 1,
            NetworkConfiguration: { awsvpcConfiguration: { Subnets: ['subnet-0a1b2c3d4e5f60101'], SecurityGroups: ['sg-0a1b2c3d4e5f60020'], AssignPublicIp: 'DISABLED' } },
            CapacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }],
            PropagateTags: 'TASK_DEFINITION',
          },
        },
      ],
    });
  });

  it('the task’s overrides become the target Input and its tags EventBridge tags', () => {
    let d = withField(design, task, ['overrides'], { containerOverrides: [{ name: 'report', command: ['--full'] }] });
    d = withField(d, task, ['tags'], [{ key: 'team', value: 'data' }]);
    const target = (contentAt(d, TARGETS).Targets as Array<Record<string, unknown>>)[0]!;
    expect(JSON.parse(target.Input as string)).toEqual({ containerOverrides: [{ name: 'report', command: ['--full'] }] });
    expect(target.EcsParameters).toMatchObject({ Tags: [{ Key: 'team', Value: 'data' }] });
  });

  it('propagateTags NONE is left out of EcsParameters (the targets take only TASK_DEFINITION) and kept on the task', () => {
    const d = withField(design, task, ['propagateTags'], 'NONE');
    const ecs = (contentAt(d, TARGETS).Targets as Array<{ EcsParameters: Record<string, unknown> }>)[0]!.EcsParameters;
    expect(ecs).not.toHaveProperty('PropagateTags');
    const next = applied(d, TARGETS, editedText(d, TARGETS, (c) => void ((c.Targets as Array<{ EcsParameters: Record<string, unknown> }>)[0]!.EcsParameters.TaskCount = 2)));
    expect(nodeById(next, task).data).toMatchObject({ propagateTags: 'NONE', count: 2 });
  });

  it('its role trusts events.amazonaws.com for this rule only and may run exactly the task (ECS_RULES §5.2)', () => {
    const role = contentAt(design, ROLE);
    expect(role.AssumeRolePolicyDocument).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 'events.amazonaws.com' },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'aws:SourceAccount': ACCOUNT }, ArnLike: { 'aws:SourceArn': `arn:aws:events:us-east-1:${ACCOUNT}:rule/on-upload` } },
        },
      ],
    });
    const [run, pass, tag] = statements(design, ROLE);
    expect(run).toMatchObject({
      Action: 'ecs:RunTask',
      Resource: `arn:aws:ecs:us-east-1:${ACCOUNT}:task-definition/report:*`,
      Condition: { ArnEquals: { 'ecs:cluster': `arn:aws:ecs:us-east-1:${ACCOUNT}:cluster/batch` } },
    });
    // Exactly the task role and the (implied) execution role of the task definition.
    expect(pass).toMatchObject({
      Action: 'iam:PassRole',
      Resource: [`arn:aws:iam::${ACCOUNT}:role/report-task-role`, `arn:aws:iam::${ACCOUNT}:role/report-task-execution-role`],
      Condition: { StringLike: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } },
    });
    expect(tag).toMatchObject({ Action: 'ecs:TagResource', Condition: { StringEquals: { 'ecs:CreateAction': 'RunTask' } } });
  });

  it('without a task role only the execution role is passed; without tags nothing is tagged', () => {
    const noRole = scheduledBatch({ taskRole: false });
    const d = withField(noRole.build(), noRole.id('task'), ['propagateTags'], undefined);
    const list = statements(d, ROLE);
    expect(list.map((s) => s.Sid)).toEqual(['RunTask', 'PassTaskRoles']);
    expect(list[1]!.Resource).toEqual([`arn:aws:iam::${ACCOUNT}:role/report-task-execution-role`]);
  });

  it('an existing role ARN replaces the generated role', () => {
    const arn = `arn:aws:iam::${ACCOUNT}:role/ecsEventsRole`;
    const d = withField(design, rule, ['existingRoleArn'], arn);
    expect(derive(d).some((a) => a.path === ROLE)).toBe(false);
    expect((contentAt(d, TARGETS).Targets as Array<Record<string, unknown>>)[0]!.RoleArn).toBe(arn);
  });

  it('a rule that starts no task has PutRule only, and a warning', () => {
    const d = { ...design, edges: design.edges.filter((e) => e.kind !== 'starts' || e.source !== rule) };
    expect(derive(d).filter((a) => a.nodeId === rule).map((a) => a.path)).toEqual([RULE, ROLE]);
    expect(validate(d).filter((p) => p.nodeId === rule).map((p) => p.ruleId)).toEqual(['EVR-NO-TASK']);
  });

  it.skipIf(!hasBotocore)(`PutRule and PutTargets pass botocore, with a pattern and with a schedule${NO_BOTOCORE}`, () => {
    const scheduled = withField(withField(design, rule, ['pattern'], undefined), rule, ['ScheduleExpression'], 'rate(1 hour)');
    expect(apiInputFailures([...derive(design), ...derive(scheduled).map((a) => ({ ...a, path: `s/${a.path}` }))])).toEqual([]);
  }, 30_000);

  describe('apply', () => {
    it('a pattern typed in PutRule becomes the rule’s own (custom) pattern and reads back the same', () => {
      const pattern = JSON.stringify({ source: ['aws.s3'], detail: { bucket: { name: ['uploads'] } } });
      const text = editedText(design, RULE, (c) => void (c.EventPattern = pattern));
      const next = applied(design, RULE, text);
      expect(nodeById(next, rule).data).toMatchObject({ pattern: 'custom', EventPattern: JSON.parse(pattern) });
      expect(artifactText(derive(next).find((a) => a.path === RULE)!)).toBe(text);
    });

    it('typing the pattern of another preset chooses that preset', () => {
      const stopped = JSON.stringify({ source: ['aws.ecs'], 'detail-type': ['ECS Task State Change'], detail: { lastStatus: ['STOPPED'] } });
      const next = applied(design, RULE, editedText(design, RULE, (c) => void (c.EventPattern = stopped)));
      expect(nodeById(next, rule).data.pattern).toBe('ECS task state change: STOPPED');
      expect(nodeById(next, rule).data).not.toHaveProperty('EventPattern');
    });

    it('Description and members the inspector does not show are kept', () => {
      const text = editedText(design, RULE, (c) => {
        c.Description = 'reports on upload';
        c.Tags = [{ Key: 'team', Value: 'data' }];
      });
      expect(artifactText(derive(applied(design, RULE, text)).find((a) => a.path === RULE)!)).toBe(text);
    });

    it('TaskCount and subnets edited in PutTargets go back to the standalone task', () => {
      const text = editedText(design, TARGETS, (c) => {
        const ecs = (c.Targets as Array<{ EcsParameters: Record<string, unknown> }>)[0]!.EcsParameters;
        ecs.TaskCount = 4;
        (ecs.NetworkConfiguration as { awsvpcConfiguration: { Subnets: string[] } }).awsvpcConfiguration.Subnets.push('subnet-0a1b2c3d4e5f60102');
      });
      const next = applied(design, TARGETS, text);
      expect(nodeById(next, task).data).toMatchObject({ count: 4, networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d4e5f60101', 'subnet-0a1b2c3d4e5f60102'] } } });
      expect(artifactText(derive(next).find((a) => a.path === TARGETS)!)).toBe(text);
    });

    it('a RoleArn typed in PutTargets becomes the existing role; retry settings stay on the rule', () => {
      const arn = `arn:aws:iam::${ACCOUNT}:role/mine`;
      const text = editedText(design, TARGETS, (c) => {
        const t = (c.Targets as Array<Record<string, unknown>>)[0]!;
        t.RoleArn = arn;
        t.RetryPolicy = { MaximumRetryAttempts: 2 };
      });
      const next = applied(design, TARGETS, text);
      expect(nodeById(next, rule).data).toMatchObject({ existingRoleArn: arn, target: { RetryPolicy: { MaximumRetryAttempts: 2 } } });
      expect(artifactText(derive(next).find((a) => a.path === TARGETS)!)).toBe(text);
    });

    it('the generated role is not edited directly', () => {
      const result = applyArtifactText(design, ROLE, artifactText({ content: contentAt(design, ROLE) }));
      expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/cannot be edited directly/) });
    });
  });

  describe('rules', () => {
    const on = (d: Design, id: string) => validate(d).filter((p) => p.nodeId === id).map((p) => p.ruleId);
    it('EVR-TRIGGER: neither pattern nor schedule; the fix chooses the S3 pattern', () => {
      const d = withField(design, rule, ['pattern'], undefined);
      const problem = validate(d).find((p) => p.ruleId === 'EVR-TRIGGER')!;
      expect(problem.nodeId).toBe(rule);
      expect(on(problem.fix!.apply(d), rule)).toEqual([]);
    });
    it('EVR-BOTH: a pattern and a schedule both start the task; the fix keeps the schedule', () => {
      const d = withField(design, rule, ['ScheduleExpression'], 'rate(1 hour)');
      const problem = validate(d).find((p) => p.ruleId === 'EVR-BOTH')!;
      expect(problem).toMatchObject({ nodeId: rule, severity: 'warning' });
      const fixed = problem.fix!.apply(d);
      expect(on(fixed, rule)).toEqual([]);
      expect(contentAt(fixed, RULE)).toEqual({ Name: 'on-upload', ScheduleExpression: 'rate(1 hour)', State: 'ENABLED' });
    });
    it('EVR-SCHED-EXPR and EVR-SCHED-BUS: a schedule must parse and be on the default bus', () => {
      let d = withField(withField(design, rule, ['pattern'], undefined), rule, ['ScheduleExpression'], 'rate(1 hours)');
      d = withField(d, rule, ['EventBusName'], 'orders');
      expect(on(d, rule).sort()).toEqual(['EVR-SCHED-BUS', 'EVR-SCHED-EXPR']);
    });
    it('EVR-LOOP: every task stopping starts a task, unless the pattern names a cluster, group or definition', () => {
      const d = withField(design, rule, ['pattern'], 'ECS task state change: STOPPED');
      expect(on(d, rule)).toEqual(['EVR-LOOP']);
      const narrowed = withField(d, rule, ['EventPattern'], {
        source: ['aws.ecs'],
        'detail-type': ['ECS Task State Change'],
        detail: { lastStatus: ['STOPPED'], group: ['service:web'] },
      });
      expect(on(narrowed, rule)).toEqual([]);
    });
    it('EVR-PATTERN: a pattern that is not a JSON object', () => {
      expect(on(withField(design, rule, ['EventPattern'], '{"source": '), rule)).toEqual(['EVR-PATTERN']);
    });
    it('EVT-NOT-PASSED: startedBy on a task the rule starts is left out', () => {
      const d = withField(design, task, ['startedBy'], 'nightly');
      expect(on(d, rule)).toEqual(['EVT-NOT-PASSED']);
    });
  });
});
