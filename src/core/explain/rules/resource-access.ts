import { api, GUIDE } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

/** Explanations of the task role access rules (kinds/task-definition/rules/resource-access.ts). */
export const resourceAccessRules: Readonly<Record<string, Explanation>> = {
  'IAM-TASK-ACCESS': {
    what: 'A task definition connects to buckets, tables, queues or topics, but its task role is an existing role given by ARN.',
    why: 'The designer can only write permissions into roles it creates, so the existing role may lack what the connections need and calls fail with AccessDenied.',
    ecs: 'The code in the tasks uses the task role for every AWS call; grant the listed accesses on that role yourself, or draw a task role.',
    doc: GUIDE.taskRole,
  },
  'IAM-TASK-ACCESS-TOPIC': {
    what: 'A task definition has read access to an SNS topic.',
    why: 'Topics are only published to; there is nothing to read, so the connection grants nothing useful.',
    ecs: 'To receive a topic’s messages, subscribe an SQS queue to it and give the task read access to the queue.',
    doc: api('sns', 'Subscribe'),
  },
};
