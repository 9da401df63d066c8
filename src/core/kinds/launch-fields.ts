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
