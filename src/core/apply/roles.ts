import type { DeriveContext } from '../derive/context.ts';
import type { DesignNode, NodeKind, RelationKind } from '../model/design.ts';
import type { DesignDraft } from './common.ts';

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
  if (typeof value !== 'string' || !value) return;
  const role = ctx.index
    .nodesOfKind(roleKind)
    .find((r) => ctx.roleArn(r) === value || r.data.roleName === value);
  if (role) draft.addEdge(relation, role.id, td.id);
  else data[field] = value;
}
