import { DeriveContext } from '../../derive/context.ts';
import { DERIVED_POLICY_NAME, ROLE_KEY_ORDER, trustPolicy } from '../../derive/iam-policies.ts';
import type { Artifact } from '../../model/artifact.ts';
import type { Design, DesignNode } from '../../model/design.ts';
import { isPlainObject, jsonEqual, type JsonObject, type JsonValue } from '../../model/json.ts';
import { DesignDraft, stripNulls } from '../../apply/common.ts';
import type { ApplyResult, Notice } from '../../apply/types.ts';
import { taskRoleAccessStatements } from '../../derive/task-role-access.ts';
import { EFS_POLICY_NAME } from '../efs-file-system/task-role.ts';
import { impliedInfrastructurePolicies } from './infrastructure-uses.ts';

/** Role file key → role node data key, for the fields kept as they are. */
const DATA_KEYS: Record<string, string> = {
  Path: 'path',
  Description: 'description',
  PermissionsBoundary: 'permissionsBoundary',
  MaxSessionDuration: 'maxSessionDuration',
  Tags: 'tags',
  ManagedPolicyArns: 'managedPolicyArns',
};

/**
 * AWS::IAM::Role properties → the role node. The execution role's policy is generated from
 * the task definitions, so edits to it are not kept (a notice says so); a task role's
 * application policy becomes its statements.
 */
export function applyIamRole(design: Design, role: DesignNode, _artifact: Artifact | undefined, content: JsonObject): ApplyResult {
  if (role.kind === 'task-definition') {
    return { ok: false, error: 'This execution role is implied by the task definition; draw a Task execution role to edit it.' };
  }
  const ctx = new DeriveContext(design);
  const notices: Notice[] = [];
  const data: JsonObject = { ...role.data };
  for (const key of [...Object.values(DATA_KEYS), 'roleName', 'assumeRolePolicyDocument', 'policyStatements', 'extraPolicies']) delete data[key];
  if (typeof content.RoleName === 'string') data.roleName = content.RoleName;
  for (const [fileKey, dataKey] of Object.entries(DATA_KEYS)) {
    const value = content[fileKey];
    if (value !== undefined && value !== null) data[dataKey] = stripNulls(value);
  }
  if (role.kind === 'role-infrastructure' && Array.isArray(data.managedPolicyArns)) {
    // The policies the connections imply come back on their own: keep only the user's.
    const implied = impliedInfrastructurePolicies(role, ctx.index);
    const own = data.managedPolicyArns.filter((arn) => typeof arn !== 'string' || !implied.includes(arn) || ownManaged(role).includes(arn));
    if (own.length || role.data.managedPolicyArns !== undefined) data.managedPolicyArns = own;
    else delete data.managedPolicyArns;
  }
  if (content.AssumeRolePolicyDocument !== undefined && !jsonEqual(content.AssumeRolePolicyDocument, trustPolicy(role.kind, ctx))) {
    data.assumeRolePolicyDocument = stripNulls(content.AssumeRolePolicyDocument!);
  }
  const policies = Array.isArray(content.Policies) ? content.Policies.filter(isPlainObject) : [];
  const derivedName = DERIVED_POLICY_NAME[role.kind];
  const extra: JsonObject[] = [];
  for (const policy of policies) {
    const statements = (policy.PolicyDocument as { Statement?: unknown } | undefined)?.Statement;
    if (policy.PolicyName === derivedName && role.kind === 'role-execution') {
      notices.push({ level: 'info', message: 'The execution role policy is generated from what the task definitions use; edit those instead.' });
    } else if (policy.PolicyName === EFS_POLICY_NAME && role.kind === 'role-task') {
      notices.push({ level: 'info', message: 'The efs-access policy is generated from the task definitions’ EFS mounts with IAM authorization; edit those instead.' });
    } else if (policy.PolicyName === derivedName && Array.isArray(statements)) {
      const own = ownStatements(ctx, role, stripNulls(statements), notices);
      if (own.length || role.data.policyStatements !== undefined) data.policyStatements = own;
    } else {
      extra.push(stripNulls(policy));
    }
  }
  if (extra.length) data.extraPolicies = extra;
  const unknown = Object.keys(content).filter((k) => !(ROLE_KEY_ORDER as readonly string[]).includes(k));
  if (unknown.length) notices.push({ level: 'warning', message: `Not kept (not a role property): ${unknown.join(', ')}` });
  const draft = new DesignDraft(design);
  draft.setData(role.id, data);
  return { ok: true, design: draft.finish(), notices };
}

function ownManaged(role: DesignNode): JsonValue[] {
  return Array.isArray(role.data.managedPolicyArns) ? role.data.managedPolicyArns : [];
}

/**
 * The task role's own statements: the text's statements without those its task definitions'
 * "accesses" connections generate (they are derived again; removing one means removing the
 * connection, which a notice says).
 */
function ownStatements(ctx: DeriveContext, role: DesignNode, statements: JsonValue[], notices: Notice[]): JsonValue[] {
  if (role.kind !== 'role-task') return statements;
  const derived = taskRoleAccessStatements(ctx.index.targets(role.id, 'task-role').filter((n) => n.kind === 'task-definition'), ctx);
  if (!derived.length) return statements;
  const own = statements.filter((s) => !derived.some((d) => jsonEqual(d, s)));
  if (derived.some((d) => !statements.some((s) => jsonEqual(d, s)))) {
    notices.push({ level: 'info', message: 'Statements for connected buckets, tables, queues and topics come from the connections; change the connection’s access or remove it instead.' });
  }
  return own;
}
