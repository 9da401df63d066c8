import { applyService } from './apply.ts';
import { serviceArtifacts } from './derive.ts';
import { freshName, str } from '../names.ts';
import { launchSummary } from '../launch-summary.ts';
import { AWSVPC_FIELDS, EXECUTE_COMMAND_FIELD, LAUNCH_TYPE_FIELD, PLACEMENT_FIELDS, PLATFORM_VERSION_FIELD } from '../launch-fields.ts';
import type { FieldSpec, KindModule } from '../types.ts';

const dc = (...path: string[]) => ['deploymentConfiguration', ...path];

/** How new task definition revisions roll out (ECS_RULES §3.3, DEP-*). */
const DEPLOYMENT_FIELDS: readonly FieldSpec[] = [
  { path: ['deploymentController', 'type'], label: 'Deployment controller', type: 'select', options: ['ECS', 'CODE_DEPLOY', 'EXTERNAL'], help: 'ECS (the default) runs deployments itself; CODE_DEPLOY hands blue/green to AWS CodeDeploy; EXTERNAL to your own tooling. Circuit breaker, alarms and the strategies below need ECS.' },
  { path: dc('strategy'), label: 'Deployment strategy', type: 'select', options: ['ROLLING', 'BLUE_GREEN', 'LINEAR', 'CANARY'], help: 'ROLLING (default) replaces tasks within the minimum/maximum %. BLUE_GREEN, LINEAR and CANARY start the new tasks beside the old ones and shift load balancer traffic (all at once, in steps, or a share first); a drawn load balancer gets the second target group and the listener rule ECS moves, and the service needs an infrastructure role.' },
  { path: dc('bakeTimeInMinutes'), label: 'Bake time (min)', type: 'number', min: 0, max: 1440, help: 'Blue/green, linear, canary: minutes both versions keep running after traffic has moved, so a rollback is instant (0–1440). Required for BLUE_GREEN.' },
  { path: dc('linearConfiguration', 'stepPercent'), label: 'Linear step %', type: 'number', min: 3, max: 100, placeholder: '10', help: 'LINEAR: share of traffic moved per step, 3.0–100.0 in steps of 0.1.' },
  { path: dc('linearConfiguration', 'stepBakeTimeInMinutes'), label: 'Linear step wait (min)', type: 'number', min: 0, max: 1440, placeholder: '6', help: 'LINEAR: minutes between steps (0–1440).' },
  { path: dc('canaryConfiguration', 'canaryPercent'), label: 'Canary %', type: 'number', min: 0.1, max: 100, placeholder: '5', help: 'CANARY: share of traffic the new version gets first, 0.1–100.0 in steps of 0.1.' },
  { path: dc('canaryConfiguration', 'canaryBakeTimeInMinutes'), label: 'Canary wait (min)', type: 'number', min: 0, max: 1440, placeholder: '10', help: 'CANARY: minutes before the rest of the traffic moves (0–1440).' },
  { path: dc('deploymentCircuitBreaker', 'enable'), label: 'Circuit breaker', type: 'boolean', help: 'Stop a deployment whose tasks keep failing to start or to pass health checks (ECS controller only).' },
  { path: dc('deploymentCircuitBreaker', 'rollback'), label: 'Roll back on failure', type: 'boolean', help: 'When the circuit breaker stops a deployment, go back to the last deployment that worked.' },
  { path: dc('alarms', 'alarmNames'), label: 'Deployment alarms', type: 'stringList', help: 'CloudWatch alarm names watched during a deployment; one going into ALARM fails it (ECS controller only).' },
  { path: dc('alarms', 'enable'), label: 'Watch the alarms', type: 'boolean', help: 'Use the alarms above during deployments (needed with them, with rollback).' },
  { path: dc('alarms', 'rollback'), label: 'Roll back on alarm', type: 'boolean', help: 'When an alarm fails a deployment, go back to the last deployment that worked.' },
  { path: dc('lifecycleHooks'), label: 'Lifecycle hooks', type: 'json', help: 'Blue/green, linear, canary: [{ targetType: "AWS_LAMBDA" (needs hookTargetArn and roleArn) or "PAUSE", lifecycleStages: ["POST_TEST_TRAFFIC_SHIFT", …] }]: a Lambda function or a pause that must approve a stage.' },
];

/** An ECS service: keeps N copies of a task definition running, optionally behind a load balancer. */
export const serviceKind: KindModule = {
  kind: 'service',
  label: 'Service',
  group: 'Compute',
  icon: 'service',
  description:
    'Keeps the desired number of tasks of a task definition running in a cluster, replaces failed ones and registers them with load balancers.',
  defaults: (design) => ({
    serviceName: freshName(design, ['service'], 'serviceName', 'web'),
    desiredCount: 2,
    deploymentConfiguration: {
      deploymentCircuitBreaker: { enable: true, rollback: true },
      maximumPercent: 200,
      minimumHealthyPercent: 100,
    },
    networkConfiguration: { awsvpcConfiguration: { subnets: [], securityGroups: [], assignPublicIp: 'DISABLED' } },
    propagateTags: 'SERVICE',
    enableECSManagedTags: true,
  }),
  displayName: (node) => str(node.data.serviceName, node.label ?? 'service'),
  facts: (node, emitted) => {
    const d = emitted ?? node.data;
    const count = d.schedulingStrategy === 'DAEMON' ? 'DAEMON: one per instance' : `desired ${typeof d.desiredCount === 'number' ? d.desiredCount : '?'}`;
    return [count, launchSummary(d)];
  },
  fields: [
    { path: ['serviceName'], label: 'Service name', type: 'text', help: 'Letters, digits, - and _; unique within the cluster.' },
    { path: ['desiredCount'], label: 'Desired tasks', type: 'number', min: 0, help: 'How many copies of the task the service keeps running.' },
    { path: ['schedulingStrategy'], label: 'Scheduling strategy', type: 'select', options: ['REPLICA', 'DAEMON'], help: 'REPLICA keeps a count of tasks; DAEMON runs one task on every EC2 instance (not on Fargate).' },
    LAUNCH_TYPE_FIELD,
    PLATFORM_VERSION_FIELD,
    ...AWSVPC_FIELDS,
    ...PLACEMENT_FIELDS,
    { path: ['deploymentConfiguration', 'minimumHealthyPercent'], label: 'Minimum healthy %', type: 'number', min: 0, max: 100, help: 'During a deployment, the share of desired tasks that must stay running.' },
    { path: ['deploymentConfiguration', 'maximumPercent'], label: 'Maximum %', type: 'number', min: 100, help: 'During a deployment, how many tasks may run at once, as a share of desired.' },
    { path: ['healthCheckGracePeriodSeconds'], label: 'Health check grace period (s)', type: 'number', min: 0, help: 'Seconds to ignore load balancer health checks after a task starts.' },
    EXECUTE_COMMAND_FIELD,
    { path: ['tags'], label: 'Tags', type: 'keyValue', keyNames: ['key', 'value'], help: 'Tags on the service (up to 50).' },
    ...DEPLOYMENT_FIELDS,
  ],
  accepts: ['runs-in', 'uses', 'capacity', 'placed-in', 'secured-by', 'in-namespace', 'calls'],
  // Joined here, so that apply (which reads what derive emits) and derive do not import each other.
  derivation: { derive: serviceArtifacts, apply: applyService },
};
