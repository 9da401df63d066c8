import type { JsonObject } from '../../model/json.ts';
import { sample } from '../../validate/service-test-designs.ts';

/** A step policy on an SQS queue's depth with its alarm: the worker-scaling case. */
export const SQS_STEP: JsonObject = {
  policyName: 'queue-backlog',
  adjustmentType: 'ChangeInCapacity',
  steps: [{ lower: 0, upper: 100, adjustment: 1 }, { lower: 100, adjustment: 3 }],
  cooldown: 60,
  metricAggregationType: 'Average',
  alarm: {
    namespace: 'AWS/SQS',
    metricName: 'ApproximateNumberOfMessagesVisible',
    dimensions: [{ Name: 'QueueName', Value: 'jobs' }],
    statistic: 'Average',
    period: 60,
    evaluationPeriods: 2,
    threshold: 100,
    comparisonOperator: 'GreaterThanOrEqualToThreshold',
  },
};

/** The sample (service `web` in `web-cluster` behind `web-alb`) with a scaling node connected to the service. */
export function scaledSample(data?: JsonObject) {
  const t = sample();
  const scaling = t.add('service-scaling', data);
  t.link(scaling, t.first('service'));
  return { t, scaling };
}
