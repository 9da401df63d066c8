import { applyRunTask } from './apply.ts';
import { runTaskArtifacts, taskName } from './derive.ts';
import { freshName } from '../names.ts';
import { launchSummary } from '../launch-summary.ts';
import { AWSVPC_FIELDS, EXECUTE_COMMAND_FIELD, LAUNCH_TYPE_FIELD, PLACEMENT_FIELDS, PLATFORM_VERSION_FIELD } from '../launch-fields.ts';
import type { KindModule } from '../types.ts';

/** RunTask starts at most 10 tasks per call (ECS_RULES §8). */
export const MAX_RUN_TASK_COUNT = 10;

/**
 * A standalone task: one RunTask call for batch work that runs to completion, started by
 * hand, by an EventBridge rule or by a Scheduler schedule. Unlike a service nothing keeps
 * it running or replaces it.
 */
export const standaloneTaskKind: KindModule = {
  kind: 'standalone-task',
  label: 'Standalone task',
  group: 'Compute',
  icon: 'standalone-task',
  description:
    'Runs a task definition once (RunTask) for batch or scheduled work: the tasks run to completion and are not replaced. Connect it to a cluster, a task definition and capacity; a rule or schedule can start it.',
  defaults: (design) => ({
    name: freshName(design, ['standalone-task'], 'name', 'batch'),
    count: 1,
    networkConfiguration: { awsvpcConfiguration: { subnets: [], securityGroups: [], assignPublicIp: 'DISABLED' } },
    propagateTags: 'TASK_DEFINITION',
    enableECSManagedTags: true,
  }),
  displayName: taskName,
  facts: (node, emitted) => {
    const d = emitted ?? node.data;
    const count = typeof d.count === 'number' ? d.count : 1;
    return [`${count} task${count === 1 ? '' : 's'} per run`, launchSummary(d)];
  },
  fields: [
    { path: ['name'], label: 'Name', type: 'text', help: 'Names the node and its file (tasks/NAME.json); RunTask itself has no name.' },
    { path: ['count'], label: 'Tasks per run', type: 'number', min: 1, max: MAX_RUN_TASK_COUNT, help: 'How many copies of the task one RunTask call starts: 1 to 10.' },
    LAUNCH_TYPE_FIELD,
    PLATFORM_VERSION_FIELD,
    ...AWSVPC_FIELDS,
    ...PLACEMENT_FIELDS,
    { path: ['group'], label: 'Task group', type: 'text', placeholder: 'family:NAME', help: 'A name for a set of related tasks (placement spreads by it). Default: family:<task definition family>.' },
    { path: ['propagateTags'], label: 'Propagate tags', type: 'select', options: ['TASK_DEFINITION', 'NONE'], help: 'Copy the task definition’s tags to the task. RunTask does not take SERVICE.' },
    { path: ['enableECSManagedTags'], label: 'ECS managed tags', type: 'boolean', help: 'Tag the task with its cluster (aws:ecs:clusterName) for cost reports.' },
    { path: ['tags'], label: 'Tags', type: 'keyValue', keyNames: ['key', 'value'], help: 'Tags on the task (up to 50).' },
    EXECUTE_COMMAND_FIELD,
    { path: ['startedBy'], label: 'Started by', type: 'text', help: 'A tag of up to 128 characters that ListTasks can filter by (a job id). EventBridge and Scheduler set their own.' },
    {
      path: ['overrides'],
      label: 'Overrides',
      type: 'json',
      placeholder: '{"containerOverrides": [{"name": "app", "command": ["./job"]}]}',
      help: 'TaskOverride: changes for this run only, e.g. {"containerOverrides": [{"name": "app", "command": ["./job", "--daily"]}]}, or cpu, memory, taskRoleArn.',
    },
  ],
  accepts: ['runs-in', 'uses', 'capacity', 'placed-in', 'secured-by'],
  // Joined here, so that apply (which reads what derive emits) and derive do not import each other.
  derivation: { derive: runTaskArtifacts, apply: applyRunTask },
};
