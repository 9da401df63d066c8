import type { Explanation } from '../types.ts';
import { tdBasicsRules } from './td-basics.ts';
import { networkModeRules } from './network-mode.ts';
import { taskSizeRules } from './task-size.ts';
import { containerMemoryRules } from './container-memory.ts';
import { portMappingRules } from './port-mappings.ts';
import { loggingSecretsRules } from './logging-secrets.ts';
import { healthCheckRules } from './health-check.ts';
import { dependencyRules } from './dependencies.ts';
import { imageRules } from './images.ts';
import { containerPlatformRules } from './container-platform.ts';
import { managedInstancesTaskRules } from './managed-instances-task.ts';
import { volumeRules } from './volumes.ts';
import { ephemeralStorageRules } from './ephemeral-storage.ts';

/** Explanations of the task definition rules, one file per rule area beside this one. */
export const TASK_DEFINITION_RULES: Readonly<Record<string, Explanation>> = {
  ...tdBasicsRules,
  ...networkModeRules,
  ...taskSizeRules,
  ...containerMemoryRules,
  ...portMappingRules,
  ...loggingSecretsRules,
  ...healthCheckRules,
  ...dependencyRules,
  ...imageRules,
  ...containerPlatformRules,
  ...managedInstancesTaskRules,
  ...volumeRules,
  ...ephemeralStorageRules,
};
