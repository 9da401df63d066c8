import { api } from '../doc-pages.ts';
import type { KindExplanation } from '../types.ts';
import { launchFields } from './launch-fields.ts';

const RUN = api('ecs', 'RunTask');

export const standaloneTaskExplanation: KindExplanation = {
  kind: 'standalone-task',
  what: 'A standalone task: one RunTask call that starts copies of a task definition which run to completion, such as a migration, a batch job or the target of an EventBridge rule or schedule.',
  why: 'Work that should end when it is done does not belong in a service, which would restart it forever; a standalone task starts, exits and is gone.',
  ecs: 'ECS places the tasks like a service’s, but nothing replaces a task that stops; EventBridge rules and Scheduler schedules can make the same RunTask call for you.',
  doc: RUN,
  fields: {
    ...launchFields('the run', 'RunTask'),
    name: {
      what: 'The name of this task in the design and of its exported file (tasks/NAME.json).',
      why: 'RunTask itself takes no name, so this is how people, exports and EventBridge targets in the design refer to this particular run.',
      ecs: 'ECS never receives this name; the running tasks are identified by their task ARNs and, if set, by startedBy and the task group.',
      doc: RUN,
    },
    count: {
      what: 'How many copies of the task one RunTask call starts, from 1 to 10.',
      why: 'Parallel copies share the work of one run (each gets the same overrides), and more than 10 needs several calls.',
      ecs: 'ECS tries to place each copy; copies that find no capacity are returned as failures of the call rather than waiting like service tasks.',
      doc: RUN,
    },
    group: {
      what: 'The task group name, family:NAME by default, that marks related tasks.',
      why: 'Placement can spread tasks of the same group apart, and the group shows which job a task belongs to.',
      ecs: 'ECS records the group on each task; spread placement over the task group uses it.',
      doc: RUN,
    },
    propagateTags: {
      what: 'Whether the task definition’s tags are copied to the tasks (TASK_DEFINITION) or not (NONE).',
      why: 'Without propagation the tasks carry no cost-allocation tags, so their cost cannot be assigned to a team.',
      ecs: 'ECS copies the tags when the task is created; RunTask does not accept SERVICE, which only services use.',
      doc: RUN,
    },
    enableECSManagedTags: {
      what: 'Whether ECS tags each task with the cluster it runs in (aws:ecs:clusterName).',
      why: 'Managed tags let cost reports group task costs by cluster without tagging by hand.',
      ecs: 'ECS adds its own aws:ecs tags to the task at launch; they count toward the 50-tag limit.',
      doc: RUN,
    },
    startedBy: {
      what: 'An optional label of up to 128 characters saying who started the tasks, such as a job or pipeline id.',
      why: 'ListTasks can filter by it, which is how scripts find the tasks of one run.',
      ecs: 'ECS stores the value on each task; EventBridge and Scheduler put their own identifiers here when they start tasks.',
      doc: RUN,
    },
    overrides: {
      what: 'Changes for this run only: container commands, environment, CPU and memory, or the task role, over what the task definition says.',
      why: 'One task definition can then serve many jobs (a daily and a monthly report) without registering a revision per job.',
      ecs: 'ECS applies the overrides to the tasks it starts in this call; the task definition itself stays unchanged.',
      doc: api('ecs', 'TaskOverride'),
    },
  },
};
