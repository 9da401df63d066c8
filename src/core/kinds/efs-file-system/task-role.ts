import type { DesignNode } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import type { DeriveContext } from '../../derive/context.ts';
import { accessPointArn, fileSystemArn } from './derive.ts';
import { taskMounts } from './volumes.ts';

/** Name of the task role's inline policy generated for EFS mounts with IAM authorization. */
export const EFS_POLICY_NAME = 'efs-access';

/**
 * What a task role needs for the EFS volumes mounted with IAM authorization (ECS_RULES
 * §5.2): elasticfilesystem:ClientMount, and ClientWrite unless the mount is read-only
 * (ClientRootAccess when asked for), on the file system, limited to the access point when
 * the mount goes through one. Its own policy, so that other generated task role
 * statements merge beside it.
 */
export function efsTaskRolePolicy(taskDefinitions: readonly DesignNode[], ctx: DeriveContext): JsonObject | undefined {
  const statements: JsonObject[] = [];
  const seen = new Set<string>();
  for (const td of taskDefinitions) {
    for (const m of taskMounts(td, ctx)) {
      if (m.edge.data?.iam !== 'ENABLED') continue;
      const actions = ['elasticfilesystem:ClientMount'];
      if (m.edge.data.readOnly !== true) actions.push('elasticfilesystem:ClientWrite');
      if (m.edge.data.rootAccess === true) actions.push('elasticfilesystem:ClientRootAccess');
      const statement: JsonObject = { Sid: '', Effect: 'Allow', Action: actions, Resource: fileSystemArn(m.fs, ctx) };
      if (m.accessPointId) statement.Condition = { StringEquals: { 'elasticfilesystem:AccessPointArn': accessPointArn(m.accessPointId, ctx) } };
      const key = JSON.stringify(statement);
      if (seen.has(key)) continue;
      seen.add(key);
      statements.push(statement);
    }
  }
  if (!statements.length) return undefined;
  statements.forEach((s, i) => (s.Sid = `EfsMount${i + 1}`));
  return { PolicyName: EFS_POLICY_NAME, PolicyDocument: { Version: '2012-10-17', Statement: statements } };
}
