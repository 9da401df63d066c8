import type { Artifact } from '../../model/artifact.ts';
import type { Design, DesignNode } from '../../model/design.ts';
import { isPlainObject, type JsonObject } from '../../model/json.ts';
import { DesignDraft, stripNulls } from '../../apply/common.ts';
import type { ApplyResult } from '../../apply/types.ts';
import { applyEc2Fields } from '../ec2-resource.ts';
import { defaultAllowsDescription, securityGroupIdOf } from './derive.ts';

/** An edited security group file (the group itself, or its ingress rules) back onto the design. */
export function applySecurityGroup(design: Design, sg: DesignNode, artifact: Artifact | undefined, content: JsonObject): ApplyResult {
  const draft = new DesignDraft(design);
  if (artifact?.type === 'security-group-ingress') {
    applyIngress(draft, sg, content);
  } else {
    const connected = design.edges.some((e) => e.kind === 'in-vpc' && e.source === sg.id);
    const fields: Record<string, string> = { Description: 'description', GroupName: 'groupName' };
    if (!connected) fields.VpcId = 'vpcId';
    draft.setData(sg.id, applyEc2Fields(sg, content, 'security-group', fields, ['groupId', 'ingress', 'ingressExtra'], connected ? ['VpcId'] : []));
  }
  return { ok: true, design: draft.finish(), notices: [] };
}

/**
 * IpPermissions back onto the design: a permission whose only source is a drawn group
 * that `allows` this one sets that relation's ports; a drawn group no longer listed loses
 * its relation; everything else (CIDR ranges, groups outside the design) is the group's
 * own ingress, kept as written.
 */
function applyIngress(draft: DesignDraft, sg: DesignNode, content: JsonObject): void {
  const allows = draft.edgesTo(sg.id, 'allows');
  const bySourceId = new Map(allows.map((edge) => [securityGroupIdOf(draft.node(edge.source)!), edge]));
  const seen = new Set<string>();
  const own: JsonObject[] = [];
  const permissions = Array.isArray(content.IpPermissions) ? content.IpPermissions.filter(isPlainObject) : [];
  for (const permission of permissions) {
    const pairs = Array.isArray(permission.UserIdGroupPairs) ? permission.UserIdGroupPairs.filter(isPlainObject) : [];
    const onlyPair = pairs.length === 1 && Object.keys(permission).every((k) => ['IpProtocol', 'FromPort', 'ToPort', 'UserIdGroupPairs'].includes(k));
    const edge = onlyPair && typeof pairs[0]!.GroupId === 'string' ? bySourceId.get(pairs[0]!.GroupId) : undefined;
    if (edge && !seen.has(edge.id)) {
      seen.add(edge.id);
      const data: JsonObject = { ...(edge.data ?? {}) };
      for (const key of ['protocol', 'fromPort', 'toPort', 'description']) delete data[key];
      // A description of the user's own (an imported rule's) is kept; the one derive writes is not stored.
      const description = pairs[0]!.Description;
      if (typeof description === 'string' && description !== defaultAllowsDescription(draft.node(edge.source)!)) data.description = description;
      if (typeof permission.IpProtocol === 'string' && permission.IpProtocol !== 'tcp') data.protocol = permission.IpProtocol;
      if (typeof permission.FromPort === 'number') data.fromPort = permission.FromPort;
      if (typeof permission.ToPort === 'number' && permission.ToPort !== permission.FromPort) data.toPort = permission.ToPort;
      draft.setEdgeData(edge.id, data);
    } else {
      own.push(stripNulls(permission));
    }
  }
  draft.removeEdges((e) => e.kind === 'allows' && e.target === sg.id && !seen.has(e.id));
  const data: JsonObject = { ...sg.data };
  delete data.ingress;
  delete data.ingressExtra;
  if (own.length) data.ingress = own;
  const extra: JsonObject = {};
  for (const [key, value] of Object.entries(content)) if (!['GroupId', 'IpPermissions'].includes(key) && value !== null && value !== undefined) extra[key] = stripNulls(value);
  if (Object.keys(extra).length) data.ingressExtra = extra;
  draft.setData(sg.id, data);
}
