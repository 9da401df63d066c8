import { AMI_FAMILIES } from './ami.ts';
import { applyCapacityProvider } from './apply.ts';
import { capacityProviderArtifacts } from './derive.ts';
import { freshName, str } from '../names.ts';
import type { KindModule } from '../types.ts';
import { textOf } from '../../model/text.ts';

export { AMI_FAMILIES } from './ami.ts';

/** An EC2 Auto Scaling group registered as an ECS capacity provider. */
export const ec2Kind: KindModule = {
  kind: 'capacity-ec2',
  label: 'EC2 Auto Scaling group',
  group: 'Capacity',
  icon: 'ec2',
  description:
    'EC2 instances in an Auto Scaling group, used through a capacity provider. With managed scaling ECS grows and shrinks the group to fit the tasks. Connect it to the subnets and security groups its instances use, and to its instance role; the launch template and group are generated from them, and the designer checks that load balancers reach bridge and host tasks.',
  defaults: (design) => ({
    name: freshName(design, ['capacity-ec2'], 'name', 'asg-capacity'),
    instanceType: 'm6i.large',
    amiFamily: 'AL2023',
    minSize: 1,
    maxSize: 4,
    desiredCapacity: 2,
    managedScaling: { status: 'ENABLED', targetCapacity: 100 },
    managedTerminationProtection: 'DISABLED',
  }),
  displayName: (node) => str(node.data.name, 'asg-capacity'),
  facts: (node) => {
    const d = node.data;
    const scaling = (d.managedScaling as { status?: string; targetCapacity?: number } | undefined) ?? {};
    return [
      `${str(d.instanceType, '?')} · ${str(d.amiFamily, 'AL2023')}`,
      `min ${textOf(d.minSize ?? '?')} / max ${textOf(d.maxSize ?? '?')}`,
      scaling.status === 'ENABLED' ? `managed scaling ${scaling.targetCapacity ?? 100} %` : 'manual scaling',
    ];
  },
  fields: [
    { path: ['name'], label: 'Capacity provider name', type: 'text', help: 'Letters, digits, - and _; must not start with aws, ecs or fargate.' },
    { path: ['instanceType'], label: 'Instance type', type: 'text', help: 'EC2 instance type of the group, e.g. m6i.large. Tasks must fit on one instance.' },
    { path: ['amiFamily'], label: 'AMI family', type: 'select', options: AMI_FAMILIES, help: 'ECS-optimised AMI the instances boot from; decides OS and CPU architecture.' },
    { path: ['minSize'], label: 'Minimum size', type: 'number', min: 0, help: 'Fewest instances the group keeps running.' },
    { path: ['maxSize'], label: 'Maximum size', type: 'number', min: 0, help: 'Most instances the group may scale out to. 0 means it can never run tasks.' },
    { path: ['desiredCapacity'], label: 'Desired capacity', type: 'number', min: 0, help: 'Instances to start with; managed scaling adjusts it.' },
    {
      path: ['subnets'],
      label: 'Subnet ids',
      type: 'stringList',
      placeholder: 'subnet-…',
      help: 'Subnets the group launches instances in, when they are not drawn: connect the capacity to subnets instead, and these come after the drawn ones. Use private subnets with a NAT gateway.',
    },
    {
      path: ['securityGroupIds'],
      label: 'Security group ids',
      type: 'stringList',
      placeholder: 'sg-…',
      help: 'Groups of the instances (the launch template), when they are not drawn: connect the capacity to security groups instead.',
    },
    {
      path: ['autoScalingGroupArn'],
      label: 'Existing Auto Scaling group ARN',
      type: 'text',
      help: 'Leave empty to have the designer create the group and its launch template; set it to use a group that exists already (then neither is created).',
    },
    { path: ['managedScaling', 'status'], label: 'Managed scaling', type: 'select', options: ['ENABLED', 'DISABLED'], help: 'Let ECS scale the group to the tasks that need placing.' },
    { path: ['managedScaling', 'targetCapacity'], label: 'Target capacity (%)', type: 'number', min: 1, max: 100, help: 'How full ECS keeps the group: 100 packs tightly, 90 keeps about 10 % spare.' },
    { path: ['managedTerminationProtection'], label: 'Managed termination protection', type: 'select', options: ['DISABLED', 'ENABLED'], help: 'Stops scale-in from terminating instances that still run tasks. Needs scale-in protection on the group.' },
    { path: ['managedDraining'], label: 'Managed draining', type: 'select', options: ['ENABLED', 'DISABLED'], help: 'Drain tasks off an instance before it is terminated.' },
  ],
  accepts: ['in-cluster', 'placed-in', 'secured-by'],
  // Joined here, so that apply (which reads what derive emits) and derive do not import each other.
  derivation: { derive: capacityProviderArtifacts, apply: applyCapacityProvider },
};
