import type { Column } from './row-values.ts';

/**
 * Service auto scaling lists as cards: a target tracking policy per card (a predefined
 * metric, or "custom" with its namespace, metric name, dimensions and statistic), and a
 * scheduled action per card. Keys are the node's own (kinds/service-scaling/keys.ts).
 */
export const TARGET_TRACKING_COLUMNS: readonly Column[] = [
  { key: 'policyName', label: 'Policy name', kind: 'text', placeholder: 'cpu-target-tracking' },
  {
    key: 'metric',
    label: 'Metric',
    kind: 'select',
    options: ['ECSServiceAverageCPUUtilization', 'ECSServiceAverageMemoryUtilization', 'ALBRequestCountPerTarget', 'custom'],
  },
  { key: 'targetValue', label: 'Target value', kind: 'number', min: 0, placeholder: '70' },
  { key: 'scaleOutCooldown', label: 'Scale-out cooldown (s)', kind: 'number', min: 0, placeholder: '300' },
  { key: 'scaleInCooldown', label: 'Scale-in cooldown (s)', kind: 'number', min: 0, placeholder: '300' },
  { key: 'disableScaleIn', label: 'Disable scale-in', kind: 'boolean' },
  { key: 'namespace', label: 'Namespace (custom)', kind: 'text', placeholder: 'AWS/SQS' },
  { key: 'metricName', label: 'Metric name (custom)', kind: 'text', placeholder: 'ApproximateNumberOfMessagesVisible' },
  { key: 'dimensions', label: 'Dimensions (custom)', kind: 'dimensions', placeholder: 'QueueName=jobs' },
  { key: 'statistic', label: 'Statistic (custom)', kind: 'select', options: ['Average', 'Sum', 'Minimum', 'Maximum', 'SampleCount'] },
];
export const TARGET_TRACKING_LINES = [
  ['policyName', 'targetValue'],
  ['metric'],
  ['scaleOutCooldown', 'scaleInCooldown', 'disableScaleIn'],
  ['namespace', 'metricName'],
  ['dimensions', 'statistic'],
] as const;

export const SCHEDULED_ACTION_COLUMNS: readonly Column[] = [
  { key: 'name', label: 'Name', kind: 'text', placeholder: 'business-hours' },
  { key: 'schedule', label: 'Schedule', kind: 'text', placeholder: 'cron(0 8 ? * MON-FRI *)' },
  { key: 'timezone', label: 'Timezone', kind: 'text', placeholder: 'UTC' },
  { key: 'minCapacity', label: 'Min tasks', kind: 'number', min: 0 },
  { key: 'maxCapacity', label: 'Max tasks', kind: 'number', min: 0 },
];
export const SCHEDULED_ACTION_LINES = [['name', 'timezone'], ['schedule'], ['minCapacity', 'maxCapacity']] as const;
