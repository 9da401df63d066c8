import { applyService } from './apply.ts';
import { serviceArtifacts } from './derive.ts';
import { freshName, str } from '../names.ts';
import type { KindModule } from '../types.ts';
import { launchSummary } from '../launch-summary.ts';
import { AWSVPC_FIELDS, EXECUTE_COMMAND_FIELD, LAUNCH_TYPE_FIELD, PLATFORM_VERSION_FIELD } from '../launch-fields.ts';

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
    { path: ['deploymentConfiguration', 'minimumHealthyPercent'], label: 'Minimum healthy %', type: 'number', min: 0, max: 100, help: 'During a deployment, the share of desired tasks that must stay running.' },
    { path: ['deploymentConfiguration', 'maximumPercent'], label: 'Maximum %', type: 'number', min: 100, help: 'During a deployment, how many tasks may run at once, as a share of desired.' },
    { path: ['healthCheckGracePeriodSeconds'], label: 'Health check grace period (s)', type: 'number', min: 0, help: 'Seconds to ignore load balancer health checks after a task starts.' },
    EXECUTE_COMMAND_FIELD,
    { path: ['tags'], label: 'Tags', type: 'keyValue', keyNames: ['key', 'value'], help: 'Tags on the service (up to 50).' },
  ],
  accepts: ['runs-in', 'uses', 'capacity', 'placed-in', 'secured-by'],
  // Joined here, so that apply (which reads what derive emits) and derive do not import each other.
  derivation: { derive: serviceArtifacts, apply: applyService },
};
