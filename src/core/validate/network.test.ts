import { describe, expect, it } from 'vitest';
import { derive } from '../derive/index.ts';
import { setEdgeData, setNodeField } from '../commands/design-commands.ts';
import type { Design } from '../model/design.ts';
import { twoZoneNetwork } from '../kinds/network.test-designs.ts';
import { validate } from './index.ts';

const netProblems = (design: Design) => validate(design).filter((p) => p.ruleId.startsWith('NET-'));
const ids = (design: Design) => netProblems(design).map((p) => p.ruleId);
const set = (design: Design, id: string, field: string, value: unknown) => {
  const r = setNodeField(design, id, [field], value as never);
  if (!r.ok) throw new Error(r.reason);
  return r.design;
};

describe('network rules (NET-*)', () => {
  it('the two-zone network has no network problem', () => {
    expect(netProblems(twoZoneNetwork().build())).toEqual([]);
  });

  it('NET-CIDR: a VPC or subnet block EC2 refuses (host bits, prefix outside /16–/28)', () => {
    const b = twoZoneNetwork();
    expect(ids(set(b.build(), b.id('vpc'), 'cidrBlock', '10.0.0.0/8'))).toContain('NET-CIDR');
    const problems = netProblems(set(b.build(), b.id('privateA'), 'cidrBlock', '10.0.10.7/24'));
    expect(problems).toMatchObject([{ ruleId: 'NET-CIDR', nodeId: b.id('privateA'), pointer: '/CidrBlock', artifactPath: 'subnets/private-a.json' }]);
  });

  it('NET-SUBNET-RANGE and NET-SUBNET-OVERLAP: a subnet outside its VPC, two subnets sharing addresses', () => {
    const b = twoZoneNetwork();
    expect(ids(set(b.build(), b.id('privateA'), 'cidrBlock', '10.1.0.0/24'))).toEqual(['NET-SUBNET-RANGE']);
    const overlap = netProblems(set(b.build(), b.id('privateB'), 'cidrBlock', '10.0.10.0/23'));
    expect(overlap.map((p) => p.ruleId)).toEqual(['NET-SUBNET-OVERLAP']);
    expect(overlap[0]!.message).toMatch(/private-a and private-b overlap/);
  });

  it('NET-NO-VPC: a subnet in no VPC is an error, a security group in none a warning', () => {
    const b = twoZoneNetwork().add('loose', 'subnet', { name: 'loose', cidrBlock: '10.9.0.0/24', availabilityZone: 'us-east-1a' }).add('looseSg', 'security-group');
    const problems = netProblems(b.build());
    expect(problems.map((p) => [p.ruleId, p.severity, p.nodeId])).toEqual([
      ['NET-NO-VPC', 'error', b.id('loose')],
      ['NET-NO-VPC', 'warning', b.id('looseSg')],
    ]);
    // A literal VPC id is enough.
    expect(ids(set(set(b.build(), b.id('loose'), 'vpcId', 'vpc-0abc'), b.id('looseSg'), 'vpcId', 'vpc-0abc'))).toEqual([]);
  });

  it("NET-AZ: a zone outside the design's Region", () => {
    const b = twoZoneNetwork();
    expect(netProblems(set(b.build(), b.id('publicB'), 'availabilityZone', 'eu-west-1b'))).toMatchObject([{ ruleId: 'NET-AZ', nodeId: b.id('publicB') }]);
  });

  it('NET-PUBLIC-IGW: public subnets without an internet gateway; the quick fix adds one attached to the VPC', () => {
    const b = twoZoneNetwork();
    const without: Design = { ...b.build(), nodes: b.build().nodes.filter((n) => n.kind !== 'internet-gateway'), edges: b.build().edges.filter((e) => e.kind !== 'attached-to') };
    const [problem] = netProblems(without);
    expect(problem).toMatchObject({ ruleId: 'NET-PUBLIC-IGW', severity: 'warning', nodeId: b.id('vpc') });
    const fixed = problem!.fix!.apply(without);
    expect(ids(fixed)).toEqual([]);
    expect(derive(fixed).filter((a) => a.type === 'internet-gateway-attachment')).toHaveLength(1);
  });

  it('NET-NAT-PUBLIC: a public NAT gateway in a private subnet, or without an Elastic IP', () => {
    const b = twoZoneNetwork();
    const noEip = set(b.build(), b.id('nat'), 'allocationId', undefined);
    expect(netProblems(noEip)).toMatchObject([{ ruleId: 'NET-NAT-PUBLIC', pointer: '/AllocationId' }]);
    const moved = { ...b.build(), edges: b.build().edges.map((e) => (e.kind === 'in-subnet' ? { ...e, target: b.id('privateA') } : e)) };
    expect(netProblems(moved)).toMatchObject([{ ruleId: 'NET-NAT-PUBLIC', pointer: '/SubnetId' }]);
    // A private NAT gateway needs neither.
    expect(ids(set(noEip, b.id('nat'), 'connectivityType', 'private'))).toEqual([]);
  });

  it('NET-SG-PORTS: a group allowed in on tcp without a port', () => {
    const b = twoZoneNetwork();
    const edge = b.build().edges.find((e) => e.kind === 'allows')!;
    const r = setEdgeData(b.build(), edge.id, {});
    if (!r.ok) throw new Error(r.reason);
    expect(netProblems(r.design)).toMatchObject([{ ruleId: 'NET-SG-PORTS', nodeId: b.id('taskSg'), artifactPath: 'security-group-ingress/task-sg.json' }]);
    const all = setEdgeData(b.build(), edge.id, { protocol: '-1' });
    expect(all.ok && ids(all.design)).toEqual([]);
  });
});
