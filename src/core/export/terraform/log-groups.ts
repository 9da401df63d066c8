import { awslogsGroupToCreate } from '../awslogs-group.ts';
import { pascalWords } from '../logical-names.ts';
import { Call, Raw, Template, type HclObject, type HclValue } from './hcl.ts';
import type { SnakeNames } from './names.ts';
import type { TfResource } from './types.ts';

const isObject = (v: HclValue | undefined): v is HclObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Raw) && !(v instanceof Call) && !(v instanceof Template);

/**
 * One aws_cloudwatch_log_group per awslogs group the task definitions write to, and the
 * container's option naming it (`aws_cloudwatch_log_group.x.name`): the driver does not
 * create its group (unless awslogs-create-group is "true"), so the tasks of a new
 * deployment would not start, and the reference makes Terraform create it first. The
 * expressions it writes are added to `references` (what each stands for), as the other
 * references are. As the CloudFormation export does (cloudformation/log-groups.ts).
 */
export function withLogGroups(resources: readonly TfResource[], names: SnakeNames, references: Map<string, string>): TfResource[] {
  const groups = new Map<string, string>();
  const nameFor = (group: string) => {
    let name = groups.get(group);
    if (!name) {
      name = names.claim(`${pascalWords(group) || 'Task'}LogGroup`);
      groups.set(group, name);
      references.set(`aws_cloudwatch_log_group.${name}.name`, group);
    }
    return name;
  };
  const out = resources.map((r) => {
    if (r.type !== 'aws_ecs_task_definition') return r;
    const body = r.body.map((item) => {
      if (!('value' in item) || item.name !== 'container_definitions' || !(item.value instanceof Call)) return item;
      const [containers] = item.value.args;
      if (!Array.isArray(containers)) return item;
      const next = containers.map((c) => {
        const config = isObject(c) ? c.logConfiguration : undefined;
        const options = isObject(config) ? config.options : undefined;
        if (!isObject(c) || !isObject(config) || !isObject(options)) return c;
        const group = awslogsGroupToCreate(config.logDriver, options);
        if (group === undefined) return c;
        return { ...c, logConfiguration: { ...config, options: { ...options, 'awslogs-group': new Raw(`aws_cloudwatch_log_group.${nameFor(group)}.name`) } } };
      });
      return { ...item, value: new Call(item.value.name, [next, ...item.value.args.slice(1)]) };
    });
    return { ...r, body };
  });
  for (const [group, name] of groups) out.push({ type: 'aws_cloudwatch_log_group', name, body: [{ name: 'name', value: group }] });
  return out;
}
