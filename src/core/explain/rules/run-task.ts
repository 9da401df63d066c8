import { api } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const RUN = api('ecs', 'RunTask');

/** Explanations of the standalone task rules (kinds/standalone-task/rules/run-task.ts). */
export const runTaskRules: Readonly<Record<string, Explanation>> = {
  'RUNTASK-TD': {
    what: 'A standalone task is not connected to a task definition.',
    why: 'RunTask starts copies of a task definition; without one there is nothing to run and no export can be made.',
    ecs: 'RunTask requires the taskDefinition parameter (family, family:revision or ARN) and fails without it.',
    doc: RUN,
  },
  'RUNTASK-CLUSTER': {
    what: 'A standalone task names no cluster.',
    why: 'Without a cluster the task runs in the account’s cluster called default, which may not exist or may have the wrong capacity.',
    ecs: 'RunTask uses the default cluster when cluster is omitted and fails with ClusterNotFoundException if there is none.',
    doc: RUN,
  },
  'RUNTASK-COUNT': {
    what: 'A standalone task asks for fewer than 1 or more than 10 copies per run.',
    why: 'One call cannot start more than 10 tasks; larger jobs need several calls or a service.',
    ecs: 'RunTask rejects a count outside 1 to 10 with an invalid parameter error.',
    doc: RUN,
  },
  'TAG-PROP': {
    what: 'propagateTags has a value ECS does not accept here: TASK_DEFINITION, SERVICE or NONE for services, and no SERVICE for RunTask.',
    why: 'Tag propagation decides whether tasks carry cost-allocation tags; an invalid value makes the whole call fail.',
    ecs: 'CreateService and RunTask reject unknown values; RunTask has no service to copy tags from, so it rejects SERVICE.',
    doc: RUN,
  },
  'EBS-SVC': {
    what: 'A service or standalone task runs a task definition with a volume configured at launch, but gives no volume configuration of that name.',
    why: 'The task definition only promises a volume; the size, type and role come from the launch, so without them the task has no storage.',
    ecs: 'ECS refuses to start tasks whose configuredAtLaunch volume has no matching volumeConfigurations entry.',
    doc: api('ecs', 'ServiceVolumeConfiguration'),
  },
};
