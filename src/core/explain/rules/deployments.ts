import { api } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const CONFIG = api('ecs', 'DeploymentConfiguration');

/** Explanations of the rolling deployment rules (kinds/service/rules/deployment.ts). */
export const deploymentRules: Readonly<Record<string, Explanation>> = {
  'DEP-STUCK': {
    what: 'For a replica service with the ECS controller, the desired count, minimum healthy percent and maximum percent leave no room to start an extra task or to stop an old one (for example 1 task with 100 and 100).',
    why: 'A rolling deployment works by starting new tasks above the count or stopping old ones below it, so with neither allowed a new revision never rolls out.',
    ecs: 'ECS rounds the upper limit down and the lower limit up to whole tasks; when both equal the desired count, the deployment cannot make progress.',
    doc: CONFIG,
  },
  'DEP-PCT-RANGE': {
    what: 'The minimum healthy percent is below 0 or above 100, or the maximum percent is below 100.',
    why: 'These percentages bound how many tasks run while a deployment replaces them, and values outside these ranges do not describe a rollout that keeps the service at its count.',
    ecs: 'The console and common tooling refuse such values; the API reference does not state the ranges as numbers, so this is a warning rather than an error.',
    doc: CONFIG,
  },
  'DEP-CB': {
    what: 'A deployment circuit breaker is set on a service whose controller is not ECS, or the circuit breaker lacks a true or false value for enable or for rollback.',
    why: 'The circuit breaker watches rolling deployments run by ECS and stops (and optionally rolls back) one whose tasks keep failing, so elsewhere it has nothing to watch.',
    ecs: 'ECS only accepts the circuit breaker with the rolling update (ECS) controller, and both enable and rollback are required fields of it.',
    doc: api('ecs', 'DeploymentCircuitBreaker'),
  },
};
