import type { SecurityGroup } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { groupRules } from './security-rules.ts';

const OWNER = '123456789012';
const DEFAULT_EGRESS = { IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] };
/** The groups of the design: the tasks' and the load balancer's. */
const DRAWN = new Map([
  ['sg-tasks', 'orders-tasks'],
  ['sg-alb', 'orders-alb'],
]);

/** A group as DescribeSecurityGroups answers it: every list present, empty where unused. */
function group(ingress: SecurityGroup['IpPermissions'], egress: SecurityGroup['IpPermissionsEgress'] = [DEFAULT_EGRESS]): SecurityGroup {
  return { GroupId: 'sg-tasks', GroupName: 'orders-tasks', OwnerId: OWNER, VpcId: 'vpc-1', IpPermissions: ingress, IpPermissionsEgress: egress };
}
const lists = { IpRanges: [], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] };
const fromAlb = { UserId: OWNER, GroupId: 'sg-alb' };
const messages = (sg: SecurityGroup) => groupRules(sg, DRAWN).notices.map((n) => `${n.file}#${n.pointer}: ${n.message}`);

describe('groupRules: DescribeSecurityGroups rules → ingress, allows connections and warnings', () => {
  it('address ranges (IPv4 and IPv6, with descriptions) become ingress in the kind’s IpPermissions shape, without the empty lists', () => {
    const rules = groupRules(
      group([
        { ...lists, IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'the internet' }], Ipv6Ranges: [{ CidrIpv6: '::/0' }] },
        { ...lists, IpProtocol: 'udp', FromPort: 5000, ToPort: 5010, IpRanges: [{ CidrIp: '10.0.0.0/8' }] },
      ]),
      DRAWN,
    );
    expect(rules.ingress).toEqual([
      { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'the internet' }], Ipv6Ranges: [{ CidrIpv6: '::/0' }] },
      { IpProtocol: 'udp', FromPort: 5000, ToPort: 5010, IpRanges: [{ CidrIp: '10.0.0.0/8' }] },
    ]);
    expect(rules.allows).toEqual([]);
    expect(rules.notices).toEqual([]);
  });

  it('a drawn source group becomes a connection with the relation’s data (tcp and a single port left implicit); describe’s merged CIDR part stays ingress', () => {
    const rules = groupRules(
      group([
        // EC2 merges rules of one protocol and port range into one permission.
        { ...lists, IpProtocol: 'tcp', FromPort: 8080, ToPort: 8080, IpRanges: [{ CidrIp: '10.20.0.0/16' }], UserIdGroupPairs: [{ ...fromAlb, Description: 'from orders-alb' }] },
      ]),
      DRAWN,
    );
    expect(rules.allows).toEqual([{ from: 'sg-alb', data: { fromPort: 8080 } }]);
    expect(rules.ingress).toEqual([{ IpProtocol: 'tcp', FromPort: 8080, ToPort: 8080, IpRanges: [{ CidrIp: '10.20.0.0/16' }] }]);
    // The description is the one derive writes for the connection: nothing is lost.
    expect(rules.notices).toEqual([]);
  });

  it('port ranges, other protocols and all traffic on the connection', () => {
    const data = (permission: NonNullable<SecurityGroup['IpPermissions']>[number]) => groupRules(group([{ ...lists, ...permission, UserIdGroupPairs: [fromAlb] }]), DRAWN).allows[0]?.data;
    expect(data({ IpProtocol: 'tcp', FromPort: 32768, ToPort: 65535 })).toEqual({ fromPort: 32768, toPort: 65535 });
    expect(data({ IpProtocol: 'udp', FromPort: 53, ToPort: 53 })).toEqual({ protocol: 'udp', fromPort: 53 });
    expect(data({ IpProtocol: '-1' })).toEqual({ protocol: '-1' });
    expect(data({ IpProtocol: '-1', FromPort: -1, ToPort: -1 })).toEqual({ protocol: '-1' });
  });

  it('a source that is not drawn is kept as ingress, as AuthorizeSecurityGroupIngress takes it, with a warning naming the rule and why', () => {
    const sg = group([
      { ...lists, IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, UserIdGroupPairs: [{ UserId: '999999999999', GroupId: 'sg-other', GroupName: 'db-clients', PeeringStatus: 'active', VpcId: 'vpc-9', VpcPeeringConnectionId: 'pcx-1' }] },
      { ...lists, IpProtocol: '-1', UserIdGroupPairs: [{ UserId: OWNER, GroupId: 'sg-tasks' }] },
      { ...lists, IpProtocol: 'tcp', FromPort: 443, ToPort: 443, PrefixListIds: [{ PrefixListId: 'pl-123', Description: 'office' }] },
    ]);
    const rules = groupRules(sg, DRAWN);
    expect(rules.ingress).toEqual([
      { IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, UserIdGroupPairs: [{ UserId: '999999999999', GroupId: 'sg-other', VpcId: 'vpc-9', VpcPeeringConnectionId: 'pcx-1' }] },
      { IpProtocol: '-1', UserIdGroupPairs: [{ UserId: OWNER, GroupId: 'sg-tasks' }] },
      { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, PrefixListIds: [{ PrefixListId: 'pl-123', Description: 'office' }] },
    ]);
    expect(rules.allows).toEqual([]);
    expect(messages(sg)).toEqual([
      'security-group orders-tasks#/IpPermissions/0: ingress tcp 5432 from sg-other (account 999999999999) is kept as a rule of this group, not drawn: that group is not in the pulled design (no service or load balancer of the cluster uses it)',
      'security-group orders-tasks#/IpPermissions/1: ingress all traffic from the group itself is kept as a rule of this group, not drawn: a group cannot be connected to itself',
      'security-group orders-tasks#/IpPermissions/2: ingress tcp 443 from prefix list pl-123 is kept as a rule of this group: a design does not draw prefix lists',
    ]);
    expect(rules.notices.every((n) => n.level === 'warning')).toBe(true);
  });

  it('a second rule from the same drawn group, or one a connection cannot hold, stays ingress with a warning: only one connection per pair', () => {
    const sg = group([
      { ...lists, IpProtocol: 'tcp', FromPort: 8080, ToPort: 8080, UserIdGroupPairs: [fromAlb] },
      { ...lists, IpProtocol: 'tcp', FromPort: 9090, ToPort: 9090, UserIdGroupPairs: [{ ...fromAlb, Description: 'metrics' }] },
      { ...lists, IpProtocol: '50', UserIdGroupPairs: [{ UserId: OWNER, GroupId: 'sg-alb' }] },
    ]);
    sg.GroupId = 'sg-other-tasks';
    const drawn = new Map([...DRAWN, ['sg-other-tasks', 'orders-tasks']]);
    const rules = groupRules(sg, drawn);
    expect(rules.allows).toEqual([{ from: 'sg-alb', data: { fromPort: 8080 } }]);
    expect(rules.ingress).toEqual([
      { IpProtocol: 'tcp', FromPort: 9090, ToPort: 9090, UserIdGroupPairs: [{ ...fromAlb, Description: 'metrics' }] },
      { IpProtocol: '50', UserIdGroupPairs: [fromAlb] },
    ]);
    expect(rules.notices.map((n) => n.message)).toEqual([
      'ingress tcp 9090 from sg-alb is kept as a rule of this group, not drawn: the connection from orders-alb already stands for tcp 8080 (one connection per pair of groups)',
      'ingress protocol 50 from sg-alb is kept as a rule of this group, not drawn: the connection from orders-alb already stands for tcp 8080 (one connection per pair of groups)',
    ]);
    // Alone, the other protocol is still not a connection: the connection's fields cannot hold it.
    const alone = groupRules(group([{ ...lists, IpProtocol: '50', UserIdGroupPairs: [fromAlb] }]), DRAWN);
    expect(alone.allows).toEqual([]);
    expect(alone.notices.map((n) => n.message)).toEqual(['ingress protocol 50 from sg-alb is kept as a rule of this group, not drawn: a connection holds tcp, udp or icmp on ports 0-65535, or all traffic']);
  });

  it('a connection whose rule had a description of its own: drawn, with the description on the connection', () => {
    const rules = groupRules(group([{ ...lists, IpProtocol: 'tcp', FromPort: 8080, ToPort: 8080, UserIdGroupPairs: [{ ...fromAlb, Description: 'ALB to tasks' }] }]), DRAWN);
    expect(rules.allows).toEqual([{ from: 'sg-alb', data: { fromPort: 8080, description: 'ALB to tasks' } }]);
    expect(rules.ingress).toEqual([]);
    expect(rules.notices).toEqual([]);
  });

  it('egress: EC2’s default (all traffic to 0.0.0.0/0 and ::/0) is skipped silently, any other egress rule is a warning', () => {
    const defaults = group([], [{ ...lists, IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [{ CidrIpv6: '::/0' }] }]);
    expect(groupRules(defaults, DRAWN)).toEqual({ ingress: [], allows: [], notices: [] });
    const narrowed = group(
      [],
      [
        { ...lists, IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
        { ...lists, IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'described, so not the default' }] },
        { ...lists, IpProtocol: '-1', UserIdGroupPairs: [fromAlb] },
      ],
    );
    const rules = groupRules(narrowed, DRAWN);
    expect(rules.ingress).toEqual([]);
    expect(rules.allows).toEqual([]);
    const tail = 'is not in the design, which models no egress rules: the group keeps it in AWS, but a group created from the design gets EC2\'s default (all traffic out)';
    expect(messages(narrowed)).toEqual([
      `security-group orders-tasks#/IpPermissionsEgress/0: egress tcp 443 to 0.0.0.0/0 ${tail}`,
      `security-group orders-tasks#/IpPermissionsEgress/1: egress all traffic to 0.0.0.0/0 ${tail}`,
      `security-group orders-tasks#/IpPermissionsEgress/2: egress all traffic to sg-alb ${tail}`,
    ]);
  });

  it('a group with no rules at all: nothing', () => {
    expect(groupRules({ GroupId: 'sg-tasks', GroupName: 'orders-tasks' }, DRAWN)).toEqual({ ingress: [], allows: [], notices: [] });
  });
});
