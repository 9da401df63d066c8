import type { Artifact } from '../../model/artifact.ts';
import type { Piece } from '../references.ts';
import { pascalWords } from '../logical-names.ts';
import { escapeSub } from './intrinsics.ts';
import { defined } from './keys.ts';
import type { Mapper, MapContext } from './types.ts';

/**
 * EC2 capacity: the launch template and its Auto Scaling group. The AMI comes from the
 * ECS-optimised public SSM parameter as a parameter of SSM type (CloudFormation resolves
 * it at deploy time; the user can override it with an AMI id or another parameter), and
 * the user data's ECS_CLUSTER names the cluster by Ref, so a renamed cluster follows.
 */

const SSM_IMAGE = 'resolve:ssm:';

/** A template parameter for an SSM-resolved AMI, shared by every launch template that uses the same path. */
export interface ImageParameters {
  image(path: string): string;
}

function base64Decode(text: string): string | undefined {
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/** User data with `ECS_CLUSTER=<a cluster of the design>` as Fn::Base64 of Fn::Sub, else left as it is. */
function userData(encoded: unknown, artifact: Artifact, x: MapContext): unknown {
  if (typeof encoded !== 'string') return encoded;
  const script = base64Decode(encoded);
  if (script === undefined) return encoded;
  let found = false;
  const template = script.split(/(ECS_CLUSTER=[A-Za-z0-9_-]+)/).map((part) => {
    const m = /^ECS_CLUSTER=([A-Za-z0-9_-]+)$/.exec(part);
    const ref = m ? x.catalog.nameReference('cluster', m[1]!) : undefined;
    const only = ref?.length === 1 ? (ref[0] as Piece) : undefined;
    if (only && typeof only === 'object' && 'ref' in only && only.ref.resource.artifact.path !== artifact.path) {
      found = true;
      return `ECS_CLUSTER=\${${only.ref.resource.logicalName}}`;
    }
    return escapeSub(part);
  });
  return found ? { 'Fn::Base64': { 'Fn::Sub': template.join('') } } : encoded;
}

export function launchTemplateMapper(images: ImageParameters): Mapper {
  return (artifact, x) => {
    const c = x.resolve(artifact, artifact.content) as Record<string, unknown>;
    const { DryRun: _dry, ClientToken: _token, ...props } = c;
    const data = { ...((props.LaunchTemplateData as Record<string, unknown> | undefined) ?? {}) };
    if (typeof data.ImageId === 'string' && data.ImageId.startsWith(SSM_IMAGE)) data.ImageId = { Ref: images.image(data.ImageId.slice(SSM_IMAGE.length)) };
    const raw = artifact.content.LaunchTemplateData as Record<string, unknown> | undefined;
    if (raw?.UserData !== undefined) data.UserData = userData(raw.UserData, artifact, x);
    return [[x.nameOf(artifact), { Type: 'AWS::EC2::LaunchTemplate', Properties: defined({ ...props, LaunchTemplateData: data }) }]];
  };
}

/** The SSM parameter path as a parameter name: `/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id` → `EcsOptimizedAmiAmazonLinux2023`. */
export function imageParameterName(path: string): string {
  const words = path.replace(/^\/aws\/service\//, '').replace(/\/recommended\/image_id$/, '');
  return `${pascalWords(words)}ImageId`;
}

const sizes = ['MinSize', 'MaxSize', 'DesiredCapacity'] as const;

export const mapAutoScalingGroup: Mapper = (artifact, x) => {
  const raw = artifact.content;
  // VPCZoneIdentifier is one comma-separated string in the API, a list in the template.
  const content = typeof raw.VPCZoneIdentifier === 'string' ? { ...raw, VPCZoneIdentifier: raw.VPCZoneIdentifier.split(',').filter(Boolean) } : raw;
  const props = { ...(x.resolve(artifact, content) as Record<string, unknown>) };
  for (const key of sizes) if (typeof props[key] === 'number') props[key] = String(props[key]);
  const spec = props.LaunchTemplate as Record<string, unknown> | undefined;
  const template = spec && typeof spec.LaunchTemplateName === 'object' ? (spec.LaunchTemplateName as { Ref?: string }).Ref : undefined;
  // The group follows the template's latest version by its number ($Latest is not a template version CloudFormation tracks).
  if (template) props.LaunchTemplate = { LaunchTemplateId: { Ref: template }, Version: { 'Fn::GetAtt': [template, 'LatestVersionNumber'] } };
  if (Array.isArray(props.Tags)) props.Tags = props.Tags.map((t) => defined({ Key: t.Key, Value: t.Value, PropagateAtLaunch: t.PropagateAtLaunch ?? false }));
  return [[x.nameOf(artifact), { Type: 'AWS::AutoScaling::AutoScalingGroup', Properties: props }]];
};
