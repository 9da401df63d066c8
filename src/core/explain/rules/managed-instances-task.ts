import { api } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const PROVIDER = api('ecs', 'ManagedInstancesProvider');

/**
 * Explanations of the task definition rules for Managed Instances
 * (kinds/task-definition/rules/managed-instances.ts), and of EPH-PLAT, which
 * kinds/task-definition/rules/ephemeral-storage.ts also reports.
 */
export const managedInstancesTaskRules: Readonly<Record<string, Explanation>> = {
  'NET-MI': {
    what: 'A task definition that runs on Managed Instances sets no network mode, or sets bridge.',
    why: 'Managed Instances take the awsvpc or host network mode and have no default, so the task definition must name one of them to run there.',
    ecs: 'ECS checks a task definition against the Managed Instances requirements and does not place it there without a supported network mode.',
    doc: api('ecs', 'RegisterTaskDefinition'),
  },
  'MI-OS': {
    what: 'A task definition for Windows is set to run on Managed Instances.',
    why: 'Managed Instances are Linux instances that AWS runs for you, so a Windows container image has nowhere to run on them.',
    ecs: 'ECS runs only Linux tasks on Managed Instances; run Windows tasks on EC2 Windows instances or on Fargate instead.',
    doc: PROVIDER,
  },
  'INV-MI': {
    what: 'A task definition for Managed Instances uses a parameter that platform does not support, such as links, hostname, extraHosts, dockerLabels, DNS settings, tmpfs, swap settings, ipcMode, proxyConfiguration, Docker volumes, FSx volumes or host source paths.',
    why: 'AWS manages the instances and their container runtime, so parameters that reach into Docker or the host directly are not available there.',
    ecs: 'ECS does not accept these parameters for tasks on Managed Instances; bind mounts without a source path, EFS and EBS volumes do work there.',
    doc: PROVIDER,
  },
  'EPH-PLAT': {
    what: 'A task definition sets ephemeral storage but runs on Managed Instances, or on a Fargate Linux platform version older than 1.4.0.',
    why: 'The ephemeral storage size only has an effect on Fargate from Linux platform version 1.4.0, so elsewhere the larger scratch space you asked for would not exist.',
    ecs: 'ECS supports ephemeralStorage on Fargate Linux 1.4.0 or later and on every Windows platform version; on Managed Instances, size the capacity provider’s data volume (storageConfiguration) instead.',
    doc: api('ecs', 'EphemeralStorage'),
  },
};
