import { ARTIFACT_TYPES, type Artifact, type ArtifactType } from '../../model/artifact.ts';
import type { Design } from '../../model/design.ts';
import type { JsonValue } from '../../model/json.ts';
import { derive } from '../../derive/index.ts';
import { DeriveContext } from '../../derive/context.ts';
import { externalIdDescription, ReferenceCatalog, type CatalogResource, type ExternalId } from '../references.ts';
import { fileText, Raw, type Block, type HclValue } from './hcl.ts';
import { referenceExpression, renderPieces } from './references.ts';
import { mapCapacityProvider, mapCluster, mapService, mapTaskDefinition } from './ecs.ts';
import { mapRole } from './iam.ts';
import { mapListener, mapListenerRule, mapLoadBalancer, mapTargetGroup } from './elbv2.ts';
import {
  mapGatewayAttachment, mapInternetGateway, mapNatGateway, mapRoute, mapRouteTable, mapRouteTableAssociation,
  mapSecurityGroup, mapSecurityGroupIngress, mapSubnet, mapVpc,
} from './network.ts';
import { mapAutoScalingGroup, mapLaunchTemplate } from './instances.ts';
import { FOLDED_INTO, mapBucket, mapBucketEncryption, mapBucketNotification, mapBucketVersioning, mapPublicAccessBlock, mapQueue, mapSecret, mapTable } from './storage.ts';
import { mapEventsRule, mapEventsTargets, mapSchedule } from './events.ts';
import { mapAlarm, mapHttpNamespace, mapScalableTarget, mapScalingPolicy } from './scaling.ts';
import {
  mapAccessPoint, mapDiscoveryService, mapDnsNamespace, mapFileSystem, mapMountTarget, mapParameter, mapRepository, mapScheduledAction, mapSubscription, mapTopic,
} from './messaging.ts';
import { withLogGroups } from './log-groups.ts';
import { SnakeNames, variableName } from './names.ts';
import type { LeftOut, MapContext, Mapper, TfResource } from './types.ts';

export type { LeftOut } from './types.ts';

/**
 * How each artifact type becomes resources, in the order main.tf lists them, with the
 * resource type its main resource has (what references to it name). A type with no entry
 * is reported in `leftOut`, never dropped silently.
 */
const MAPPERS: ReadonlyArray<[ArtifactType, string, Mapper]> = [
  ['cluster', 'aws_ecs_cluster', mapCluster],
  ['capacity-provider', 'aws_ecs_capacity_provider', mapCapacityProvider],
  ['task-definition', 'aws_ecs_task_definition', mapTaskDefinition],
  ['service', 'aws_ecs_service', mapService],
  ['iam-role', 'aws_iam_role', mapRole],
  ['load-balancer', 'aws_lb', mapLoadBalancer],
  ['target-group', 'aws_lb_target_group', mapTargetGroup],
  ['listener', 'aws_lb_listener', mapListener],
  ['listener-rule', 'aws_lb_listener_rule', mapListenerRule],
  ['vpc', 'aws_vpc', mapVpc],
  ['subnet', 'aws_subnet', mapSubnet],
  ['internet-gateway', 'aws_internet_gateway', mapInternetGateway],
  ['internet-gateway-attachment', 'aws_internet_gateway_attachment', mapGatewayAttachment],
  ['nat-gateway', 'aws_nat_gateway', mapNatGateway],
  ['route-table', 'aws_route_table', mapRouteTable],
  ['route', 'aws_route', mapRoute],
  ['route-table-association', 'aws_route_table_association', mapRouteTableAssociation],
  ['security-group', 'aws_security_group', mapSecurityGroup],
  ['security-group-ingress', 'aws_vpc_security_group_ingress_rule', mapSecurityGroupIngress],
  ['auto-scaling-group', 'aws_autoscaling_group', mapAutoScalingGroup],
  ['launch-template', 'aws_launch_template', mapLaunchTemplate],
  ['s3-bucket', 'aws_s3_bucket', mapBucket],
  ['s3-bucket-versioning', 'aws_s3_bucket_versioning', mapBucketVersioning],
  ['s3-bucket-encryption', 'aws_s3_bucket_server_side_encryption_configuration', mapBucketEncryption],
  ['s3-public-access-block', 'aws_s3_bucket_public_access_block', mapPublicAccessBlock],
  ['s3-bucket-notification', 'aws_s3_bucket_notification', mapBucketNotification],
  ['dynamodb-table', 'aws_dynamodb_table', mapTable],
  ['sqs-queue', 'aws_sqs_queue', mapQueue],
  ['secret', 'aws_secretsmanager_secret', mapSecret],
  ['events-rule', 'aws_cloudwatch_event_rule', mapEventsRule],
  ['events-targets', 'aws_cloudwatch_event_target', mapEventsTargets],
  ['schedule', 'aws_scheduler_schedule', mapSchedule],
  ['scalable-target', 'aws_appautoscaling_target', mapScalableTarget],
  ['scaling-policy', 'aws_appautoscaling_policy', mapScalingPolicy],
  ['metric-alarm', 'aws_cloudwatch_metric_alarm', mapAlarm],
  ['cloudmap-http-namespace', 'aws_service_discovery_http_namespace', mapHttpNamespace],
  ['cloudmap-dns-namespace', 'aws_service_discovery_private_dns_namespace', mapDnsNamespace],
  ['cloudmap-service', 'aws_service_discovery_service', mapDiscoveryService],
  ['sns-topic', 'aws_sns_topic', mapTopic],
  ['sns-subscription', 'aws_sns_topic_subscription', mapSubscription],
  ['ecr-repository', 'aws_ecr_repository', mapRepository],
  ['ssm-parameter', 'aws_ssm_parameter', mapParameter],
  ['efs-file-system', 'aws_efs_file_system', mapFileSystem],
  ['efs-access-point', 'aws_efs_access_point', mapAccessPoint],
  ['efs-mount-target', 'aws_efs_mount_target', mapMountTarget],
  ['scheduled-action', 'aws_appautoscaling_scheduled_action', mapScheduledAction],
];

const TF_TYPE = new Map(MAPPERS.map(([type, tf]) => [type, tf]));

/** Why the types with no resource have none. */
const NO_RESOURCE: Partial<Record<ArtifactType, string>> = {
  'run-task': 'RunTask starts tasks once; Terraform has no resource for a one-off call (run it after apply)',
};

/** How main.tf holds each artifact type: its own resources, folded into another's, or not at all (reported). */
export function terraformCoverage(): Record<ArtifactType, 'mapped' | 'folded' | 'left out'> {
  return Object.fromEntries(ARTIFACT_TYPES.map((t) => [t, TF_TYPE.has(t) ? 'mapped' : FOLDED_INTO[t] ? 'folded' : 'left out'])) as Record<ArtifactType, 'mapped' | 'folded' | 'left out'>;
}

export interface TerraformExport {
  /** File name → text: main.tf (provider and resources) and variables.tf. */
  files: Record<string, string>;
  leftOut: LeftOut[];
  /** Each reference expression main.tf writes → the literal text it stands for in the API inputs (for checks). */
  references: Map<string, string>;
}

/** A resource or variable name's type prefix for a catalog resource's kind. */
function tfTypeOf(resource: CatalogResource): string | undefined {
  if (resource.kind === 'instance-profile') return TF_TYPE.has('iam-role') ? 'aws_iam_instance_profile' : undefined;
  return TF_TYPE.get(resource.artifact.type);
}

/** The design as a Terraform configuration for the AWS provider. */
export function toTerraform(design: Design, artifacts?: readonly Artifact[], ctx?: DeriveContext): TerraformExport {
  const context = ctx ?? new DeriveContext(design);
  const all = artifacts ?? derive(design, context);
  const catalog = new ReferenceCatalog(all, context);
  const leftOut: LeftOut[] = [];
  const references = new Map<string, string>();
  const variables = new Map<string, ExternalId>();
  const names = new Map<CatalogResource, string>();
  const snake = new SnakeNames();
  for (const r of catalog.resources) names.set(r, snake.claim(r.logicalName));
  const locate = (r: CatalogResource) => {
    const type = tfTypeOf(r);
    return type ? { type, name: names.get(r)! } : undefined;
  };
  const variable = (id: ExternalId) => {
    const name = variableName(id.id);
    variables.set(name, id);
    return name;
  };
  const x: MapContext = {
    catalog,
    artifacts: all,
    resolve: (artifact: Artifact, value: JsonValue, path: readonly string[] = []) =>
      catalog.mapStrings(artifact, value, (pieces) => {
        const out = renderPieces(pieces, locate, variable);
        for (const p of pieces) {
          if (typeof p === 'object' && 'ref' in p) {
            const e = referenceExpression(p.ref, locate);
            if (e) references.set(e, p.text);
          }
        }
        return out;
      }, path) as HclValue,
    nameOf: (r) => names.get(r)!,
    mainName: (artifact) => names.get(catalog.resourceOf(artifact)!)!,
    resourceOf: (artifact, kind) => catalog.resourcesOf(artifact).find((r) => r.kind === kind),
    mentioning: (text, types) =>
      all
        .filter((a) => types.includes(a.type) && TF_TYPE.has(a.type) && JSON.stringify(a.content).includes(JSON.stringify(text).slice(1, -1)))
        .map((a) => `${TF_TYPE.get(a.type)}.${names.get(catalog.resourceOf(a)!)}`),
    addressOf: (artifact) => {
      const r = catalog.resourceOf(artifact);
      const at = r && locate(r);
      return at ? `${at.type}.${at.name}` : undefined;
    },
    expressionOf: (ref) => referenceExpression(ref, locate),
    companions: (artifact, type) => all.filter((a) => a.type === type && a.nodeId === artifact.nodeId),
    leaveOut: (artifact, reason) => leftOut.push({ path: artifact.path, type: artifact.type, reason }),
  };
  const byType = new Map<ArtifactType, Artifact[]>();
  for (const a of all) byType.set(a.type, [...(byType.get(a.type) ?? []), a]);
  const resources: TfResource[] = [];
  for (const [type, , mapper] of MAPPERS) for (const artifact of byType.get(type) ?? []) resources.push(...mapper(artifact, x));
  const withGroups = withLogGroups(resources, snake, references);
  for (const artifact of all) {
    if (TF_TYPE.has(artifact.type) || FOLDED_INTO[artifact.type]) continue;
    x.leaveOut(artifact, NO_RESOURCE[artifact.type] ?? `no Terraform mapping for ${artifact.type} files yet`);
  }
  const main: Block[] = [
    {
      type: 'terraform',
      labels: [],
      body: [{ type: 'required_providers', labels: [], body: [{ name: 'aws', value: { source: 'hashicorp/aws', version: '>= 5.40' } }] }],
    },
    { type: 'provider', labels: ['aws'], body: [{ name: 'region', value: new Raw('var.region') }] },
    ...withGroups.map((r): Block => ({ type: 'resource', labels: [r.type, r.name], body: r.body })),
  ];
  const variableBlocks: Block[] = [
    variableBlock('region', 'The Region the design was drawn for', context.region),
    ...[...variables]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, id]) => variableBlock(name, externalIdDescription(id, 'this configuration'), id.id)),
  ];
  return { files: { 'main.tf': fileText(main), 'variables.tf': fileText(variableBlocks) }, leftOut, references };
}


function variableBlock(name: string, description: string, value: string): Block {
  return {
    type: 'variable',
    labels: [name],
    body: [
      { name: 'description', value: description },
      { name: 'type', value: new Raw('string') },
      { name: 'default', value },
    ],
  };
}
