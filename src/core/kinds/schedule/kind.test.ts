import { describe, expect, it } from 'vitest';
import { addNode } from '../../commands/design-commands.ts';
import { artifactText, derive } from '../../derive/index.ts';
import { emptyDesign, type Design } from '../../model/design.ts';
import { applied, contentAt, editedText, nodeById } from '../../test-support/builders.ts';
import { apiInputFailures, hasBotocore, NO_BOTOCORE } from '../../test-support/api-input-check.ts';
import { validate } from '../../validate/index.ts';
import { scheduledBatch, withField } from '../standalone-task/test-designs.ts';
import { scheduleExpressionProblem } from './expression.ts';

const SCHEDULE = 'schedules/hourly-report.json';
const ROLE = 'iam-roles/hourly-report-scheduler-role.json';
const ACCOUNT = '123456789012';

describe('EventBridge Scheduler schedule', () => {
  const b = scheduledBatch();
  const design = b.build();
  const schedule = b.id('schedule');
  const task = b.id('task');

  it('a new schedule runs daily, on time, enabled', () => {
    const { design: d, id } = addNode(emptyDesign(), 'schedule', { x: 0, y: 0 });
    expect(nodeById(d, id!).data).toEqual({ Name: 'nightly', ScheduleExpression: 'rate(1 day)', FlexibleTimeWindow: { Mode: 'OFF' }, State: 'ENABLED' });
  });

  it('derives CreateSchedule whose target is the cluster, the generated role and the task’s EcsParameters', () => {
    const content = contentAt(design, SCHEDULE);
    expect(Object.keys(content)).toEqual(['Name', 'ScheduleExpression', 'FlexibleTimeWindow', 'State', 'Target']);
    expect(content.Target).toEqual({
      Arn: `arn:aws:ecs:us-east-1:${ACCOUNT}:cluster/batch`,
      RoleArn: `arn:aws:iam::${ACCOUNT}:role/hourly-report-scheduler-role`,
      EcsParameters: {
        TaskDefinitionArn: `arn:aws:ecs:us-east-1:${ACCOUNT}:task-definition/report`,
        TaskCount: 1,
        NetworkConfiguration: { awsvpcConfiguration: { Subnets: ['subnet-0a1b2c3d4e5f60101'], SecurityGroups: ['sg-0a1b2c3d4e5f60020'], AssignPublicIp: 'DISABLED' } },
        CapacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }],
        PropagateTags: 'TASK_DEFINITION',
      },
    });
  });

  it('Scheduler tags are one-entry maps; a pinned revision is in the task definition ARN', () => {
    let d = withField(design, task, ['tags'], [{ key: 'team', value: 'data' }]);
    d = { ...d, edges: d.edges.map((e) => (e.kind === 'uses' && e.source === task ? { ...e, data: { revision: 7 } } : e)) };
    const ecs = (contentAt(d, SCHEDULE).Target as { EcsParameters: Record<string, unknown> }).EcsParameters;
    expect(ecs.Tags).toEqual([{ team: 'data' }]);
    expect(ecs.TaskDefinitionArn).toBe(`arn:aws:ecs:us-east-1:${ACCOUNT}:task-definition/report:7`);
    // The role still runs any revision of the family (the schedule may be moved to a new one).
    expect(JSON.stringify(contentAt(d, ROLE))).toContain('task-definition/report:*');
  });

  it('its role trusts scheduler.amazonaws.com for its schedule group, with RunTask and PassRole as the rule’s', () => {
    const role = contentAt(design, ROLE);
    expect(role.AssumeRolePolicyDocument).toMatchObject({
      Statement: [
        {
          Principal: { Service: 'scheduler.amazonaws.com' },
          Condition: { StringEquals: { 'aws:SourceAccount': ACCOUNT }, ArnLike: { 'aws:SourceArn': `arn:aws:scheduler:us-east-1:${ACCOUNT}:schedule-group/default` } },
        },
      ],
    });
    const rule = contentAt(design, 'iam-roles/on-upload-events-role.json');
    expect(role.Policies).toEqual(rule.Policies);
  });

  it('an existing role ARN replaces the generated role', () => {
    const arn = `arn:aws:iam::${ACCOUNT}:role/scheduler`;
    const d = withField(design, schedule, ['existingRoleArn'], arn);
    expect(derive(d).some((a) => a.path === ROLE)).toBe(false);
    expect((contentAt(d, SCHEDULE).Target as { RoleArn: string }).RoleArn).toBe(arn);
  });

  it.skipIf(!hasBotocore)(`CreateSchedule passes botocore, with and without a task, with dates and a flexible window${NO_BOTOCORE}`, () => {
    let flexible = withField(design, schedule, ['FlexibleTimeWindow'], { Mode: 'FLEXIBLE', MaximumWindowInMinutes: 15 });
    flexible = withField(withField(flexible, schedule, ['StartDate'], '2026-01-01T00:00:00Z'), schedule, ['ScheduleExpressionTimezone'], 'Europe/Berlin');
    const alone = addNode(emptyDesign(), 'schedule', { x: 0, y: 0 }).design;
    const all = [design, flexible, alone].flatMap((d, i) => derive(d).map((a) => ({ ...a, path: `${i}/${a.path}` })));
    expect(apiInputFailures(all)).toEqual([]);
  }, 30_000);

  describe('apply', () => {
    it('a new expression and time zone typed in CreateSchedule are the schedule’s', () => {
      const text = editedText(design, SCHEDULE, (c) => {
        c.ScheduleExpression = 'cron(0 2 * * ? *)';
        c.ScheduleExpressionTimezone = 'Europe/Berlin';
      });
      const next = applied(design, SCHEDULE, text);
      expect(nodeById(next, schedule).data).toMatchObject({ ScheduleExpression: 'cron(0 2 * * ? *)', ScheduleExpressionTimezone: 'Europe/Berlin' });
      // The same JSON (keys in the file's own order).
      expect(contentAt(next, SCHEDULE)).toEqual(JSON.parse(text));
    });

    it('TaskCount and the Input (overrides) edited in the target go back to the task', () => {
      const text = editedText(design, SCHEDULE, (c) => {
        const target = c.Target as { EcsParameters: Record<string, unknown>; Input?: string };
        target.EcsParameters.TaskCount = 2;
        target.Input = JSON.stringify({ containerOverrides: [{ name: 'report', command: ['--hourly'] }] });
      });
      const next = applied(design, SCHEDULE, text);
      expect(nodeById(next, task).data).toMatchObject({ count: 2, overrides: { containerOverrides: [{ name: 'report', command: ['--hourly'] }] } });
      expect(contentAt(next, SCHEDULE)).toEqual(JSON.parse(text));
    });

    it('a target Arn naming another cluster of the design moves the task there', () => {
      const other = addNode(design, 'cluster', { x: 0, y: 0 }, { clusterName: 'other' });
      const text = editedText(other.design, SCHEDULE, (c) => void ((c.Target as { Arn: string }).Arn = `arn:aws:ecs:us-east-1:${ACCOUNT}:cluster/other`));
      const next = applied(other.design, SCHEDULE, text);
      expect(next.edges.find((e) => e.kind === 'runs-in' && e.source === task)?.target).toBe(other.id);
    });

    it('retry policy and dead-letter queue stay on the schedule', () => {
      const text = editedText(design, SCHEDULE, (c) => {
        const target = c.Target as Record<string, unknown>;
        target.RetryPolicy = { MaximumRetryAttempts: 3 };
        target.DeadLetterConfig = { Arn: `arn:aws:sqs:us-east-1:${ACCOUNT}:dlq` };
      });
      expect(artifactText(derive(applied(design, SCHEDULE, text)).find((a) => a.path === SCHEDULE)!)).toBe(text);
    });
  });

  describe('rules', () => {
    const on = (d: Design) => validate(d).filter((p) => p.nodeId === schedule).map((p) => p.ruleId).sort();
    it('SCH-NO-TASK: a schedule that starts nothing', () => {
      expect(on({ ...design, edges: design.edges.filter((e) => e.kind !== 'starts' || e.source !== schedule) })).toEqual(['SCH-NO-TASK']);
    });
    it('SCH-EXPR: a malformed expression, or none (fixed with an hourly rate)', () => {
      expect(on(withField(design, schedule, ['ScheduleExpression'], 'every hour'))).toEqual(['SCH-EXPR']);
      const none = withField(design, schedule, ['ScheduleExpression'], undefined);
      const problem = validate(none).find((p) => p.ruleId === 'SCH-EXPR')!;
      expect(nodeById(problem.fix!.apply(none), schedule).data.ScheduleExpression).toBe('rate(1 hour)');
    });
    it('SCH-WINDOW: FLEXIBLE needs a window length of 1–1440 minutes', () => {
      expect(on(withField(design, schedule, ['FlexibleTimeWindow'], { Mode: 'FLEXIBLE' }))).toEqual(['SCH-WINDOW']);
      expect(on(withField(design, schedule, ['FlexibleTimeWindow'], { Mode: 'FLEXIBLE', MaximumWindowInMinutes: 60 }))).toEqual([]);
    });
    it('EVT-ROLE-ARN: an existing role must be a role ARN', () => {
      expect(on(withField(design, schedule, ['existingRoleArn'], 'ecsEventsRole'))).toEqual(['EVT-ROLE-ARN']);
      expect(on(withField(design, schedule, ['existingRoleArn'], `arn:aws:iam::${ACCOUNT}:role/service-role/ecsEventsRole`))).toEqual([]);
    });
    it('SCH-DATES: dates must parse and end after they start', () => {
      let d = withField(design, schedule, ['StartDate'], '2026-06-01T00:00:00Z');
      d = withField(d, schedule, ['EndDate'], '2026-01-01T00:00:00Z');
      expect(on(d)).toEqual(['SCH-DATES']);
      expect(on(withField(design, schedule, ['StartDate'], 'tomorrow'))).toEqual(['SCH-DATES']);
    });
  });
});

describe('schedule expressions', () => {
  it.each(['rate(1 hour)', 'rate(15 minutes)', 'rate(2 days)', 'cron(0 2 * * ? *)', 'cron(0/15 8-17 ? * MON-FRI *)'])('%s is fine for rules and schedules', (e) => {
    expect(scheduleExpressionProblem(e, 'events')).toBeUndefined();
    expect(scheduleExpressionProblem(e, 'scheduler')).toBeUndefined();
  });
  it.each([
    ['rate(1 hours)', /singular/],
    ['rate(5 minute)', /plural/],
    ['rate(0 minutes)', /at least 1/],
    ['rate(an hour)', /rate\(N/],
    ['cron(0 2 * * *)', /six fields/],
    ['cron(0 2 * * MON *)', /must be \?/],
    ['hourly', /not a schedule expression/],
  ])('%s is refused', (e, why) => {
    expect(scheduleExpressionProblem(e, 'scheduler')).toMatch(why);
  });
  it('at() is for one-off Scheduler runs only', () => {
    expect(scheduleExpressionProblem('at(2026-12-31T23:00:00)', 'scheduler')).toBeUndefined();
    expect(scheduleExpressionProblem('at(2026-12-31T23:00:00)', 'events')).toMatch(/Scheduler/);
    expect(scheduleExpressionProblem('at(2026-12-31)', 'scheduler')).toMatch(/yyyy-mm-dd/);
  });
});
