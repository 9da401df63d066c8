import type { Artifact } from '../../model/artifact.ts';
import { parameterizeImage } from './image-tags.ts';
import { cfnKeys, defined } from './keys.ts';
import type { CfnResource, MapContext, Mapper } from './types.ts';

/**
 * ECS: the API's camelCase members are CloudFormation's properties in PascalCase, with a
 * few names of their own (EFSVolumeConfiguration, FilesystemId, IAM, PlacementStrategies,
 * ProxyConfigurationProperties, ClusterSettings). Docker labels and log driver options
 * are maps: their keys are the user's.
 */
export const TASK_DEFINITION_KEYS = {
  keep: new Set(['dockerLabels', 'options', 'labels', 'driverOpts']),
  rename: {
    efsVolumeConfiguration: 'EFSVolumeConfiguration',
    fileSystemId: 'FilesystemId',
    iam: 'IAM',
    properties: 'ProxyConfigurationProperties',
    fsxWindowsFileServerVolumeConfiguration: 'FSxWindowsFileServerVolumeConfiguration',
  },
};
export const SERVICE_KEYS = { keep: new Set(['options']), rename: { placementStrategy: 'PlacementStrategies' } };

/** The logical name of a cluster's capacity provider association. */
export const associationName = (clusterName: string): string => `${clusterName}CapacityProviders`;

export const mapCluster: Mapper = (artifact, x) => {
  const c = x.resolve(artifact, artifact.content) as Record<string, unknown>;
  const name = x.nameOf(artifact);
  const cluster: CfnResource = {
    Type: 'AWS::ECS::Cluster',
    Properties: defined({
      ClusterName: c.clusterName,
      ClusterSettings: cfnKeys(c.settings),
      Configuration: cfnKeys(c.configuration),
      ServiceConnectDefaults: cfnKeys(c.serviceConnectDefaults),
      Tags: cfnKeys(c.tags),
    }),
  };
  const out: Array<[string, CfnResource]> = [[name, cluster]];
  // Providers are associated apart from the cluster: an EC2 provider's group names the
  // cluster (ECS_CLUSTER in user data), so listing it on the cluster would be a cycle.
  if (Array.isArray(c.capacityProviders) || Array.isArray(c.defaultCapacityProviderStrategy)) {
    out.push([
      associationName(name),
      {
        Type: 'AWS::ECS::ClusterCapacityProviderAssociations',
        Properties: {
          Cluster: { Ref: name },
          CapacityProviders: c.capacityProviders ?? [],
          DefaultCapacityProviderStrategy: cfnKeys(c.defaultCapacityProviderStrategy ?? []),
        },
      },
    ]);
  }
  return out;
};

export const mapCapacityProvider: Mapper = (artifact, x) => {
  const { cluster, ...rest } = x.resolve(artifact, artifact.content) as Record<string, unknown>;
  const props = cfnKeys(rest) as Record<string, unknown>;
  if (cluster !== undefined) props.ClusterName = cluster;
  return [[x.nameOf(artifact), { Type: 'AWS::ECS::CapacityProvider', Properties: props }]];
};

export const mapTaskDefinition: Mapper = (artifact, x) => {
  const c = x.resolve(artifact, artifact.content);
  const props = cfnKeys(c, TASK_DEFINITION_KEYS) as Record<string, unknown>;
  const family = String(artifact.content.family ?? x.nameOf(artifact));
  if (Array.isArray(props.ContainerDefinitions)) {
    props.ContainerDefinitions = props.ContainerDefinitions.map((cd: unknown) => {
      if (!cd || typeof cd !== 'object' || Array.isArray(cd)) return cd;
      const def = cd as Record<string, unknown>;
      if (typeof def.Name !== 'string' || def.Image === undefined) return def;
      return { ...def, Image: parameterizeImage(def.Image, family, def.Name, x.parameters) };
    });
  }
  return [[x.nameOf(artifact), { Type: 'AWS::ECS::TaskDefinition', Properties: props }]];
};

/**
 * A service waits for what CloudFormation cannot see it needs: the listener or rule that
 * forwards to its target group (a target group must be attached to a load balancer before
 * a service registers in it), and its cluster's capacity providers (a strategy naming a
 * provider not yet associated fails).
 */
function serviceDependencies(artifact: Artifact, x: MapContext): string[] {
  const depends = new Set<string>();
  const c = artifact.content;
  for (const lb of Array.isArray(c.loadBalancers) ? c.loadBalancers : []) {
    const arn = (lb as { targetGroupArn?: unknown }).targetGroupArn;
    if (typeof arn === 'string') for (const name of x.mentioning(arn, ['listener', 'listener-rule'])) depends.add(name);
  }
  const cluster = x.artifacts.find((a) => a.type === 'cluster' && a.content.clusterName === (c.cluster ?? 'default'));
  if (cluster && (Array.isArray(cluster.content.capacityProviders) || Array.isArray(cluster.content.defaultCapacityProviderStrategy))) {
    depends.add(associationName(x.nameOf(cluster)));
  }
  return [...depends];
}

export const mapService: Mapper = (artifact, x) => {
  const { clientToken: _token, ...c } = x.resolve(artifact, artifact.content) as Record<string, unknown>;
  const resource: CfnResource = { Type: 'AWS::ECS::Service', Properties: cfnKeys(c, SERVICE_KEYS) as Record<string, unknown> };
  const depends = serviceDependencies(artifact, x);
  if (depends.length) resource.DependsOn = depends;
  return [[x.nameOf(artifact), resource]];
};
