import type { CreateMountTargetRequest } from '@aws-sdk/client-efs';
import type { Artifact } from '../../model/artifact.ts';
import type { Design, DesignEdge, DesignNode } from '../../model/design.ts';
import { pointer, type JsonObject } from '../../model/json.ts';
import { orderKeys } from '../../derive/canonical.ts';
import { type DeriveContext, safeSegment } from '../../derive/context.ts';
import { drawnFirst, placementOf, securityGroupIds } from '../../derive/network-placement.ts';
import { applyPlacementList } from '../../apply/network-placement.ts';
import { DesignDraft } from '../../apply/common.ts';
import type { ApplyResult } from '../../apply/types.ts';
import { textOf } from '../../model/text.ts';
import { subnetIdOf } from '../subnet/derive.ts';
import { creationToken, fileSystemId } from './derive.ts';

/** CreateMountTarget members in the API reference's order. */
export const MOUNT_TARGET_KEYS = ['FileSystemId', 'SubnetId', 'IpAddress', 'IpAddressType', 'Ipv6Address', 'SecurityGroups'] as const;
/** What the relations stand for; anything else typed into the file is kept on the subnet connection. */
const RELATION_KEYS = ['FileSystemId', 'SubnetId', 'SecurityGroups'] as const;

/**
 * The mount target groups of a file system: its security group connections first, then the
 * ids in its own `securityGroups` list. EFS gives each mount target a list of its own; the
 * design keeps one per file system, which is how they are used (the tasks reach every
 * mount target the same way). undefined: no list (EFS then uses the VPC's default group).
 */
export function mountTargetGroups(fs: DesignNode, ctx: DeriveContext): unknown {
  return drawnFirst(securityGroupIds(placementOf(fs, ctx), ctx), fs.data.securityGroups);
}

/** A CreateMountTarget file per subnet the file system is connected to (placed-in), in connection order. */
export function mountTargetArtifacts(fs: DesignNode, ctx: DeriveContext): Artifact[] {
  const groups = mountTargetGroups(fs, ctx);
  const drawnGroups = placementOf(fs, ctx).securityGroups;
  return ctx.index.outgoing(fs.id, 'placed-in').map((edge) => {
    const subnet = ctx.index.node(edge.target)!;
    const modelled: Partial<Record<keyof CreateMountTargetRequest, unknown>> = { FileSystemId: fileSystemId(fs), SubnetId: subnetIdOf(subnet) };
    if (groups !== undefined) modelled.SecurityGroups = groups;
    const content = orderKeys({ ...(edge.data ?? {}), ...modelled } as JsonObject, MOUNT_TARGET_KEYS);
    const subnetName = textOf(subnet.data.name ?? subnet.data.subnetId ?? subnet.id);
    return {
      path: `efs-mount-targets/${safeSegment(`${creationToken(fs)}-${subnetName}`, `${fs.id}-${subnet.id}`)}.json`,
      type: 'efs-mount-target',
      nodeId: fs.id,
      title: `${textOf(fs.data.name ?? fs.id)} in ${subnetName}`,
      content,
      owners: [
        { pointer: '', nodeId: fs.id },
        { pointer: pointer('SubnetId'), nodeId: subnet.id },
        ...drawnGroups.map((g, i) => ({ pointer: pointer('SecurityGroups', i), nodeId: g.id })),
      ],
    } satisfies Artifact;
  });
}

/**
 * An edited CreateMountTarget file → the design: SubnetId moves the connection to another
 * drawn subnet, SecurityGroups become the file system's group connections (ids of groups
 * not drawn stay in its own list), the rest is kept on the subnet connection. FileSystemId
 * is the file system's own and is not taken from the file.
 */
export function applyMountTarget(design: Design, fs: DesignNode, artifact: Artifact, content: JsonObject): ApplyResult {
  const draft = new DesignDraft(design);
  const subnetOf = (e: DesignEdge) => draft.node(e.target);
  const edge = draft.edgesFrom(fs.id, 'placed-in').find((e) => {
    const subnet = subnetOf(e);
    return subnet !== undefined && subnetIdOf(subnet) === artifact.content.SubnetId;
  });
  if (!edge) return { ok: false, error: 'This mount target’s subnet is no longer connected to the file system' };
  if (content.SubnetId !== artifact.content.SubnetId) {
    const moved = draft.nodes.find((n) => n.kind === 'subnet' && subnetIdOf(n) === content.SubnetId);
    if (!moved) return { ok: false, error: `SubnetId ${textOf(content.SubnetId ?? '(none)')} is not a subnet of the design: connect the file system to a drawn subnet instead` };
    if (draft.edgesFrom(fs.id, 'placed-in').some((e) => e.target === moved.id)) return { ok: false, error: 'The file system already has a mount target in that subnet' };
    draft.edges = draft.edges.map((e) => (e.id === edge.id ? { ...e, target: moved.id } : e));
  }
  const rest: JsonObject = { ...content };
  for (const key of RELATION_KEYS) delete rest[key];
  draft.setEdgeData(edge.id, Object.keys(rest).length ? rest : undefined);
  const literal = applyPlacementList(draft, fs, 'secured-by', content.SecurityGroups, fs.data.securityGroups);
  const data: JsonObject = { ...fs.data };
  if (literal === undefined) delete data.securityGroups;
  else data.securityGroups = literal;
  draft.setData(fs.id, data);
  return { ok: true, design: draft.finish(), notices: [] };
}
