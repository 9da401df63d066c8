import { applyEventsRule } from './apply.ts';
import { ruleArtifacts, ruleName } from './derive.ts';
import { PATTERN_PRESET_NAMES, rulePattern } from './patterns.ts';
import { freshName } from '../names.ts';
import { EXISTING_ROLE_FIELD } from '../standalone-task/target-role.ts';
import type { KindModule } from '../types.ts';

/**
 * An EventBridge rule that starts a standalone task when an event matches its pattern, or on
 * a schedule (the older way; Scheduler schedules are the newer one). Emits PutRule and
 * PutTargets inputs and the role EventBridge assumes to call RunTask.
 */
export const eventsRuleKind: KindModule = {
  kind: 'events-rule',
  label: 'EventBridge rule',
  group: 'Events and messaging',
  icon: 'events-rule',
  description:
    'Starts a standalone task when a matching event arrives on an event bus (an S3 upload, a task that stopped…) or on a schedule. Connect it to the standalone task it starts.',
  defaults: (design) => ({
    Name: freshName(design, ['events-rule'], 'Name', 'on-upload'),
    State: 'ENABLED',
    pattern: PATTERN_PRESET_NAMES[0]!,
  }),
  displayName: ruleName,
  facts: (node) => {
    const schedule = typeof node.data.ScheduleExpression === 'string' ? node.data.ScheduleExpression : undefined;
    const pattern = rulePattern(node.data);
    const trigger = schedule ?? (pattern === undefined ? 'no trigger' : typeof node.data.pattern === 'string' && node.data.pattern !== 'custom' ? node.data.pattern : 'custom pattern');
    return [trigger, typeof node.data.State === 'string' ? node.data.State : 'ENABLED'];
  },
  fields: [
    { path: ['Name'], label: 'Rule name', type: 'text', help: 'Up to 64 letters, digits and . - _; unique on its event bus.' },
    { path: ['EventBusName'], label: 'Event bus', type: 'text', placeholder: 'default', help: 'The bus the rule listens on. AWS service events (S3, ECS) arrive on the default bus; schedules only work there.' },
    { path: ['Description'], label: 'Description', type: 'text', help: 'What the rule is for (up to 512 characters).' },
    { path: ['State'], label: 'State', type: 'select', options: ['ENABLED', 'DISABLED'], help: 'A disabled rule matches nothing and starts nothing.' },
    {
      path: ['pattern'],
      label: 'Event pattern',
      type: 'select',
      options: PATTERN_PRESET_NAMES,
      help: 'A common pattern to match. S3 sends Object Created events only for buckets with EventBridge notifications turned on. Choose custom and write the pattern below for anything else.',
    },
    {
      path: ['EventPattern'],
      label: 'Custom pattern',
      type: 'json',
      placeholder: '{"source": ["aws.s3"], "detail-type": ["Object Created"]}',
      help: 'An EventBridge event pattern, e.g. {"source": ["aws.s3"], "detail": {"bucket": {"name": ["uploads"]}}}. When set, it replaces the chosen pattern.',
    },
    {
      path: ['ScheduleExpression'],
      label: 'Schedule expression',
      type: 'text',
      placeholder: 'rate(1 hour)',
      help: 'Instead of a pattern: rate(5 minutes) or cron(0 12 * * ? *) in UTC. For new schedules prefer an EventBridge Scheduler schedule (time zones, one-off runs).',
    },
    { path: [EXISTING_ROLE_FIELD], label: 'Existing role ARN', type: 'text', help: 'A role EventBridge assumes to run the task. Empty: the designer generates one allowed to run exactly this task.' },
    { path: ['Tags'], label: 'Tags', type: 'keyValue', keyNames: ['Key', 'Value'], help: 'Tags on the rule.' },
  ],
  accepts: ['starts'],
  // Joined here, so that apply (which reads what derive emits) and derive do not import each other.
  derivation: { derive: ruleArtifacts, apply: applyEventsRule },
};
