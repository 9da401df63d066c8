import type { CreateAutoScalingGroupType } from '@aws-sdk/client-auto-scaling';
import { instanceProfileName } from '../iam-role/instance-profile.ts';
import type { CreateLaunchTemplateRequest, RequestLaunchTemplateData } from '@aws-sdk/client-ec2';
import type { Artifact, ArtifactType } from '../../model/artifact.ts';
import type { DesignNode } from '../../model/design.ts';
import { isPlainObject, pointer, type JsonObject, type JsonValue } from '../../model/json.ts';
import { canonicalize, orderKeys } from '../../derive/canonical.ts';
import { type DeriveContext, safeSegment } from '../../derive/context.ts';
import { drawnFirst, placementOf, securityGroupIds, subnetIds } from '../../derive/network-placement.ts';
import { textOf } from '../../model/text.ts';
import { AMI_PARAMETERS, amiFamilyOf, imageIdOf } from './ami.ts';
import { bagOf, layFile } from './file-layers.ts';
import { base64, userDataScript } from './user-data.ts';

/** Fields of an EC2 capacity node that go into autoScalingGroupProvider. */
export const ASG_PROVIDER_FIELDS = ['managedScaling', 'managedTerminationProtection', 'managedDraining'] as const;

/** The tag ECS puts on (and expects on) a group it scales (ASG-POLICY). */
export const ECS_MANAGED_TAG = 'AmazonECSManaged';

const nameOf = (node: DesignNode) => textOf(node.data.name ?? node.id);

/** The group's name: the node's own when it has one, else the capacity provider's with `-asg`. */
export function autoScalingGroupNameOf(node: DesignNode): string {
  return typeof node.data.autoScalingGroupName === 'string' && node.data.autoScalingGroupName ? node.data.autoScalingGroupName : `${nameOf(node)}-asg`;
}

export function launchTemplateNameOf(node: DesignNode): string {
  return typeof node.data.launchTemplateName === 'string' && node.data.launchTemplateName ? node.data.launchTemplateName : `${nameOf(node)}-launch-template`;
}

/** Until the group exists its ARN is unknown: the placeholder keeps the name and zeros the id. */
export function placeholderAsgArn(node: DesignNode, ctx: DeriveContext): string {
  return `arn:aws:autoscaling:${ctx.region}:${ctx.accountId}:autoScalingGroup:00000000-0000-0000-0000-000000000000:autoScalingGroupName/${autoScalingGroupNameOf(node)}`;
}

/**
 * A literal autoScalingGroupArn names a group that exists already: the design then creates
 * neither the group nor its launch template (as any node that names an existing resource
 * is referred to and not created). Deriving them anyway would make the export create a
 * second group beside the one the provider uses, which is the more surprising outcome.
 */
export function usesExistingGroup(node: DesignNode): boolean {
  return typeof node.data.autoScalingGroupArn === 'string' && node.data.autoScalingGroupArn !== '';
}

export function capacityProviderContent(node: DesignNode, ctx: DeriveContext): JsonObject {
  const d = node.data; // read only: canonicalize() copies what it emits
  const provider: JsonObject = {
    ...((d.providerExtra as JsonObject | undefined) ?? {}),
    autoScalingGroupArn: usesExistingGroup(node) ? (d.autoScalingGroupArn as string) : placeholderAsgArn(node, ctx),
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

/** CreateLaunchTemplate keys and LaunchTemplateData keys, the modelled ones first. */
export const LAUNCH_TEMPLATE_KEYS = ['DryRun', 'ClientToken', 'LaunchTemplateName', 'VersionDescription', 'LaunchTemplateData', 'OperatorRequest', 'TagSpecifications'] as const;
export const LAUNCH_TEMPLATE_DATA_KEYS = ['ImageId', 'InstanceType', 'IamInstanceProfile', 'SecurityGroupIds', 'UserData'] as const;
/** CreateAutoScalingGroup keys in API-reference order. */
export const AUTO_SCALING_GROUP_KEYS = [
  'AutoScalingGroupName',
  'LaunchConfigurationName',
  'LaunchTemplate',
  'MixedInstancesPolicy',
  'InstanceId',
  'MinSize',
  'MaxSize',
  'DesiredCapacity',
  'DefaultCooldown',
  'AvailabilityZones',
  'LoadBalancerNames',
  'TargetGroupARNs',
  'HealthCheckType',
  'HealthCheckGracePeriod',
  'PlacementGroup',
  'VPCZoneIdentifier',
  'TerminationPolicies',
  'NewInstancesProtectedFromScaleIn',
  'CapacityRebalance',
  'LifecycleHookSpecificationList',
  'Tags',
  'ServiceLinkedRoleARN',
  'MaxInstanceLifetime',
  'Context',
  'DesiredCapacityType',
  'DefaultInstanceWarmup',
  'TrafficSources',
  'InstanceMaintenancePolicy',
  'AvailabilityZoneDistribution',
  'AvailabilityZoneImpairmentPolicy',
  'SkipZonalShiftValidation',
  'CapacityReservationSpecification',
] as const;

/** The cluster the instances join: the one drawn (ASG-ONECLUSTER allows one), else ECS's `default`. */
export function agentClusterOf(node: DesignNode, ctx: DeriveContext): { name: string; cluster?: DesignNode } {
  const cluster = ctx.index.targets(node.id, 'in-cluster')[0];
  const name = cluster && typeof cluster.data.clusterName === 'string' && cluster.data.clusterName ? cluster.data.clusterName : 'default';
  return { name, cluster };
}

/** What the launch template's data takes from the drawing rather than from the node's fields. */
export function derivedLaunchTemplateData(node: DesignNode, ctx: DeriveContext): JsonObject {
  const family = amiFamilyOf(node.data.amiFamily);
  const role = ctx.index.source(node.id, 'instance-role');
  const profile = role ? instanceProfileName(role) : undefined;
  const data = {
    ImageId: imageIdOf(family),
    IamInstanceProfile: profile ? { Name: profile } : undefined,
    UserData: base64(userDataScript(AMI_PARAMETERS[family].config, agentClusterOf(node, ctx).name)),
  } satisfies RequestLaunchTemplateData;
  return data as JsonObject;
}

export function launchTemplateModelled(node: DesignNode, ctx: DeriveContext): JsonObject {
  return {
    InstanceType: node.data.instanceType,
    SecurityGroupIds: drawnFirst(securityGroupIds(placementOf(node, ctx), ctx), node.data.securityGroupIds) as JsonValue | undefined,
  };
}

export function launchTemplateContent(node: DesignNode, ctx: DeriveContext): JsonObject {
  const data = orderKeys(layFile(derivedLaunchTemplateData(node, ctx), bagOf(node.data.launchTemplateData), launchTemplateModelled(node, ctx)), LAUNCH_TEMPLATE_DATA_KEYS);
  const content = layFile({}, bagOf(node.data.launchTemplate), { LaunchTemplateName: launchTemplateNameOf(node), LaunchTemplateData: data });
  return orderKeys(content satisfies Partial<Record<keyof CreateLaunchTemplateRequest, unknown>>, LAUNCH_TEMPLATE_KEYS);
}

/** What the group takes from the drawing and the provider's settings. */
export function derivedAutoScalingGroup(node: DesignNode): JsonObject {
  const extra = bagOf(node.data.autoScalingGroup).extra;
  const scaling = isPlainObject(node.data.managedScaling) ? node.data.managedScaling : undefined;
  const group = {
    // A mixed instances policy names its own launch templates; the API takes one or the other.
    LaunchTemplate: extra?.MixedInstancesPolicy !== undefined ? undefined : { LaunchTemplateName: launchTemplateNameOf(node), Version: '$Latest' },
    // Managed termination protection needs scale-in protection on the group (ASG-MTP-ASG).
    NewInstancesProtectedFromScaleIn: node.data.managedTerminationProtection === 'ENABLED' ? true : undefined,
    Tags: scaling?.status === 'ENABLED' ? [{ Key: ECS_MANAGED_TAG, Value: '', PropagateAtLaunch: true }] : undefined,
  } satisfies Partial<CreateAutoScalingGroupType>;
  return group as JsonObject;
}

/** The subnet ids the group launches into: the drawn ones first, then the node's literal `subnets`. */
export function groupSubnetIds(node: DesignNode, ctx: DeriveContext): string[] {
  const ids = drawnFirst(subnetIds(placementOf(node, ctx), ctx), node.data.subnets);
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}

export function autoScalingGroupModelled(node: DesignNode, ctx: DeriveContext): JsonObject {
  const subnets = groupSubnetIds(node, ctx);
  return {
    AutoScalingGroupName: autoScalingGroupNameOf(node),
    MinSize: node.data.minSize,
    MaxSize: node.data.maxSize,
    DesiredCapacity: node.data.desiredCapacity,
    VPCZoneIdentifier: subnets.length ? subnets.join(',') : undefined,
  };
}

export function autoScalingGroupContent(node: DesignNode, ctx: DeriveContext): JsonObject {
  return orderKeys(layFile(derivedAutoScalingGroup(node), bagOf(node.data.autoScalingGroup), autoScalingGroupModelled(node, ctx)), AUTO_SCALING_GROUP_KEYS);
}

function file(node: DesignNode, type: ArtifactType, folder: string, title: string, content: JsonObject): Artifact {
  return { path: `${folder}/${safeSegment(node.data.name, node.id)}.json`, type, nodeId: node.id, title, content, owners: [{ pointer: '', nodeId: node.id }] };
}

/**
 * The EC2 capacity's files: CreateCapacityProvider, and unless it uses an existing group,
 * the launch template and the group it is the provider of. The group's folders sort after
 * capacity-providers/ on purpose: a node's first file is the one its problems point into.
 */
export function capacityProviderArtifacts(node: DesignNode, ctx: DeriveContext): Artifact[] {
  const provider = file(node, 'capacity-provider', 'capacity-providers', nameOf(node), capacityProviderContent(node, ctx));
  if (usesExistingGroup(node)) return [provider];
  const placement = placementOf(node, ctx);
  const template = file(node, 'launch-template', 'ec2-launch-templates', launchTemplateNameOf(node), launchTemplateContent(node, ctx));
  placement.securityGroups.forEach((g, i) => template.owners.push({ pointer: pointer('LaunchTemplateData', 'SecurityGroupIds', i), nodeId: g.id }));
  const role = ctx.index.source(node.id, 'instance-role');
  if (role) template.owners.push({ pointer: pointer('LaunchTemplateData', 'IamInstanceProfile'), nodeId: role.id });
  const { cluster } = agentClusterOf(node, ctx);
  if (cluster) template.owners.push({ pointer: pointer('LaunchTemplateData', 'UserData'), nodeId: cluster.id });
  const group = file(node, 'auto-scaling-group', 'ec2-auto-scaling-groups', autoScalingGroupNameOf(node), autoScalingGroupContent(node, ctx));
  for (const s of placement.subnets) group.owners.push({ pointer: pointer('VPCZoneIdentifier'), nodeId: s.id });
  return [provider, template, group];
}
