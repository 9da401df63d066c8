import type { Artifact } from '../../model/artifact.ts';
import type { DesignNode } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import { type DeriveContext, safeSegment } from '../../derive/context.ts';
import { buildRoleArtifactContent } from '../../derive/iam-policies.ts';
import type { EcsTaskTarget, TargetService } from './target.ts';

/** The service that assumes the role of a rule's or a schedule's target (ECS_RULES §5.1). */
export const STARTER_PRINCIPAL: Readonly<Record<TargetService, string>> = {
  events: 'events.amazonaws.com',
  scheduler: 'scheduler.amazonaws.com',
};

/** The rule's or schedule's own data field naming a role that exists: it replaces the generated one. */
export const EXISTING_ROLE_FIELD = 'existingRoleArn';

export interface StarterRole {
  /** What the target's RoleArn is. */
  arn: string;
  /** The generated role's name, when the design generates it. */
  impliedName?: string;
}

/**
 * One role per rule or schedule rather than one shared: each may pass exactly the roles of
 * the task it starts and run exactly its task definition in its cluster (least privilege),
 * and deleting a rule deletes its role.
 */
export function starterRole(source: DesignNode, ctx: DeriveContext, name: string, service: TargetService): StarterRole {
  const existing = source.data[EXISTING_ROLE_FIELD];
  if (typeof existing === 'string' && existing) return { arn: existing };
  const impliedName = `${name}-${service === 'events' ? 'events' : 'scheduler'}-role`.slice(0, 64);
  return { arn: `arn:aws:iam::${ctx.accountId}:role/${impliedName}`, impliedName };
}

/**
 * What the role may do (ECS_RULES §5.2 "Scheduled task via EventBridge"): ecs:RunTask on
 * every revision of the task's family, only in its cluster; iam:PassRole on exactly the
 * task role and execution role the task uses, only to ECS tasks; ecs:TagResource on the
 * tasks it starts when RunTask tags them (ECS authorises tagging on create separately).
 */
export function starterStatements(target: EcsTaskTarget | undefined, ctx: DeriveContext): JsonObject[] {
  if (!target?.familyArn) return [];
  const statements: JsonObject[] = [
    {
      Sid: 'RunTask',
      Effect: 'Allow',
      Action: 'ecs:RunTask',
      Resource: target.familyArn,
      Condition: { ArnEquals: { 'ecs:cluster': target.clusterArn } },
    },
  ];
  if (target.passRoles.length) {
    statements.push({
      Sid: 'PassTaskRoles',
      Effect: 'Allow',
      Action: 'iam:PassRole',
      Resource: target.passRoles,
      Condition: { StringLike: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } },
    });
  }
  const run = target.runTask;
  if (run.tags !== undefined || run.propagateTags !== undefined || run.enableECSManagedTags === true) {
    statements.push({
      Sid: 'TagTasks',
      Effect: 'Allow',
      Action: 'ecs:TagResource',
      Resource: `arn:aws:ecs:${ctx.region}:${ctx.accountId}:task/${target.clusterName}/*`,
      Condition: { StringEquals: { 'ecs:CreateAction': 'RunTask' } },
    });
  }
  return statements;
}

/** Trust: only this service, for this account and this rule (or schedule group): confused-deputy conditions. */
function starterTrust(service: TargetService, sourceArn: string, ctx: DeriveContext): JsonObject {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Service: STARTER_PRINCIPAL[service] },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'aws:SourceAccount': ctx.accountId }, ArnLike: { 'aws:SourceArn': sourceArn } },
      },
    ],
  };
}

/** The generated role file of a rule or schedule (none when it names an existing role). */
export function starterRoleArtifact(
  source: DesignNode,
  ctx: DeriveContext,
  role: StarterRole,
  service: TargetService,
  sourceArn: string,
  target: EcsTaskTarget | undefined,
): Artifact | undefined {
  if (!role.impliedName) return undefined;
  return {
    path: `iam-roles/${safeSegment(role.impliedName, source.id)}.json`,
    type: 'iam-role',
    nodeId: source.id,
    title: role.impliedName,
    content: buildRoleArtifactContent(ctx, {
      roleName: role.impliedName,
      kind: source.kind,
      taskDefinitions: [],
      data: { assumeRolePolicyDocument: starterTrust(service, sourceArn, ctx), policyStatements: starterStatements(target, ctx) },
    }),
    owners: [{ pointer: '', nodeId: source.id }],
    implied: true,
  };
}
