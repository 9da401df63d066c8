import { applySchedule } from './apply.ts';
import { scheduleArtifacts, scheduleName } from './derive.ts';
import { freshName } from '../names.ts';
import { EXISTING_ROLE_FIELD } from '../standalone-task/target-role.ts';
import type { KindModule } from '../types.ts';

/**
 * An EventBridge Scheduler schedule that starts a standalone task at a rate, on a cron
 * expression in a time zone, or once. Emits the CreateSchedule input and the role the
 * Scheduler assumes to call RunTask.
 */
export const scheduleKind: KindModule = {
  kind: 'schedule',
  label: 'EventBridge schedule',
  group: 'Events and messaging',
  icon: 'schedule',
  description:
    'Starts a standalone task on a schedule (EventBridge Scheduler): every hour, at 02:00 in your time zone, or once at a given time. Connect it to the standalone task it starts.',
  defaults: (design) => ({
    Name: freshName(design, ['schedule'], 'Name', 'nightly'),
    ScheduleExpression: 'rate(1 day)',
    FlexibleTimeWindow: { Mode: 'OFF' },
    State: 'ENABLED',
  }),
  displayName: scheduleName,
  facts: (node) => {
    const expression = typeof node.data.ScheduleExpression === 'string' ? node.data.ScheduleExpression : 'no schedule';
    const tz = typeof node.data.ScheduleExpressionTimezone === 'string' ? node.data.ScheduleExpressionTimezone : 'UTC';
    return [expression, `${tz}${node.data.State === 'DISABLED' ? ', disabled' : ''}`];
  },
  fields: [
    { path: ['Name'], label: 'Schedule name', type: 'text', help: 'Up to 64 letters, digits and . - _; unique in its group.' },
    { path: ['GroupName'], label: 'Schedule group', type: 'text', placeholder: 'default', help: 'The group the schedule belongs to (groups share tags and can be deleted together).' },
    { path: ['Description'], label: 'Description', type: 'text', help: 'What the schedule is for (up to 512 characters).' },
    {
      path: ['ScheduleExpression'],
      label: 'Schedule expression',
      type: 'text',
      placeholder: 'rate(1 hour)',
      help: 'rate(5 minutes), cron(0 2 * * ? *) (minutes hours day-of-month month day-of-week year) or at(2026-12-31T23:00:00) for one run.',
    },
    { path: ['ScheduleExpressionTimezone'], label: 'Time zone', type: 'text', placeholder: 'UTC', help: 'An IANA time zone for cron and at expressions, e.g. Europe/Berlin. Daylight saving time is followed.' },
    { path: ['FlexibleTimeWindow', 'Mode'], label: 'Flexible window', type: 'select', options: ['OFF', 'FLEXIBLE'], help: 'FLEXIBLE lets the Scheduler start the task any time within the window after the scheduled time, to spread load.' },
    { path: ['FlexibleTimeWindow', 'MaximumWindowInMinutes'], label: 'Window (minutes)', type: 'number', min: 1, max: 1440, help: 'Only with FLEXIBLE: how late the task may start, 1 to 1440 minutes.' },
    { path: ['StartDate'], label: 'Start date', type: 'text', placeholder: '2026-01-01T00:00:00Z', help: 'Optional: no runs before this time (ISO 8601).' },
    { path: ['EndDate'], label: 'End date', type: 'text', placeholder: '2026-12-31T00:00:00Z', help: 'Optional: no runs after this time (ISO 8601).' },
    { path: ['State'], label: 'State', type: 'select', options: ['ENABLED', 'DISABLED'], help: 'A disabled schedule starts nothing.' },
    { path: [EXISTING_ROLE_FIELD], label: 'Existing role ARN', type: 'text', help: 'A role the Scheduler assumes to run the task. Empty: the designer generates one allowed to run exactly this task.' },
  ],
  accepts: ['starts'],
  // Joined here, so that apply (which reads what derive emits) and derive do not import each other.
  derivation: { derive: scheduleArtifacts, apply: applySchedule },
};
