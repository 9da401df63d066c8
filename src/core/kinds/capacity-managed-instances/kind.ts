import { applyManagedInstances } from './apply.ts';
import { managedInstancesArtifacts } from './derive.ts';
import { isPlainObject, type JsonObject } from '../../model/json.ts';
import { textOf } from '../../model/text.ts';
import { freshName, str } from '../names.ts';
import type { FieldSpec, KindModule } from '../types.ts';

export const CAPACITY_OPTION_TYPES = ['ON_DEMAND', 'SPOT', 'RESERVED'] as const;

const LT = ['instanceLaunchTemplate'] as const;
const IR = [...LT, 'instanceRequirements'] as const;

const FIELDS: readonly FieldSpec[] = [
  { path: ['name'], label: 'Capacity provider name', type: 'text', help: 'Letters, digits, - and _; must not start with aws, ecs or fargate. Services name it in their capacity provider strategy.' },
  {
    path: ['infrastructureRoleArn'],
    label: 'Infrastructure role ARN',
    type: 'text',
    help: 'The role ECS assumes to launch, replace and stop the instances (trusts ecs.amazonaws.com, policy AmazonECSInfrastructureRolePolicyForManagedInstances). Connect an infrastructure role to fill it in.',
  },
  {
    path: [...LT, 'ec2InstanceProfileArn'],
    label: 'Instance profile ARN',
    type: 'text',
    help: 'The instance profile the instances run with, so the ECS agent can register them. Connect a container instance role to use its profile of the same name (name it ecsInstanceRole… for the AWS managed infrastructure policy).',
  },
  { path: [...LT, 'networkConfiguration', 'subnets'], label: 'Subnets', type: 'stringList', help: 'Subnet ids the instances are launched in, all in one VPC. Connect subnets to fill them in.' },
  { path: [...LT, 'networkConfiguration', 'securityGroups'], label: 'Security groups', type: 'stringList', help: 'Security group ids of the instances. Connect security groups to fill them in.' },
  { path: [...IR, 'vCpuCount', 'min'], label: 'Minimum vCPUs', type: 'number', min: 0, help: 'Instance types with fewer vCPUs are not used. The largest task must fit on one instance.' },
  { path: [...IR, 'vCpuCount', 'max'], label: 'Maximum vCPUs', type: 'number', min: 0, placeholder: 'no limit', help: 'Instance types with more vCPUs are not used. Empty: no upper limit.' },
  { path: [...IR, 'memoryMiB', 'min'], label: 'Minimum memory (MiB)', type: 'number', min: 0, help: 'Instance types with less memory are not used, e.g. 4096 for 4 GiB.' },
  { path: [...IR, 'memoryMiB', 'max'], label: 'Maximum memory (MiB)', type: 'number', min: 0, placeholder: 'no limit', help: 'Instance types with more memory are not used. Empty: no upper limit.' },
  {
    path: [...IR, 'cpuManufacturers'],
    label: 'CPU manufacturers',
    type: 'stringList',
    help: 'intel, amd or amazon-web-services (Graviton, ARM64: the task definition must then be built for ARM64). Empty: any.',
  },
  { path: [...IR, 'instanceGenerations'], label: 'Instance generations', type: 'stringList', help: 'current (the latest families) and/or previous. Empty: both.' },
  { path: [...IR, 'burstablePerformance'], label: 'Burstable instances', type: 'select', options: ['included', 'excluded', 'required'], help: 'Whether T-family instances (T3, T4g…) may be chosen: included, excluded, or required (only them).' },
  { path: [...IR, 'allowedInstanceTypes'], label: 'Allowed instance types', type: 'stringList', help: 'Only these types (wildcards allowed, e.g. m7g.*, c6i.large), still within the requirements above. Empty: any that fit.' },
  { path: [...IR, 'excludedInstanceTypes'], label: 'Excluded instance types', type: 'stringList', help: 'Types never chosen (wildcards allowed, e.g. t2.*). Do not combine with allowed instance types.' },
  {
    path: [...LT, 'capacityOptionType'],
    label: 'Purchase option',
    type: 'select',
    options: CAPACITY_OPTION_TYPES,
    help: 'ON_DEMAND (the default), SPOT (spare capacity at a discount, interrupted with two minutes’ notice) or RESERVED (your EC2 Capacity Reservations).',
  },
  { path: [...LT, 'storageConfiguration', 'storageSizeGiB'], label: 'Data volume (GiB)', type: 'number', min: 1, help: 'Size of each instance’s data volume, where images and task storage live.' },
  { path: [...LT, 'monitoring'], label: 'CloudWatch monitoring', type: 'select', options: ['BASIC', 'DETAILED'], help: 'BASIC (5-minute metrics, the default) or DETAILED (1-minute metrics, charged).' },
  { path: ['propagateTags'], label: 'Propagate tags', type: 'select', options: ['CAPACITY_PROVIDER', 'NONE'], help: 'CAPACITY_PROVIDER copies the provider’s tags to every instance it launches.' },
  {
    path: ['infrastructureOptimization', 'scaleInAfter'],
    label: 'Consolidate idle after (s)',
    type: 'number',
    min: -1,
    max: 3600,
    placeholder: 'default',
    help: 'Seconds ECS waits before replacing idle or underused instances (0–3600); -1 turns it off. Longer keeps warm capacity for new tasks, shorter costs less.',
  },
];

/** An ECS Managed Instances capacity provider: EC2 instances that ECS chooses, launches, patches and replaces. */
export const managedInstancesKind: KindModule = {
  kind: 'capacity-managed-instances',
  label: 'Managed Instances',
  group: 'Capacity',
  icon: 'managed-instances',
  description:
    'EC2 instances that ECS picks from your vCPU and memory requirements, launches in your subnets, patches and replaces. Created for one cluster; tasks use awsvpc or host networking, Linux only.',
  defaults: (design) => ({
    name: freshName(design, ['capacity-ec2', 'capacity-managed-instances'], 'name', 'mi-capacity'),
    instanceLaunchTemplate: {
      capacityOptionType: 'ON_DEMAND',
      instanceRequirements: { vCpuCount: { min: 2, max: 8 }, memoryMiB: { min: 4096, max: 16384 } },
    },
  }),
  displayName: (node) => str(node.data.name, 'managed-instances'),
  facts: (node) => {
    const template = isPlainObject(node.data.instanceLaunchTemplate) ? node.data.instanceLaunchTemplate : {};
    const req = isPlainObject(template.instanceRequirements) ? template.instanceRequirements : {};
    return [`${range(req.vCpuCount, '')} vCPU · ${range(req.memoryMiB, ' MiB')}`, str(template.capacityOptionType, 'ON_DEMAND'), 'awsvpc · Linux'];
  },
  fields: FIELDS,
  accepts: ['in-cluster', 'placed-in', 'secured-by'],
  // Joined here, so that apply (which reads what derive emits) and derive do not import each other.
  derivation: { derive: managedInstancesArtifacts, apply: applyManagedInstances },
};

/** "2–8", "2+" or "?" for a {min, max} requirement. */
function range(value: unknown, unit: string): string {
  const r: JsonObject = isPlainObject(value) ? value : {};
  if (r.min === undefined) return '?';
  return r.max === undefined ? `${textOf(r.min)}+${unit}` : `${textOf(r.min)}–${textOf(r.max)}${unit}`;
}
