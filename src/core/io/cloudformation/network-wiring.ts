import type { Notice } from '../../apply/types.ts';
import type { Artifact } from '../../model/artifact.ts';
import type { Design } from '../../model/design.ts';
import { isPlainObject, type JsonObject } from '../../model/json.ts';
import { connect, setNodeField } from '../../commands/design-commands.ts';
import { applySecurityGroup } from '../../kinds/security-group/apply.ts';
import type { ApiInput } from './resources.ts';

/**
 * What a template says about its network in resources of their own, which the designer
 * draws instead: an internet gateway's VPCGatewayAttachment is its `attached-to` connection;
 * a subnet is public when its route table routes to an internet gateway (the routes and
 * tables are derived again from that); a group's ingress rules from another group of the
 * template are `allows` connections with their ports, the rest the group's own ingress.
 */

export interface WiringInput {
  /** Logical id → node id, for the network resources imported as nodes. */
  nodeOf: ReadonlyMap<string, string>;
  /** Logical id → EC2 id (the node's placeholder), for mapping ids in properties back to nodes. */
  ec2Ids: ReadonlyMap<string, string>;
  typeOf(id: string): string;
  inputsOf(id: string): ApiInput[] | undefined;
  ids: readonly string[];
  note(id: string, level: Notice['level'], message: string): void;
}

/** The resource types read here rather than as files of their own. */
export const WIRED = new Set(['AWS::EC2::VPCGatewayAttachment', 'AWS::EC2::RouteTable', 'AWS::EC2::Route', 'AWS::EC2::SubnetRouteTableAssociation', 'AWS::EC2::SecurityGroupIngress']);

export function wireNetwork(design: Design, w: WiringInput): Design {
  let current = design;
  const nodeById = (ec2Id: unknown) => [...w.ec2Ids].find(([, v]) => v === ec2Id)?.[0];
  const content = (id: string): JsonObject => w.inputsOf(id)?.[0]?.content ?? {};
  const link = (from: string | undefined, to: string | undefined, id: string, what: string) => {
    const a = from ? w.nodeOf.get(from) : undefined;
    const b = to ? w.nodeOf.get(to) : undefined;
    if (!a || !b) return w.note(id, 'warning', `${id}: ${what} names a resource that is not a node of the import; not kept`);
    if (current.edges.some((e) => e.source === a && e.target === b)) return;
    const r = connect(current, a, b);
    if (r.ok) current = r.design;
    else w.note(id, 'warning', `${id}: ${what} could not be drawn: ${r.reason}`);
  };
  // What a subnet, group or NAT gateway is in: the frame it is drawn in.
  for (const id of w.ids) {
    const type = w.typeOf(id);
    const c = content(id);
    if ((type === 'AWS::EC2::Subnet' || type === 'AWS::EC2::SecurityGroup') && nodeById(c.VpcId)) link(id, nodeById(c.VpcId), id, 'VpcId');
    if (type === 'AWS::EC2::NatGateway' && nodeById(c.SubnetId)) link(id, nodeById(c.SubnetId), id, 'SubnetId');
  }
  for (const id of w.ids.filter((i) => w.typeOf(i) === 'AWS::EC2::VPCGatewayAttachment')) {
    const c = content(id);
    if (c.InternetGatewayId === undefined) w.note(id, 'warning', `${id}: only internet gateway attachments are read (a VPN gateway has no kind)`);
    else {
      link(nodeById(c.InternetGatewayId), nodeById(c.VpcId), id, 'the attachment');
      w.note(id, 'info', `${id} (AWS::EC2::VPCGatewayAttachment) → the internet gateway's connection to its VPC`);
    }
  }
  // Public subnets: associated with a route table that has a route to an internet gateway.
  const tables = w.ids.filter((i) => w.typeOf(i) === 'AWS::EC2::RouteTable');
  if (tables.length) {
    const tableOf = (text: unknown) => tables.find((t) => text === `\${${t}}` || text === t);
    const toGateway = new Set<string>();
    for (const id of w.ids.filter((i) => w.typeOf(i) === 'AWS::EC2::Route')) {
      const c = content(id);
      const table = tableOf(c.RouteTableId);
      if (table && nodeById(c.GatewayId) && w.typeOf(nodeById(c.GatewayId)!) === 'AWS::EC2::InternetGateway') toGateway.add(table);
      w.note(id, 'info', `${id} (AWS::EC2::Route) → derived again from its subnets (public: to the internet gateway; private: to the NAT gateway of their zone)`);
    }
    for (const id of w.ids.filter((i) => w.typeOf(i) === 'AWS::EC2::SubnetRouteTableAssociation')) {
      const c = content(id);
      const subnet = nodeById(c.SubnetId);
      const table = tableOf(c.RouteTableId);
      const node = subnet ? w.nodeOf.get(subnet) : undefined;
      if (!node || !table) {
        w.note(id, 'warning', `${id}: the association names a subnet or route table that is not in the template; not kept`);
        continue;
      }
      const r = setNodeField(current, node, ['public'], toGateway.has(table));
      if (r.ok) current = r.design;
      w.note(id, 'info', `${id} (AWS::EC2::SubnetRouteTableAssociation) → subnet ${subnet} is ${toGateway.has(table) ? 'public' : 'private'}`);
    }
    for (const id of tables) w.note(id, 'info', `${id} (AWS::EC2::RouteTable) → derived again from its VPC's subnets`);
  }
  // Ingress per group: the group's inline rules first, then the separate resources, in template order.
  const byGroup = new Map<string, JsonObject[]>();
  const add = (group: string | undefined, permissions: unknown, id: string) => {
    if (!group) return w.note(id, 'warning', `${id}: the rule's group is not a group of the template; not kept`);
    byGroup.set(group, [...(byGroup.get(group) ?? []), ...(Array.isArray(permissions) ? permissions.filter(isPlainObject) : [])]);
  };
  for (const id of w.ids.filter((i) => w.typeOf(i) === 'AWS::EC2::SecurityGroup')) {
    const inline = w.inputsOf(id)?.find((i) => i.type === 'security-group-ingress');
    if (inline) add(id, inline.content.IpPermissions, id);
  }
  for (const id of w.ids.filter((i) => w.typeOf(i) === 'AWS::EC2::SecurityGroupIngress')) {
    add(nodeById(content(id).GroupId), content(id).IpPermissions, id);
    w.note(id, 'info', `${id} (AWS::EC2::SecurityGroupIngress) → an opening of its group (a "may reach" connection from a group of the template)`);
  }
  for (const [group, permissions] of byGroup) {
    const target = w.nodeOf.get(group)!;
    for (const p of permissions) {
      const pairs = Array.isArray(p.UserIdGroupPairs) ? p.UserIdGroupPairs.filter(isPlainObject) : [];
      for (const pair of pairs) if (nodeById(pair.GroupId)) link(nodeById(pair.GroupId), group, group, 'an ingress rule');
    }
    const node = current.nodes.find((n) => n.id === target)!;
    const r = applySecurityGroup(current, node, { type: 'security-group-ingress' } as Artifact, { GroupId: w.ec2Ids.get(group) ?? '', IpPermissions: permissions });
    if (r.ok) current = r.design;
  }
  return current;
}
