import { api, GUIDE } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const TARGET = api('applicationAutoscaling', 'RegisterScalableTarget');
const POLICY = api('applicationAutoscaling', 'PutScalingPolicy');
const TRACKING = api('applicationAutoscaling', 'TargetTrackingScalingPolicyConfiguration');
const STEP = api('applicationAutoscaling', 'StepScalingPolicyConfiguration');

/** Explanations of the service auto scaling rules (kinds/service-scaling/rules.ts, kinds/service-scaling/capacity-rules.ts). */
export const serviceScalingRules: Readonly<Record<string, Explanation>> = {
  'AS-SERVICE': {
    what: 'An auto scaling node is not connected to any service, so its scalable target names no service.',
    why: 'Auto scaling works by changing one service’s desired task count; without a service it has nothing to change.',
    ecs: 'Application Auto Scaling identifies an ECS scalable target by a resource id of the form service/cluster-name/service-name, so the target cannot be registered without one.',
    doc: TARGET,
  },
  'AS-MINMAX': {
    what: 'The minimum or maximum number of tasks is missing, negative, or the minimum is above the maximum (also in a scheduled action).',
    why: 'Scaling keeps the task count between these two bounds, so an empty or inverted range cannot describe any valid count.',
    ecs: 'Application Auto Scaling needs both MinCapacity and MaxCapacity when a scalable target is first registered and rejects a minimum above the maximum.',
    doc: TARGET,
  },
  'AS-DESIRED': {
    what: 'The service’s desired task count lies outside the auto scaling minimum and maximum.',
    why: 'The count in the design is not the one that will run, which is confusing when you read the design later.',
    ecs: 'Once the target is registered, Application Auto Scaling moves the desired count to the nearest bound of the range.',
    doc: GUIDE.serviceAutoScaling,
  },
  'AS-DAEMON': {
    what: 'An auto scaling node scales a service that uses the DAEMON scheduling strategy.',
    why: 'A daemon service runs one task on each container instance, so its size follows the instances and a scaling policy has nothing useful to steer.',
    ecs: 'ECS decides the task count of a DAEMON service from the instances in the cluster, not from a desired count, so scaling the count does not apply.',
    doc: GUIDE.serviceAutoScaling,
  },
  'AS-ZERO': {
    what: 'The minimum number of tasks is 0 while a target tracking policy drives the service.',
    why: 'With no tasks running, the service’s own CPU and memory metrics have no data, so scaling out from zero can stall or start late.',
    ecs: 'Target tracking only acts on metric data points; to scale from zero use a metric that exists without tasks, such as a queue depth, or keep a minimum of 1.',
    doc: TRACKING,
  },
  'AS-TARGET': {
    what: 'A target tracking policy has no metric or a target value of 0 or less, or holds CPU or memory outside roughly 10 to 90 percent.',
    why: 'A very low target runs many more tasks than needed, and a very high one leaves no headroom while new tasks start.',
    ecs: 'Application Auto Scaling needs a metric and a positive target value; any utilization target inside that is accepted and only sets how busy tasks get before more are added.',
    doc: TRACKING,
  },
  'AS-COOLDOWN': {
    what: 'A scaling policy sets a scale-out, scale-in or step cooldown below 0 seconds.',
    why: 'A cooldown is the wait after one scaling activity before the next may start, so a negative wait has no meaning.',
    ecs: 'Application Auto Scaling reads cooldowns as whole seconds of waiting; leave them out to use the defaults or give 0 or more.',
    doc: POLICY,
  },
  'AS-DUPMETRIC': {
    what: 'Two target tracking policies of the same service track the same metric.',
    why: 'Both policies react to one signal, which adds nothing but makes the scaling harder to reason about.',
    ecs: 'With several target tracking policies, Application Auto Scaling scales out when any policy asks and scales in only when all agree, so each policy should watch a different metric.',
    doc: GUIDE.serviceAutoScaling,
  },
  'AS-ALBRC': {
    what: 'A policy on ALB requests per target has no target group as its resource label, names a target group the service is not registered with, or the service sits only behind a Network Load Balancer.',
    why: 'This metric counts requests per target in one Application Load Balancer target group, so it only makes sense for a group that sends traffic to this service.',
    ecs: 'Application Auto Scaling requires a ResourceLabel naming the load balancer and target group for ALBRequestCountPerTarget and rejects the policy without a valid one.',
    doc: api('applicationAutoscaling', 'PredefinedMetricSpecification'),
  },
  'AS-ALBRC-BG': {
    what: 'A policy on ALB requests per target scales a service that uses the CODE_DEPLOY deployment controller.',
    why: 'A CodeDeploy blue/green deployment moves traffic to another target group, while the policy keeps counting requests on the one it names.',
    ecs: 'The ECS documentation lists ALBRequestCountPerTarget as not supported with the blue/green deployment type; track CPU or memory instead.',
    doc: GUIDE.serviceAutoScaling,
  },
  'AS-STEP': {
    what: 'A step scaling policy has no CloudWatch alarm whose actions point at it.',
    why: 'A step policy does nothing on its own, so without an alarm it never scales the service.',
    ecs: 'Application Auto Scaling runs a step scaling policy only when a CloudWatch alarm that lists the policy as an action changes state.',
    doc: STEP,
  },
  'AS-STEP-ADJ': {
    what: 'A step scaling policy lacks an adjustment type, has no steps, or has a step without an adjustment.',
    why: 'Without these the policy does not say by how much the task count should change when its alarm fires.',
    ecs: 'Application Auto Scaling requires an AdjustmentType and at least one step adjustment when a step scaling policy is created.',
    doc: STEP,
  },
  'AS-SCHEDULE': {
    what: 'A scheduled action has no schedule, or one that is not written as at(...), rate(...) or cron(...).',
    why: 'A scheduled action exists to change the capacity range at given times, so without a valid schedule it never runs.',
    ecs: 'Application Auto Scaling rejects PutScheduledAction when the Schedule expression is missing or malformed.',
    doc: api('applicationAutoscaling', 'PutScheduledAction'),
  },
  'AS-DEPLOY': {
    what: 'A note on a service that has scaling policies: scaling and deployments interact.',
    why: 'Task counts may not shrink during a release, and sending the service again with a fixed desired count undoes what scaling chose.',
    ecs: 'Application Auto Scaling pauses scale-in while an ECS deployment is in progress and keeps scaling out, and an UpdateService call with desiredCount resets the count.',
    doc: GUIDE.serviceAutoScaling,
  },
  'AS-CAP': {
    what: 'The maximum number of tasks times the task CPU or memory is more than the EC2 Auto Scaling groups of the service can hold at their maximum size.',
    why: 'Scaling would ask for tasks that can never be placed, exactly when the extra load needs them.',
    ecs: 'ECS cannot place tasks without room on an instance, so the extra tasks wait in PROVISIONING or fail to place until capacity is added.',
    doc: GUIDE.serviceAutoScaling,
  },
};
