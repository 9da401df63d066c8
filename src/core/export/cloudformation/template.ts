import { ARTIFACT_TYPES, type Artifact, type ArtifactType } from '../../model/artifact.ts';
import type { Design } from '../../model/design.ts';
import type { JsonValue } from '../../model/json.ts';
import { derive } from '../../derive/index.ts';
import { DeriveContext } from '../../derive/context.ts';
import { ReferenceCatalog, type CatalogResource } from '../references.ts';
import { Parameters, renderPieces } from './intrinsics.ts';
import { imageParameterName, launchTemplateMapper, mapAutoScalingGroup } from './instances.ts';
import { mapCapacityProvider, mapCluster, mapService, mapTaskDefinition } from './ecs.ts';
import { mapRole } from './iam.ts';
import { mapListener, mapListenerRule, mapLoadBalancer, mapTargetGroup } from './elbv2.ts';
import {
  mapGatewayAttachment, mapInternetGateway, mapNatGateway, mapRoute, mapRouteTable, mapRouteTableAssociation,
  mapSecurityGroup, mapSecurityGroupIngress, mapSubnet, mapVpc,
} from './network.ts';
import { FOLDED_INTO, STORAGE_MAPPERS } from './storage.ts';
import { restoreExpressions } from './restore-expressions.ts';
import { withPseudoParameters } from './pseudo-parameters.ts';
import { withLogGroups } from './log-groups.ts';
import type { CfnResource, LeftOut, MapContext, Mapper } from './types.ts';

export type { LeftOut } from './types.ts';

/** A template and what could not be put in it. */
export interface CloudFormationExport {
  template: Record<string, unknown>;
  leftOut: LeftOut[];
}

/**
 * How each artifact type becomes resources, in the order the template lists them. A type
 * that is folded into another's resource (a bucket's versioning) is in FOLDED_INTO; a type
 * with neither is reported in `leftOut`, never dropped silently.
 */
function mappers(images: { image(path: string): string }): Array<[ArtifactType, Mapper]> {
  return [
    ['cluster', mapCluster],
    ['capacity-provider', mapCapacityProvider],
    ['task-definition', mapTaskDefinition],
    ['service', mapService],
    ['iam-role', mapRole],
    ['load-balancer', mapLoadBalancer],
    ['target-group', mapTargetGroup],
    ['listener', mapListener],
    ['listener-rule', mapListenerRule],
    ['vpc', mapVpc],
    ['subnet', mapSubnet],
    ['internet-gateway', mapInternetGateway],
    ['internet-gateway-attachment', mapGatewayAttachment],
    ['nat-gateway', mapNatGateway],
    ['route-table', mapRouteTable],
    ['route', mapRoute],
    ['route-table-association', mapRouteTableAssociation],
    ['security-group', mapSecurityGroup],
    ['security-group-ingress', mapSecurityGroupIngress],
    ['auto-scaling-group', mapAutoScalingGroup],
    ['launch-template', launchTemplateMapper(images)],
    ...STORAGE_MAPPERS,
  ];
}

/** Why the types with no resource have none. */
const NO_RESOURCE: Partial<Record<ArtifactType, string>> = {
  'run-task': 'RunTask starts tasks once; CloudFormation has no resource for a one-off call (run it after the stack is created)',
};

/** How the template holds each artifact type: its own resources, folded into another's, or not at all (reported). */
export function cloudFormationCoverage(): Record<ArtifactType, 'mapped' | 'folded' | 'left out'> {
  const mapped = new Set(mappers({ image: () => '' }).map(([type]) => type));
  return Object.fromEntries(ARTIFACT_TYPES.map((t) => [t, mapped.has(t) ? 'mapped' : FOLDED_INTO[t] ? 'folded' : 'left out'])) as Record<ArtifactType, 'mapped' | 'folded' | 'left out'>;
}

export interface CloudFormationOptions {
  description?: string;
}

/** The design as one CloudFormation template (as a JSON-able object; see serialize.ts for text). */
export function toCloudFormation(design: Design, options: CloudFormationOptions = {}, artifacts?: readonly Artifact[], ctx?: DeriveContext): CloudFormationExport {
  const context = ctx ?? new DeriveContext(design);
  const all = artifacts ?? derive(design, context);
  const catalog = new ReferenceCatalog(all, context);
  const parameters = new Parameters();
  const leftOut: LeftOut[] = [];
  const images = {
    image: (path: string) =>
      parameters.add(imageParameterName(path), { Type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>', Description: 'The ECS-optimised AMI (public SSM parameter)', Default: path }),
  };
  const table = mappers(images);
  const mappedTypes = new Set(table.map(([type]) => type));
  const folded = (resource: CatalogResource): string | undefined => {
    const into = FOLDED_INTO[resource.artifact.type];
    if (!into) return mappedTypes.has(resource.artifact.type) ? resource.logicalName : undefined;
    const main = all.find((a) => a.type === into && a.nodeId === resource.artifact.nodeId);
    return main && mappedTypes.has(into) ? catalog.resourceOf(main)!.logicalName : undefined;
  };
  const x: MapContext = {
    catalog,
    artifacts: all,
    resolve: (artifact: Artifact, value: JsonValue, path: readonly string[] = []) =>
      catalog.mapStrings(artifact, value, (pieces) => renderPieces(pieces, parameters, folded), path),
    nameOf: (artifact) => catalog.resourceOf(artifact)!.logicalName,
    resourceOf: (artifact, kind) => catalog.resourcesOf(artifact).find((r) => r.kind === kind),
    companions: (artifact, type) => all.filter((a) => a.type === type && a.nodeId === artifact.nodeId),
    mentioning: (text, types) => all.filter((a) => types.includes(a.type) && JSON.stringify(a.content).includes(JSON.stringify(text).slice(1, -1))).flatMap((a) => catalog.resourcesOf(a).map((r) => r.logicalName)),
    parameters,
    leaveOut: (artifact, reason) => leftOut.push({ path: artifact.path, type: artifact.type, reason }),
  };
  const byType = new Map<ArtifactType, Artifact[]>();
  for (const a of all) byType.set(a.type, [...(byType.get(a.type) ?? []), a]);
  let resources: Record<string, CfnResource> = {};
  const artifactOf = new Map<string, Artifact>();
  const mapped = new Set<ArtifactType>();
  for (const [type, mapper] of table) {
    mapped.add(type);
    for (const artifact of byType.get(type) ?? []) {
      for (const [name, { Type, DependsOn, Properties }] of mapper(artifact, x)) {
        resources[name] = DependsOn ? { Type, DependsOn, Properties } : { Type, Properties };
        artifactOf.set(name, artifact);
      }
    }
  }
  // A design imported from a template: its parameters, conditions and imports where their values still stand.
  resources = withLogGroups(resources);
  const restored = restoreExpressions(resources, design.cloudFormation, parameters);
  for (const { logical, reason } of restored.notRestored) x.leaveOut(artifactOf.get(logical)!, reason);
  for (const artifact of all) {
    if (mapped.has(artifact.type) || FOLDED_INTO[artifact.type]) continue;
    x.leaveOut(artifact, NO_RESOURCE[artifact.type] ?? `no CloudFormation mapping for ${artifact.type} files yet`);
  }
  const template: Record<string, unknown> = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: options.description ?? `${design.name} (exported by ecs-designer)`,
  };
  const params = { ...parameters.toJson(), ...restored.parameters };
  if (Object.keys(params).length) template.Parameters = Object.fromEntries(Object.entries(params).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  if (Object.keys(restored.mappings).length) template.Mappings = restored.mappings;
  if (Object.keys(restored.conditions).length) template.Conditions = restored.conditions;
  template.Resources = withPseudoParameters(resources, context.region, context.accountId);
  return { template, leftOut };
}
