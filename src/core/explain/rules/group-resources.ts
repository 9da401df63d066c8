import type { Explanation } from '../types.ts';
import { networkRules } from './network.ts';
import { networkPlacementRules } from './network-placement.ts';
import { securityGroupOpeningRules } from './security-group-openings.ts';
import { apiShapeRules } from './api-shape.ts';
import { dataStoreRules } from './data-stores.ts';
import { resourceAccessRules } from './resource-access.ts';
import { runTaskRules } from './run-task.ts';
import { eventRules } from './events.ts';
import { secretRules } from './secrets.ts';
import { efsRules } from './efs.ts';
import { ebsRules } from './ebs.ts';

/** Explanations of the network, data store, event, secret and storage rules, one file per rule area beside this one. */
export const RESOURCES_RULES: Readonly<Record<string, Explanation>> = {
  ...networkRules,
  ...networkPlacementRules,
  ...securityGroupOpeningRules,
  ...apiShapeRules,
  ...dataStoreRules,
  ...resourceAccessRules,
  ...runTaskRules,
  ...eventRules,
  ...secretRules,
  ...efsRules,
  ...ebsRules,
};
