import type { Explanation } from './types.ts';
import { TASK_DEFINITION_RULES } from './rules/group-task-definition.ts';
import { SERVICE_RULES } from './rules/group-service.ts';
import { RESOURCES_RULES } from './rules/group-resources.ts';
import { DEPLOYMENT_RULES } from './rules/group-deployment.ts';

/**
 * Every rule id the validator can report, one file per rule area in ./rules, gathered by group.
 * explain.test.ts fails for a rule without an explanation.
 */
export const RULE_EXPLANATION_TABLES: ReadonlyArray<Readonly<Record<string, Explanation>>> = [
  TASK_DEFINITION_RULES,
  SERVICE_RULES,
  RESOURCES_RULES,
  DEPLOYMENT_RULES,
];
