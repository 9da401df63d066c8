import { api, GUIDE } from '../doc-pages.ts';
import type { KindExplanation } from '../types.ts';
import { launchFields } from './launch-fields.ts';

const CREATE = api('ecs', 'CreateService');
const DEPLOYMENT = api('ecs', 'DeploymentConfiguration');
const DC = 'deploymentConfiguration.';

export const serviceExplanation: KindExplanation = {
  kind: 'service',
  what: 'A service keeps a number of copies of one task definition running in a cluster, replaces tasks that stop, and can register them with load balancers, Service Connect or Cloud Map.',
  why: 'Long-running work (web servers, APIs, queue workers) belongs in a service: it heals failed tasks, rolls out new task definition revisions without downtime and is what auto scaling adjusts.',
  ecs: 'The service scheduler compares running tasks with the desired count, starts or stops tasks on the capacity the service’s strategy or launch type names, and during a deployment replaces old tasks within the deployment configuration’s limits.',
  doc: GUIDE.services,
  fields: {
    ...launchFields('the service', 'CreateService'),
    serviceName: {
      what: 'The service’s name, unique within its cluster, of up to 255 letters, digits, hyphens and underscores.',
      why: 'Scaling targets, alarms, CodeDeploy groups and dashboards refer to the service by cluster and name, and the name cannot be changed without replacing the service.',
      ecs: 'ECS builds the service ARN from the cluster and this name; a second CreateService with the same name in the same cluster is refused while the first is active.',
      doc: CREATE,
    },
    desiredCount: {
      what: 'How many copies of the task the service keeps running.',
      why: 'Two or more copies across zones survive a task or zone failure; auto scaling changes this number between its minimum and maximum, so set the starting value within that range.',
      ecs: 'The scheduler starts tasks when fewer run and stops tasks when more run; it is not used for DAEMON services, which run one task per instance.',
      doc: CREATE,
    },
    schedulingStrategy: {
      what: 'REPLICA keeps the desired count of tasks placed across the cluster; DAEMON runs exactly one task on every EC2 container instance that meets the constraints.',
      why: 'Daemons suit per-host agents (log shippers, monitoring); they cannot run on Fargate and take no desired count or placement strategy.',
      ecs: 'For DAEMON ECS starts a task on each new instance and stops it when the instance drains; for REPLICA it applies the placement strategies to spread or pack the count.',
      doc: CREATE,
    },
    [`${DC}minimumHealthyPercent`]: {
      what: 'During a rolling deployment, the share of the desired count that must stay running and healthy, in percent.',
      why: '100 keeps full capacity while replacing tasks (needs room for extra tasks); lower values let ECS stop old tasks first, which is faster and needs no spare capacity but serves with fewer tasks.',
      ecs: 'ECS rounds the resulting number of tasks up and never stops old tasks below it until new ones are healthy.',
      doc: DEPLOYMENT,
    },
    [`${DC}maximumPercent`]: {
      what: 'During a rolling deployment, how many tasks may run at once, as a share of the desired count, old and new together.',
      why: 'Above 100 lets new tasks start before old ones stop, which needs spare capacity (EC2 instances or ports); 100 forces stopping old tasks first.',
      ecs: 'ECS rounds the resulting number of tasks down and starts new tasks only while the total stays within it.',
      doc: DEPLOYMENT,
    },
    healthCheckGracePeriodSeconds: {
      what: 'How many seconds after a task starts the service ignores failing load balancer (and container) health checks.',
      why: 'Applications that take a while to warm up get killed and replaced in a loop when the grace period is shorter than their start time.',
      ecs: 'During the period ECS does not stop the task for unhealthy checks; the field only takes effect for services with a load balancer, up to 2,147,483,647 seconds.',
      doc: CREATE,
    },
    'deploymentController.type': {
      what: 'Who runs deployments: ECS (rolling, blue/green, linear and canary done by ECS), CODE_DEPLOY (blue/green through AWS CodeDeploy) or EXTERNAL (your own tooling with task sets).',
      why: 'The controller is fixed at creation on many setups and decides which other deployment fields apply; CodeDeploy needs two target groups and a CodeDeploy application.',
      ecs: 'With ECS the service scheduler replaces tasks itself; with CODE_DEPLOY or EXTERNAL, UpdateService cannot change the task definition and deployments go through task sets.',
      doc: api('ecs', 'DeploymentController'),
    },
    [`${DC}strategy`]: {
      what: 'How the ECS controller rolls out a new revision: ROLLING replaces tasks in place; BLUE_GREEN, LINEAR and CANARY start a full new set beside the old one and move load balancer traffic to it.',
      why: 'Blue/green style strategies allow testing the new version and rolling back instantly, but need a second target group and listener rules; rolling needs neither.',
      ecs: 'For the traffic-shifting strategies ECS shifts listener traffic between the production and alternate target groups, waits the bake time, then stops the old tasks.',
      doc: GUIDE.deploymentTypes,
    },
    [`${DC}bakeTimeInMinutes`]: {
      what: 'For blue/green, linear and canary deployments, the minutes both versions keep running after all traffic has moved to the new one.',
      why: 'During the bake time a rollback is instant because the old tasks are still there; after it they are stopped.',
      ecs: 'ECS waits this long after the last traffic shift before it ends the deployment and scales the old set to zero (0 to 1,440 minutes).',
      doc: DEPLOYMENT,
    },
    [`${DC}linearConfiguration.stepPercent`]: {
      what: 'For a LINEAR deployment, the share of production traffic moved to the new version at each step.',
      why: 'Smaller steps expose fewer users to a bad release at a time but make the deployment take longer.',
      ecs: 'ECS moves this percentage of traffic, waits the step time, and repeats until all traffic is on the new tasks.',
      doc: api('ecs', 'LinearConfiguration'),
    },
    [`${DC}linearConfiguration.stepBakeTimeInMinutes`]: {
      what: 'For a LINEAR deployment, the minutes ECS waits between two traffic steps.',
      why: 'The wait is the time alarms and people have to notice problems before more users reach the new version.',
      ecs: 'ECS holds the traffic split for this long after each step, watching the deployment alarms if they are on.',
      doc: api('ecs', 'LinearConfiguration'),
    },
    [`${DC}canaryConfiguration.canaryPercent`]: {
      what: 'For a CANARY deployment, the share of production traffic the new version receives first.',
      why: 'A small canary tests the release on real traffic while most users stay on the known-good version.',
      ecs: 'ECS routes this percentage to the new tasks, waits the canary time, then moves the rest at once.',
      doc: api('ecs', 'CanaryConfiguration'),
    },
    [`${DC}canaryConfiguration.canaryBakeTimeInMinutes`]: {
      what: 'For a CANARY deployment, the minutes the canary split holds before the remaining traffic moves.',
      why: 'It is the window in which alarms can catch a bad release while only the canary share of users sees it.',
      ecs: 'ECS keeps the canary split for this time and then shifts all traffic to the new version.',
      doc: api('ecs', 'CanaryConfiguration'),
    },
    [`${DC}deploymentCircuitBreaker.enable`]: {
      what: 'Whether the deployment circuit breaker watches a rolling deployment and stops it when new tasks keep failing to start or to become healthy.',
      why: 'Without it a broken revision can loop for hours launching and stopping tasks, and the deployment never ends.',
      ecs: 'ECS counts failed task launches against a threshold based on the desired count and marks the deployment FAILED when it is crossed; it works with the ECS controller only.',
      doc: api('ecs', 'DeploymentCircuitBreaker'),
    },
    [`${DC}deploymentCircuitBreaker.rollback`]: {
      what: 'Whether a deployment stopped by the circuit breaker rolls back to the last deployment that completed.',
      why: 'Rollback restores service automatically; without it the service stays on the failed revision with whatever tasks still run.',
      ecs: 'When the breaker trips, ECS starts a new deployment of the last COMPLETED task definition revision.',
      doc: api('ecs', 'DeploymentCircuitBreaker'),
    },
    [`${DC}alarms.alarmNames`]: {
      what: 'CloudWatch alarms ECS watches during a deployment, for example error rate or latency on the new tasks.',
      why: 'Alarms catch releases that start fine but behave badly, which health checks miss.',
      ecs: 'If any listed alarm enters the ALARM state during the deployment (or its bake time), ECS marks the deployment failed.',
      doc: api('ecs', 'DeploymentAlarms'),
    },
    [`${DC}alarms.enable`]: {
      what: 'Whether the deployment alarms are used at all.',
      why: 'Listing alarms without enabling them has no effect, which is easy to miss in a review.',
      ecs: 'ECS only watches the alarms during deployments while this is true.',
      doc: api('ecs', 'DeploymentAlarms'),
    },
    [`${DC}alarms.rollback`]: {
      what: 'Whether a deployment failed by an alarm rolls back to the last completed deployment.',
      why: 'Automatic rollback limits how long a bad release serves users.',
      ecs: 'When an alarm fails the deployment, ECS redeploys the last COMPLETED revision.',
      doc: api('ecs', 'DeploymentAlarms'),
    },
    [`${DC}lifecycleHooks`]: {
      what: 'Steps that run at named stages of a blue/green, linear or canary deployment: a Lambda function that can approve or fail it, or a pause until someone continues it.',
      why: 'Hooks run tests against the new version on the test listener before production traffic moves, and stop a release that fails them.',
      ecs: 'At each listed stage ECS invokes the Lambda function with the given role (or waits), and continues or rolls back according to the result.',
      doc: api('ecs', 'DeploymentLifecycleHook'),
    },
  },
};
