import type { Artifact } from '../../model/artifact.ts';
import type { DesignNode, RelationKind } from '../../model/design.ts';
import { buildRoleArtifactContent } from '../../derive/iam-policies.ts';
import { type DeriveContext, safeSegment } from '../../derive/context.ts';
import { textOf } from '../../model/text.ts';

type RoleKind = 'role-task' | 'role-execution' | 'role-instance' | 'role-infrastructure';
/** The relation through which each role kind serves what uses it. */
const ROLE_RELATION: Record<RoleKind, RelationKind> = {
  'role-task': 'task-role',
  'role-execution': 'execution-role',
  'role-instance': 'instance-role',
  'role-infrastructure': 'infrastructure-role',
};

/** A drawn IAM role becomes one role file, unless it points at an existing role ARN. */
export function roleArtifacts(role: DesignNode, ctx: DeriveContext): Artifact[] {
  if (typeof role.data.arn === 'string' && role.data.arn) return [];
  const roleName = textOf(role.data.roleName ?? role.id);
  const relation = ROLE_RELATION[role.kind as RoleKind];
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
        node: role,
      }),
      owners: [{ pointer: '', nodeId: role.id }],
    },
  ];
}
