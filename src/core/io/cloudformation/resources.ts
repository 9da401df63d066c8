import type { ArtifactType } from '../../model/artifact.ts';
import { isPlainObject, type JsonObject, type JsonValue } from '../../model/json.ts';
import { SERVICE_KEYS, TASK_DEFINITION_KEYS } from '../../export/cloudformation/ecs.ts';
import { apiKeys } from './keys.ts';
import type { ApiInput, Reverse } from './reader-types.ts';
import { STORAGE_REVERSE } from './storage-readers.ts';
import { CLOUDMAP_REVERSE } from './efs-cloudmap-readers.ts';

/**
 * Template resources → the API inputs the designer derives, the exporter's mappers read
 * backwards (export/cloudformation/*.ts). Properties come with their intrinsics evaluated.
 * A resource with no `Name` property is named after its logical id (CloudFormation would
 * make a name up; the designer needs one to refer to it by).
 */

export type { ApiInput, Reverse } from './reader-types.ts';

const obj = (v: unknown): JsonObject => (isPlainObject(v) ? v : {});
const defined = (o: Record<string, JsonValue | undefined>): JsonObject => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as JsonObject;
const tagSpecs = (resourceType: string, tags: JsonValue | undefined): JsonValue | undefined =>
  Array.isArray(tags) && tags.length ? [{ ResourceType: resourceType, Tags: tags }] : undefined;

/**
 * Properties the template sets with calls of their own in the API (ModifySubnetAttribute,
 * AuthorizeSecurityGroupEgress), which the designer does not make: not kept, and said.
 */
const SEPARATE_CALLS: Readonly<Record<string, readonly string[]>> = {
  subnet: ['MapPublicIpOnLaunch', 'AssignIpv6AddressOnCreation', 'EnableDns64', 'EnableLniAtDeviceIndex', 'PrivateDnsNameOptionsOnLaunch'],
  'security-group': ['SecurityGroupEgress'],
  'load-balancer': ['LoadBalancerAttributes'],
  'target-group': ['TargetGroupAttributes'],
};

function withoutSeparateCalls(type: ArtifactType, input: JsonObject): { content: JsonObject; notKept?: Record<string, string> } {
  const content = { ...input };
  const notKept: Record<string, string> = {};
  for (const key of SEPARATE_CALLS[type] ?? []) {
    if (content[key] === undefined) continue;
    delete content[key];
    notKept[key] = 'set by a separate API call that the designer does not make';
  }
  return Object.keys(notKept).length ? { content, notKept } : { content };
}

function ec2(type: ArtifactType, resourceType: string, drop: readonly string[] = []): Reverse {
  return (props) => {
    const { Tags, ...rest } = props;
    for (const k of drop) delete rest[k];
    return [{ type, ...withoutSeparateCalls(type, defined({ ...rest, TagSpecifications: tagSpecs(resourceType, Tags) })) }];
  };
}

const SOURCE_LIST: Readonly<Record<string, [string, string]>> = {
  CidrIp: ['IpRanges', 'CidrIp'],
  CidrIpv6: ['Ipv6Ranges', 'CidrIpv6'],
  SourceSecurityGroupId: ['UserIdGroupPairs', 'GroupId'],
  SourcePrefixListId: ['PrefixListIds', 'PrefixListId'],
};

/** One AWS::EC2::SecurityGroupIngress (or an inline rule) as the permission AuthorizeSecurityGroupIngress takes. */
export function permission(rule: JsonObject): JsonObject {
  const out: JsonObject = defined({ IpProtocol: rule.IpProtocol, FromPort: rule.FromPort, ToPort: rule.ToPort });
  for (const [key, [list, member]] of Object.entries(SOURCE_LIST)) {
    if (rule[key] !== undefined) out[list] = [defined({ [member]: rule[key], Description: rule.Description })];
  }
  return out;
}

/**
 * ECS parameters of a rule's target or a schedule: the API writes their network and
 * strategy members in camelCase (awsvpcConfiguration, capacityProvider…), which the
 * exporter's PascalCase made AwsVpcConfiguration / AwsvpcConfiguration, CapacityProvider.
 */
function ecsParametersBack(value: JsonValue | undefined): JsonValue | undefined {
  if (!isPlainObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'NetworkConfiguration' && isPlainObject(v)) {
      out[key] = Object.fromEntries(Object.entries(v).map(([k, c]) => [/^awsvpcconfiguration$/i.test(k) ? 'awsvpcConfiguration' : k, c]));
    } else if (['CapacityProviderStrategy', 'PlacementConstraints', 'PlacementStrategy'].includes(key) && Array.isArray(v)) {
      out[key] = apiKeys(v) as JsonValue;
    } else if (key === 'TagList') {
      out.Tags = v;
    } else {
      out[key] = v;
    }
  }
  return out;
}

export const REVERSE: Readonly<Record<string, Reverse>> = {
  'AWS::Events::Rule': (p, id) => {
    const { Targets, EventPattern, ...rest } = p;
    const rule = defined({ Name: id, ...rest, EventPattern: EventPattern === undefined || typeof EventPattern === 'string' ? EventPattern : JSON.stringify(EventPattern) });
    const targets = (Array.isArray(Targets) ? Targets.filter(isPlainObject) : []).map((t) => defined({ ...t, EcsParameters: ecsParametersBack(t.EcsParameters) }));
    return targets.length ? [{ type: 'events-rule', content: rule }, { type: 'events-targets', content: { Rule: rule.Name!, Targets: targets } }] : [{ type: 'events-rule', content: rule }];
  },
  'AWS::Scheduler::Schedule': (p, id) => {
    const target = obj(p.Target);
    return [{ type: 'schedule', content: defined({ Name: id, ...p, Target: p.Target === undefined ? undefined : defined({ ...target, EcsParameters: ecsParametersBack(target.EcsParameters) }) }) }];
  },
  'AWS::ECS::Cluster': (p, id) => {
    const { ClusterName, ClusterSettings, Configuration, ServiceConnectDefaults, Tags, CapacityProviders, DefaultCapacityProviderStrategy, ...rest } = p;
    const cluster = defined({
      clusterName: ClusterName ?? id,
      settings: apiKeys(ClusterSettings) as JsonValue,
      configuration: apiKeys(Configuration) as JsonValue,
      serviceConnectDefaults: apiKeys(ServiceConnectDefaults) as JsonValue,
      tags: apiKeys(Tags) as JsonValue,
      capacityProviders: CapacityProviders,
      defaultCapacityProviderStrategy: apiKeys(DefaultCapacityProviderStrategy) as JsonValue,
      ...(apiKeys(rest) as JsonObject),
    });
    return [{ type: 'cluster', content: cluster }];
  },
  'AWS::ECS::CapacityProvider': (p, id) => {
    const { ClusterName, Name, ...rest } = p;
    return [{ type: 'capacity-provider', content: defined({ name: Name ?? id, ...(apiKeys(rest) as JsonObject), cluster: ClusterName }) }];
  },
  'AWS::ECS::TaskDefinition': (p, id) => {
    const c = apiKeys(p, TASK_DEFINITION_KEYS) as JsonObject;
    return [{ type: 'task-definition', content: { family: id, ...c } }];
  },
  'AWS::ECS::Service': (p, id) => {
    const c = apiKeys(p, SERVICE_KEYS) as JsonObject;
    return [{ type: 'service', content: { serviceName: id, ...c } }];
  },
  'AWS::IAM::Role': (p, id) => [{ type: 'iam-role', content: { RoleName: id, ...p } }],
  'AWS::ElasticLoadBalancingV2::LoadBalancer': (p, id) => [{ type: 'load-balancer', ...withoutSeparateCalls('load-balancer', { Name: id, ...p }) }],
  'AWS::ElasticLoadBalancingV2::TargetGroup': (p, id) => {
    // The exporter writes the API's default health check port (traffic-port) out; it is derived again.
    const { HealthCheckPort, ...rest } = p;
    return [{ type: 'target-group', ...withoutSeparateCalls('target-group', defined({ Name: id, ...rest, HealthCheckPort: HealthCheckPort === 'traffic-port' ? undefined : HealthCheckPort })) }];
  },
  'AWS::ElasticLoadBalancingV2::Listener': (p) => [{ type: 'listener', content: p }],
  'AWS::ElasticLoadBalancingV2::ListenerRule': (p) => [{ type: 'listener-rule', content: p }],
  // EnableDnsSupport / EnableDnsHostnames: the exporter always turns both on (ECS needs them).
  'AWS::EC2::VPC': ec2('vpc', 'vpc', ['EnableDnsSupport', 'EnableDnsHostnames']),
  'AWS::EC2::Subnet': ec2('subnet', 'subnet'),
  'AWS::EC2::InternetGateway': ec2('internet-gateway', 'internet-gateway'),
  'AWS::EC2::NatGateway': ec2('nat-gateway', 'natgateway'),
  'AWS::EC2::VPCGatewayAttachment': (p) => [{ type: 'internet-gateway-attachment', content: p }],
  'AWS::EC2::RouteTable': ec2('route-table', 'route-table'),
  'AWS::EC2::Route': (p) => [{ type: 'route', content: p }],
  'AWS::EC2::SubnetRouteTableAssociation': (p) => [{ type: 'route-table-association', content: p }],
  'AWS::EC2::SecurityGroup': (p, id) => {
    const { GroupDescription, GroupName, SecurityGroupIngress, Tags, ...rest } = p;
    const group: ApiInput = { type: 'security-group', ...withoutSeparateCalls('security-group', defined({ GroupName: GroupName ?? id, Description: GroupDescription ?? id, ...rest, TagSpecifications: tagSpecs('security-group', Tags) })) };
    const inline = Array.isArray(SecurityGroupIngress) ? SecurityGroupIngress.filter(isPlainObject) : [];
    // Inline rules are the group's openings: one AuthorizeSecurityGroupIngress call, as the designer derives it.
    return inline.length ? [group, { type: 'security-group-ingress', content: { GroupId: `\${self}`, IpPermissions: inline.map(permission) } }] : [group];
  },
  'AWS::EC2::SecurityGroupIngress': (p) => {
    const { GroupId, ...rule } = p;
    return [{ type: 'security-group-ingress', content: { GroupId: GroupId ?? '', IpPermissions: [permission(rule)] } }];
  },
  'AWS::EC2::LaunchTemplate': (p, id) => [{ type: 'launch-template', content: { LaunchTemplateName: id, ...p } }],
  'AWS::AutoScaling::AutoScalingGroup': (p, id) => {
    const c: JsonObject = { AutoScalingGroupName: id, ...p };
    // Sizes are strings in the template, numbers in the API; the subnets one comma-separated string.
    for (const key of ['MinSize', 'MaxSize', 'DesiredCapacity']) if (typeof c[key] === 'string' && /^\d+$/.test(c[key])) c[key] = Number(c[key]);
    if (Array.isArray(c.VPCZoneIdentifier)) c.VPCZoneIdentifier = c.VPCZoneIdentifier.join(',');
    const spec = obj(c.LaunchTemplate);
    // The exporter pins the group to the template's latest version number; the API input follows $Latest.
    if (typeof spec.LaunchTemplateId === 'string' && /^\$\{.*LatestVersionNumber\}$|^\d+$/.test(String(spec.Version))) c.LaunchTemplate = { LaunchTemplateName: spec.LaunchTemplateId, Version: '$Latest' };
    return [{ type: 'auto-scaling-group', content: c }];
  },
  'AWS::ApplicationAutoScaling::ScalableTarget': (p) => {
    const { ScheduledActions, ...target } = p;
    const key = { ServiceNamespace: target.ServiceNamespace, ResourceId: target.ResourceId, ScalableDimension: target.ScalableDimension };
    const actions = (Array.isArray(ScheduledActions) ? ScheduledActions : []).map((a): ApiInput => ({ type: 'scheduled-action', content: defined({ ...key, ...obj(a) }) }));
    return [{ type: 'scalable-target', content: target }, ...actions];
  },
  'AWS::ApplicationAutoScaling::ScalingPolicy': (p) => [{ type: 'scaling-policy', content: p }],
  // Only the alarms of step scaling policies are read (scaling-policies.ts); others are reported there.
  'AWS::CloudWatch::Alarm': (p, id) => [{ type: 'metric-alarm', content: { AlarmName: id, ...p } }],
  // Data, messaging, secrets, registries (storage-readers.ts); EFS and Cloud Map (efs-cloudmap-readers.ts).
  ...STORAGE_REVERSE,
  ...CLOUDMAP_REVERSE,
};

/** Resources the designer derives from another one: read with it, not on their own. */
export const FOLDED: Readonly<Record<string, string>> = {
  'AWS::ECS::ClusterCapacityProviderAssociations': "its cluster's capacity providers and default strategy",
  'AWS::IAM::InstanceProfile': 'the instance profile of its container instance role (the designer makes one per instance role)',
  'AWS::EC2::EIP': "the NAT gateway's Elastic IP (the export allocates one for a public NAT gateway)",
  'AWS::Logs::LogGroup': 'the awslogs group of the containers that log to it (the export creates one per group they name)',
};
