import type { Artifact } from '../../model/artifact.ts';
import type { DesignNode } from '../../model/design.ts';
import { buildRoleArtifactContent } from '../../derive/iam-policies.ts';
import { type DeriveContext, safeSegment } from '../../derive/context.ts';
import { textOf } from '../../model/text.ts';

/** A drawn IAM role becomes one role file, unless it points at an existing role ARN. */
export function roleArtifacts(role: DesignNode, ctx: DeriveContext): Artifact[] {
  if (typeof role.data.arn === 'string' && role.data.arn) return [];
  const roleName = textOf(role.data.roleName ?? role.id);
  const relation = role.kind === 'role-task' ? 'task-role' : role.kind === 'role-execution' ? 'execution-role' : 'instance-role';
  return [
    {
      path: `iam-roles/${safeSegment(roleName, role.id)}.json`,
      type: 'iam-role',
      nodeId: role.id,
      title: roleName,
      content: buildRoleArtifactContent(ctx, {
        roleName,
        kind: role.kind,
        taskDefinitions: ctx.index.targets(role.id, relation).filter((n) => n.kind === 'task-definition'),
        data: role.data,
      }),
      owners: [{ pointer: '', nodeId: role.id }],
    },
  ];
}
