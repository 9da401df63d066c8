import type { KindExplanation } from '../types.ts';
import { taskDefinitionExplanation } from './task-definition.ts';
import { containerExplanation } from './container.ts';
import { standaloneTaskExplanation } from './standalone-task.ts';
import { eventsRuleExplanation, scheduleExplanation } from './events.ts';
import { secretExplanation } from './secret.ts';
import { ssmParameterExplanation } from './ssm-parameter.ts';
import { ecrRepositoryExplanation } from './ecr-repository.ts';

/** Explanations of task definitions, containers, standalone tasks, what starts them and what they read, one file per kind beside this one. */
export const TASKS_KINDS: readonly KindExplanation[] = [
  taskDefinitionExplanation,
  containerExplanation,
  standaloneTaskExplanation,
  eventsRuleExplanation,
  scheduleExplanation,
  secretExplanation,
  ssmParameterExplanation,
  ecrRepositoryExplanation,
];
