import type { CreateCapacityProviderRequest, CreateManagedInstancesProviderConfiguration, InstanceLaunchTemplate, ManagedInstancesNetworkConfiguration } from '@aws-sdk/client-ecs';
import { instanceProfileArn } from '../iam-role/instance-profile.ts';
import type { Artifact, ArtifactOwner } from '../../model/artifact.ts';
import type { DesignNode } from '../../model/design.ts';
import { isPlainObject, pointer, type JsonObject } from '../../model/json.ts';
import { canonicalize } from '../../derive/canonical.ts';
import { type DeriveContext, safeSegment } from '../../derive/context.ts';
import { drawnFirst, hasPlacement, placementOf, securityGroupIds, subnetIds } from '../../derive/network-placement.ts';
import { textOf } from '../../model/text.ts';

/**
 * Members of managedInstancesProvider a Managed Instances node keeps under their own names;
 * any other member is kept in `providerExtra` and emitted again as it was.
 */
export const MI_PROVIDER_FIELDS = ['infrastructureRoleArn', 'instanceLaunchTemplate', 'propagateTags', 'infrastructureOptimization', 'autoRepairConfiguration'] as const;

export const PROVIDER = '/managedInstancesProvider';
export const TEMPLATE = `${PROVIDER}/instanceLaunchTemplate`;
export const NETWORK = `${TEMPLATE}/networkConfiguration`;

/** The cluster a Managed Instances provider is created for: the one it is connected to, else its literal `cluster`. */
export function providerCluster(node: DesignNode, ctx: DeriveContext): { value: unknown; node?: DesignNode } {
  const cluster = ctx.index.targets(node.id, 'in-cluster')[0];
  if (cluster) return { value: textOf(cluster.data.clusterName ?? 'default'), node: cluster };
  return { value: node.data.cluster };
}

/**
 * The CreateCapacityProvider input of a Managed Instances node: its own data, with what
 * its connections stand for laid over it (the cluster, the infrastructure role, the
 * instance profile, the subnets and security groups the instances are launched in), and
 * which node each part comes from.
 */
export function managedInstancesContent(node: DesignNode, ctx: DeriveContext): { content: JsonObject; owners: ArtifactOwner[] } {
  const d = node.data; // read only: what is changed below is a copy
  const owners: ArtifactOwner[] = [{ pointer: '', nodeId: node.id }];
  const template: JsonObject = isPlainObject(d.instanceLaunchTemplate) ? { ...d.instanceLaunchTemplate } : {};
  const profileRole = ctx.index.source(node.id, 'instance-role');
  if (profileRole) {
    template.ec2InstanceProfileArn = instanceProfileArn(profileRole, ctx);
    owners.push({ pointer: `${TEMPLATE}/ec2InstanceProfileArn`, nodeId: profileRole.id });
  }
  const placement = placementOf(node, ctx);
  if (hasPlacement(placement)) {
    const network = isPlainObject(template.networkConfiguration) ? template.networkConfiguration : {};
    template.networkConfiguration = {
      ...network,
      subnets: drawnFirst(subnetIds(placement, ctx), network.subnets) as JsonObject['subnets'],
      securityGroups: drawnFirst(securityGroupIds(placement, ctx), network.securityGroups) as JsonObject['securityGroups'],
    } satisfies Partial<Record<keyof ManagedInstancesNetworkConfiguration, unknown>>;
    placement.subnets.forEach((s, i) => owners.push({ pointer: pointer('managedInstancesProvider', 'instanceLaunchTemplate', 'networkConfiguration', 'subnets', i), nodeId: s.id }));
    placement.securityGroups.forEach((g, i) =>
      owners.push({ pointer: pointer('managedInstancesProvider', 'instanceLaunchTemplate', 'networkConfiguration', 'securityGroups', i), nodeId: g.id }),
    );
  }
  const provider: JsonObject = { ...(isPlainObject(d.providerExtra) ? d.providerExtra : {}) };
  for (const key of MI_PROVIDER_FIELDS satisfies ReadonlyArray<keyof CreateManagedInstancesProviderConfiguration>) {
    if (d[key] !== undefined) provider[key] = d[key];
  }
  const infrastructureRole = ctx.index.source(node.id, 'infrastructure-role');
  if (infrastructureRole) {
    provider.infrastructureRoleArn = ctx.roleArn(infrastructureRole);
    owners.push({ pointer: `${PROVIDER}/infrastructureRoleArn`, nodeId: infrastructureRole.id });
  }
  // A template that is not an object (kept as typed, API-SHAPE explains) stays so unless a connection fills it in.
  if (isPlainObject(d.instanceLaunchTemplate) || profileRole || hasPlacement(placement)) {
    provider.instanceLaunchTemplate = template satisfies Partial<Record<keyof InstanceLaunchTemplate, unknown>>;
  }
  const cluster = providerCluster(node, ctx);
  if (cluster.node) owners.push({ pointer: '/cluster', nodeId: cluster.node.id });
  const content = {
    ...(isPlainObject(d.extra) ? d.extra : {}),
    name: d.name,
    cluster: cluster.value,
    // An empty provider is emitted only when it was typed so (apply keeps an empty providerExtra).
    managedInstancesProvider: Object.keys(provider).length || d.providerExtra !== undefined ? provider : undefined,
    tags: d.tags,
  } satisfies Partial<Record<keyof CreateCapacityProviderRequest, unknown>>;
  return { content: canonicalize(content as JsonObject, 'CreateCapacityProviderRequest'), owners };
}

/** The Managed Instances capacity's CreateCapacityProvider file. */
export function managedInstancesArtifacts(node: DesignNode, ctx: DeriveContext): Artifact[] {
  const { content, owners } = managedInstancesContent(node, ctx);
  return [
    {
      path: `capacity-providers/${safeSegment(node.data.name, node.id)}.json`,
      type: 'capacity-provider',
      nodeId: node.id,
      title: textOf(node.data.name ?? node.id),
      content,
      owners,
    },
  ];
}
