import type { Artifact } from '../../model/artifact.ts';
import { Call, Raw, type BodyItem, type HclObject, type HclValue } from './hcl.ts';
import { bodyOf, enabled, isObject, tagsRule, type Spec } from './fields.ts';
import type { MapContext, Mapper, TfResource } from './types.ts';

/**
 * ECS resources. The provider's arguments are the API's members in snake_case, with
 * nested structures as blocks; where its schema differs (a cluster's capacity providers
 * are their own resource, a service's deployment settings are top-level arguments, the
 * awsvpc configuration is the network_configuration block itself) the mapper says so.
 * Container definitions are the API's JSON as `jsonencode(...)`, keys in camelCase.
 */

const resolvedObject = (x: MapContext, a: Artifact): HclObject => {
  const v = x.resolve(a, a.content);
  return isObject(v) ? v : {};
};
const unknownField = (x: MapContext, a: Artifact) => (path: string) => x.leaveOut(a, `${path} has no argument in the provider's ${a.type} resource that this exporter writes`);

const strategy: Spec = { capacityProvider: 'capacity_provider', weight: 'weight', base: 'base' };

const CLUSTER: Spec = {
  clusterName: 'name',
  settings: { block: 'setting', spec: { name: 'name', value: 'value' } },
  configuration: {
    block: 'configuration',
    spec: {
      executeCommandConfiguration: {
        block: 'execute_command_configuration',
        spec: {
          kmsKeyId: 'kms_key_id',
          logging: 'logging',
          logConfiguration: {
            block: 'log_configuration',
            spec: {
              cloudWatchEncryptionEnabled: 'cloud_watch_encryption_enabled',
              cloudWatchLogGroupName: 'cloud_watch_log_group_name',
              s3BucketName: 's3_bucket_name',
              s3EncryptionEnabled: 's3_bucket_encryption_enabled',
              s3KeyPrefix: 's3_key_prefix',
            },
          },
        },
      },
    },
  },
  serviceConnectDefaults: { block: 'service_connect_defaults', spec: { namespace: 'namespace' } },
  tags: tagsRule,
  capacityProviders: 'skip',
  defaultCapacityProviderStrategy: 'skip',
};

/**
 * A cluster, and its capacity providers as aws_ecs_cluster_capacity_providers: an EC2
 * provider's group names the cluster (ECS_CLUSTER in user data), so listing providers on
 * the cluster itself would be a cycle.
 */
export const mapCluster: Mapper = (artifact, x) => {
  const c = resolvedObject(x, artifact);
  const name = x.mainName(artifact);
  const out: TfResource[] = [{ type: 'aws_ecs_cluster', name, body: bodyOf(c, CLUSTER, unknownField(x, artifact)) }];
  if (Array.isArray(c.capacityProviders) || Array.isArray(c.defaultCapacityProviderStrategy)) {
    const body: BodyItem[] = [
      { name: 'cluster_name', value: new Raw(`aws_ecs_cluster.${name}.name`) },
      { name: 'capacity_providers', value: c.capacityProviders ?? [] },
      ...bodyOf({ defaultCapacityProviderStrategy: c.defaultCapacityProviderStrategy ?? [] }, { defaultCapacityProviderStrategy: { block: 'default_capacity_provider_strategy', spec: strategy } }, unknownField(x, artifact)),
    ];
    out.push({ type: 'aws_ecs_cluster_capacity_providers', name, body });
  }
  return out;
};

const minMax: Spec = { min: 'min', max: 'max' };

/** The managed instances provider's instance requirements (EC2's attribute-based instance type selection). */
const INSTANCE_REQUIREMENTS: Spec = {
  vCpuCount: { block: 'vcpu_count', spec: minMax },
  memoryMiB: { block: 'memory_mib', spec: minMax },
  cpuManufacturers: 'cpu_manufacturers',
  allowedInstanceTypes: 'allowed_instance_types',
  excludedInstanceTypes: 'excluded_instance_types',
  instanceGenerations: 'instance_generations',
  bareMetal: 'bare_metal',
  burstablePerformance: 'burstable_performance',
  localStorage: 'local_storage',
  localStorageTypes: 'local_storage_types',
  acceleratorTypes: 'accelerator_types',
  acceleratorManufacturers: 'accelerator_manufacturers',
  acceleratorNames: 'accelerator_names',
  acceleratorCount: { block: 'accelerator_count', spec: minMax },
  acceleratorTotalMemoryMiB: { block: 'accelerator_total_memory_mib', spec: minMax },
  memoryGiBPerVCpu: { block: 'memory_gib_per_vcpu', spec: minMax },
  networkBandwidthGbps: { block: 'network_bandwidth_gbps', spec: minMax },
  networkInterfaceCount: { block: 'network_interface_count', spec: minMax },
  baselineEbsBandwidthMbps: { block: 'baseline_ebs_bandwidth_mbps', spec: minMax },
  maxSpotPriceAsPercentageOfOptimalOnDemandPrice: 'max_spot_price_as_percentage_of_optimal_on_demand_price',
};

const CAPACITY_PROVIDER: Spec = {
  name: 'name',
  cluster: 'cluster',
  managedInstancesProvider: {
    block: 'managed_instances_provider',
    spec: {
      infrastructureRoleArn: 'infrastructure_role_arn',
      propagateTags: 'propagate_tags',
      instanceLaunchTemplate: {
        block: 'instance_launch_template',
        spec: {
          ec2InstanceProfileArn: 'ec2_instance_profile_arn',
          capacityOptionType: 'capacity_option_type',
          monitoring: 'monitoring',
          networkConfiguration: { block: 'network_configuration', spec: { subnets: 'subnets', securityGroups: 'security_groups' } },
          storageConfiguration: { block: 'storage_configuration', spec: { storageSizeGiB: 'storage_size_gib' } },
          localStorageConfiguration: { block: 'local_storage_configuration', spec: { useLocalStorage: 'use_local_storage' } },
          instanceRequirements: { block: 'instance_requirements', spec: INSTANCE_REQUIREMENTS },
        },
      },
    },
  },
  autoScalingGroupProvider: {
    block: 'auto_scaling_group_provider',
    spec: {
      autoScalingGroupArn: 'auto_scaling_group_arn',
      managedDraining: 'managed_draining',
      managedTerminationProtection: 'managed_termination_protection',
      managedScaling: {
        block: 'managed_scaling',
        spec: {
          instanceWarmupPeriod: 'instance_warmup_period',
          maximumScalingStepSize: 'maximum_scaling_step_size',
          minimumScalingStepSize: 'minimum_scaling_step_size',
          status: 'status',
          targetCapacity: 'target_capacity',
        },
      },
    },
  },
  tags: tagsRule,
};

export const mapCapacityProvider: Mapper = (artifact, x) => [
  { type: 'aws_ecs_capacity_provider', name: x.mainName(artifact), body: bodyOf(resolvedObject(x, artifact), CAPACITY_PROVIDER, unknownField(x, artifact)) },
];

/** `[{name, value}]` as a map (a proxy configuration's properties). */
const nameValueMap = (v: HclValue): HclValue | undefined =>
  Array.isArray(v) ? Object.fromEntries(v.filter(isObject).map((p) => [String(p.name), p.value ?? ''])) : undefined;

const TASK_DEFINITION: Spec = {
  family: 'family',
  taskRoleArn: 'task_role_arn',
  executionRoleArn: 'execution_role_arn',
  networkMode: 'network_mode',
  containerDefinitions: { attr: 'container_definitions', value: (v) => new Call('jsonencode', [v]) },
  volumes: {
    block: 'volume',
    spec: {
      name: 'name',
      host: { attr: 'host_path', value: (v) => (isObject(v) ? v.sourcePath : undefined) },
      configuredAtLaunch: 'configure_at_launch',
      dockerVolumeConfiguration: {
        block: 'docker_volume_configuration',
        spec: { scope: 'scope', autoprovision: 'autoprovision', driver: 'driver', driverOpts: 'driver_opts', labels: 'labels' },
      },
      efsVolumeConfiguration: {
        block: 'efs_volume_configuration',
        spec: {
          fileSystemId: 'file_system_id',
          rootDirectory: 'root_directory',
          transitEncryption: 'transit_encryption',
          transitEncryptionPort: 'transit_encryption_port',
          authorizationConfig: { block: 'authorization_config', spec: { accessPointId: 'access_point_id', iam: 'iam' } },
        },
      },
    },
  },
  placementConstraints: { block: 'placement_constraints', spec: { type: 'type', expression: 'expression' } },
  requiresCompatibilities: 'requires_compatibilities',
  cpu: 'cpu',
  memory: 'memory',
  pidMode: 'pid_mode',
  ipcMode: 'ipc_mode',
  proxyConfiguration: { block: 'proxy_configuration', spec: { type: 'type', containerName: 'container_name', properties: { attr: 'properties', value: nameValueMap } } },
  runtimePlatform: { block: 'runtime_platform', spec: { operatingSystemFamily: 'operating_system_family', cpuArchitecture: 'cpu_architecture' } },
  ephemeralStorage: { block: 'ephemeral_storage', spec: { sizeInGiB: 'size_in_gib' } },
  tags: tagsRule,
};

export const mapTaskDefinition: Mapper = (artifact, x) => [
  { type: 'aws_ecs_task_definition', name: x.mainName(artifact), body: bodyOf(resolvedObject(x, artifact), TASK_DEFINITION, unknownField(x, artifact)) },
];

const SERVICE: Spec = {
  serviceName: 'name',
  cluster: 'cluster',
  taskDefinition: 'task_definition',
  desiredCount: 'desired_count',
  launchType: 'launch_type',
  platformVersion: 'platform_version',
  capacityProviderStrategy: { block: 'capacity_provider_strategy', spec: strategy },
  deploymentMaximumPercent: 'deployment_maximum_percent',
  deploymentMinimumHealthyPercent: 'deployment_minimum_healthy_percent',
  deploymentCircuitBreaker: { block: 'deployment_circuit_breaker', spec: { enable: 'enable', rollback: 'rollback' } },
  deploymentAlarms: { block: 'alarms', spec: { alarmNames: 'alarm_names', enable: 'enable', rollback: 'rollback' } },
  deploymentController: { block: 'deployment_controller', spec: { type: 'type' } },
  deploymentConfiguration: {
    block: 'deployment_configuration',
    spec: {
      strategy: 'strategy',
      bakeTimeInMinutes: 'bake_time_in_minutes',
      lifecycleHooks: { block: 'lifecycle_hook', spec: { hookTargetArn: 'hook_target_arn', roleArn: 'role_arn', lifecycleStages: 'lifecycle_stages', hookDetails: 'hook_details' } },
    },
  },
  loadBalancers: {
    block: 'load_balancer',
    spec: {
      targetGroupArn: 'target_group_arn',
      containerName: 'container_name',
      containerPort: 'container_port',
      loadBalancerName: 'elb_name',
      advancedConfiguration: {
        block: 'advanced_configuration',
        spec: { alternateTargetGroupArn: 'alternate_target_group_arn', productionListenerRule: 'production_listener_rule', testListenerRule: 'test_listener_rule', roleArn: 'role_arn' },
      },
    },
  },
  networkConfiguration: {
    block: 'network_configuration',
    spec: { subnets: 'subnets', securityGroups: 'security_groups', assignPublicIp: { attr: 'assign_public_ip', value: enabled } },
  },
  healthCheckGracePeriodSeconds: 'health_check_grace_period_seconds',
  enableECSManagedTags: 'enable_ecs_managed_tags',
  enableExecuteCommand: 'enable_execute_command',
  propagateTags: 'propagate_tags',
  schedulingStrategy: 'scheduling_strategy',
  placementStrategy: { block: 'ordered_placement_strategy', spec: { type: 'type', field: 'field' } },
  placementConstraints: { block: 'placement_constraints', spec: { type: 'type', expression: 'expression' } },
  serviceRegistries: { block: 'service_registries', spec: { registryArn: 'registry_arn', port: 'port', containerName: 'container_name', containerPort: 'container_port' } },
  serviceConnectConfiguration: {
    block: 'service_connect_configuration',
    spec: {
      enabled: 'enabled',
      namespace: 'namespace',
      services: {
        block: 'service',
        spec: {
          portName: 'port_name',
          discoveryName: 'discovery_name',
          ingressPortOverride: 'ingress_port_override',
          clientAliases: { block: 'client_alias', spec: { port: 'port', dnsName: 'dns_name' } },
          timeout: { block: 'timeout', spec: { idleTimeoutSeconds: 'idle_timeout_seconds', perRequestTimeoutSeconds: 'per_request_timeout_seconds' } },
          tls: {
            block: 'tls',
            spec: { issuerCertificateAuthority: { block: 'issuer_cert_authority', spec: { awsPcaAuthorityArn: 'aws_pca_authority_arn' } }, kmsKey: 'kms_key', roleArn: 'role_arn' },
          },
        },
      },
      logConfiguration: { block: 'log_configuration', spec: { logDriver: 'log_driver', options: 'options' } },
    },
  },
  role: 'iam_role',
  availabilityZoneRebalancing: 'availability_zone_rebalancing',
  volumeConfigurations: {
    block: 'volume_configuration',
    spec: {
      name: 'name',
      managedEBSVolume: {
        block: 'managed_ebs_volume',
        spec: {
          roleArn: 'role_arn',
          encrypted: 'encrypted',
          filesystemType: 'file_system_type',
          iops: 'iops',
          kmsKeyId: 'kms_key_id',
          sizeInGiB: 'size_in_gb',
          snapshotId: 'snapshot_id',
          throughput: 'throughput',
          volumeInitializationRate: 'volume_initialization_rate',
          volumeType: 'volume_type',
          tagSpecifications: { block: 'tag_specifications', spec: { resourceType: 'resource_type', propagateTags: 'propagate_tags', tags: tagsRule } },
        },
      },
    },
  },
  tags: tagsRule,
  clientToken: 'skip',
};

/**
 * The API's deploymentConfiguration is spread over top-level arguments and blocks, and the
 * awsvpc configuration is the network_configuration block's own content.
 */
function serviceShape(c: HclObject): HclObject {
  const { deploymentConfiguration, networkConfiguration, ...rest } = c;
  const out: HclObject = { ...rest };
  if (isObject(deploymentConfiguration)) {
    const { maximumPercent, minimumHealthyPercent, deploymentCircuitBreaker, alarms, strategy, bakeTimeInMinutes, lifecycleHooks, ...other } = deploymentConfiguration;
    Object.assign(out, { deploymentMaximumPercent: maximumPercent, deploymentMinimumHealthyPercent: minimumHealthyPercent, deploymentCircuitBreaker, deploymentAlarms: alarms });
    // The rest of the API's deploymentConfiguration is the provider's deployment_configuration block.
    const block = Object.fromEntries(Object.entries({ strategy, bakeTimeInMinutes, lifecycleHooks }).filter(([, v]) => v !== undefined));
    if (Object.keys(block).length) out.deploymentConfiguration = block;
    for (const [k, v] of Object.entries(other)) out[`deploymentConfiguration.${k}`] = v;
  }
  if (isObject(networkConfiguration)) out.networkConfiguration = networkConfiguration.awsvpcConfiguration;
  return out;
}

/**
 * A service waits for the listener or rule that forwards to its target group (a target
 * group must be attached to a load balancer before a service registers in it), and for its
 * cluster's capacity providers (a strategy naming a provider not yet associated fails).
 */
function serviceDependencies(artifact: Artifact, x: MapContext): string[] {
  const depends = new Set<string>();
  const c = artifact.content;
  for (const lb of Array.isArray(c.loadBalancers) ? c.loadBalancers : []) {
    const arn = (lb as { targetGroupArn?: unknown }).targetGroupArn;
    if (typeof arn === 'string') for (const address of x.mentioning(arn, ['listener', 'listener-rule'])) depends.add(address);
  }
  const cluster = x.artifacts.find((a) => a.type === 'cluster' && a.content.clusterName === (c.cluster ?? 'default'));
  if (cluster && (Array.isArray(cluster.content.capacityProviders) || Array.isArray(cluster.content.defaultCapacityProviderStrategy))) {
    depends.add(`aws_ecs_cluster_capacity_providers.${x.mainName(cluster)}`);
  }
  return [...depends];
}

export const mapService: Mapper = (artifact, x) => {
  const c = serviceShape(resolvedObject(x, artifact));
  // The provider's `cluster` is the cluster's ARN; the API input names it.
  if (c.cluster instanceof Raw && c.cluster.text.startsWith('aws_ecs_cluster.') && c.cluster.text.endsWith('.name')) c.cluster = new Raw(c.cluster.text.replace(/\.name$/, '.arn'));
  const body = bodyOf(c, SERVICE, unknownField(x, artifact));
  const depends = serviceDependencies(artifact, x);
  if (depends.length) body.push({ name: 'depends_on', value: depends.map((d) => new Raw(d)) });
  return [{ type: 'aws_ecs_service', name: x.mainName(artifact), body }];
};
