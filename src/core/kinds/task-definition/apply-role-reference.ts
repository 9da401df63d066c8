import type { DeriveContext } from '../../derive/context.ts';
import type { DesignNode, NodeKind, RelationKind } from '../../model/design.ts';
import type { DesignDraft } from '../../apply/common.ts';

/**
 * Applies an edited role reference (taskRoleArn / executionRoleArn): unchanged keeps the
 * relation; an ARN or name of a role in the design re-links; anything else stays a literal.
 */
export function applyRoleReference(
  draft: DesignDraft,
  ctx: DeriveContext,
  td: DesignNode,
  data: Record<string, unknown>,
  field: 'taskRoleArn' | 'executionRoleArn',
  value: unknown,
  derivedValue: unknown,
): void {
  const relation: RelationKind = field === 'taskRoleArn' ? 'task-role' : 'execution-role';
  const roleKind: NodeKind = field === 'taskRoleArn' ? 'role-task' : 'role-execution';
  if (value === derivedValue) return;
  draft.removeEdges((e) => e.kind === relation && e.target === td.id);
  delete data[field];
  if (value === undefined || value === null) return;
  const role =
    typeof value === 'string' && value
      ? ctx.index.nodesOfKind(roleKind).find((r) => ctx.roleArn(r) === value || r.data.roleName === value)
      : undefined;
  if (role) draft.addEdge(relation, role.id, td.id);
  // Any other value (even "" or a non-string) stays as written: import is lossless and the
  // validator, not the applier, says what is wrong with it.
  else data[field] = value;
}
