import type { FieldSpec } from './types.ts';

/**
 * Inspector fields a service and a standalone task share: both CreateService and RunTask
 * choose capacity and awsvpc networking with the same members.
 */
export const LAUNCH_TYPE_FIELD: FieldSpec = {
  path: ['launchType'],
  label: 'Launch type',
  type: 'select',
  options: ['FARGATE', 'EC2', 'EXTERNAL'],
  help: 'Leave empty to use the capacity connected to it (a capacity provider strategy, with base and weight on each connection). Do not set both.',
};

export const PLATFORM_VERSION_FIELD: FieldSpec = {
  path: ['platformVersion'],
  label: 'Fargate platform version',
  type: 'text',
  placeholder: 'LATEST',
  help: 'Only for Fargate. Empty means LATEST.',
};

export const AWSVPC_FIELDS: readonly FieldSpec[] = [
  { path: ['networkConfiguration', 'awsvpcConfiguration', 'subnets'], label: 'Subnets', type: 'stringList', help: 'Subnet ids for the tasks (awsvpc). Use private subnets in two or more Availability Zones.' },
  { path: ['networkConfiguration', 'awsvpcConfiguration', 'securityGroups'], label: 'Security groups', type: 'stringList', help: 'Up to 5 security group ids for the tasks (awsvpc).' },
  { path: ['networkConfiguration', 'awsvpcConfiguration', 'assignPublicIp'], label: 'Public IP', type: 'select', options: ['DISABLED', 'ENABLED'], help: 'Give Fargate tasks a public IP. Only needed in public subnets without NAT.' },
];

export const EXECUTE_COMMAND_FIELD: FieldSpec = {
  path: ['enableExecuteCommand'],
  label: 'ECS Exec',
  type: 'boolean',
  help: 'Allow `aws ecs execute-command` into running containers (needs a task role with SSM permissions).',
};

/**
 * Task placement on EC2 and external instances (ECS_RULES §3.6, PL-*): CreateService and
 * RunTask take the same two lists. Fargate takes neither (PL-FG).
 */
export const PLACEMENT_FIELDS: readonly FieldSpec[] = [
  {
    path: ['placementStrategy'],
    label: 'Placement strategy',
    type: 'placementStrategy',
    help: 'EC2 only, up to 5, applied in order: spread over a field (attribute:ecs.availability-zone, instanceId), binpack on cpu or memory (fewest instances), or random (no field). Empty: spread by Availability Zone.',
  },
  {
    path: ['placementConstraints'],
    label: 'Placement constraints',
    type: 'placementConstraints',
    help: 'EC2 only, up to 10 with the task definition’s: distinctInstance (each task on its own instance, no expression) or memberOf a cluster query, e.g. attribute:ecs.instance-type =~ m6i.*',
  },
];
