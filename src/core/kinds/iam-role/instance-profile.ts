import type { DeriveContext } from '../../derive/context.ts';
import type { DesignNode } from '../../model/design.ts';
import { textOf } from '../../model/text.ts';

/**
 * The instance profile of a drawn container instance role: the profile of the same name,
 * as the console and IAM's `ecsInstanceRole` guide create it. Nothing in the design creates
 * the profile itself; EC2 launch templates name it, Managed Instances take its ARN.
 */
export function instanceProfileName(role: DesignNode): string | undefined {
  const arn = role.data.arn;
  if (typeof arn === 'string' && arn) return arn.slice(arn.lastIndexOf('/') + 1) || undefined;
  return typeof role.data.roleName === 'string' && role.data.roleName ? role.data.roleName : undefined;
}

/** The profile's ARN; an existing role's ARN keeps its account and path. */
export function instanceProfileArn(role: DesignNode, ctx: DeriveContext): string {
  const arn = role.data.arn;
  if (typeof arn === 'string' && arn) return arn.replace(':role/', ':instance-profile/');
  return `arn:aws:iam::${ctx.accountId}:instance-profile/${textOf(role.data.roleName ?? role.id)}`;
}
