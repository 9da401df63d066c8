import fc from 'fast-check';
import type { JsonObject } from '../model/json.ts';
import { compact, maybe, word } from './arbitrary-helpers.ts';

/** Random data of what starts tasks and scales services, for the design arbitrary (design-arbitrary.ts): EventBridge rules, schedules, service auto scaling. */

export const ruleDataArb = fc.oneof(
  fc.record({ pattern: fc.constantFrom('S3 Object Created (EventBridge notifications)', 'ECS task state change: STOPPED') }),
  fc.record({ pattern: fc.constant('custom'), EventPattern: fc.record({ source: fc.constant(['aws.s3']), detail: fc.record({ bucket: fc.record({ name: fc.array(word, { minLength: 1, maxLength: 2 }) }) }) }) }),
  fc.record({ ScheduleExpression: fc.constantFrom('rate(1 hour)', 'rate(5 minutes)', 'cron(0 2 * * ? *)') }),
);

export const scheduleDataArb = fc
  .record({
    ScheduleExpression: fc.constantFrom('rate(1 hour)', 'cron(0 2 * * ? *)', 'at(2026-12-31T23:00:00)'),
    ScheduleExpressionTimezone: maybe(fc.constantFrom('UTC', 'Europe/Berlin')),
    FlexibleTimeWindow: fc.oneof(fc.constant({ Mode: 'OFF' }), fc.record({ Mode: fc.constant('FLEXIBLE'), MaximumWindowInMinutes: fc.integer({ min: 1, max: 1440 }) })),
    GroupName: maybe(word),
    State: maybe(fc.constantFrom('ENABLED', 'DISABLED')),
  })
  .map(compact);
export const trackingArb = fc.oneof(
  fc.record({
    metric: fc.constantFrom('ECSServiceAverageCPUUtilization', 'ECSServiceAverageMemoryUtilization', 'ALBRequestCountPerTarget'),
    targetValue: fc.integer({ min: 1, max: 2000 }),
    scaleInCooldown: maybe(fc.integer({ min: 0, max: 3600 })),
    scaleOutCooldown: maybe(fc.integer({ min: 0, max: 3600 })),
    disableScaleIn: maybe(fc.boolean()),
  }),
  fc.record({
    metric: fc.constant('custom'),
    namespace: fc.constant('AWS/SQS'),
    metricName: fc.constant('ApproximateNumberOfMessagesVisible'),
    dimensions: fc.constant([{ Name: 'QueueName', Value: 'jobs' }]),
    statistic: fc.constantFrom('Average', 'Sum'),
    targetValue: fc.integer({ min: 1, max: 500 }),
  }),
);

export const stepArb = fc.record({
  adjustmentType: fc.constantFrom('ChangeInCapacity', 'PercentChangeInCapacity', 'ExactCapacity'),
  steps: fc.constantFrom([{ lower: 0, adjustment: 1 }], [{ lower: 0, upper: 10, adjustment: 1 }, { lower: 10, adjustment: 3 }]),
  cooldown: maybe(fc.integer({ min: 0, max: 600 })),
  alarm: maybe(
    fc.record({
      namespace: fc.constantFrom('AWS/ECS', 'AWS/SQS'),
      metricName: fc.constantFrom('CPUUtilization', 'ApproximateNumberOfMessagesVisible'),
      statistic: fc.constantFrom('Average', 'Maximum'),
      period: fc.constantFrom(60, 300),
      evaluationPeriods: fc.integer({ min: 1, max: 5 }),
      threshold: fc.integer({ min: 0, max: 100 }),
      comparisonOperator: fc.constantFrom('GreaterThanOrEqualToThreshold', 'LessThanThreshold'),
    }),
  ),
});

export const scalingDataArb = fc
  .record({
    minCapacity: fc.integer({ min: 0, max: 3 }),
    maxCapacity: fc.integer({ min: 1, max: 20 }),
    suspendScaleIn: maybe(fc.boolean()),
    targetTracking: maybe(fc.array(trackingArb, { maxLength: 2 })),
    stepScaling: maybe(fc.array(stepArb, { maxLength: 2 })),
    scheduledActions: maybe(
      fc.array(fc.record({ schedule: fc.constantFrom('rate(1 day)', 'cron(0 8 ? * MON-FRI *)', 'at(2026-12-24T18:00:00)'), timezone: maybe(fc.constant('Europe/Berlin')), minCapacity: maybe(fc.nat(3)), maxCapacity: maybe(fc.integer({ min: 3, max: 9 })) }).map(compact), { maxLength: 2 }),
    ),
  })
  .map((d) => {
    // Names are unique within a node, as the API needs (PolicyName per scalable target).
    const named = (list: unknown, prefix: string, key: string) => (Array.isArray(list) ? list.map((x, i) => compact({ [key]: `${prefix}-${i}`, ...(x as JsonObject) })) : undefined);
    return compact({ ...d, targetTracking: named(d.targetTracking, 'tt', 'policyName'), stepScaling: named(d.stepScaling, 'step', 'policyName'), scheduledActions: named(d.scheduledActions, 'sched', 'name') });
  });
