import { api, GUIDE } from '../doc-pages.ts';
import type { KindExplanation } from '../types.ts';

const TARGET = api('applicationAutoscaling', 'RegisterScalableTarget');
const SUSPENDED = api('applicationAutoscaling', 'SuspendedState');

export const serviceScalingExplanation: KindExplanation = {
  kind: 'service-scaling',
  what: 'Service auto scaling: Application Auto Scaling changes a service’s desired count between a minimum and a maximum, following metrics (target tracking, step scaling) or a schedule.',
  why: 'It matches the number of tasks to load, so the service survives peaks without paying for peak capacity all day.',
  ecs: 'Application Auto Scaling registers the service (ecs:service:DesiredCount) as a scalable target and calls UpdateService with a new desired count when a policy or scheduled action fires; on EC2 the cluster must also have room.',
  doc: GUIDE.serviceAutoScaling,
  fields: {
    minCapacity: {
      what: 'The fewest tasks scaling may leave running.',
      why: 'Keeping at least two tasks in different zones keeps the service available while it is quiet; zero suits queue workers that may stop entirely.',
      ecs: 'Application Auto Scaling never sets the desired count below this, and raises it to the minimum when it is lower.',
      doc: TARGET,
    },
    maxCapacity: {
      what: 'The most tasks scaling may start.',
      why: 'It caps cost and protects downstream systems; the cluster, the Fargate quota and the subnets’ free addresses must be able to hold this many tasks.',
      ecs: 'Application Auto Scaling never sets the desired count above this; tasks beyond what the capacity can hold stay pending.',
      doc: TARGET,
    },
    targetTracking: {
      what: 'Policies that keep a metric at a target value, such as 60 % average CPU, ALB requests per target, or a metric of your own.',
      why: 'Target tracking is the simplest policy to get right: it adds tasks when the metric is above target and removes them slowly when below.',
      ecs: 'Application Auto Scaling creates CloudWatch alarms for each policy and adjusts the desired count proportionally to keep the metric near the target.',
      doc: api('applicationAutoscaling', 'TargetTrackingScalingPolicyConfiguration'),
    },
    stepScaling: {
      what: 'Policies that add or remove tasks in steps depending on how far a CloudWatch alarm’s metric is past its threshold.',
      why: 'Steps give fine control, for example adding many tasks at once when a queue is far behind, but need alarms and careful thresholds.',
      ecs: 'When the alarm fires, Application Auto Scaling applies the step whose bounds contain the breach and waits the cooldown before the next change.',
      doc: api('applicationAutoscaling', 'StepScalingPolicyConfiguration'),
    },
    scheduledActions: {
      what: 'Changes to the minimum and maximum at set times: once (at), repeatedly (rate) or by cron, in a chosen time zone.',
      why: 'Known peaks (office hours, a sale) can be met before they start, and capacity cut at night.',
      ecs: 'At each scheduled time Application Auto Scaling sets the new minimum and maximum, and moves the desired count into the new range.',
      doc: api('applicationAutoscaling', 'PutScheduledAction'),
    },
    suspendScaleIn: {
      what: 'Pauses the policies’ removal of tasks.',
      why: 'Useful during an incident or a load test, when you do not want capacity to shrink.',
      ecs: 'Application Auto Scaling keeps evaluating the policies but does not lower the desired count while it is suspended.',
      doc: SUSPENDED,
    },
    suspendScaleOut: {
      what: 'Pauses the policies’ addition of tasks.',
      why: 'It prevents runaway scaling, for example while a downstream system is failing and a metric is misleading.',
      ecs: 'Application Auto Scaling does not raise the desired count from policies while it is suspended; scheduled actions still apply.',
      doc: SUSPENDED,
    },
    suspendScheduled: {
      what: 'Pauses the scheduled actions.',
      why: 'It lets you keep a schedule in place but skip it for a while, for example over a holiday.',
      ecs: 'Application Auto Scaling skips scheduled actions that come due while scheduled scaling is suspended.',
      doc: SUSPENDED,
    },
  },
};
