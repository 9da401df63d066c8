import { api } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const HEALTH_CHECK = api('ecs', 'HealthCheck');

/** Explanations of the container health check rules (kinds/task-definition/rules/health-check.ts). */
export const healthCheckRules: Readonly<Record<string, Explanation>> = {
  'HC-CMD': {
    what: 'A container health check has no command, or the command’s first element is not CMD or CMD-SHELL.',
    why: 'The first element says how to run the rest: CMD runs it directly, CMD-SHELL runs it through the container’s shell, and without it there is no check to run.',
    ecs: 'ECS requires a command in every health check and rejects a health check whose command does not start with one of these two words.',
    doc: HEALTH_CHECK,
  },
  'HC-INT': {
    what: 'The health check interval is not a whole number of seconds between 5 and 300.',
    why: 'The interval is the time between checks, 30 seconds when left out; a short one adds load to the container and a long one notices failures late.',
    ecs: 'ECS accepts intervals from 5 to 300 seconds only and refuses the task definition otherwise.',
    doc: HEALTH_CHECK,
  },
  'HC-TO': {
    what: 'The health check timeout is not a whole number of seconds between 2 and 60.',
    why: 'The timeout is how long one check may run before it counts as a failure, 5 seconds when left out.',
    ecs: 'ECS accepts timeouts from 2 to 60 seconds only and refuses the task definition otherwise.',
    doc: HEALTH_CHECK,
  },
  'HC-RET': {
    what: 'The number of health check retries is not a whole number between 1 and 10.',
    why: 'Retries are how many checks in a row must fail before the container is marked unhealthy, 3 when left out.',
    ecs: 'ECS accepts retries from 1 to 10 only and refuses the task definition otherwise.',
    doc: HEALTH_CHECK,
  },
  'HC-SP': {
    what: 'The health check start period is not a whole number of seconds between 0 and 300.',
    why: 'The start period is a grace time for slow-starting applications, during which failed checks are not counted against the retries.',
    ecs: 'ECS accepts a start period from 0 to 300 seconds only; within it, one passing check marks the container healthy straight away.',
    doc: HEALTH_CHECK,
  },
  'HC-TOINT': {
    what: 'The health check timeout, as given or by default, is as long as or longer than the interval between checks.',
    why: 'A single check that may take longer than the pause between checks usually means the two values were mixed up, and it makes the time to notice a failure hard to predict.',
    ecs: 'ECS accepts these values and hands them to the container runtime; keeping the timeout below the interval is a convention this tool checks, not an ECS limit.',
    doc: HEALTH_CHECK,
  },
  'HC-ESS': {
    what: 'Health checks are set only on containers that are not essential, and none on the essential ones.',
    why: 'The task’s health follows only its essential containers, so checks on sidecars alone leave the task’s health UNKNOWN and a failing main application goes unnoticed.',
    ecs: 'ECS works out a task’s health status from the health checks of its essential containers and replaces tasks that turn unhealthy, which never happens here.',
    doc: HEALTH_CHECK,
  },
};
