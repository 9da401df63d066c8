import { api } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const PUT_RULE = api('events', 'PutRule');
const CREATE_SCHEDULE = api('scheduler', 'CreateSchedule');

/** Explanations of the EventBridge rule and schedule rules (kinds/events-rule/rules.ts, kinds/schedule/rules.ts, kinds/standalone-task/rules/started-task.ts). */
export const eventRules: Readonly<Record<string, Explanation>> = {
  'EVR-NO-TASK': {
    what: 'Checks that an EventBridge rule has a starts connection to a standalone task.',
    why: 'Without a target the rule can match events all day and no task is ever run, so the design does less than it appears to.',
    ecs: 'EventBridge lets a rule exist with no targets; it only runs an ECS task for a target whose EcsParameters name the task definition and cluster.',
    doc: api('events', 'PutTargets'),
  },
  'EVR-TRIGGER': {
    what: 'Checks that an EventBridge rule has an event pattern or a schedule expression.',
    why: 'A rule fires either when a matching event arrives or on a timer; a rule with neither has nothing that could ever fire it.',
    ecs: 'PutRule refuses a rule that has neither an EventPattern nor a ScheduleExpression.',
    doc: PUT_RULE,
  },
  'EVR-BOTH': {
    what: 'Warns when an EventBridge rule has both an event pattern and a schedule expression.',
    why: 'The task is then started for every matching event and, separately, every time the schedule comes round, which usually doubles the runs someone intended.',
    ecs: 'PutRule accepts both, and EventBridge fires the rule on matching events as well as on the schedule.',
    doc: PUT_RULE,
  },
  'EVR-LOOP': {
    what: 'Warns when a rule matches ECS Task State Change events without naming a cluster, group, task definition or startedBy value.',
    why: 'The tasks the rule starts change state too, so each of them can trigger yet another task, and the chain keeps running and costing money.',
    ecs: 'ECS sends a state change event to EventBridge for every task in the account and Region; only the pattern’s detail fields limit which of them match.',
    doc: PUT_RULE,
  },
  'EVR-PATTERN': {
    what: 'Checks that an event pattern written as text parses as a JSON object.',
    why: 'EventBridge compares incoming events field by field with the pattern object, so text that is not a JSON object cannot be used to match anything.',
    ecs: 'PutRule rejects an EventPattern that is not valid pattern JSON with a validation error.',
    doc: PUT_RULE,
  },
  'EVR-SCHED-EXPR': {
    what: 'Checks that a rule’s schedule expression is a well-formed rate() or six-field cron() expression.',
    why: 'A mistyped expression, such as rate(1 hours), a five-field cron or an at() one-off, means the rule cannot be created and the task never runs on time.',
    ecs: 'PutRule rejects the expression; rules take only rate() and cron(), and a cron needs ? in either the day-of-month or the day-of-week field.',
    doc: PUT_RULE,
  },
  'EVR-SCHED-BUS': {
    what: 'Checks that a rule with a schedule expression is on the default event bus.',
    why: 'Timed rules are not supported on custom or partner event buses, so the schedule would not run where the design puts it.',
    ecs: 'EventBridge rejects a ScheduleExpression on any bus other than default; for timed runs elsewhere use EventBridge Scheduler instead.',
    doc: PUT_RULE,
  },
  'EVT-NOT-PASSED': {
    what: 'Warns when a standalone task started by a rule or schedule sets startedBy, clientToken or volumeConfigurations.',
    why: 'These settings cannot travel through the rule or schedule, so the task that actually runs lacks them while the design suggests it has them.',
    ecs: 'The EcsParameters of EventBridge and Scheduler targets carry only part of the RunTask input and have no field for these values; the service fills in startedBy by itself.',
    doc: api('events', 'EcsParameters'),
  },
  'EVT-ROLE-ARN': {
    what: 'Checks that an existing role given to a rule or schedule is written as an IAM role ARN, arn:aws:iam::ACCOUNT:role/NAME.',
    why: 'The rule or schedule runs the task with this role, so a wrong value means the task is never started.',
    ecs: 'EventBridge and Scheduler assume the target’s RoleArn to call RunTask, so the role needs ecs:RunTask and iam:PassRole for the task’s own roles.',
    doc: api('events', 'Target'),
  },
  'SCH-NO-TASK': {
    what: 'Checks that an EventBridge Scheduler schedule has a starts connection to a standalone task.',
    why: 'A schedule exists to invoke a target at set times; with no task connected there is nothing to invoke.',
    ecs: 'CreateSchedule requires a Target, and for ECS that target holds the cluster ARN and the EcsParameters of the task.',
    doc: CREATE_SCHEDULE,
  },
  'SCH-EXPR': {
    what: 'Checks that a schedule has an expression and that it is a valid at(), rate() or six-field cron() expression.',
    why: 'The expression alone decides when the task runs, so a missing or mistyped one means the schedule cannot be created.',
    ecs: 'CreateSchedule requires ScheduleExpression and rejects one that is malformed; at() gives a single run at a given date and time.',
    doc: CREATE_SCHEDULE,
  },
  'SCH-WINDOW': {
    what: 'Checks the flexible time window: its mode must be OFF or FLEXIBLE, FLEXIBLE needs a window of 1 to 1,440 minutes, and OFF takes no window length.',
    why: 'The window tells Scheduler whether it must start the task exactly on time or may spread starts over a number of minutes, and it cannot guess that value.',
    ecs: 'CreateSchedule requires FlexibleTimeWindow and, for FLEXIBLE mode, a MaximumWindowInMinutes between 1 and 1,440.',
    doc: api('scheduler', 'FlexibleTimeWindow'),
  },
  'SCH-DATES': {
    what: 'Checks that the start and end dates are ISO 8601 date-times and that the end comes after the start.',
    why: 'The dates set the period in which the schedule may fire; an unreadable date or an end before the start leaves no valid period.',
    ecs: 'Scheduler invokes the target only between StartDate and EndDate, and CreateSchedule rejects dates it cannot read.',
    doc: CREATE_SCHEDULE,
  },
};
