import { api, GUIDE } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const CONFIG = api('ecs', 'DeploymentConfiguration');
const ADVANCED = api('ecs', 'AdvancedConfiguration');

/** Explanations of the deployment strategy and blue/green route rules (kinds/service/rules/deployment-strategy.ts, kinds/service/rules/blue-green-routes.ts). */
export const deploymentStrategyRules: Readonly<Record<string, Explanation>> = {
  'DEP-CTRL-ENUM': {
    what: 'The service’s deployment controller type is not ECS, CODE_DEPLOY or EXTERNAL.',
    why: 'The controller decides who replaces tasks on a new release, so an unknown value leaves the service without a way to deploy.',
    ecs: 'ECS accepts only these three controller types and uses ECS when no controller is given.',
    doc: api('ecs', 'DeploymentController'),
  },
  'DEP-MIN-ZERO': {
    what: 'A service behind a load balancer has a minimum healthy percent of 0.',
    why: 'ECS may then stop every running task before the new ones are healthy, so each deployment becomes an outage for your users.',
    ecs: 'The minimum healthy percent is the lower limit of running tasks ECS keeps during a deployment, and 0 lets it stop them all first.',
    doc: CONFIG,
  },
  'DEP-FG-IGN': {
    what: 'A Fargate service with the CODE_DEPLOY or EXTERNAL controller sets a minimum healthy or maximum percent.',
    why: 'These limits steer ECS rolling deployments, so with another controller on Fargate they change nothing and may mislead a reader.',
    ecs: 'For Fargate tasks deployed by CodeDeploy or an external controller, ECS does not use minimumHealthyPercent and maximumPercent.',
    doc: CONFIG,
  },
  'DEP-CB-CLB': {
    what: 'The deployment circuit breaker is turned on for a service that uses a Classic Load Balancer.',
    why: 'The circuit breaker is what stops and rolls back a failing deployment, and it has been documented as not supported with Classic Load Balancers.',
    ecs: 'Do not count on the circuit breaker behind a Classic Load Balancer; move the service to an Application or Network Load Balancer.',
    doc: api('ecs', 'DeploymentCircuitBreaker'),
  },
  'DEP-ALARM': {
    what: 'Deployment alarms are set on a service whose controller is not ECS, or lack alarm names, enable or rollback.',
    why: 'Alarms let ECS fail or roll back a release that breaks a metric, which only works when ECS runs the deployment and all three settings are given.',
    ecs: 'ECS watches deployment alarms only for deployments it runs itself, and the alarms object needs alarmNames, enable and rollback.',
    doc: api('ecs', 'DeploymentAlarms'),
  },
  'DEP-STRAT': {
    what: 'The deployment strategy is not ROLLING, BLUE_GREEN, LINEAR or CANARY, linear or canary settings sit on another strategy, or BLUE_GREEN has no bake time.',
    why: 'Each strategy takes its own settings, and a blue/green deployment must know how long to keep both versions after traffic moves.',
    ecs: 'ECS requires bakeTimeInMinutes for the BLUE_GREEN strategy and only reads linearConfiguration and canaryConfiguration with LINEAR and CANARY.',
    doc: GUIDE.deploymentTypes,
  },
  'DEP-LINEAR': {
    what: 'A linear deployment’s step is not 3 to 100 percent in steps of 0.1, or its wait between steps is not a whole 0 to 1,440 minutes.',
    why: 'The step and the wait decide how fast traffic moves to the new version and how long each share is watched.',
    ecs: 'ECS shifts the given percentage of production traffic at each step and rejects values outside these ranges.',
    doc: api('ecs', 'LinearConfiguration'),
  },
  'DEP-CANARY': {
    what: 'A canary deployment’s share is not 0.1 to 100 percent in steps of 0.1, or its wait is not a whole 0 to 1,440 minutes.',
    why: 'The canary share and wait decide how much traffic tests the new version first, and for how long.',
    ecs: 'ECS shifts the canary share, waits, then shifts the rest, and rejects values outside these ranges.',
    doc: api('ecs', 'CanaryConfiguration'),
  },
  'DEP-BG-LB': {
    what: 'A BLUE_GREEN, LINEAR or CANARY deployment has neither Service Connect nor a load balancer entry with an alternate target group, production listener rule and role.',
    why: 'These strategies run the new version beside the old one and move traffic between them, so there must be a route to move and permission to move it.',
    ecs: 'ECS shifts traffic either through Service Connect or by changing the listener rule between two target groups, assuming the role given in advancedConfiguration.',
    doc: ADVANCED,
  },
  'DEP-HOOK': {
    what: 'A lifecycle hook does not fit its type: a Lambda hook without its function or role, or a pause hook that names a function.',
    why: 'For a Lambda hook ECS must know which function to call and which role to call it with, while a pause hook only waits for you.',
    ecs: 'ECS invokes an AWS_LAMBDA hook’s function with the hook’s role at the chosen stages and expects no target for a PAUSE hook.',
    doc: api('ecs', 'DeploymentLifecycleHook'),
  },
  'DEP-BG-ARN': {
    what: 'The production or test listener rule is the wrong kind of ARN: a listener rule is needed on an Application Load Balancer and a listener on a Network Load Balancer.',
    why: 'ECS moves traffic by editing exactly that rule or listener, so pointing at the other kind leaves it nothing it can change.',
    ecs: 'ECS rejects CreateService and UpdateService when the ARN kind does not match the load balancer type.',
    doc: ADVANCED,
  },
  'DEP-BG-ACTIONS': {
    what: 'The production listener of an Application Load Balancer mixes forward actions with other actions such as redirects, fixed responses or authentication.',
    why: 'A blue/green release on such a listener can fail partway, leaving the service between two versions.',
    ecs: 'ECS blue/green deployments do not support listeners that combine forward actions with other action types.',
    doc: GUIDE.blueGreenDeployments,
  },
};
