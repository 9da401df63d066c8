import type { AuthorizeSecurityGroupIngressRequest, CreateSecurityGroupRequest, IpPermission } from '@aws-sdk/client-ec2';
import type { Artifact } from '../../model/artifact.ts';
import type { DesignEdge, DesignNode } from '../../model/design.ts';
import type { DeriveContext } from '../../derive/context.ts';
import { orderKeys } from '../../derive/canonical.ts';
import { isPlainObject, pointer, type JsonObject } from '../../model/json.ts';
import { textOf } from '../../model/text.ts';
import { ec2Artifact, ec2CreateContent, ec2IdOf, isExisting } from '../ec2-resource.ts';
import { vpcIdFor } from '../subnet/derive.ts';

export const SG_KEYS = ['Description', 'GroupName', 'VpcId', 'TagSpecifications', 'DryRun'] as const;
export const INGRESS_KEYS = ['GroupId', 'IpPermissions', 'TagSpecifications', 'DryRun'] as const;
const PERMISSION_KEYS = ['IpProtocol', 'FromPort', 'ToPort', 'UserIdGroupPairs', 'IpRanges', 'Ipv6Ranges', 'PrefixListIds'] as const;

export const securityGroupIdOf = (sg: DesignNode): string => ec2IdOf(sg, 'sg', 'groupId');

/** A security group's display and API name. */
export const groupNameOf = (sg: DesignNode): string => textOf(sg.data.groupName ?? sg.id);

/** The ports an `allows` relation opens: tcp and the container's port unless the relation says otherwise. */
export function allowedPorts(edge: DesignEdge): { protocol: string; from?: number; to?: number } {
  const d = edge.data ?? {};
  const protocol = typeof d.protocol === 'string' ? d.protocol : 'tcp';
  const from = typeof d.fromPort === 'number' ? d.fromPort : undefined;
  const to = typeof d.toPort === 'number' ? d.toPort : from;
  return { protocol, from, to };
}

/** What a rule from another group is described as unless the relation says otherwise. */
export function defaultAllowsDescription(source: DesignNode): string {
  return `from ${groupNameOf(source)}`;
}

/** The permission an `allows` relation stands for: traffic from the source group to this one. */
export function allowsPermission(edge: DesignEdge, source: DesignNode): JsonObject {
  const ports = allowedPorts(edge);
  // Ports are written as set even for -1 (all traffic), where EC2 ignores them: dropping
  // them would lose what the user typed.
  const permission: JsonObject = {
    IpProtocol: ports.protocol,
    FromPort: ports.from,
    ToPort: ports.to,
    UserIdGroupPairs: [{ GroupId: securityGroupIdOf(source), Description: typeof edge.data?.description === 'string' ? edge.data.description : defaultAllowsDescription(source) }],
  } satisfies Partial<Record<keyof IpPermission, unknown>>;
  return orderKeys(permission, PERMISSION_KEYS);
}

/** The group's own ingress rules (CIDR ranges and anything imported), as written. */
export function ownIngress(sg: DesignNode): JsonObject[] {
  return Array.isArray(sg.data.ingress) ? sg.data.ingress.filter(isPlainObject) : [];
}

/**
 * CreateSecurityGroup (unless the group exists) and, when anything may come in, one
 * AuthorizeSecurityGroupIngress: the relations from other groups first, then the group's
 * own rules. The group's outbound default (all traffic) is left as EC2 creates it.
 */
export function securityGroupArtifacts(sg: DesignNode, ctx: DeriveContext): Artifact[] {
  const out: Artifact[] = [];
  if (!isExisting(sg, 'groupId')) {
    const vpc = vpcIdFor(sg, ctx);
    const modelled = {
      Description: sg.data.description,
      GroupName: sg.data.groupName,
      VpcId: vpc.value,
    } satisfies Partial<Record<keyof CreateSecurityGroupRequest, unknown>>;
    // Named after the group name: the Name tag is optional for a group.
    const create = ec2Artifact(sg, 'security-group', 'security-groups', ec2CreateContent(sg, 'security-group', modelled, SG_KEYS), groupNameOf(sg));
    if (vpc.vpc) create.owners.push({ pointer: pointer('VpcId'), nodeId: vpc.vpc.id });
    out.push(create);
  }
  const incoming = ctx.index.incoming(sg.id, 'allows');
  const permissions: JsonObject[] = [];
  const ingress = ec2Artifact(sg, 'security-group-ingress', 'security-group-ingress', {}, groupNameOf(sg));
  // An existing group's rules that are in the account already (pulled with it) are not sent again: AWS refuses
  // a rule that exists. Those drawn since are.
  const present = new Set(isExisting(sg, 'groupId') && Array.isArray(sg.data.ingressInAccount) ? sg.data.ingressInAccount.map((p) => JSON.stringify(p)) : []);
  const isNew = (permission: JsonObject) => !present.size || !present.has(JSON.stringify(permission));
  for (const edge of incoming) {
    const source = ctx.index.node(edge.source)!;
    const permission = allowsPermission(edge, source);
    if (!isNew(permission)) continue;
    ingress.owners.push({ pointer: pointer('IpPermissions', permissions.length), nodeId: source.id });
    permissions.push(permission);
  }
  permissions.push(...ownIngress(sg).filter(isNew));
  if (permissions.length) {
    const extra = isPlainObject(sg.data.ingressExtra) ? sg.data.ingressExtra : {};
    const content = { ...extra, GroupId: securityGroupIdOf(sg), IpPermissions: permissions } satisfies Partial<Record<keyof AuthorizeSecurityGroupIngressRequest, unknown>>;
    ingress.content = orderKeys(content, INGRESS_KEYS);
    out.push(ingress);
  }
  return out;
}
