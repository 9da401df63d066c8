import { api } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const EPHEMERAL = api('ecs', 'EphemeralStorage');

/**
 * Explanations of the ephemeral storage rules (kinds/task-definition/rules/ephemeral-storage.ts).
 * EPH-PLAT, which this module shares with managed-instances.ts, is explained in managed-instances-task.ts.
 */
export const ephemeralStorageRules: Readonly<Record<string, Explanation>> = {
  'EPH-RANGE': {
    what: 'The ephemeral storage size of the task definition is missing or is not a whole number from 21 to 200 GiB.',
    why: 'A Fargate task gets 20 GiB of scratch disk by default, and this setting can only raise that, up to 200 GiB shared by all containers of the task.',
    ecs: 'ECS refuses an ephemeralStorage sizeInGiB outside 21 to 200 when the task definition is registered.',
    doc: EPHEMERAL,
  },
  'EPH-EC2': {
    what: 'Ephemeral storage is set on a task definition that runs only on EC2 or external instances.',
    why: 'On an instance the containers write to that instance’s own disk, so this setting gives them no extra space and the real limit stays the instance volume size.',
    ecs: 'ECS uses ephemeralStorage only for tasks on Fargate; for instances, size their root or data volume in the launch template instead.',
    doc: EPHEMERAL,
  },
};
