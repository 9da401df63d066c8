import { describe, expect, it } from 'vitest';
import { fargateWebSample } from '../templates/fargate-web.ts';
import { asgInNetwork } from '../kinds/capacity-ec2/asg-network.test-designs.ts';
import { catalogOf, soleReference, type Piece } from './references.ts';
import { baseLogicalName } from './logical-names.ts';

const refName = (pieces: Piece[]) => pieces.map((p) => (typeof p === 'string' ? p : 'ref' in p ? `<${p.ref.resource.logicalName}.${p.ref.attribute}>` : `<external ${p.external.id}>`)).join('');

describe('reference catalog', () => {
  it('names every created resource once, from its name, deterministically', () => {
    const names = catalogOf(fargateWebSample()).resources.map((r) => r.logicalName);
    expect(names).toEqual(['WebCluster', 'WebTaskExecutionRole', 'WebTaskRole', 'WebAlb80Listener', 'WebAlbLoadBalancer', 'WebService', 'WebTgTargetGroup', 'WebTaskDefinition']);
    expect(catalogOf(fargateWebSample()).resources.map((r) => r.logicalName)).toEqual(names);
    expect(baseLogicalName('s3-buckets/logs.versioning.json', 's3-bucket-versioning', true)).toBe('LogsBucketVersioning');
    expect(baseLogicalName('queues/1st.json', 'sqs-queue')).toBe('R1stQueue');
  });

  it('finds ARNs anywhere, even inside a longer string, but not as the prefix of a longer name', () => {
    const c = catalogOf(fargateWebSample());
    const service = c.artifacts.find((a) => a.type === 'service')!;
    const roleArn = 'arn:aws:iam::123456789012:role/web-task-role';
    expect(refName(c.piecesOf('service', ['x'], `${roleArn}/*`))).toBe('<WebTaskRole.arn>/*');
    expect(refName(c.piecesOf('service', ['x'], `${roleArn}-2`))).toBe(`${roleArn}-2`);
    // A resource never refers to itself.
    expect(refName(c.piecesOf('service', ['x'], 'arn:aws:ecs:us-east-1:123456789012:service/web-cluster/web', service))).toBe('arn:aws:ecs:us-east-1:123456789012:service/web-cluster/web');
  });

  it('matches short names only in the fields that are references', () => {
    const c = catalogOf(fargateWebSample());
    expect(soleReference(c.piecesOf('service', ['cluster'], 'web-cluster'))?.resource.logicalName).toBe('WebCluster');
    expect(soleReference(c.piecesOf('service', ['taskDefinition'], 'web'))?.resource.logicalName).toBe('WebTaskDefinition');
    expect(c.piecesOf('task-definition', ['containerDefinitions', '0', 'environment', '0', 'value'], 'web-cluster')).toEqual(['web-cluster']);
  });

  it('maps EC2 placeholder ids to their resources and picks out ids of resources outside the design', () => {
    const c = catalogOf(asgInNetwork().build());
    const group = c.artifacts.find((a) => a.type === 'auto-scaling-group')!;
    expect(refName(c.piecesOf('auto-scaling-group', ['VPCZoneIdentifier'], group.content.VPCZoneIdentifier as string))).toBe('<PrivateASubnet.id>,<PrivateBSubnet.id>');
    const nat = c.artifacts.find((a) => a.type === 'nat-gateway')!;
    expect(refName(c.piecesOf('nat-gateway', ['AllocationId'], nat.content.AllocationId as string))).toBe('<external eipalloc-0123456789abcdef0>');
    const lt = c.artifacts.find((a) => a.type === 'launch-template')!;
    expect(soleReference(c.piecesOf('launch-template', ['LaunchTemplateData', 'IamInstanceProfile', 'Name'], 'ecsInstanceRole'))?.resource.kind).toBe('instance-profile');
    expect(lt).toBeDefined();
  });
});
