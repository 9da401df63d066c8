import type { DesignNode, NodeKind } from '../model/design.ts';
import type { JsonObject } from '../model/json.ts';
import { orderKeys } from './canonical.ts';
import type { DeriveContext } from './context.ts';
import { mergedNeeds, taskDefinitionNeeds, unique } from './execution-needs.ts';
import { taskRoleAccessStatements } from './task-role-access.ts';
import { secretKeyStatements, secretPolicyResource } from '../kinds/secret/execution-role.ts';
import { efsTaskRolePolicy } from '../kinds/efs-file-system/task-role.ts';
import { impliedInfrastructurePolicies } from '../kinds/iam-role/infrastructure-uses.ts';

/**
 * IAM roles are emitted as the Properties of a CloudFormation AWS::IAM::Role: a documented
 * shape that holds the trust policy, managed policies and inline policies in one file.
 */
export const ROLE_KEY_ORDER = [
  'RoleName',
  'Path',
  'Description',
  'AssumeRolePolicyDocument',
  'ManagedPolicyArns',
  'Policies',
  'PermissionsBoundary',
  'MaxSessionDuration',
  'Tags',
] as const;

export const DERIVED_POLICY_NAME: Partial<Record<NodeKind, string>> = {
  'role-execution': 'ecs-task-execution',
  'role-task': 'application',
  'events-rule': 'run-task',
  schedule: 'run-task',
};

const TRUSTED_SERVICE: Partial<Record<NodeKind, string>> = {
  'role-task': 'ecs-tasks.amazonaws.com',
  'role-execution': 'ecs-tasks.amazonaws.com',
  'role-instance': 'ec2.amazonaws.com',
  'role-infrastructure': 'ecs.amazonaws.com',
};

/** Trust policy: who may assume the role. Task roles get the confused-deputy conditions (IAM-CONFUSED). */
export function trustPolicy(kind: NodeKind, ctx: DeriveContext): JsonObject {
  // The same for every role of a kind in a design: built once per pass and shared (artifacts are read-only).
  let policy = ctx.trustPolicies.get(kind);
  if (!policy) ctx.trustPolicies.set(kind, (policy = buildTrustPolicy(kind, ctx)));
  return policy;
}

function buildTrustPolicy(kind: NodeKind, ctx: DeriveContext): JsonObject {
  const statement: JsonObject = {
    Effect: 'Allow',
    Principal: { Service: TRUSTED_SERVICE[kind] ?? 'ecs-tasks.amazonaws.com' },
    Action: 'sts:AssumeRole',
  };
  if (kind === 'role-task' || kind === 'role-execution') {
    statement.Condition = {
      ArnLike: { 'aws:SourceArn': `arn:aws:ecs:${ctx.region}:${ctx.accountId}:*` },
      StringEquals: { 'aws:SourceAccount': ctx.accountId },
    };
  }
  return { Version: '2012-10-17', Statement: [statement] };
}

/** Exactly the permissions the task definitions using an execution role need (ECS_RULES §5.2). */
export function executionRoleStatements(taskDefinitions: readonly DesignNode[], ctx: DeriveContext): JsonObject[] {
  // Read from the containers as emitted: secrets and images their relations stand for included.
  const needs = mergedNeeds(taskDefinitions.map((td) => taskDefinitionNeeds(td.id, ctx)));
  const statements: JsonObject[] = [];
  if (needs.ecrRepositories.length) {
    statements.push({ Sid: 'EcrAuth', Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' });
    statements.push({
      Sid: 'EcrPull',
      Effect: 'Allow',
      Action: ['ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage'],
      Resource: needs.ecrRepositories,
    });
  }
  if (needs.logGroups.length) {
    const arns = unique(needs.logGroups.map((g) => `arn:aws:logs:${g.region}:${ctx.accountId}:log-group:${g.group}:*`));
    const actions = ['logs:CreateLogStream', 'logs:PutLogEvents'];
    if (needs.logGroups.some((g) => g.createGroup)) actions.unshift('logs:CreateLogGroup');
    statements.push({ Sid: 'AwsLogs', Effect: 'Allow', Action: actions, Resource: arns });
  }
  if (needs.secretsManager.length) {
    statements.push({
      Sid: 'Secrets',
      Effect: 'Allow',
      Action: 'secretsmanager:GetSecretValue',
      Resource: needs.secretsManager.map((s) => (s.startsWith('arn:') ? secretPolicyResource(s, ctx) : `arn:aws:secretsmanager:${ctx.region}:${ctx.accountId}:secret:${s}*`)),
    });
  }
  if (needs.ssmParameters.length) {
    statements.push({
      Sid: 'Parameters',
      Effect: 'Allow',
      Action: 'ssm:GetParameters',
      Resource: needs.ssmParameters.map((p) =>
        p.startsWith('arn:') ? p : `arn:aws:ssm:${ctx.region}:${ctx.accountId}:parameter/${p.replace(/^\//, '')}`,
      ),
    });
  }
  statements.push(...secretKeyStatements(needs, ctx));
  if (needs.s3Objects.length) {
    statements.push({ Sid: 'EnvironmentFiles', Effect: 'Allow', Action: 's3:GetObject', Resource: needs.s3Objects });
    const buckets = unique(needs.s3Objects.map((o) => o.replace(/^(arn:[^:]+:s3:::[^/]+).*$/, '$1')));
    statements.push({ Sid: 'EnvironmentFileBuckets', Effect: 'Allow', Action: 's3:GetBucketLocation', Resource: buckets });
  }
  return statements;
}

export interface RoleInput {
  roleName: string;
  kind: NodeKind;
  /** Task definitions the role serves (execution roles: their needs become the policy). */
  taskDefinitions: readonly DesignNode[];
  /** The role's own node data, when the role is drawn. */
  data?: JsonObject;
  /** The drawn role, for what its connections imply (an infrastructure role's managed policies). */
  node?: DesignNode;
}

export function buildRoleArtifactContent(ctx: DeriveContext, role: RoleInput): JsonObject {
  const data = role.data ?? {};
  // Built in ROLE_KEY_ORDER, leaving out what is unset, so orderKeys() below has nothing to copy.
  const content: JsonObject = { RoleName: role.roleName };
  if (data.path !== undefined) content.Path = data.path;
  if (data.description !== undefined) content.Description = data.description;
  content.AssumeRolePolicyDocument = (data.assumeRolePolicyDocument as JsonObject | undefined) ?? trustPolicy(role.kind, ctx);
  const managed = Array.isArray(data.managedPolicyArns) ? data.managedPolicyArns : [];
  // An infrastructure role gets the AWS managed policy of each thing ECS does with it, after the user's own.
  const implied = role.kind === 'role-infrastructure' && role.node ? impliedInfrastructurePolicies(role.node, ctx.index) : [];
  const all = implied.length ? [...managed, ...implied.filter((arn) => !managed.includes(arn))] : managed;
  if (all.length) content.ManagedPolicyArns = all;
  const own = Array.isArray(data.policyStatements) ? (data.policyStatements as JsonObject[]) : [];
  // A task role gets what its task definitions' "accesses" connections need first, then the user's own statements.
  const statements =
    role.kind === 'role-execution'
      ? executionRoleStatements(role.taskDefinitions, ctx)
      : role.kind === 'role-task'
        ? [...taskRoleAccessStatements(role.taskDefinitions, ctx), ...own]
        : own;
  const policies: JsonObject[] = [];
  if (statements.length) {
    policies.push({
      PolicyName: DERIVED_POLICY_NAME[role.kind] ?? 'inline',
      PolicyDocument: { Version: '2012-10-17', Statement: statements },
    });
  }
  if (role.kind === 'role-task') {
    const efs = efsTaskRolePolicy(role.taskDefinitions, ctx);
    if (efs) policies.push(efs);
  }
  if (Array.isArray(data.extraPolicies)) policies.push(...(data.extraPolicies as JsonObject[]));
  if (policies.length) content.Policies = policies;
  if (data.permissionsBoundary !== undefined) content.PermissionsBoundary = data.permissionsBoundary;
  if (data.maxSessionDuration !== undefined) content.MaxSessionDuration = data.maxSessionDuration;
  if (data.tags !== undefined) content.Tags = data.tags;
  return orderKeys(content, ROLE_KEY_ORDER);
}
