import type { JsonValue } from '../../model/json.ts';
import { Call, Raw, type HclObject, type HclValue } from './hcl.ts';
import { bodyOf, isObject, tagsRule, type Spec } from './fields.ts';
import type { Mapper, TfResource } from './types.ts';

/**
 * An IAM role (AWS::IAM::Role-shaped in the design's files) as aws_iam_role with each
 * inline policy an aws_iam_role_policy and each managed policy an
 * aws_iam_role_policy_attachment; a container instance role also gets its instance profile.
 */
const ROLE: Spec = {
  RoleName: 'name',
  AssumeRolePolicyDocument: 'skip',
  Path: 'path',
  Description: 'description',
  MaxSessionDuration: 'max_session_duration',
  PermissionsBoundary: 'permissions_boundary',
  Tags: tagsRule,
  Policies: 'skip',
  ManagedPolicyArns: 'skip',
};

/** Plain JSON as an HCL value (no references: a trust policy stays as written). */
function literal(value: JsonValue): HclValue {
  if (Array.isArray(value)) return value.map(literal);
  if (value !== null && typeof value === 'object') {
    const out: HclObject = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = literal(v);
    return out;
  }
  return value;
}

export const mapRole: Mapper = (artifact, x) => {
  const resolved = x.resolve(artifact, artifact.content);
  const c: HclObject = isObject(resolved) ? resolved : {};
  const name = x.mainName(artifact);
  const body = bodyOf(c, ROLE, (path) => x.leaveOut(artifact, `${path} has no argument in aws_iam_role that this exporter writes`));
  // The trust policy stays literal: its SourceArn condition names the rule or schedule that
  // assumes the role, which names the role back (a cycle Terraform refuses).
  const trust = artifact.content.AssumeRolePolicyDocument;
  if (trust !== undefined) body.splice(1, 0, { name: 'assume_role_policy', value: new Call('jsonencode', [literal(trust)]) });
  const out: TfResource[] = [{ type: 'aws_iam_role', name, body }];
  const policies = Array.isArray(c.Policies) ? c.Policies.filter(isObject) : [];
  policies.forEach((p, i) => {
    out.push({
      type: 'aws_iam_role_policy',
      name: policies.length === 1 ? name : `${name}_${i + 1}`,
      body: [
        { name: 'name', value: p.PolicyName ?? `policy-${i + 1}` },
        { name: 'role', value: new Raw(`aws_iam_role.${name}.id`) },
        { name: 'policy', value: new Call('jsonencode', [p.PolicyDocument ?? {}]) },
      ],
    });
  });
  const managed = Array.isArray(c.ManagedPolicyArns) ? c.ManagedPolicyArns : [];
  managed.forEach((arn, i) => {
    out.push({
      type: 'aws_iam_role_policy_attachment',
      name: managed.length === 1 ? name : `${name}_${i + 1}`,
      body: [
        { name: 'role', value: new Raw(`aws_iam_role.${name}.name`) },
        { name: 'policy_arn', value: arn },
      ],
    });
  });
  const profile = x.resourceOf(artifact, 'instance-profile');
  if (profile) {
    out.push({
      type: 'aws_iam_instance_profile',
      name: x.nameOf(profile),
      body: [
        ...(c.RoleName !== undefined ? [{ name: 'name', value: c.RoleName }] : []),
        ...(c.Path !== undefined ? [{ name: 'path', value: c.Path }] : []),
        { name: 'role', value: new Raw(`aws_iam_role.${name}.name`) },
      ],
    });
  }
  return out;
};
