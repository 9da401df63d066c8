import type { Artifact } from '../../model/artifact.ts';
import type { DesignNode } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import { canonicalize } from '../../derive/canonical.ts';
import { type DeriveContext, safeSegment } from '../../derive/context.ts';
import { textOf } from '../../model/text.ts';

/** Fields of an EC2 capacity node that go into autoScalingGroupProvider. */
export const ASG_PROVIDER_FIELDS = ['managedScaling', 'managedTerminationProtection', 'managedDraining'] as const;

/** Until the group exists its ARN is unknown: the placeholder keeps the name and zeros the id. */
export function placeholderAsgArn(node: DesignNode, ctx: DeriveContext): string {
  return `arn:aws:autoscaling:${ctx.region}:${ctx.accountId}:autoScalingGroup:00000000-0000-0000-0000-000000000000:autoScalingGroupName/${textOf(node.data.name ?? node.id)}-asg`;
}

export function capacityProviderContent(node: DesignNode, ctx: DeriveContext): JsonObject {
  const d = node.data; // read only: canonicalize() copies what it emits
  const provider: JsonObject = {
    ...((d.providerExtra as JsonObject | undefined) ?? {}),
    autoScalingGroupArn: typeof d.autoScalingGroupArn === 'string' && d.autoScalingGroupArn ? d.autoScalingGroupArn : placeholderAsgArn(node, ctx),
  };
  for (const key of ASG_PROVIDER_FIELDS) if (d[key] !== undefined) provider[key] = d[key];
  const content: JsonObject = {
    ...((d.extra as JsonObject | undefined) ?? {}),
    name: d.name,
    autoScalingGroupProvider: provider,
    tags: d.tags,
  };
  return canonicalize(content, 'CreateCapacityProviderRequest');
}

/** The EC2 capacity's CreateCapacityProvider file. */
export function capacityProviderArtifacts(node: DesignNode, ctx: DeriveContext): Artifact[] {
  return [
    {
      path: `capacity-providers/${safeSegment(node.data.name, node.id)}.json`,
      type: 'capacity-provider',
      nodeId: node.id,
      title: textOf(node.data.name ?? node.id),
      content: capacityProviderContent(node, ctx),
      owners: [{ pointer: '', nodeId: node.id }],
    },
  ];
}
