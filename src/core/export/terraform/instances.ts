import type { Artifact } from '../../model/artifact.ts';
import { Call, Raw, Template, type HclObject, type HclValue } from './hcl.ts';
import { bodyOf, isObject, tagSpecificationsRule, tagsRule, type Spec } from './fields.ts';
import type { MapContext, Mapper } from './types.ts';

/**
 * EC2 capacity: the launch template and its Auto Scaling group. The AMI stays the
 * `resolve:ssm:` path of the ECS-optimised public parameter (launch templates resolve it
 * at launch), and the user data's ECS_CLUSTER names the cluster by reference, so a renamed
 * cluster follows.
 */

const resolvedObject = (x: MapContext, a: Artifact): HclObject => {
  const v = x.resolve(a, a.content);
  return isObject(v) ? v : {};
};
const unknownField = (x: MapContext, a: Artifact, type: string) => (path: string) => x.leaveOut(a, `${path} has no argument in ${type} that this exporter writes`);

function base64Decode(text: string): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/** User data with `ECS_CLUSTER=<a cluster of the design>` as base64encode of a template, else the base64 text as it is. */
function userData(encoded: HclValue | undefined, artifact: Artifact, x: MapContext): HclValue | undefined {
  if (typeof encoded !== 'string') return encoded;
  const script = base64Decode(encoded);
  if (script === undefined) return encoded;
  let found = false;
  const parts: Array<string | Raw> = [];
  for (const part of script.split(/(ECS_CLUSTER=[A-Za-z0-9_-]+)/)) {
    const m = /^ECS_CLUSTER=([A-Za-z0-9_-]+)$/.exec(part);
    const ref = m ? x.catalog.nameReference('cluster', m[1]!) : undefined;
    const only = ref?.length === 1 ? ref[0] : undefined;
    const expression = only && typeof only === 'object' && 'ref' in only && only.ref.resource.artifact.path !== artifact.path ? x.expressionOf(only.ref) : undefined;
    if (expression) {
      found = true;
      parts.push('ECS_CLUSTER=', new Raw(expression));
    } else if (part) parts.push(part);
  }
  const withNames = parts;
  return found ? new Call('base64encode', [new Template(withNames)]) : encoded;
}

const EBS: Spec = {
  DeleteOnTermination: 'delete_on_termination',
  Encrypted: 'encrypted',
  Iops: 'iops',
  KmsKeyId: 'kms_key_id',
  SnapshotId: 'snapshot_id',
  Throughput: 'throughput',
  VolumeSize: 'volume_size',
  VolumeType: 'volume_type',
};

const LAUNCH_TEMPLATE_DATA: Spec = {
  ImageId: 'image_id',
  InstanceType: 'instance_type',
  IamInstanceProfile: { block: 'iam_instance_profile', spec: { Name: 'name', Arn: 'arn' } },
  UserData: 'user_data',
  SecurityGroupIds: 'vpc_security_group_ids',
  KeyName: 'key_name',
  EbsOptimized: 'ebs_optimized',
  BlockDeviceMappings: { block: 'block_device_mappings', spec: { DeviceName: 'device_name', NoDevice: 'no_device', VirtualName: 'virtual_name', Ebs: { block: 'ebs', spec: EBS } } },
  MetadataOptions: {
    block: 'metadata_options',
    spec: { HttpEndpoint: 'http_endpoint', HttpTokens: 'http_tokens', HttpPutResponseHopLimit: 'http_put_response_hop_limit', InstanceMetadataTags: 'instance_metadata_tags' },
  },
  Monitoring: { block: 'monitoring', spec: { Enabled: 'enabled' } },
  NetworkInterfaces: {
    block: 'network_interfaces',
    spec: { AssociatePublicIpAddress: 'associate_public_ip_address', DeviceIndex: 'device_index', Groups: 'security_groups', SubnetId: 'subnet_id', DeleteOnTermination: 'delete_on_termination' },
  },
  TagSpecifications: { block: 'tag_specifications', spec: { ResourceType: 'resource_type', Tags: tagsRule } },
};

export const mapLaunchTemplate: Mapper = (artifact, x) => {
  const c = resolvedObject(x, artifact);
  const { LaunchTemplateData, ...rest } = c;
  const unknown = unknownField(x, artifact, 'aws_launch_template');
  const body = bodyOf(rest, { LaunchTemplateName: 'name', VersionDescription: 'description', TagSpecifications: tagSpecificationsRule, DryRun: 'skip', ClientToken: 'skip' }, unknown);
  if (isObject(LaunchTemplateData)) {
    const data: HclObject = { ...LaunchTemplateData };
    const raw = artifact.content.LaunchTemplateData as Record<string, unknown> | undefined;
    if (raw?.UserData !== undefined) data.UserData = userData(raw.UserData as HclValue, artifact, x);
    body.push(...bodyOf(data, LAUNCH_TEMPLATE_DATA, unknown, 'LaunchTemplateData'));
  }
  return [{ type: 'aws_launch_template', name: x.mainName(artifact), body }];
};

const AUTO_SCALING_GROUP: Spec = {
  AutoScalingGroupName: 'name',
  LaunchTemplate: { block: 'launch_template', spec: { LaunchTemplateName: 'name', LaunchTemplateId: 'id', Version: 'version' } },
  MinSize: 'min_size',
  MaxSize: 'max_size',
  DesiredCapacity: 'desired_capacity',
  VPCZoneIdentifier: 'vpc_zone_identifier',
  AvailabilityZones: 'availability_zones',
  TargetGroupARNs: 'target_group_arns',
  HealthCheckType: 'health_check_type',
  HealthCheckGracePeriod: 'health_check_grace_period',
  DefaultCooldown: 'default_cooldown',
  NewInstancesProtectedFromScaleIn: 'protect_from_scale_in',
  CapacityRebalance: 'capacity_rebalance',
  MaxInstanceLifetime: 'max_instance_lifetime',
  TerminationPolicies: 'termination_policies',
  Tags: { block: 'tag', spec: { Key: 'key', Value: 'value', PropagateAtLaunch: 'propagate_at_launch', ResourceId: 'skip', ResourceType: 'skip' } },
};

export const mapAutoScalingGroup: Mapper = (artifact, x) => {
  const raw = artifact.content;
  // VPCZoneIdentifier is one comma-separated string in the API, a list in the provider.
  const content = typeof raw.VPCZoneIdentifier === 'string' ? { ...raw, VPCZoneIdentifier: raw.VPCZoneIdentifier.split(',').filter(Boolean) } : raw;
  const resolved = x.resolve(artifact, content);
  const c: HclObject = isObject(resolved) ? { ...resolved } : {};
  const spec = isObject(c.LaunchTemplate) ? { ...c.LaunchTemplate } : undefined;
  // The group follows the template's latest version by its number, as Terraform tracks it.
  if (spec && spec.LaunchTemplateName instanceof Raw) {
    const template = spec.LaunchTemplateName.text.replace(/\.name$/, '');
    c.LaunchTemplate = { LaunchTemplateId: new Raw(`${template}.id`), Version: new Raw(`${template}.latest_version`) };
  }
  if (Array.isArray(c.Tags)) c.Tags = c.Tags.filter(isObject).map((t) => ({ ...t, PropagateAtLaunch: t.PropagateAtLaunch ?? false }));
  return [{ type: 'aws_autoscaling_group', name: x.mainName(artifact), body: bodyOf(c, AUTO_SCALING_GROUP, unknownField(x, artifact, 'aws_autoscaling_group')) }];
};
