import { setNodeField } from '../../commands/design-commands.ts';
import type { Design } from '../../model/design.ts';
import { fargateWebSample } from '../../templates/fargate-web.ts';
import { scheduledBatch, withField } from '../../kinds/standalone-task/test-designs.ts';

/** Text a shell would expand or a careless quoting would break: quotes, `$`, a would-be hole, a backslash, a command substitution. */
export const TRICKY_VALUE = `it's "quoted" $HOME \${WebTgTargetGroupArn} back\\slash $(echo no)`;

/** The sample with a container environment variable holding TRICKY_VALUE. */
export function trickySample(): Design {
  const d = fargateWebSample();
  const ctr = d.nodes.find((n) => n.kind === 'container')!;
  const r = setNodeField(d, ctr.id, ['environment'], [{ name: 'GREETING', value: TRICKY_VALUE }]);
  if (!r.ok || !r.design) throw new Error('could not set the environment');
  return r.design;
}

/**
 * Every resource whose id AWS assigns later or through another call, in one design made of
 * the kinds' own test shapes: the scheduled batch task (standalone-task/test-designs.ts: a
 * schedule and a rule run it), in the private half of the two-zone network
 * (network.test-designs.ts) instead of literal subnet ids; an EFS file system the batch
 * task definition mounts through an access point with IAM, with mount targets in both
 * subnets behind their own group (efs-file-system tests); and a service registered by DNS
 * in a private DNS namespace of the VPC (service-discovery rule tests).
 */
export function asyncResourcesDesign(): Design {
  const b = scheduledBatch()
    .add('vpc', 'vpc', { name: 'batch-vpc', cidrBlock: '10.0.0.0/16' })
    .add('privateA', 'subnet', { name: 'private-a', cidrBlock: '10.0.10.0/24', availabilityZone: 'us-east-1a', public: false })
    .add('privateB', 'subnet', { name: 'private-b', cidrBlock: '10.0.11.0/24', availabilityZone: 'us-east-1b', public: false })
    .add('taskSg', 'security-group', { groupName: 'batch-tasks', description: 'The tasks' })
    .add('efsSg', 'security-group', { groupName: 'efs-mounts', description: 'The mount targets' })
    .link('privateA', 'vpc')
    .link('privateB', 'vpc')
    .link('taskSg', 'vpc')
    .link('efsSg', 'vpc')
    .link('taskSg', 'efsSg', { fromPort: 2049 })
    .link('task', 'privateA')
    .link('task', 'privateB')
    .link('task', 'taskSg')
    .add('fs', 'efs-file-system', {
      name: 'shared',
      performanceMode: 'generalPurpose',
      throughputMode: 'elastic',
      encrypted: true,
      accessPoints: [{ name: 'data', path: '/data', posixUser: { Uid: 1000, Gid: 1000 }, creationInfo: { OwnerUid: 1000, OwnerGid: 1000, Permissions: '755' } }],
    })
    .link('td', 'fs', { accessPoint: 'data', iam: 'ENABLED' })
    .link('fs', 'privateA')
    .link('fs', 'privateB')
    .link('fs', 'efsSg')
    .add('ns', 'cloudmap-namespace', { name: 'batch.internal', type: 'DNS_PRIVATE' })
    .link('ns', 'vpc')
    .add('api-td', 'task-definition', { family: 'api', cpu: '256', memory: '512' })
    .add('api-ctr', 'container', { name: 'api', image: 'public.ecr.aws/nginx/nginx:1.27', essential: true, portMappings: [{ name: 'http', containerPort: 80 }] })
    .link('api-ctr', 'api-td')
    .add('api', 'service', { serviceName: 'api', desiredCount: 1 })
    .link('api', 'cluster')
    .link('api', 'api-td')
    .link('api', 'fargate')
    .link('api', 'privateA')
    .link('api', 'privateB')
    .link('api', 'taskSg')
    .link('api', 'ns', { discovery: 'dns' });
  // The task's literal subnets and group give way to the drawn ones; the container mounts the volume.
  const d = withField(b.build(), b.id('task'), ['networkConfiguration'], undefined);
  return withField(d, b.id('container'), ['mountPoints'], [{ sourceVolume: 'shared', containerPath: '/mnt/shared' }]);
}
