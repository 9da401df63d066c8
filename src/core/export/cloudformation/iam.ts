import type { CfnResource, Mapper } from './types.ts';
import { defined } from './keys.ts';

/**
 * IAM roles are derived as AWS::IAM::Role properties already. A container instance role
 * also gets its instance profile (of the same name, as the launch template names it).
 */
export const mapRole: Mapper = (artifact, x) => {
  // The trust policy stays literal: its SourceArn condition names the rule or schedule that
  // assumes the role, which names the role back (a cycle CloudFormation refuses).
  const { AssumeRolePolicyDocument, ...rest } = artifact.content;
  const props = { ...(x.resolve(artifact, rest) as Record<string, unknown>) };
  props.AssumeRolePolicyDocument = AssumeRolePolicyDocument;
  const name = x.nameOf(artifact);
  const out: Array<[string, CfnResource]> = [[name, { Type: 'AWS::IAM::Role', Properties: props }]];
  const profile = x.resourceOf(artifact, 'instance-profile');
  if (profile) {
    out.push([
      profile.logicalName,
      { Type: 'AWS::IAM::InstanceProfile', Properties: defined({ InstanceProfileName: props.RoleName, Path: props.Path, Roles: [{ Ref: name }] }) },
    ]);
  }
  return out;
};
