import type { IpPermission, SecurityGroup, UserIdGroupPair } from '@aws-sdk/client-ec2';
import type { Notice } from '../../src/core/apply/types.ts';
import type { JsonObject, JsonValue } from '../../src/core/model/json.ts';

/** A pulled group's rules as the security-group kind holds them. */
export interface GroupRules {
  /** The node's `ingress`: IpPermissions kept as written (address ranges, and sources that are not drawn). */
  ingress: JsonObject[];
  /** `allows` connections into this group: the source group's id and the relation's data. */
  allows: Array<{ from: string; data: JsonObject }>;
  /** What is not drawn or not kept, one line each. */
  notices: Notice[];
}

/** What a connection's Protocol field offers; other protocols stay rules of the group. */
const CONNECTION_PROTOCOLS = ['tcp', 'udp', 'icmp', '-1'];
const MAX_PORT = 65535;

/**
 * DescribeSecurityGroups' rules of one group → its `ingress` and `allows` connections.
 * `drawn` maps the ids of the groups in the design to their names. A source group that is
 * drawn becomes a connection (once per pair of groups: the relation holds one port range);
 * every other source stays in `ingress` as EC2 listed it, which derive writes back
 * unchanged, and is named in a warning because the design refers to something it does
 * not draw. The kind models no egress: EC2's default (all traffic out) is what it
 * assumes, so only other egress rules are reported.
 */
export function groupRules(group: SecurityGroup, drawn: ReadonlyMap<string, string>): GroupRules {
  const notices: Notice[] = [];
  const file = `security-group ${group.GroupName ?? group.GroupId ?? ''}`.trimEnd();
  const warn = (pointer: string, message: string) => notices.push({ level: 'warning', file, pointer, message });
  const ingress: JsonObject[] = [];
  const allows: GroupRules['allows'] = [];
  // Source group id → the rule its connection already stands for.
  const connected = new Map<string, string>();

  (group.IpPermissions ?? []).forEach((permission, i) => {
    const at = `/IpPermissions/${i}`;
    const rule = ruleText(permission);
    const kept: JsonObject[] = [];
    for (const pair of permission.UserIdGroupPairs ?? []) {
      const sourceName = pair.GroupId ? drawn.get(pair.GroupId) : undefined;
      const why = notDrawnBecause(group, permission, pair, sourceName, connected);
      if (why === undefined) {
        connected.set(pair.GroupId!, rule);
        const data = allowsData(permission);
        // Derive describes a connection's rule as "from <group>" unless the connection has a description of its own.
        if (pair.Description && pair.Description !== `from ${sourceName}`) data.description = pair.Description;
        allows.push({ from: pair.GroupId!, data });
        continue;
      }
      kept.push(keptPair(pair));
      warn(at, `ingress ${rule} from ${pairText(group, pair)} is kept as a rule of this group, not drawn: ${why}`);
    }
    for (const prefix of permission.PrefixListIds ?? []) {
      warn(at, `ingress ${rule} from prefix list ${prefix.PrefixListId} is kept as a rule of this group: a design does not draw prefix lists`);
    }
    const own = ownRule(permission, kept);
    if (own) ingress.push(own);
  });

  (group.IpPermissionsEgress ?? []).forEach((permission, i) => {
    if (isDefaultEgress(permission)) return;
    warn(
      `/IpPermissionsEgress/${i}`,
      `egress ${ruleText(permission)} to ${targetsText(permission)} is not in the design, which models no egress rules: the group keeps it in AWS, but a group created from the design gets EC2's default (all traffic out)`,
    );
  });
  return { ingress, allows, notices };
}

/** Why a source group stays a rule of the group instead of a connection; undefined when it can be drawn. */
function notDrawnBecause(group: SecurityGroup, permission: IpPermission, pair: UserIdGroupPair, sourceName: string | undefined, connected: ReadonlyMap<string, string>): string | undefined {
  if (!pair.GroupId) return 'the rule names the group without its id';
  if (pair.GroupId === group.GroupId) return 'a group cannot be connected to itself';
  if (sourceName === undefined) return 'that group is not in the pulled design (no service or load balancer of the cluster uses it)';
  if (pair.VpcPeeringConnectionId) return `it reaches through VPC peering connection ${pair.VpcPeeringConnectionId}, which a connection cannot say`;
  const first = connected.get(pair.GroupId);
  if (first !== undefined) return `the connection from ${sourceName} already stands for ${first} (one connection per pair of groups)`;
  if (!fitsConnection(permission)) return 'a connection holds tcp, udp or icmp on ports 0-65535, or all traffic';
  return undefined;
}

function fitsConnection(p: IpPermission): boolean {
  if (!p.IpProtocol || !CONNECTION_PROTOCOLS.includes(p.IpProtocol)) return false;
  if (p.IpProtocol === '-1') return true;
  const port = (n: number | undefined): n is number => Number.isInteger(n) && n! >= 0 && n! <= MAX_PORT;
  return port(p.FromPort) && port(p.ToPort) && p.FromPort <= p.ToPort;
}

/** The relation's data, as the security-group kind reads it back (tcp and a single port are the defaults). */
function allowsData(p: IpPermission): JsonObject {
  const data: JsonObject = {};
  if (p.IpProtocol !== 'tcp') data.protocol = p.IpProtocol!;
  // All traffic has no ports (EC2 answers -1 or nothing).
  if (p.IpProtocol === '-1') return data;
  data.fromPort = p.FromPort!;
  if (p.ToPort !== p.FromPort) data.toPort = p.ToPort!;
  return data;
}

/** The permission without its drawn sources, in the key order derive writes; undefined when nothing is left. */
function ownRule(p: IpPermission, pairs: JsonObject[]): JsonObject | undefined {
  const lists: Record<string, JsonObject[]> = {
    UserIdGroupPairs: pairs,
    IpRanges: (p.IpRanges ?? []).map(defined),
    Ipv6Ranges: (p.Ipv6Ranges ?? []).map(defined),
    PrefixListIds: (p.PrefixListIds ?? []).map(defined),
  };
  if (Object.values(lists).every((l) => l.length === 0)) return undefined;
  const rule = defined({ IpProtocol: p.IpProtocol, FromPort: p.FromPort, ToPort: p.ToPort });
  for (const [key, list] of Object.entries(lists)) if (list.length) rule[key] = list;
  return rule;
}

/**
 * A source group as an AuthorizeSecurityGroupIngress input takes it: PeeringStatus is
 * describe's report on the peering, and in a VPC the group is named by its id (describe
 * may add the name).
 */
function keptPair(pair: UserIdGroupPair): JsonObject {
  const { PeeringStatus: _status, GroupName, ...rest } = pair;
  return defined({ ...rest, GroupName: rest.GroupId ? undefined : GroupName });
}

/** EC2's default egress of a new group: all traffic to 0.0.0.0/0 (and ::/0 in a VPC with IPv6), undescribed. */
function isDefaultEgress(p: IpPermission): boolean {
  const v4 = p.IpRanges ?? [];
  const v6 = p.Ipv6Ranges ?? [];
  return (
    p.IpProtocol === '-1' &&
    !p.UserIdGroupPairs?.length &&
    !p.PrefixListIds?.length &&
    v4.length + v6.length > 0 &&
    v4.every((r) => r.CidrIp === '0.0.0.0/0' && !r.Description) &&
    v6.every((r) => r.CidrIpv6 === '::/0' && !r.Description)
  );
}

/** "tcp 8080", "tcp 8000-8999", "icmp type 8 code -1", "protocol 50", "all traffic". */
function ruleText(p: IpPermission): string {
  if (p.IpProtocol === '-1') return 'all traffic';
  const protocol = /^\d+$/.test(p.IpProtocol ?? '') ? `protocol ${p.IpProtocol}` : (p.IpProtocol ?? '?');
  if (p.FromPort === undefined) return protocol;
  if (protocol === 'icmp' || protocol === 'icmpv6') return `${protocol} type ${p.FromPort} code ${p.ToPort}`;
  return p.ToPort === undefined || p.ToPort === p.FromPort ? `${protocol} ${p.FromPort}` : `${protocol} ${p.FromPort}-${p.ToPort}`;
}

function pairText(group: SecurityGroup, pair: UserIdGroupPair): string {
  if (pair.GroupId === group.GroupId) return 'the group itself';
  const name = pair.GroupId ?? pair.GroupName ?? '?';
  return pair.UserId && group.OwnerId && pair.UserId !== group.OwnerId ? `${name} (account ${pair.UserId})` : name;
}

function targetsText(p: IpPermission): string {
  const all = [
    ...(p.IpRanges ?? []).map((r) => r.CidrIp),
    ...(p.Ipv6Ranges ?? []).map((r) => r.CidrIpv6),
    ...(p.UserIdGroupPairs ?? []).map((g) => g.GroupId ?? g.GroupName),
    ...(p.PrefixListIds ?? []).map((l) => l.PrefixListId),
  ].filter((t): t is string => !!t);
  return all.length ? all.join(', ') : 'nothing listed';
}

/** The object without undefined members (the SDK leaves absent ones undefined; the design is JSON). */
function defined(value: object): JsonObject {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Record<string, JsonValue>;
}
