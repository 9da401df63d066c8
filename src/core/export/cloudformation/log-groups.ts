import { isPlainObject } from '../../model/json.ts';
import { awslogsGroupToCreate } from '../awslogs-group.ts';
import { pascalWords } from '../logical-names.ts';
import type { CfnResource } from './types.ts';

/**
 * One AWS::Logs::LogGroup per awslogs group the task definitions write to, named as the
 * option says, and the option a Ref of it: the awslogs driver does not create its group
 * (unless awslogs-create-group is "true"), so without it every task of a new stack fails
 * to start (ResourceInitializationError); the Ref also makes CloudFormation create the
 * group before the task definition. Resources are copied where they change.
 */
export function withLogGroups(resources: Record<string, CfnResource>): Record<string, CfnResource> {
  const groups = new Map<string, string>();
  const out: Record<string, CfnResource> = {};
  const taken = new Set(Object.keys(resources));
  const logicalFor = (group: string) => {
    let name = groups.get(group);
    if (name) return name;
    const base = `${pascalWords(group) || 'Task'}LogGroup`;
    name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
    taken.add(name);
    groups.set(group, name);
    return name;
  };
  for (const [logical, resource] of Object.entries(resources)) {
    const containers = resource.Type === 'AWS::ECS::TaskDefinition' ? resource.Properties.ContainerDefinitions : undefined;
    if (!Array.isArray(containers) || !containers.some((c) => groupOf(c) !== undefined)) {
      out[logical] = resource;
      continue;
    }
    const ContainerDefinitions = containers.map((c) => {
      const group = groupOf(c);
      if (group === undefined) return c;
      const config = c.LogConfiguration as { Options: Record<string, unknown> };
      return { ...c, LogConfiguration: { ...config, Options: { ...config.Options, 'awslogs-group': { Ref: logicalFor(group) } } } };
    });
    out[logical] = { ...resource, Properties: { ...resource.Properties, ContainerDefinitions } };
  }
  for (const [group, logical] of groups) out[logical] = { Type: 'AWS::Logs::LogGroup', Properties: { LogGroupName: group } };
  return out;
}

/** The group a container's awslogs driver writes to, when the stack has to create it. */
function groupOf(container: unknown): string | undefined {
  if (!isPlainObject(container) || !isPlainObject(container.LogConfiguration)) return undefined;
  return awslogsGroupToCreate(container.LogConfiguration.LogDriver, container.LogConfiguration.Options);
}
