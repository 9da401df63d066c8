import { api } from '../doc-pages.ts';
import type { Explanation, KindExplanation } from '../types.ts';

const PUT_RULE = api('events', 'PutRule');
const CREATE_SCHEDULE = api('scheduler', 'CreateSchedule');

function existingRole(who: string): Explanation {
  return {
    what: `The ARN of an existing IAM role ${who} assumes to start the task; empty means the designer generates one.`,
    why: 'The generated role may run exactly this task and pass its roles; an existing role must allow the same.',
    ecs: `${who} calls ecs:RunTask with this role, which also needs iam:PassRole for the task and execution roles.`,
    doc: api('events', 'Target'),
  };
}

export const eventsRuleExplanation: KindExplanation = {
  kind: 'events-rule',
  what: 'An Amazon EventBridge rule: it matches events on an event bus (an S3 upload, an ECS task change) or fires on a schedule, and starts the connected task.',
  why: 'Rules turn ECS into an event-driven system: a file arrives and a task processes it, with no service polling.',
  ecs: 'For each match EventBridge calls RunTask with the target’s ECS parameters and role; ECS starts the task like any other.',
  doc: PUT_RULE,
  fields: {
    Name: {
      what: 'The rule’s name, up to 64 letters, digits and . - _, unique on its event bus.',
      why: 'Targets, metrics and the generated role refer to the rule by name.',
      ecs: 'EventBridge builds the rule’s ARN from the bus and this name.',
      doc: PUT_RULE,
    },
    EventBusName: {
      what: 'The event bus the rule listens on; AWS service events such as S3 and ECS arrive on the default bus.',
      why: 'A rule on a custom bus only sees events sent to that bus, and scheduled rules only run on the default bus.',
      ecs: 'EventBridge evaluates the rule for events on this bus only.',
      doc: PUT_RULE,
    },
    Description: {
      what: 'What the rule is for, up to 512 characters.',
      why: 'It tells whoever finds the rule in the console what it starts and why.',
      ecs: 'EventBridge stores it; it has no effect on matching.',
      doc: PUT_RULE,
    },
    State: {
      what: 'Whether the rule is ENABLED or DISABLED.',
      why: 'A disabled rule matches nothing, which is handy for pausing a pipeline without deleting it.',
      ecs: 'EventBridge only invokes targets of enabled rules.',
      doc: PUT_RULE,
    },
    pattern: {
      what: 'A ready-made event pattern to match, such as objects created in a connected bucket, or custom.',
      why: 'It writes a correct pattern for common cases; S3 only sends events for buckets with EventBridge notifications on.',
      ecs: 'The chosen pattern becomes the rule’s EventPattern.',
      doc: PUT_RULE,
    },
    EventPattern: {
      what: 'A custom EventBridge event pattern in JSON, such as {"source": ["aws.s3"]}; when set it replaces the ready-made one.',
      why: 'Patterns decide exactly which events start a task; too broad a pattern starts tasks for unrelated events.',
      ecs: 'EventBridge matches each event’s fields against the pattern and invokes the targets on a match.',
      doc: api('events', 'TestEventPattern'),
    },
    ScheduleExpression: {
      what: 'Instead of a pattern, a schedule: rate(5 minutes) or cron(0 12 * * ? *) in UTC.',
      why: 'Simple recurring jobs can hang off a rule; for time zones and one-off runs use a Scheduler schedule.',
      ecs: 'EventBridge fires the rule on the schedule and starts the task each time.',
      doc: PUT_RULE,
    },
    existingRoleArn: existingRole('EventBridge'),
    Tags: {
      what: 'Key and value labels on the rule.',
      why: 'They assign ownership and cost.',
      ecs: 'EventBridge stores the tags; ECS does not read them.',
      doc: api('events', 'TagResource'),
    },
  },
};

export const scheduleExplanation: KindExplanation = {
  kind: 'schedule',
  what: 'An EventBridge Scheduler schedule: starts the connected task at set times, once or repeatedly, in a chosen time zone.',
  why: 'Nightly batch jobs, reports and clean-ups run as standalone tasks on a schedule, paying only while they run.',
  ecs: 'At each time Scheduler calls RunTask with the target’s ECS parameters and role; ECS starts the task like any other.',
  doc: CREATE_SCHEDULE,
  fields: {
    Name: {
      what: 'The schedule’s name, up to 64 letters, digits and . - _, unique in its group.',
      why: 'It identifies the job in the console and in the generated role.',
      ecs: 'Scheduler builds the schedule’s ARN from the group and this name.',
      doc: CREATE_SCHEDULE,
    },
    GroupName: {
      what: 'The schedule group it belongs to; default when empty.',
      why: 'Groups share tags and can be deleted together, which helps manage many schedules.',
      ecs: 'Scheduler creates the schedule in this group.',
      doc: CREATE_SCHEDULE,
    },
    Description: {
      what: 'What the schedule is for, up to 512 characters.',
      why: 'It tells whoever finds the schedule what it starts and why.',
      ecs: 'Scheduler stores it; it has no effect on when the task runs.',
      doc: CREATE_SCHEDULE,
    },
    ScheduleExpression: {
      what: 'When the task runs: rate(5 minutes), cron(0 2 * * ? *) or at(2026-12-31T23:00:00) for one run.',
      why: 'The expression is the whole timing of the job; cron has six fields with ? in day-of-month or day-of-week.',
      ecs: 'Scheduler invokes the target at each time the expression gives.',
      doc: CREATE_SCHEDULE,
    },
    ScheduleExpressionTimezone: {
      what: 'The IANA time zone for cron and at expressions, such as Europe/Berlin; UTC when empty.',
      why: 'Jobs meant for local business hours follow daylight saving time only with a time zone.',
      ecs: 'Scheduler evaluates the expression in this zone.',
      doc: CREATE_SCHEDULE,
    },
    'FlexibleTimeWindow.Mode': {
      what: 'OFF (start on time) or FLEXIBLE (start any time within a window after the scheduled time).',
      why: 'A window spreads many jobs out instead of starting them all at the same second.',
      ecs: 'Scheduler picks a start time within the window for each run.',
      doc: api('scheduler', 'FlexibleTimeWindow'),
    },
    'FlexibleTimeWindow.MaximumWindowInMinutes': {
      what: 'With FLEXIBLE, how late the task may start, 1 to 1,440 minutes.',
      why: 'It bounds how far a run can drift from its scheduled time.',
      ecs: 'Scheduler starts each run no later than this after the scheduled time.',
      doc: api('scheduler', 'FlexibleTimeWindow'),
    },
    StartDate: {
      what: 'An optional time before which the schedule does not run (ISO 8601).',
      why: 'It lets a job be set up ahead of a launch date.',
      ecs: 'Scheduler ignores occurrences before this time.',
      doc: CREATE_SCHEDULE,
    },
    EndDate: {
      what: 'An optional time after which the schedule no longer runs (ISO 8601).',
      why: 'Temporary jobs stop by themselves instead of running forever.',
      ecs: 'Scheduler ignores occurrences after this time.',
      doc: CREATE_SCHEDULE,
    },
    State: {
      what: 'Whether the schedule is ENABLED or DISABLED.',
      why: 'Disabling pauses the job without losing its set-up.',
      ecs: 'Scheduler only invokes enabled schedules.',
      doc: CREATE_SCHEDULE,
    },
    existingRoleArn: existingRole('Scheduler'),
  },
};
